#pragma once
// Labels on a work order's floor map (issue 12): each row's name beside its racks and the names
// of the order's racks beside them, on a white ground so they read over the drawing. A label is
// tried at a few places round what it names and drawn at the first where it overlaps no label
// already drawn and stays inside the map; where none is free it is left out (the racks are named
// again under the elevations), so no label ever overprints another.
#include <QFont>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace rw::print {

class PrintUnits;

class FloorMapLabels final {
public:
    FloorMapLabels(QPainter& painter, const PrintUnits& units, const QRectF& map);

    /// Names a row whose racks cover `racks` (device units): left of a row running across the
    /// page, above one running down it; else the other side.
    bool row(const QString& name, const QRectF& racks);
    /// Names a rack drawn at `rack`: above it, below, right, left.
    bool rack(const QString& name, const QRectF& rack);

    /// Every label drawn so far (device units), for tests and for the caller to keep clear.
    [[nodiscard]] const std::vector<QRectF>& drawn() const noexcept { return drawn_; }

private:
    bool firstFree(const QString& name, const QFont& font, const std::vector<QPointF>& centres);

    QPainter& p_;
    const PrintUnits& u_;
    QRectF map_;
    QFont rowFont_, rackFont_;
    std::vector<QRectF> drawn_;
};

}  // namespace rw::print
