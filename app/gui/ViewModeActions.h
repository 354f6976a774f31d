#pragma once
// View > 2D, 3D, Split: which of the floor plan and the 3D hall view the window shows.
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace rw::gui {

class ViewModeActions final : public QObject {
    Q_OBJECT
public:
    enum class Mode { FloorPlan, Hall3D, Split };

    /// `floorPlan` and `hall3d` are the two panes of the window's splitter.
    ViewModeActions(QWidget& floorPlan, QWidget& hall3d, QObject* parent = nullptr);

    void populate(QMenu& menu) const;
    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const noexcept { return mode_; }

    [[nodiscard]] QAction* floorPlanAction() const noexcept { return floorPlan2d_; }
    [[nodiscard]] QAction* hallAction() const noexcept { return hall3d_; }
    [[nodiscard]] QAction* splitAction() const noexcept { return split_; }

private:
    QWidget& floorPlanPane_;
    QWidget& hallPane_;
    QAction* floorPlan2d_;
    QAction* hall3d_;
    QAction* split_;
    Mode mode_ = Mode::Split;
};

}  // namespace rw::gui
