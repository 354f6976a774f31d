#pragma once
// View > Measure (M): while on, a left drag on the floor plan draws a line and reads out its
// straight length in metres (a hall's millimetres are the scene's units, so the length holds
// within one hall; across halls it is the distance on the site plan). Switching the tool off
// removes the line. An event filter on the view's viewport: the view is unchanged, and
// while measuring, clicks neither select nor move racks.
#include <QObject>
#include <QPointF>

class QAction;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace rw::gui {

class FloorPlanView;

class MeasureTool final : public QObject {
    Q_OBJECT
public:
    explicit MeasureTool(FloorPlanView& view, QObject* parent = nullptr);

    /// The checkable View > Measure action (shortcut M).
    [[nodiscard]] QAction* action() const noexcept { return action_; }
    /// Length of the line drawn last, in mm; 0 when there is none.
    [[nodiscard]] double lengthMm() const noexcept { return lengthMm_; }

signals:
    /// The measured length changed (mm).
    void measured(double lengthMm);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showLine(QPointF from, QPointF to);
    void clear();

    FloorPlanView& view_;
    QAction* action_;
    QGraphicsLineItem* line_ = nullptr;
    QGraphicsSimpleTextItem* label_ = nullptr;
    QPointF start_;
    bool dragging_ = false;
    double lengthMm_ = 0.0;
};

}  // namespace rw::gui
