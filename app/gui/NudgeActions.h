#pragma once
// Arrow keys in the floor plan nudge the selected racks one floor tile (600 mm) north, south, east
// or west; with Shift, 100 mm. Each press is one undo step ("Move rack R3"). The keys belong to
// the floor plan (shortcut context: the view and its children), so arrows keep moving the cursor
// in lists, tables and text fields elsewhere in the window.
#include <QObject>

class QWidget;

namespace rw::gui {

class ProjectSession;
class RackSelection;
class UserPrompts;

class NudgeActions final : public QObject {
    Q_OBJECT
public:
    /// Adds the eight actions (arrows, Shift+arrows) to `floorPlan`.
    NudgeActions(ProjectSession& session, RackSelection& selection, UserPrompts& prompts, QWidget& floorPlan);

    /// Moves the selection by (dx, dy) mm (y grows north) as one step; nothing when none is selected.
    void nudge(int dxMm, int dyMm);

    static constexpr int kFineStepMm = 100;

private:
    ProjectSession& session_;
    RackSelection& selection_;
    UserPrompts& prompts_;
};

}  // namespace rw::gui
