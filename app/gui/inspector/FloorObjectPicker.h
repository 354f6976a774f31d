#pragma once
// Picks what the inspector shows from a click on the floor plan away from the racks: the row
// whose name is drawn there, else the floor-standing cooling unit there, else the tray segment
// drawn there (when trays are shown), else the hall whose floor it is (as the site plan lays the halls out). A click on a rack stays the rack
// selection's; Alt+click picks the row name or tray under the cursor even over a rack (names
// and trays mostly lie over the rows). A drag (rubber band, pan,
// measure) picks nothing. Plain clicks still reach the scene; Alt+clicks are the picker's alone.
#include <QObject>
#include <QPoint>

namespace rw::gui {

class FloorPlanView;
class PropertiesInspector;
class ProjectSession;
class TrayLayerItem;

class FloorObjectPicker final : public QObject {
    Q_OBJECT
public:
    FloorObjectPicker(FloorPlanView& view, const TrayLayerItem& trays, const ProjectSession& session,
                      PropertiesInspector& inspector, QObject* parent = nullptr);

    /// What a click at viewport point `at` picks, shown in the inspector; false when it is a rack
    /// or nothing. `overRacks`: a tray there is picked even where a rack is under it (Alt+click).
    bool pickAt(QPoint at, bool overRacks = false);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FloorPlanView& view_;
    const TrayLayerItem& trays_;
    const ProjectSession& session_;
    PropertiesInspector& inspector_;
    QPoint pressedAt_;
    bool pressed_ = false;
    bool altPressed_ = false;
};

}  // namespace rw::gui
