#include "install/WorkOrderPreview.h"

#include <exception>

#include <QAction>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "ProjectSession.h"
#include "UserPrompts.h"
#include "docks/DesignContext.h"
#include "install/InstallPlanPanel.h"
#include "install/InstallPlanner.h"
#include "install/WorkOrderPrinting.h"

namespace rw::gui {

WorkOrderPreview::WorkOrderPreview(InstallPlanner& planner, InstallPlanPanel& panel, ProjectSession& session,
                                   DesignContext& context, UserPrompts& prompts, QWidget& window)
    : QObject(&window),
      planner_(planner),
      panel_(panel),
      session_(session),
      context_(context),
      prompts_(prompts),
      window_(window),
      action_(new QAction(tr("Print &Work Orders..."), this)) {
    action_->setObjectName(QStringLiteral("actionPrintPreview"));
    action_->setStatusTip(tr("Preview and print the work orders of the crew and day chosen in the Install Plan dock"));
    connect(action_, &QAction::triggered, this, &WorkOrderPreview::open);
    connect(&panel_, &InstallPlanPanel::printPreviewRequested, this, &WorkOrderPreview::open);
    panel_.setPrintAvailable(true);
}

WorkOrderPreview::~WorkOrderPreview() = default;

std::unique_ptr<WorkOrderPrinting> WorkOrderPreview::prepare() {
    const QString title = tr("Cannot print work orders");
    const Catalog* catalog = context_.catalog();
    if (!catalog) {
        prompts_.showError(title, tr("No catalog: the cutsheets need the parts' names and SKUs."));
        return nullptr;
    }
    // Printing waits for a current plan (routes first), as a save waits for the routes.
    if (!planner_.settle()) {
        prompts_.showError(title, planner_.problem().isEmpty() ? tr("The design has no install plan.") : planner_.problem());
        return nullptr;
    }
    try {
        return std::make_unique<WorkOrderPrinting>(planner_.planned(), *catalog, panel_.printFilter(),
                                                   QFileInfo(session_.displayName()).completeBaseName().toStdString());
    } catch (const std::exception& e) {
        prompts_.showError(title, QString::fromStdString(e.what()));
        return nullptr;
    }
}

void WorkOrderPreview::open() {
    const std::unique_ptr<WorkOrderPrinting> printing = prepare();
    if (!printing) return;
    QPrinter printer(QPrinter::HighResolution);
    WorkOrderPrinting::setUpPrinter(printer);
    QPrintPreviewDialog dialog(&printer, &window_);
    dialog.setWindowTitle(tr("Print Preview: work orders"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&printing](QPrinter* p) { printing->paint(p); });
    dialog.resize(window_.size() * 0.9);
    dialog.exec();
}

}  // namespace rw::gui
