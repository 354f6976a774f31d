#include "power/LoadBar.h"

#include <algorithm>

#include <QPainter>

#include "colour/ColourScale.h"

namespace rw::gui {
namespace {

QColor headroomColour(double share) { return share > 1.0 + 1e-9 ? ColourScale::overLimit() : ColourScale::at(share); }

}  // namespace

void LoadBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, QModelIndex());  // selection background only
    const QVariant shown = index.data(LoadBar::kShownRole);
    const QVariant worst = index.data(LoadBar::kWorstRole);
    const QVariant lostData = index.data(LoadBar::kLostRole);
    if (!lostData.isValid()) return;  // a heading row (the CDU group): nothing to draw a bar of
    const bool lost = lostData.toBool();
    const QRect track = option.rect.adjusted(3, 2, -3, -2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(track, option.palette.color(QPalette::AlternateBase).darker(106));
    QString text;
    if (lost) {
        text = tr("lost");
    } else if (!shown.isValid()) {
        text = tr("no rating");
    } else {
        // The bar's full width is 125 % of the limit so an overload stays visible; the limit is a line.
        constexpr double kSpan = 1.25;
        const auto widthOf = [&](double share) { return int(track.width() * std::clamp(share / kSpan, 0.0, 1.0)); };
        const double s = shown.toDouble();
        const double w = worst.isValid() ? std::max(worst.toDouble(), s) : s;
        QColor ghost = headroomColour(w);
        ghost.setAlpha(110);
        painter->fillRect(QRect(track.left(), track.top(), widthOf(w), track.height()), ghost);
        painter->fillRect(QRect(track.left(), track.top(), widthOf(s), track.height()), headroomColour(s));
        const int limitX = track.left() + widthOf(1.0);
        painter->setPen(QPen(option.palette.color(QPalette::Text), 1));
        painter->drawLine(limitX, track.top() - 1, limitX, track.bottom() + 1);
        text = worst.isValid() && w > s + 1e-6 ? tr("%1 % / %2 %").arg(qRound(s * 100)).arg(qRound(w * 100))
                                              : tr("%1 %").arg(qRound(s * 100));
    }
    painter->setPen(option.palette.color(QPalette::Text));
    // On the row's full height: the bar's own is too short for descenders.
    painter->drawText(option.rect.adjusted(7, 0, -7, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize LoadBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(size.width(), 140), size.height()};
}

}  // namespace rw::gui
