#pragma once
// The 2D floor plan's scene: halls with their 600 mm tile grid and columns, row labels and one
// RackItem per rack, in model millimetres (see FloorCoordinates.h). It follows the session's
// Document through its ChangeSets -- only the racks an edit touched are updated -- and turns a
// mouse drag of selected racks into ONE cmd::moveRacks step, snapped to floor tiles. It never
// changes the model itself.
#include <optional>
#include <unordered_map>
#include <vector>

#include <QGraphicsScene>
#include <QPainterPath>

class QGraphicsSimpleTextItem;

#include "RackAppearance.h"
#include "floorplan/SiteLayout.h"
#include "edit/ChangeSet.h"


namespace rw::gui {

class ProjectSession;
class RackItem;
class RackSelection;
class RowLabelLayer;

class FloorPlanScene final : public QGraphicsScene {
    Q_OBJECT
public:
    FloorPlanScene(ProjectSession& session, RackSelection& selection, QObject* parent = nullptr);
    ~FloorPlanScene() override;

    /// How big racks are drawn (the catalog's dimensions); rebuilds the racks.
    void setRackSize(render::RackSizeFn rackSize);
    /// Fill colours by rack id (View > Colour by); a missing or invalid entry = the role's colour.
    void setRackColours(std::vector<QColor> colours);
    /// Tooltip figures by rack id (the colour mode's: "41.2 kW"); empty = names alone.
    void setRackNotes(std::vector<QString> notes);
    /// Racks not yet built on the install plan's chosen day, by rack id (true = faded); empty =
    /// none faded. Kept for racks added later, as the colours are.
    void setFadedRacks(std::vector<bool> faded);
    /// Redraws everything from the session's model (a new project).
    void rebuild();
    /// Updates what `changes` touched.
    void apply(const ChangeSet& changes);

    [[nodiscard]] RackItem* rackItem(RackId id) const;
    [[nodiscard]] std::size_t rackItemCount() const noexcept { return racks_.size(); }
    /// Where each hall lies on the plan (side by side when there are several).
    [[nodiscard]] const SiteLayout& site() const noexcept { return site_; }
    /// The row names (decluttered with the zoom).
    [[nodiscard]] RowLabelLayer& rowLabels() const noexcept { return *rowLabels_; }
    /// The bounds of all halls, for framing.
    [[nodiscard]] QRectF hallBounds() const { return hallFloor_.boundingRect(); }
    /// What a first view shows: the racks' footprints, or the halls when there are no racks.
    [[nodiscard]] QRectF contentBounds() const;

    /// Where a rack dragged so its centre lands at `wanted` ends up: its footprint's lower-left
    /// corner on the floor-tile grid.
    [[nodiscard]] static Point2 snapToTiles(Point2 wanted, render::BoxSizeMm footprint) noexcept;

signals:
    /// An edit the user asked for was refused (title, reason); the model is unchanged.
    void editFailed(const QString& title, const QString& message);
    /// While selected racks are dragged: the dragged rack's snapped footprint (scene rectangle)
    /// and the offset moved so far (mm); dragEnded() on release or Escape.
    void dragMoved(const QRectF& anchorFootprint, Point2 offset);
    void dragEnded();

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    /// Tooltips: the rack under the cursor, or the tray segment where trays are drawn on top
    /// or no rack is hit (its kind, level and fill).
    void helpEvent(QGraphicsSceneHelpEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    /// Escape: cancels a drag in progress, or else clears the selection.
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Drag {
        RackId anchor;
        Point2 anchorStart;
        render::BoxSizeMm anchorFootprint;
        QPointF pressScenePos;
        struct Start {
            RackItem* item;
            Point2 position;  // in its hall's coordinates
            HallId hall;
        };
        std::vector<Start> starts;
        Point2 offset;
        bool started = false;  // past the drag distance: a click with a shaky hand moves nothing
    };

    void rebuildHalls();
    void rebuildRows();
    void upsertRack(RackId id);
    void removeRack(RackId id);
    void pushSelectionToModel();
    void pullSelectionFromModel();
    void finishDrag();

    ProjectSession& session_;
    RackSelection& selection_;
    render::RackSizeFn rackSize_ = render::placeholderRackSize;
    std::unordered_map<std::uint32_t, RackItem*> racks_;
    std::vector<QColor> rackColours_;  // by rack id; empty = role colours
    std::vector<bool> fadedRacks_;     // by rack id; empty = none faded
    std::vector<QString> rackNotes_;   // by rack id; empty = no figures
    RowLabelLayer* rowLabels_;
    SiteLayout site_;
    std::vector<QGraphicsSimpleTextItem*> hallNames_;
    QPainterPath hallFloor_;
    QPainterPath obstacles_;
    std::optional<Drag> drag_;
    bool syncingSelection_ = false;
};

}  // namespace rw::gui
