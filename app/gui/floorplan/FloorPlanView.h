#pragma once
// The 2D floor plan's viewport: wheel zoom about the cursor, pan with the middle button or
// space + drag, rubber-band selection with the left button on empty floor. Editing is the
// scene's job (FloorPlanScene); this class only moves the camera.
#include <optional>

#include <QGraphicsView>

namespace rw::gui {

class FloorPlanScene;

class FloorPlanView final : public QGraphicsView {
    Q_OBJECT
public:
    explicit FloorPlanView(FloorPlanScene& scene, QWidget* parent = nullptr);
    /// Room around the viewport for widgets beside the plan (the rulers, PlanRulers).
    using QGraphicsView::setViewportMargins;

    /// Fits the racks (or, with none, the halls) into the viewport. Until the user moves the
    /// camera, the fit is redone when the viewport is resized (the window's final size on
    /// start, a maximise, a dock shown or hidden).
    void frameAll();
    /// Whether the view still shows frameAll()'s fit and will refit on a resize.
    [[nodiscard]] bool followsFit() const noexcept { return fitTransform_.has_value(); }
    /// Zooms by `factor` (> 1 in) about the viewport point `anchor`.
    void zoomBy(double factor, QPoint anchor);
    /// The scene shown (with the site layout that maps its points to halls).
    [[nodiscard]] FloorPlanScene& planScene() const noexcept { return scene_; }
    /// Viewport pixels per model millimetre.
    [[nodiscard]] double pixelsPerMm() const noexcept { return transform().m11(); }

signals:
    /// R pressed in the view. The window's Rotate action has the same shortcut and normally
    /// takes the key first; this covers key events sent straight to the view.
    void rotateRequested();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void panBy(QPoint delta);

    FloorPlanScene& scene_;
    bool spaceHeld_ = false;
    bool panning_ = false;
    bool framed_ = false;  // the first show frames the racks, once the viewport has its size
    std::optional<QTransform> fitTransform_;  // the transform frameAll() set, while still shown
    QPoint lastPanPos_;
};

}  // namespace rw::gui
