#pragma once
// Reading the floor plan's size: a scale bar over the plan's lower-right corner (a round length,
// 1, 2 or 5 x 10^n mm, about 120 px long at the current zoom) and a coordinate readout for the
// status bar (the hall under the cursor and the point in that hall's millimetres). Both watch the
// view's viewport through an event filter, so the view itself needs no changes for them.
#include <QLabel>
#include <QPointer>
#include <QWidget>

namespace rw::gui {

class FloorPlanScene;
class FloorPlanView;
class ProjectSession;

class ScaleBar final : public QWidget {
    Q_OBJECT
public:
    /// Lies over `view`'s viewport (a child of the view, not of the viewport, so scrolling
    /// does not move it).
    explicit ScaleBar(FloorPlanView& view);

    /// The round length (mm) whose bar is at most `maxPx` long at `pixelsPerMm`, and at least
    /// 0.4 of that: 1, 2 or 5 x 10^n.
    [[nodiscard]] static double roundLength(double pixelsPerMm, double maxPx);
    /// The text for a length: "500 mm", "2 m", "10 m".
    [[nodiscard]] static QString lengthText(double mm);
    [[nodiscard]] double lengthMm() const noexcept { return lengthMm_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void follow();

    FloorPlanView& view_;
    double pixelsPerMm_ = 0.0;
    double lengthMm_ = 0.0;
};

class CursorReadout final : public QLabel {
    Q_OBJECT
public:
    CursorReadout(FloorPlanView& view, const FloorPlanScene& scene, const ProjectSession& session, QWidget* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FloorPlanView& view_;
    const FloorPlanScene& scene_;
    const ProjectSession& session_;
};

}  // namespace rw::gui
