#pragma once
// The live preview of Arrange > Place Row of Racks on the floor plan: the footprints the row
// would place, dashed, while the dialog is open. Drawing only.
#include <vector>

#include <QObject>
#include <QRectF>

class QGraphicsPathItem;
class QGraphicsScene;

namespace rw::gui {

class RowPreview final : public QObject {
    Q_OBJECT
public:
    explicit RowPreview(QGraphicsScene& scene, QObject* parent = nullptr);

    /// Shows these footprints (scene rectangles); an empty list hides the preview.
    void show(const std::vector<QRectF>& footprints);
    [[nodiscard]] bool isShown() const;
    [[nodiscard]] QRectF bounds() const;

private:
    QGraphicsPathItem* item_;
};

}  // namespace rw::gui
