#pragma once
// What the floor plan shows while something is being placed: a ghost of the footprint where it
// will land (dashed, translucent; green where the drop is allowed, red where it is refused), a
// snap marker on the footprint corner that sits on the tile grid, and a readout of the position
// in metres beside the cursor. Used for racks dragged from the catalog palette and for moves of
// racks already on the plan. Drawing only: it never changes the model.
#include <QObject>
#include <QRectF>
#include <QString>

class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace rw::gui {

class PlacementPreview final : public QObject {
    Q_OBJECT
public:
    explicit PlacementPreview(QGraphicsScene& scene, QObject* parent = nullptr);
    ~PlacementPreview() override;

    /// Shows the preview for a footprint at `footprint` (scene rectangle, y down = south). With
    /// `ghost` false only the marker and readout are drawn (the moved racks show themselves).
    void show(const QRectF& footprint, bool ghost, bool allowed, const QString& readout);
    void hide();

    [[nodiscard]] bool isShown() const noexcept { return shown_; }
    [[nodiscard]] QString readout() const;
    [[nodiscard]] QRectF footprint() const noexcept { return footprint_; }
    [[nodiscard]] bool allowed() const noexcept { return allowed_; }

    /// "x 20.40 m, y 15.60 m" for a point in model millimetres.
    [[nodiscard]] static QString position(double xMm, double yMm);

private:
    QGraphicsRectItem* ghost_;
    QGraphicsPathItem* marker_;
    QGraphicsSimpleTextItem* label_;
    QGraphicsRectItem* labelBack_;
    QRectF footprint_;
    bool shown_ = false;
    bool allowed_ = false;
};

}  // namespace rw::gui
