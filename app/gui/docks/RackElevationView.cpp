#include "docks/RackElevationView.h"

#include <algorithm>

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include "catalog/Catalog.h"
#include "colour/ColourScale.h"

namespace rw::gui {
namespace {

// Small enough that a 48U rack fits a dock a few hundred pixels high: the whole rack is seen at
// once (a device at U1-8 was off-screen below a scroll bar); small devices name themselves in
// their tooltips.
constexpr int kMinUnitPx = 4;
constexpr int kHeaderPx = 20;
constexpr int kNumberPx = 26;  // the U number gutter left of each column
constexpr int kMargin = 6;

// The rack type's U count: a rack entry's, or the rack a rack-scale system ships in.
int catalogUnits(const Catalog* catalog, std::string_view id) {
    if (!catalog) return 0;
    const CatalogEntry* e = catalog->find(id);
    if (e && e->kind == CatalogKind::RackScaleSystem && e->rackScale) e = catalog->find(e->rackScale->rack);
    return e && e->rack ? e->rack->uHeight : 0;
}

}  // namespace

RackElevationView::RackElevationView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("rackElevation"));
    setMouseTracking(false);
}

void RackElevationView::showRack(const Model& model, const Catalog* catalog, RackId rack) {
    rack_ = rack;
    mounted_.clear();
    zeroU_.clear();
    units_ = 0;
    title_.clear();
    const Rack* r = model.racks().find(rack);
    if (!r) {
        rack_ = RackId{};
        updateGeometry();
        update();
        return;
    }
    title_ = QString::fromStdString(r->name);
    units_ = catalogUnits(catalog, model.text(r->catalog));
    unitsKnown_ = units_ > 0;
    int top = 0;
    model.devices().forEach([&](DeviceId id, const Device& d) {
        if (d.rack != rack) return;
        const CatalogEntry* e = catalog ? catalog->find(model.text(d.catalog)) : nullptr;
        const int height = e ? e->uHeight : 1;  // unknown part: one U, so it is at least seen
        const QString name = QString::fromStdString(d.name);
        if (height <= 0 || d.uPosition == 0) {
            zeroU_ << QStringLiteral("%1 (%2)").arg(name, d.face == Face::Front ? tr("front") : tr("rear"));
            return;
        }
        const QString part = e ? QString::fromStdString(e->model) : QString::fromUtf8(std::string(model.text(d.catalog)).c_str());
        mounted_.push_back({id, name, part, d.role, d.face, d.uPosition, height});
        top = std::max(top, d.uPosition + height - 1);
    });
    if (units_ < top) units_ = top;  // devices above the rack's stated height still show (validate() reports them)
    updateGeometry();
    update();
}

void RackElevationView::setHighlighted(DeviceId device) {
    highlighted_ = device;
    update();
}

int RackElevationView::unitPx() const {
    if (units_ <= 0) return kMinUnitPx;
    const int zeroLines = zeroU_.isEmpty() ? 0 : fontMetrics().height() * 2;
    return std::max(kMinUnitPx, (height() - kHeaderPx - 2 * kMargin - zeroLines) / units_);
}

QSize RackElevationView::sizeHint() const { return {320, kHeaderPx + 2 * kMargin + std::max(units_, 1) * 16 + 40}; }
QSize RackElevationView::minimumSizeHint() const {
    return {160, kHeaderPx + 2 * kMargin + std::max(units_, 1) * kMinUnitPx + (zeroU_.isEmpty() ? 0 : 2 * fontMetrics().height())};
}

QRect RackElevationView::columnRect(Face face) const {
    const int columnWidth = (width() - 3 * kMargin) / 2;
    const int x = kMargin + (face == Face::Front ? 0 : columnWidth + kMargin);
    return {x + kNumberPx, kHeaderPx + kMargin, columnWidth - kNumberPx, units_ * unitPx()};
}

QRect RackElevationView::unitRect(int u, Face face) const {
    const QRect c = columnRect(face);
    const int px = unitPx();
    return {c.left(), c.top() + (units_ - u) * px, c.width(), px};
}

QRect RackElevationView::blockRect(const Mounted& m, Face face) const {
    const QRect low = unitRect(m.lowU, face);
    const QRect high = unitRect(m.lowU + m.heightU - 1, face);
    return QRect(high.topLeft(), low.bottomRight()).adjusted(1, 1, -1, -1);
}

QRect RackElevationView::deviceRect(DeviceId device) const {
    for (const Mounted& m : mounted_)
        if (m.id == device) return blockRect(m, m.face);
    return {};
}

DeviceId RackElevationView::deviceAt(QPoint pos) const {
    for (const Mounted& m : mounted_)
        if (blockRect(m, m.face).contains(pos)) return m.id;
    for (const Mounted& m : mounted_)
        if (blockRect(m, m.face == Face::Front ? Face::Rear : Face::Front).contains(pos)) return m.id;
    return {};
}

void RackElevationView::mousePressEvent(QMouseEvent* event) {
    const DeviceId hit = deviceAt(event->position().toPoint());
    if (!hit) return;
    setHighlighted(hit);
    emit deviceClicked(hit);
}

QString RackElevationView::toolTipAt(QPoint pos) const {
    const DeviceId hit = deviceAt(pos);
    for (const Mounted& m : mounted_) {
        if (m.id != hit) continue;
        const QString span = m.heightU == 1 ? tr("U%1").arg(m.lowU) : tr("U%1-%2").arg(m.lowU).arg(m.lowU + m.heightU - 1);
        return tr("%1\n%2\n%3, %4, %5")
            .arg(m.name, m.model, span, m.face == Face::Front ? tr("front") : tr("rear"),
                 QString::fromUtf8(toString(m.role).data(), qsizetype(toString(m.role).size())));
    }
    return {};
}

bool RackElevationView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void RackElevationView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!rack_) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Select one rack to see its elevation"));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int px = unitPx();
    for (Face face : {Face::Front, Face::Rear}) {
        const QRect c = columnRect(face);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(c.left(), kMargin, c.width(), kHeaderPx), Qt::AlignCenter,
                   face == Face::Front ? tr("%1 front").arg(title_) : tr("%1 rear").arg(title_));
        // Empty rails: one light box per U, numbered.
        QFont small = font();
        small.setPixelSize(std::clamp(px - 3, 8, 12));
        p.setFont(small);
        p.setBrush(Qt::NoBrush);  // the previous face's last device left its fill set
        for (int u = 1; u <= units_; ++u) {
            const QRect r = unitRect(u, face);
            p.fillRect(r, (u % 2) ? QColor(0xf4, 0xf5, 0xf6) : QColor(0xea, 0xec, 0xee));
            p.setPen(QColor(0xc8, 0xcc, 0xd0));
            p.drawRect(r.adjusted(0, 0, -1, -1));
            // U numbers in red when the catalog does not state the rack's height (shown up to the top device).
            p.setPen(unitsKnown_ ? palette().color(QPalette::Text) : QColor(0xb0, 0x40, 0x40));
            // Every U numbered while there is room; on a short panel, U1 and every fifth.
            if (px >= 8 || u == 1 || u % 5 == 0)
                p.drawText(QRect(r.left() - kNumberPx, r.center().y() - 6, kNumberPx - 3, 12), Qt::AlignRight | Qt::AlignVCenter,
                           QString::number(u));
        }
        p.setFont(font());
        // The other face's devices first, faint, then this face's.
        for (const Mounted& m : mounted_) {
            if (m.face == face) continue;
            const QRect r = blockRect(m, face);
            p.setPen(QPen(ColourScale::ofDeviceRole(m.role), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r);
        }
        for (const Mounted& m : mounted_) {
            if (m.face != face) continue;
            const QRect r = blockRect(m, face);
            const QColor fill = ColourScale::ofDeviceRole(m.role);
            p.setBrush(fill);
            p.setPen(m.id == highlighted_ ? QPen(QColor(0xff, 0xd5, 0x00), 3) : QPen(fill.darker(160), 1));
            p.drawRect(r);
            p.setPen(Qt::white);
            // Name and model on two lines where they fit, on one where one line fits, else the
            // tooltip says it.
            const int textWidth = r.width() - 8;
            if (r.height() >= 2 * fm.height())
                p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                           fm.elidedText(m.name, Qt::ElideRight, textWidth) + u'\n' + fm.elidedText(m.model, Qt::ElideRight, textWidth));
            else if (r.height() >= fm.height() - 2)
                p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                           fm.elidedText(QStringLiteral("%1 · %2").arg(m.name, m.model), Qt::ElideRight, textWidth));
        }
    }
    if (!zeroU_.isEmpty()) {
        const int y = columnRect(Face::Front).bottom() + 4;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(kMargin, y, width() - 2 * kMargin, 2 * fm.height()), Qt::AlignLeft | Qt::TextWordWrap,
                   tr("0U: %1").arg(zeroU_.join(QStringLiteral(", "))));
    }
}

}  // namespace rw::gui
