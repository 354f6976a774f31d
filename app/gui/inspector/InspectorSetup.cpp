#include "inspector/InspectorSetup.h"

#include <memory>

#include "MainWindow.h"
#include "ProjectSession.h"
#include "PropertiesInspector.h"
#include "docks/CableFocus.h"
#include "docks/DesignContext.h"
#include "docks/RackElevationPanel.h"
#include "docks/RackElevationView.h"
#include "floorplan/FloorPlanOverlays.h"
#include "inspector/CablePage.h"
#include "inspector/DevicePage.h"
#include "inspector/FloorObjectPicker.h"
#include "inspector/HallPage.h"
#include "inspector/PduPage.h"
#include "inspector/RowPage.h"
#include "inspector/TrayPage.h"
#include "power/PowerAnalysis.h"
#include "power/PowerChainTree.h"
#include "power/PowerCoolingPanel.h"

namespace rw::gui {

void setUpInspectorPages(MainWindow& window) {
    PropertiesInspector& inspector = window.inspector();
    inspector.addPage(std::make_unique<HallPage>());
    inspector.addPage(std::make_unique<DevicePage>(window.designContext()));
    inspector.addPage(std::make_unique<TrayPage>(window.designContext()));
    inspector.addPage(std::make_unique<PduPage>(window.powerAnalysis()));
    inspector.addPage(std::make_unique<RowPage>());
    inspector.addPage(std::make_unique<CablePage>(window.designContext()));
    new FloorObjectPicker(window.floorPlanView(), window.floorPlanOverlays().trays(), window.session(), inspector, &window);
    QObject::connect(&window.elevationPanel().view(), &RackElevationView::deviceClicked, &inspector,
                     [&inspector](DeviceId device) { inspector.inspect(EntityRef{EntityKind::Device, device.value}); });
    // A cable picked in Findings, Find or the elevation's table: after the plan has selected its
    // end racks (connected earlier), which would otherwise take the inspector back to them.
    QObject::connect(&window.cableFocus(), &CableFocus::changed, &inspector, [&window, &inspector] {
        if (const CableId cable = window.cableFocus().cable()) inspector.inspect(EntityRef{EntityKind::Cable, cable.value});
    });
    // A feed, panel, circuit, PDU or in-rack CDU clicked in the Power and Cooling dock's tree:
    // after the dock has selected the racks it supplies, which stay highlighted.
    const auto inspectPowerRow = [&window, &inspector](QTreeWidgetItem* item) {
        EntityRef ref{EntityKind::Cooling, 0};
        if (const auto unit = PowerChainTree::coolingUnitOf(item)) {
            ref.id = unit->value;
        } else if (const auto element = PowerChainTree::elementOf(item);
                   element && *element < window.powerAnalysis().network().elements.size()) {
            const power::SupplyElement& e = window.powerAnalysis().network().elements[*element];
            ref = {e.entity, e.entityId};
        } else {
            return;
        }
        if (!properties(window.session().model(), ref).empty()) inspector.inspect(ref);
    };
    PowerChainTree& tree = window.powerPanel().tree();
    QObject::connect(&tree, &QTreeWidget::itemClicked, &inspector, inspectPowerRow);
    QObject::connect(&tree, &QTreeWidget::itemActivated, &inspector, inspectPowerRow);
    // Derived figures (a tray's fill, a PDU's load) follow the routes and the power analysis.
    QObject::connect(&window.designContext(), &DesignContext::routesChanged, &inspector, &PropertiesInspector::refreshFigures);
    QObject::connect(&window.powerAnalysis(), &PowerAnalysis::updated, &inspector, &PropertiesInspector::refreshFigures);
}

}  // namespace rw::gui
