// A bundle whose congestion detour outgrows its media's reach gets the next media that reaches
// (multimode -> single-mode), and the part follows; "detour beyond media reach" remains only
// where no catalog media reaches (issue #13, item 2).
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

// Long rows (80 racks, 48 m) so leaf-to-spine fibres run 40-60 m, near multimode's 50 m reach,
// and four rows, so a closed segment has a way around it.
constexpr const char* kSpec = R"({
  "compute": {"system": "supermicro-hgx-h100-4u-liquid", "nodes": 2000, "nodes_per_rack": 8},
  "fabrics": {"compute": {"switch": "nvidia-sn5600", "port_speed_gbps": 400, "tiers": "auto"}},
  "hall": {"width_m": 60, "depth_m": 40, "racks_per_row": 80},
  "power": {"pdu": "pdu-415v-3ph-60a-0u"},
  "cooling": {"per": "rack"}
})";

TEST(MediaReplan, DetourPastMultimodeReachTakesSinglemode) {
    const Catalog& catalog = test::shippedCatalog();
    Model m = generate(parseSpecText(kSpec, "replan.json", catalog), catalog).model;
    const RoutingResult base = Router(m, catalog).routeAll();
    ASSERT_EQ(base.countWith(RouteStatus::Unrouted), 0U);

    // Multimode cables with less than 6 m of reach left.
    std::vector<CableId> nearReach;
    m.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute& r = base.cables[id.value];
        if (r.status == RouteStatus::Routed && r.media == Media::MultimodeFiber && r.lengthMm >= 44000) nearReach.push_back(id);
    });
    ASSERT_FALSE(nearReach.empty()) << "the spec must give multimode fibres close to their reach";

    // Tighter and tighter fibre trays: congestion detours grow until some multimode cable's
    // detour passes 50 m. That routing is the case under test.
    std::optional<RoutingResult> found;
    for (int fill = 36; fill >= 2 && !found; fill -= 2) {
        m.trays().forEach([&](TrayId id, const TraySegment& s) {
            if (s.kind == TrayKind::Fiber) m.trays()[id].maxFillPercent = static_cast<std::uint8_t>(fill);
        });
        Router router(m, catalog);
        RoutingResult r = router.routeAll();
        const bool pastReach = std::any_of(nearReach.begin(), nearReach.end(), [&](CableId c) {
            const CableRoute& after = r.cables[c.value];
            return after.reason == UnroutedReason::OverReach || (after.status == RouteStatus::Routed && after.lengthMm > 50000);
        });
        if (pastReach) {
            EXPECT_GT(router.stats().replannedMedia, 0U);
            found = std::move(r);
        }
    }
    ASSERT_TRUE(found) << "no fill level made a multimode detour pass 50 m";
    const RoutingResult& detoured = *found;
    std::size_t overReach = 0, singlemodeBeyond = 0;
    m.cables().forEach([&](CableId id, const Cable&) {
        const CableRoute& r = detoured.cables[id.value];
        overReach += r.reason == UnroutedReason::OverReach;
        if (r.status != RouteStatus::Routed) return;
        const CatalogEntry* part = catalog.find(detoured.skus[r.sku]);
        ASSERT_NE(part, nullptr);
        EXPECT_GE(part->cable->lengthM * 1000.0 + 1e-6, r.lengthMm) << "cable " << id.value;
        if (r.media == Media::MultimodeFiber) {
            EXPECT_LE(r.lengthMm, 50000U) << "cable " << id.value;
        }
        if (r.media == Media::SinglemodeFiber && r.lengthMm > 50000 && base.cables[id.value].media == Media::MultimodeFiber)
            ++singlemodeBeyond;
    });
    EXPECT_EQ(overReach, 0U);
    EXPECT_GT(singlemodeBeyond, 0U);
    EXPECT_TRUE(overfilledSegments(m, catalog, detoured).empty());
}

}  // namespace
}  // namespace rw
