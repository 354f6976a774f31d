#pragma once
// Where a work order's crew works (issue 12): the elevations of the racks the order touches, with
// the devices its cables land on marked, and a small floor map of the hall with the order's tray
// runs and racks highlighted. Painted on any QPainter through PrintUnits (mm), so the PDF, the
// print preview and a printer share it (WorkOrderBook calls it for each order's drawings page).
#include <set>
#include <vector>

#include "install/WorkOrders.h"

class QPainter;
class QRectF;

namespace rw::print {

class PrintUnits;

/// The racks, tray segments and devices of a work order: its packages' racks and trays (a tray
/// run's segments, the routes of a cable package's cables) and both end devices of its cables.
struct OrderPlaces {
    HallId hall;                  ///< the hall of its first rack (or tray); invalid when it has neither
    std::vector<RackId> racks;    ///< by name
    std::set<TrayId> trays;
    std::set<DeviceId> devices;
};

[[nodiscard]] OrderPlaces placesOf(const install::InstallPlan& plan, const Model& model, const install::WorkOrder& order);

/// One rack's elevation in `box` (device units): its name on top, its units from U1 at the
/// bottom, each mounted device by name; the devices in `marked` filled orange.
void paintRackElevation(QPainter& p, const PrintUnits& u, const QRectF& box, const Model& model, const Catalog& catalog,
                        RackId rack, const std::set<DeviceId>& marked);

/// The hall's floor in `box` (device units), x to the right and y down the page: every rack and
/// tray segment faint, the order's racks filled orange and its tray segments drawn thick blue,
/// each row's name beside it and the order's racks by name (FloorMapLabels: where one fits
/// without overprinting another).
void paintFloorMap(QPainter& p, const PrintUnits& u, const QRectF& box, const Model& model, const OrderPlaces& places);

}  // namespace rw::print
