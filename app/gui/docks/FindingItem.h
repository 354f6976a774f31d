#pragma once
// A row of the Findings list. Sorting by the Severity column orders by how bad (errors first),
// not by the words; ties keep the check order (the index into the panel's findings), so the
// default order is the panel's own. Other columns sort by their text.
#include <QTreeWidgetItem>

#include "checks/Finding.h"

namespace rw::gui {

class FindingItem final : public QTreeWidgetItem {
public:
    static constexpr int kIndexRole = Qt::UserRole;         // index into FindingsPanel::findings()
    static constexpr int kSeverityRole = Qt::UserRole + 1;  // Severity as an int

    FindingItem(const QStringList& texts, std::size_t index, Severity severity) : QTreeWidgetItem(texts) {
        setData(0, kIndexRole, qulonglong(index));
        setData(0, kSeverityRole, int(severity));
    }

    bool operator<(const QTreeWidgetItem& other) const override {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const auto index = [](const QTreeWidgetItem& i) { return i.data(0, kIndexRole).toULongLong(); };
        if (column != 0) {
            const int byText = text(column).compare(other.text(column), Qt::CaseInsensitive);
            return byText != 0 ? byText < 0 : index(*this) < index(other);
        }
        const int a = data(0, kSeverityRole).toInt(), b = other.data(0, kSeverityRole).toInt();
        return a != b ? a < b : index(*this) < index(other);
    }
};

}  // namespace rw::gui
