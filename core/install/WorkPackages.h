#pragma once
// Work packages from a routed design (issue 12): install work at the grain crews are given it
// (a tray run, a busway run, a rack set, a rack's tap-offs, its power cords, its OOB cables, a
// leaf's node cables, a spine's uplinks), never one task per cable, with the order of work as
// finish-start dependencies (docs/install.md, "Order of work"):
//   pathway survey (gate) -> tray runs, busway runs -> rack set -> tap-offs and PDUs -> power
//   cords; (liquid) CDU flush, fill and pressure test (gate) -> rack power-on (gate) -> OOB copper
//   -> in-rack cables -> a leaf's node cables -> pod check (gate) -> leaf-spine -> spine-core ->
//   fabric cabled (milestone) -> in-band and storage -> as-built check (gate) -> burn-in (gate).
// A cable package also waits for both racks of every cable in it and every tray run on their
// routes. Labour comes from LabourRates; nothing here is a figure.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "install/LabourRates.h"
#include "install/RcpspProblem.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw::install {

enum class PackageKind : std::uint8_t {
    TrayRun, RackSet, PowerCords, RackPowerOn, OobCabling, RackInternal, NodeLeaf, PodCheck, LeafSpine,
    SpineCore, FabricCabled, InbandStorage, OtherCabling, AsBuiltCheck,
    PathwaySurvey, BuswayRun, TapOffs, CduFillTest, BurnIn
};

struct WorkPackage {
    PackageKind kind = PackageKind::RackSet;
    std::string name;
    Trade trade = Trade::Rigging;
    double labourMinutes = 0.0;
    bool gate = false;               ///< a check with a sign-off (or a milestone when no labour)
    std::vector<int> predecessors;   ///< package indices, sorted, no repeats
    std::vector<RackId> racks;       ///< racks the package works in (both ends of its cables)
    RowId row;                       ///< where its crew works: the row with most of its racks (ties: the lowest id); none when no rack is in a row
    std::vector<TrayId> trays;       ///< a tray run's segments; the segments a cable package's routes use
    std::vector<CableId> cables;
    std::vector<DeviceId> devices;   ///< the switches a fabric package or gate is about; a CDU's device
    std::vector<PanelId> panels;     ///< a busway run's panel; the panels a rack's tap-offs plug into
};

struct WorkPlan {
    std::vector<WorkPackage> packages;
    /// Data cables left out: the router could not route them and nothing pins their media, so
    /// neither their labour nor their path is known (the design's findings list them).
    std::vector<CableId> unrouted;
    [[nodiscard]] double labourMinutes(Trade t) const;
};

/// Throws rw::InputError when the design has cables but `routing` has no result for them (route
/// it first) or no rate band fits a cable.
[[nodiscard]] WorkPlan buildWorkPackages(const Model& model, const RoutingResult& routing, const LabourRates& rates);

/// The plan as an RCPSP in minutes: a package lasts its labour over its crew's size (rounded up)
/// and holds one crew of its trade; `crews` is how many crews of each trade work at once. The
/// first kTradeCount resources are the trades, in trade order. With `crewsPerRow`, every row a
/// package works in is a resource of that many units after them ("row NAME"), and a package with
/// a crew holds one unit of its row (WorkPackage::row) while it runs: a row holds at most that
/// many crews at once, of any trades. A crew is in one place at a time, so one whose cables reach
/// other rows counts in its own row only. Packages in no row (tray and busway runs, hall-wide
/// gates) are not limited.
[[nodiscard]] RcpspProblem toSchedulingProblem(const WorkPlan& plan, const LabourRates& rates,
                                               const std::array<int, kTradeCount>& crews,
                                               std::optional<int> crewsPerRow = std::nullopt,
                                               const Model* model = nullptr);

}  // namespace rw::install

namespace rw {
template <>
struct EnumNames<install::PackageKind> {
    using K = install::PackageKind;
    static constexpr auto table = std::to_array<std::pair<K, std::string_view>>({
        {K::TrayRun, "tray-run"}, {K::RackSet, "rack-set"}, {K::PowerCords, "power-cords"},
        {K::RackPowerOn, "rack-power-on"}, {K::OobCabling, "oob"}, {K::RackInternal, "in-rack"},
        {K::NodeLeaf, "node-leaf"}, {K::PodCheck, "pod-check"}, {K::LeafSpine, "leaf-spine"},
        {K::SpineCore, "spine-core"}, {K::FabricCabled, "fabric-cabled"}, {K::InbandStorage, "inband-storage"},
        {K::OtherCabling, "other-cabling"}, {K::AsBuiltCheck, "as-built-check"}, {K::PathwaySurvey, "pathway-survey"},
        {K::BuswayRun, "busway-run"}, {K::TapOffs, "tap-offs"}, {K::CduFillTest, "cdu-fill-test"}, {K::BurnIn, "burn-in"}});
};
}  // namespace rw
