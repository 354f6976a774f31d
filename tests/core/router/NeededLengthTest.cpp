// A cable no catalog part is long enough for is unrouted "no catalog cable fits", and the result
// and its finding say how long a run it needs (issue 14 point 9).
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

#include <fmt/format.h>

#include "catalog/Catalog.h"
#include "checks/DesignChecks.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

TEST(NeededLength, APowerCordToAFarRackSaysTheRunItNeeds) {
    const Catalog& catalog = test::shippedCatalog();
    const auto spec = std::filesystem::path(RACKWEAVE_SOURCE_DIR) / "examples" / "superpod-h100-1su.json";
    Model m = generate(parseSpecFile(spec, catalog), catalog).model;

    // Re-plug one PSU cord into a PDU outlet of the rack farthest from the PSU's rack.
    LinkId cord;
    m.links().forEach([&](LinkId id, const Link& l) {
        if (!cord && l.role == LinkRole::PowerCord) cord = id;
    });
    ASSERT_TRUE(cord);
    Link& link = m.links()[cord];
    const PortId psuSide = m.devices()[m.ports()[link.a].device].role == DeviceRole::Pdu ? link.b : link.a;
    PortId& outletSide = psuSide == link.a ? link.b : link.a;
    const Rack& home = m.racks()[m.devices()[m.ports()[psuSide].device].rack];
    const PortKind outletKind = m.ports()[outletSide].kind;
    PortId farOutlet;
    double farthest = 0;
    m.ports().forEach([&](PortId id, const Port& p) {
        const Device& d = m.devices()[p.device];
        if (d.role != DeviceRole::Pdu || p.kind != outletKind) return;
        const Rack& r = m.racks()[d.rack];
        const double dist = std::hypot(double(r.position.x - home.position.x), double(r.position.y - home.position.y));
        if (dist > farthest) farthest = dist, farOutlet = id;
    });
    ASSERT_GT(farthest, 4000.0) << "farther than the catalog's longest power cord (3 m)";
    outletSide = farOutlet;  // an outlet of that kind in use elsewhere is fine: only this cord is checked

    const RoutingResult routes = Router(m, catalog).routeAll();
    CableId cable;
    m.cables().forEach([&](CableId id, const Cable& c) {
        if (c.first == cord) cable = id;
    });
    const CableRoute& r = routes.cables[cable.value];
    ASSERT_EQ(r.status, RouteStatus::Unrouted);
    ASSERT_EQ(r.reason, UnroutedReason::NoMedia);
    EXPECT_GE(r.lengthMm, std::lround(farthest)) << "at least the straight distance between the racks";
    bool said = false;
    for (const Finding& f : checkRouting(m, catalog, routes))
        if (f.kind == EntityKind::Cable && f.id == cable.value) {
            said = true;
            EXPECT_NE(f.message.find(fmt::format("no catalog cable fits (a {:.1f} m run is needed)", r.lengthMm / 1000.0)),
                      std::string::npos)
                << f.message;
        }
    EXPECT_TRUE(said);
}

}  // namespace
}  // namespace rw
