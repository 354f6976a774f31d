// Issue 14 point 6: the inspector shows the common properties of several racks and applies a
// change to all of them in one undo step; role and rotation are drop-downs; a duplicate name is
// refused with a message that says why.
#include <QComboBox>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "RackSelection.h"

namespace rw::gui::test {
namespace {

int rowOf(const QTableWidget& table, const QString& key) {
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, 0) && table.item(row, 0)->text() == key) return row;
    return -1;
}

TEST(InspectorMultiSelectionTest, CommonPropertiesChangeTogetherInOneStep) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const Model& model = w.session().model();
    std::vector<RackId> racks;
    model.racks().forEach([&](RackId id, const Rack& r) {
        if (racks.size() < 3 && r.role == RackRole::Compute) racks.push_back(id);
    });
    ASSERT_EQ(racks.size(), 3U);
    w.selection().set(racks);
    PropertiesInspector& inspector = w.inspector();
    EXPECT_EQ(inspector.valueOf(QStringLiteral("role")), QStringLiteral("compute"));
    EXPECT_EQ(inspector.valueOf(QStringLiteral("name")), PropertiesInspector::mixedText());
    QTableWidget& table = inspector.table();
    EXPECT_FALSE(table.item(rowOf(table, QStringLiteral("name")), 1)->flags() & Qt::ItemIsEditable)
        << "one name for three racks would clash";

    // The role through its drop-down, as a user picks it.
    const int roleRow = rowOf(table, QStringLiteral("role"));
    ASSERT_GE(roleRow, 0);
    table.setCurrentCell(roleRow, 1);
    table.editItem(table.item(roleRow, 1));
    auto* combo = table.findChild<QComboBox*>(QStringLiteral("propertyChoice"));
    ASSERT_NE(combo, nullptr) << "role is a drop-down";
    EXPECT_EQ(combo->count(), 7);
    EXPECT_EQ(combo->currentText(), QStringLiteral("compute"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("storage")));
    emit combo->activated(combo->currentIndex());
    QCoreApplication::processEvents();
    for (RackId r : racks) EXPECT_EQ(model.racks()[r].role, RackRole::Storage);
    EXPECT_EQ(w.session().document().undoText(), "Set role of 3 racks");
    w.session().document().undo();
    for (RackId r : racks) EXPECT_EQ(model.racks()[r].role, RackRole::Compute) << "one undo step for all three";

    // Rotation offers the four quarter turns (the role's editor is gone first: it is deleted later).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_EQ(table.findChild<QComboBox*>(QStringLiteral("propertyChoice")), nullptr);
    table.editItem(table.item(rowOf(table, QStringLiteral("rotation")), 1));
    combo = table.findChild<QComboBox*>(QStringLiteral("propertyChoice"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->count(), 4);
}

TEST(InspectorMultiSelectionTest, ADuplicateNameIsRefusedWithTheReason) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    const std::vector<RackId> racks = w.session().model().racks().ids();
    ASSERT_GE(racks.size(), 2U);
    const std::string taken = w.session().model().racks()[racks[0]].name;
    w.selection().set({racks[1]});
    PropertiesInspector& inspector = w.inspector();
    EXPECT_FALSE(inspector.edit(QStringLiteral("name"), QString::fromStdString(taken)));
    EXPECT_TRUE(inspector.errorText().contains(QStringLiteral("already the name of another rack"))) << inspector.errorText().toStdString();
    EXPECT_NE(w.session().model().racks()[racks[1]].name, taken);
    saveScreenshot(w.grab().toImage(), QStringLiteral("inspector-duplicate-name"));
}

}  // namespace
}  // namespace rw::gui::test
