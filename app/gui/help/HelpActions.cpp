#include "HelpActions.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ShortcutList.h"

namespace rw::gui {
namespace {

// docs/gui.md as compiled into the program (app/gui/CMakeLists.txt), so the guide matches the build.
constexpr auto kGuideResource = ":/rackweave/help/gui.md";

QDialog* makeDialog(QMainWindow& parent, const QString& title, const QString& name, QWidget* content, QSize size) {
    auto* dialog = new QDialog(&parent);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(size);
    return dialog;
}

}  // namespace

HelpActions::HelpActions(QMainWindow& window) : QObject(&window), window_(window) {}

void HelpActions::populate(QMenu& menu) {
    QAction* guide = menu.addAction(tr("&User Guide"), this, [this] { showUserGuide(); });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction* keys = menu.addAction(tr("&Keyboard Shortcuts..."), this, [this] { showShortcuts(); });
    keys->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
}

QTextBrowser* HelpActions::showUserGuide() {
    if (!guide_) {
        auto* browser = new QTextBrowser;
        browser->setObjectName(QStringLiteral("userGuideText"));
        browser->setOpenExternalLinks(true);
        QFile file(QString::fromLatin1(kGuideResource));
        if (file.open(QIODevice::ReadOnly))
            browser->setMarkdown(QString::fromUtf8(file.readAll()));
        else
            browser->setPlainText(tr("The user guide is missing from this build (%1).").arg(QString::fromLatin1(kGuideResource)));
        guide_ = makeDialog(window_, tr("Rackweave User Guide"), QStringLiteral("userGuideDialog"), browser, {900, 760});
    }
    guide_->show();
    guide_->raise();
    guide_->activateWindow();
    return guide_->findChild<QTextBrowser*>();
}

QTableWidget* HelpActions::showShortcuts() {
    if (!shortcuts_) {
        auto* table = new QTableWidget(0, 3);
        table->setObjectName(QStringLiteral("shortcutTable"));
        table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        shortcuts_ = makeDialog(window_, tr("Keyboard Shortcuts"), QStringLiteral("shortcutDialog"), table, {620, 560});
    }
    // Rebuilt each time: actions added after start-up (by other parts of the window) are listed too.
    auto* table = shortcuts_->findChild<QTableWidget*>();
    const std::vector<ShortcutEntry> entries = collectShortcuts(*window_.menuBar());
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(entries[row].menu));
        table->setItem(row, 1, new QTableWidgetItem(entries[row].action));
        table->setItem(row, 2, new QTableWidgetItem(entries[row].keys));
    }
    table->resizeColumnsToContents();
    shortcuts_->show();
    shortcuts_->raise();
    return table;
}

}  // namespace rw::gui
