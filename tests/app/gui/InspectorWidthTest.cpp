// The properties inspector at its default width shows every value whole: a long value (a PDU's
// load, a tray's fill) wraps onto more lines in a taller row instead of being cut off with "...",
// and its tooltip carries the full text.
#include <algorithm>
#include <climits>

#include <QDockWidget>
#include <QHeaderView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "RackSelection.h"
#include "catalog/Catalog.h"
#include "docks/RackElevationPanel.h"
#include "docks/RackElevationView.h"

namespace rw::gui::test {
namespace {

/// Values of the inspector's table whose text does not fit their cell (as the delegate lays it
/// out: wrapped at word boundaries inside the cell's text margins). With `skipLongWords`, values
/// with a word wider than the cell are left out: a word is not split (its tooltip has it whole).
QStringList cutOffValues(const QTableWidget& table, bool skipLongWords = false) {
    QStringList out;
    const QFontMetrics fm(table.font());
    const int margin = 2 * (table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 1);
    for (int row = 0; row < table.rowCount(); ++row) {
        const QTableWidgetItem* value = table.item(row, 1);
        if (!value) continue;
        const QRect cell = table.visualItemRect(value);
        if (skipLongWords) {
            int widest = 0;
            for (const QString& word : value->text().split(u' ')) widest = std::max(widest, fm.horizontalAdvance(word));
            if (widest > cell.width() - margin) continue;
        }
        const QRect needed = fm.boundingRect(QRect(0, 0, cell.width() - margin, INT_MAX), Qt::TextWordWrap, value->text());
        if (needed.width() > cell.width() - margin || needed.height() > cell.height())
            out << table.item(row, 0)->text() + QStringLiteral(" = ") + value->text();
    }
    return out;
}

TEST(InspectorWidthTest, APdusLongValuesWrapInsteadOfBeingCutOffAtTheDefaultWidth) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    ASSERT_TRUE(showFirstPdu(w)) << "the SU has PDUs";
    QCoreApplication::processEvents();

    QTableWidget& table = w.inspector().table();
    ASSERT_GT(table.rowCount(), 8);
    auto* dock = w.findChild<QDockWidget*>(QStringLiteral("propertiesDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_LE(dock->width(), 360) << "the test is about the default width";
    int longest = 0;
    for (int row = 0; row < table.rowCount(); ++row)
        longest = std::max(longest, table.fontMetrics().horizontalAdvance(table.item(row, 1)->text()));
    ASSERT_GT(longest, table.columnWidth(1)) << "some value is longer than its column is wide";

    EXPECT_EQ(cutOffValues(table).join(QStringLiteral("; ")).toStdString(), "");
    for (int row = 0; row < table.rowCount(); ++row)
        EXPECT_EQ(table.item(row, 1)->toolTip().toStdString(), table.item(row, 1)->text().toStdString());
    saveScreenshot(dock->grab().toImage(), QStringLiteral("inspector-width-pdu"));

    // Narrower still (the user drags the dock's edge): the rows grow taller as the values wrap.
    const int before = table.columnWidth(1);
    w.resizeDocks({dock}, {dock->width() - 60}, Qt::Horizontal);
    QTest::qWait(50);
    ASSERT_LT(table.columnWidth(1), before - 30);
    EXPECT_EQ(cutOffValues(table, true).join(QStringLiteral("; ")).toStdString(), "");
}

}  // namespace
}  // namespace rw::gui::test
