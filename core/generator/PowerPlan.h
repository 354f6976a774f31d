#pragma once
// Power sizing shared by the management phase (which must know how many PDUs a rack will get)
// and the power phase. Internal to core/generator.
//
// A rack's plan puts every PSU cord on a feed, a PDU of that feed and an outlet of one of the
// PDU's banks, so that after the loss of any one feed (the worst single failure for a PDU, its
// legs and banks) every bank breaker and PDU leg stays within its rating x the derating factor.
#include <array>
#include <vector>

#include "generator/GeneratorContext.h"

namespace rw::gen {

/// What each feed carries, normally ([0]) and with feed k lost ([k + 1]); W or VA.
using FeedScenarioLoads = std::array<std::array<double, 3>, 4>;

struct PduDemand {
    const CatalogEntry* pdu = nullptr;   // the rack's PDU model (the spec's, or chosen to carry its PSUs)
    int feeds = 2;                       // feeds (A, B[, C]) serving the rack
    std::array<int, 3> pdusPerFeed{};    // PDUs on each feed
    [[nodiscard]] int totalPdus() const noexcept { return pdusPerFeed[0] + pdusPerFeed[1] + pdusPerFeed[2]; }
};

/// A device to be powered: its entry and the height of its PSUs above the rack floor (mm; used
/// to pick the nearest outlet on a vertical strip; negative when not known yet).
struct PoweredItem {
    const CatalogEntry* entry = nullptr;
    double psuHeightMm = -1.0;
};

/// One PSU cord: device (index into the items), its PSU (index into the layout's psus), the
/// planned PDU (index into RackPowerPlan::pduFeed) and the outlet (an endpoint of the PDU).
struct CordPlan {
    std::size_t item = 0;
    std::size_t psu = 0;
    int pdu = -1;
    Endpoint outlet;
};

struct RackPowerPlan {
    PduDemand demand;
    std::vector<int> pduFeed;       // feed of each planned PDU, PDUs of feed A first
    std::vector<CordPlan> cords;
    int missingOutlets = 0;         // PSUs left without a cord: no free outlet of their type
    int cordsOverLimit = 0;         // PSUs placed over a bank's or leg's derated limit (no PDU count avoids it)
    FeedScenarioLoads watts{};      // the rack's load per feed, normally and with each feed lost
    FeedScenarioLoads voltAmps{};
    /// Per feed and leg (L1..L3): the sum of the PSUs' worst shares there, VA. No single failure
    /// loads a leg more, so a busway sized on it holds with its phases as the cords fall.
    std::array<std::array<double, 3>, 3> worstLegVa{};
    /// Power shelves' AC inputs (rack-scale systems), planned like PSU cords but on a PDU model
    /// of their own (one that takes a three-phase shelf input) and on the same feeds. Their
    /// loads are in watts, voltAmps and worstLegVa above.
    const CatalogEntry* shelfPdu = nullptr;
    std::vector<int> shelfPduFeed;    // feed of each shelf PDU
    std::vector<CordPlan> shelfCords; // pdu indexes shelfPduFeed
    int shelfInputsNeeded = 0;        // shelf inputs that must stay live to carry the busbar
    int shelfCordsOverLimit = 0;
};

/// A rack's power shelves: their AC inputs, and how many must stay live for the shelves' ratings
/// (max_w per input) to carry the busbar devices (those with no PSUs of their own).
struct ShelfNeed {
    int inputs = 0;
    int needed = 0;
};
[[nodiscard]] ShelfNeed shelfNeed(const std::vector<const CatalogEntry*>& devices);

/// The fewest feeds (2 or 3) for which every device keeps its N+M redundancy when one feed is
/// lost (and the power shelves left carry the busbar), or the spec's fixed count
/// (power.feeds / power.redundancy).
[[nodiscard]] int feedsPerRack(const Context& ctx, const std::vector<const CatalogEntry*>& devices);
/// `legRotation` varies which of equally loaded legs a PDU fills first (pass the rack's index),
/// so that odd cord counts do not leave the same phase light on every PDU of a busway.
[[nodiscard]] RackPowerPlan planRackPower(Context& ctx, const std::vector<PoweredItem>& items, int legRotation);
[[nodiscard]] PduDemand pduDemand(Context& ctx, const std::vector<PoweredItem>& items);
/// The rack's powered devices (all but PDUs: devices and management switches) at their heights.
[[nodiscard]] std::vector<PoweredItem> poweredItemsOf(const Context& ctx, const RackInfo& rack);

/// Power factor of a device for sizing: its catalog figure, else the power check's default.
[[nodiscard]] double powerFactorOf(const CatalogEntry& entry);

}  // namespace rw::gen
