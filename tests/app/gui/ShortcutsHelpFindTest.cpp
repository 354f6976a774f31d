// Issue 14, polish: every shortcut docs/gui.md documents fires its action on this platform (they
// are set explicitly, not left to QKeySequence's platform defaults), the selection is counted in
// proper English, Help shows the user guide and a shortcut list built from the actions, exports
// say so in the status bar, and Edit > Find selects and frames what it finds.
#include <memory>
#include <set>

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <gtest/gtest.h>

#include "FileActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "catalog/Catalog.h"
#include "docks/CableFocus.h"
#include "file/ExportActions.h"
#include "find/DesignSearch.h"
#include "find/FindDialog.h"
#include "floorplan/FloorPlanView.h"
#include "help/HelpActions.h"
#include "help/ShortcutList.h"
#include "palette/CatalogPalette.h"

namespace rw::gui::test {
namespace {

std::unique_ptr<MainWindow> activeWindow() {
    auto window = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    window->resize(1600, 1000);
    window->show();
    window->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

// The shortcuts docs/gui.md promises, by the action that must answer them.
struct Documented {
    const char* action;
    const char* keys;
};
constexpr Documented kDocumented[] = {
    {"actionNew", "Ctrl+N"},          {"actionOpen", "Ctrl+O"},         {"actionSave", "Ctrl+S"},
    {"actionSaveAs", "Ctrl+Shift+S"}, {"actionQuit", "Ctrl+Q"},         {"actionUndo", "Ctrl+Z"},
    {"actionRedo", "Ctrl+Shift+Z"},   {"actionRedo", "Ctrl+Y"},         {"actionRotate", "R"},
    {"actionDelete", "Del"},          {"actionSelectAll", "Ctrl+A"},    {"actionCut", "Ctrl+X"},
    {"actionCopy", "Ctrl+C"},         {"actionPaste", "Ctrl+V"},        {"actionDuplicate", "Ctrl+D"},
    {"actionView2d", "Ctrl+1"},       {"actionView3d", "Ctrl+2"},       {"actionViewSplit", "Ctrl+3"},
    {"actionFrameAll", "Home"},       {"actionFind", "Ctrl+F"},         {"actionUserGuide", "F1"},
};

TEST(ShortcutsTest, EveryDocumentedShortcutTriggersItsAction) {
    auto window = activeWindow();
    QWidget* focus = window->floorPlanView().viewport();
    focus->setFocus();
    for (const Documented& doc : kDocumented) {
        SCOPED_TRACE(std::string(doc.action) + " " + doc.keys);
        auto* action = window->findChild<QAction*>(QString::fromLatin1(doc.action));
        ASSERT_NE(action, nullptr);
        const QKeySequence key(QString::fromLatin1(doc.keys));
        EXPECT_TRUE(action->shortcuts().contains(key)) << "set explicitly on the action";
        // Only the key's dispatch is under test here: no quitting, no file dialogs.
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        action->setEnabled(true);
        QSignalSpy spy(action, &QAction::triggered);
        QTest::keySequence(focus, key);
        EXPECT_EQ(spy.count(), 1) << "the key reaches the action (not ambiguous, not a platform default)";
    }
}

// Every key written in a Key column of docs/gui.md (the copy compiled into the app) belongs to an
// action of the window: the documentation cannot promise a key nothing answers.
TEST(ShortcutsTest, DocumentedKeysAllBelongToActions) {
    auto window = activeWindow();
    std::set<QString> bound;
    for (const ShortcutEntry& e : collectShortcuts(*window->menuBar()))
        for (const QString& k : e.keys.split(QStringLiteral(" / "))) bound.insert(QKeySequence(k).toString());
    QFile guide(QStringLiteral(":/rackweave/help/gui.md"));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(guide.readAll()).split(u'\n');
    int keyColumn = -1;
    int checked = 0;
    for (const QString& line : lines) {
        if (!line.startsWith(u'|')) {
            keyColumn = -1;
            continue;
        }
        const QStringList cells = line.split(u'|');
        if (keyColumn < 0) {
            keyColumn = int(cells.indexOf(QStringLiteral(" Key ")));
            continue;
        }
        if (keyColumn >= cells.size() || cells[keyColumn].trimmed().startsWith(u'-')) continue;
        for (const QString& keyText : cells[keyColumn].split(u'/', Qt::SkipEmptyParts)) {
            const QString key = keyText.trimmed();
            if (key.isEmpty()) continue;
            EXPECT_TRUE(bound.count(QKeySequence(key).toString())) << key.toStdString() << " in: " << line.toStdString();
            ++checked;
        }
    }
    EXPECT_GE(checked, 15) << "the guide's key tables were read";
}

TEST(ShortcutsTest, ShortcutListIsBuiltFromTheActions) {
    auto window = activeWindow();
    QTableWidget* table = window->helpActions().showShortcuts();
    ASSERT_NE(table, nullptr);
    QTest::qWait(50);
    bool redoListed = false;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 1)->text() == QStringLiteral("Redo"))
            redoListed = table->item(row, 2)->text() == QStringLiteral("Ctrl+Shift+Z / Ctrl+Y");
    EXPECT_TRUE(redoListed);
    EXPECT_GE(table->rowCount(), 20);
    saveScreenshot(table->window()->grab().toImage(), QStringLiteral("help-shortcuts"));
}

TEST(ShortcutsTest, F1OpensTheUserGuide) {
    auto window = activeWindow();
    window->floorPlanView().viewport()->setFocus();
    QTest::keyClick(window->floorPlanView().viewport(), Qt::Key_F1);
    auto* browser = window->findChild<QTextBrowser*>(QStringLiteral("userGuideText"));
    ASSERT_NE(browser, nullptr);
    EXPECT_TRUE(browser->isVisible());
    EXPECT_TRUE(browser->toPlainText().contains(QStringLiteral("Rackweave desktop app")));
    EXPECT_FALSE(browser->toPlainText().contains(QStringLiteral("| Action |"))) << "tables rendered, not shown as Markdown";
    QTest::qWait(50);
    saveScreenshot(browser->window()->grab().toImage(), QStringLiteral("help-user-guide"));
}

TEST(StatusBarTest, SelectionIsCountedInWords) {
    auto window = activeWindow();
    window->session().adoptUnsaved(projectWithRacks(3), std::nullopt);
    auto* label = window->findChild<QLabel*>(QStringLiteral("selectionStatus"));
    const std::vector<RackId> racks = window->session().model().racks().ids();
    window->selection().set({racks[0]});
    EXPECT_EQ(label->text(), QStringLiteral("1 rack selected"));
    window->selection().set(racks);
    EXPECT_EQ(label->text(), QStringLiteral("3 racks selected"));
}

TEST(StatusBarTest, ExportIsConfirmed) {
    auto window = activeWindow();
    window->session().adoptUnsaved(projectWithRacks(2), std::nullopt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.json"));
    ASSERT_TRUE(window->fileActions().exports().exportStatsTo(path));
    const QString message = window->statusBar()->currentMessage();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Exported ") + path)) << message.toStdString();
}

// Two racks' devices joined by one cable: su1-leaf3 OSFP1 -> r2-n01 NIC1.
Model cabledProject() {
    Model model = projectWithRacks(12);
    const std::vector<RackId> racks = model.racks().ids();
    const DeviceId leaf = model.devices().add(Device{racks[0], model.strings.intern("switch"), "su1-leaf3", 40});
    const DeviceId node = model.devices().add(Device{racks[1], model.strings.intern("server"), "r2-n01", 10});
    const PortId a = model.ports().add(Port{leaf, model.strings.intern("OSFP1")});
    const PortId b = model.ports().add(Port{node, model.strings.intern("NIC1")});
    Link link;
    link.a = a;
    link.b = b;
    const LinkId l = model.links().add(link);
    Cable cable;
    cable.first = l;
    model.cables().add(cable);
    return model;
}

TEST(CatalogDockTest, NoColumnIsCutOff) {
    const Catalog catalog = Catalog::loadStandard();
    auto window = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    window->useCatalog(catalog);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    // At the default width (a layout remembered from another test may differ).
    auto* dock = window->findChild<QDockWidget*>(QStringLiteral("paletteDock"));
    window->resizeDocks({dock}, {window->palette().sizeHint().width()}, Qt::Horizontal);
    QTest::qWait(50);
    QTreeView& view = window->palette().view();
    QHeaderView* header = view.header();
    int shown = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column)) continue;
        ++shown;
        SCOPED_TRACE(column);
        EXPECT_LE(header->sectionViewportPosition(column) + header->sectionSize(column), view.viewport()->width());
        EXPECT_GE(header->sectionSize(column), header->sectionSizeHint(column)) << "the heading fits";
    }
    EXPECT_GE(shown, 4) << "name, U, kW and kg at least";
    EXPECT_GE(header->sectionSize(0), 120) << "room for the names (about 18 characters, the rest in the tooltip)";
    saveScreenshot(window->grab().toImage(), QStringLiteral("catalog-dock-columns"));
}

TEST(FindTest, SearchFindsRacksDevicesAndCablesByName) {
    const Model model = cabledProject();
    const SearchResult racks = searchDesign(model, "r1", 100);
    ASSERT_EQ(racks.hits.size(), 4U) << "R1, R10, R11, R12";
    for (const SearchHit& hit : racks.hits) EXPECT_EQ(hit.kind, SearchHit::Kind::Rack);

    const SearchResult leaf = searchDesign(model, "LEAF3", 100);
    ASSERT_EQ(leaf.hits.size(), 2U) << "the device and its cable";
    EXPECT_EQ(leaf.hits[0].kind, SearchHit::Kind::Device);
    EXPECT_EQ(leaf.hits[0].where, "R1 U40");
    EXPECT_EQ(leaf.hits[1].kind, SearchHit::Kind::Cable);
    EXPECT_EQ(leaf.hits[1].name, "CBL0");
    EXPECT_EQ(leaf.hits[1].where, "su1-leaf3 OSFP1 -> r2-n01 NIC1");
    EXPECT_EQ(searchDesign(model, "cbl0", 100).total, 1U);
    EXPECT_EQ(searchDesign(model, "n01 nic1", 100).total, 1U) << "every word must match: only the cable";
    EXPECT_TRUE(searchDesign(model, "   ", 100).hits.empty());
    EXPECT_EQ(searchDesign(model, "no-such-name", 100).total, 0U);
    const SearchResult limited = searchDesign(model, "r", 5);
    EXPECT_EQ(limited.hits.size(), 5U);
    EXPECT_EQ(limited.total, 14U) << "12 racks, the device r2-n01 and its cable";
}

TEST(FindTest, ChoosingAMatchSelectsAndFramesIt) {
    auto window = activeWindow();
    window->session().adoptUnsaved(projectWithRacks(24), std::nullopt);
    const RackId last = window->session().model().racks().ids().back();
    const QString name = QString::fromStdString(window->session().model().racks()[last].name);

    window->floorPlanView().viewport()->setFocus();
    QTest::keySequence(window->floorPlanView().viewport(), QKeySequence(QStringLiteral("Ctrl+F")));
    FindDialog& find = window->findDialog();
    ASSERT_TRUE(find.isVisible());
    find.search(QStringLiteral("R2"));
    EXPECT_EQ(find.results().topLevelItemCount(), 6) << "R2, R20..R24";
    QTest::qWait(30);
    saveScreenshot(find.grab().toImage(), QStringLiteral("find-dialog"));
    find.search(name);
    ASSERT_EQ(find.results().topLevelItemCount(), 1);
    const QRectF before = window->floorPlanView().mapToScene(window->floorPlanView().viewport()->rect()).boundingRect();
    find.choose(0);
    EXPECT_EQ(window->selection().racks(), std::vector<RackId>{last});
    const QRectF after = window->floorPlanView().mapToScene(window->floorPlanView().viewport()->rect()).boundingRect();
    EXPECT_LT(after.width(), before.width()) << "zoomed onto the rack";
    QTest::qWait(50);
    saveScreenshot(window->grab().toImage(), QStringLiteral("find-rack"));
}

}  // namespace
}  // namespace rw::gui::test
