#pragma once
// The Rack Elevation dock: the selected rack's elevation (RackElevationView), its totals from
// catalog figures (IT power, heat to air and to liquid, weight against its ratings) and, after
// a click on a device, that device's cables; clicking a cable highlights its route (CableFocus).
#include <QWidget>

#include "edit/ChangeSet.h"
#include "model/Model.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace rw::gui {

class CableFocus;
class DesignContext;
class ProjectSession;
class RackElevationView;
class RackSelection;

class RackElevationPanel final : public QWidget {
    Q_OBJECT
public:
    RackElevationPanel(ProjectSession& session, DesignContext& context, RackSelection& selection, CableFocus& focus,
                       QWidget* parent = nullptr);

    [[nodiscard]] RackElevationView& view() const noexcept { return *view_; }
    [[nodiscard]] QString totalsText() const;
    /// The selected device's cables, one row each: cable id, the port on this device, the far
    /// device and port, the far rack, the routed length. Sortable by any column.
    [[nodiscard]] QTreeWidget& cables() const noexcept { return *cables_; }
    enum CableColumn { CableIdColumn, HereColumn, FarEndColumn, FarRackColumn, LengthColumn, CableColumnCount };
    /// Lists the cables of `device` (what a click on it does).
    void showDevice(DeviceId device);

private:
    void refresh();
    void onDocumentChanged(const ChangeSet& changes);
    void onCableClicked(QTreeWidgetItem* item);

    ProjectSession& session_;
    DesignContext& context_;
    RackSelection& selection_;
    CableFocus& focus_;
    QLabel* totals_;
    RackElevationView* view_;
    QLabel* deviceHeading_;
    QTreeWidget* cables_;
    DeviceId device_;
};

}  // namespace rw::gui
