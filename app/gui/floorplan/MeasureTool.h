#pragma once
// View > Measure (M): while on, a left drag on the floor plan draws a line and reads out its
// straight length in metres (a hall's millimetres are the scene's units, so the length holds
// within one hall; across halls it is the distance on the site plan). Switching the tool off
// removes the line. A line from one rack to another also reads the path along the trays between
// them, per tray kind (core's shortestTrayPath: rack top, up to the tray, along it, down to the
// other rack's top), and draws the shortest of those paths. An event filter on the view's
// viewport: the view is unchanged, and while measuring, clicks neither select nor move racks.
#include <array>
#include <optional>

#include <QObject>
#include <QPointF>

#include "router/TrayPath.h"

class QAction;
class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace rw::gui {

class FloorPlanView;
class ProjectSession;

class MeasureTool final : public QObject {
    Q_OBJECT
public:
    MeasureTool(FloorPlanView& view, const ProjectSession& session, QObject* parent = nullptr);

    /// The checkable View > Measure action (shortcut M).
    [[nodiscard]] QAction* action() const noexcept { return action_; }
    /// Length of the line drawn last, in mm; 0 when there is none.
    [[nodiscard]] double lengthMm() const noexcept { return lengthMm_; }
    /// For a line from rack to rack: the paths along each tray kind (TrayKind order); none
    /// otherwise, or without a catalog (rack heights come from it).
    [[nodiscard]] const std::optional<std::array<TrayPath, kTrayKinds>>& trayPaths() const noexcept { return trayPaths_; }
    /// The readout beside the line ("12.30 m", then the tray lengths on a second line).
    [[nodiscard]] QString text() const;

signals:
    /// The measured length changed (mm).
    void measured(double lengthMm);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showLine(QPointF from, QPointF to);
    void placeLabel(QPointF at);
    /// After the drag: the tray paths when both ends are on racks, drawn and read out.
    void measureAlongTrays(QPointF from, QPointF to);
    [[nodiscard]] RackId rackAt(QPointF scene) const;
    void clear();

    FloorPlanView& view_;
    const ProjectSession& session_;
    QAction* action_;
    QGraphicsLineItem* line_ = nullptr;
    QGraphicsSimpleTextItem* label_ = nullptr;
    QGraphicsPathItem* path_ = nullptr;
    std::optional<std::array<TrayPath, kTrayKinds>> trayPaths_;
    QPointF start_;
    bool dragging_ = false;
    double lengthMm_ = 0.0;
};

}  // namespace rw::gui
