#pragma once
// A load bar in a tree column: the load in the shown state (normal, or the what-if) as a solid
// bar and the load after the worst single failure as a lighter extension, both as a share of the
// element's limit, coloured by headroom on the colour modes' scale (magenta over the limit).
#include <QStyledItemDelegate>

namespace rw::gui {

struct LoadBar {
    // Item data roles of the bar column (share = load / limit; absent = no limit known).
    static constexpr int kShownRole = Qt::UserRole + 10;
    static constexpr int kWorstRole = Qt::UserRole + 11;
    static constexpr int kLostRole = Qt::UserRole + 12;  // bool: lost in the what-if; unset: no bar
};

class LoadBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace rw::gui
