#include "MainWindow.h"

#include <QCloseEvent>
#include <QMenuBar>
#include <QStatusBar>

#include "DialogPrompts.h"
#include "FileActions.h"
#include "HallView.h"
#include "ModelCountsLabel.h"
#include "ProjectSession.h"
#include "WindowLayoutStore.h"

namespace rw::gui {

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget* parent)
    : QMainWindow(parent),
      prompts_(prompts ? std::move(prompts) : std::make_unique<DialogPrompts>(this)),
      session_(new ProjectSession(this)),
      fileActions_(new FileActions(*session_, *prompts_, this)),
      hallView_(new render::HallView(this)),
      counts_(new ModelCountsLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    fileActions_->populate(*menuBar()->addMenu(tr("&File")));
    setCentralWidget(hallView_);
    statusBar()->addPermanentWidget(counts_);
    resize(1280, 800);
    WindowLayoutStore::restore(*this);

    connect(session_, &ProjectSession::modelChanged, this, &MainWindow::showModel);
    connect(session_, &ProjectSession::projectReplaced, hallView_, &render::HallView::frameAll);
    connect(session_, &ProjectSession::stateChanged, this, &MainWindow::showProjectState);
    connect(fileActions_, &FileActions::quitRequested, this, &QWidget::close);
    showModel();
    hallView_->frameAll();
    showProjectState();
}

MainWindow::~MainWindow() = default;

void MainWindow::useCatalog(const Catalog& catalog) {
    hallView_->setRackSize(render::catalogRackSize(catalog));
    showModel();
}

void MainWindow::showModel() {
    hallView_->setModel(session_->model());
    counts_->showCounts(session_->model());
}

void MainWindow::showProjectState() {
    setWindowTitle(tr("%1[*] - Rackweave").arg(session_->displayName()));
    setWindowModified(session_->isModified());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!fileActions_->confirmDiscard()) {
        event->ignore();
        return;
    }
    WindowLayoutStore::save(*this);
    event->accept();
}

}  // namespace rw::gui
