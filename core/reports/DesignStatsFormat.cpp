#include "reports/DesignStatsFormat.h"

#include <cmath>
#include <fmt/format.h>

namespace rw {

namespace {

using Json = nlohmann::ordered_json;

// Whole watts: sums of catalog figures in kW otherwise print as 316.20000000000005.
double roundKw(double kw) noexcept { return std::round(kw * 1000.0) / 1000.0; }

template <class T>
Json orNull(const std::optional<T>& v) {
    return v ? Json(*v) : Json(nullptr);
}

// Link roles beyond the four every fabric reports; listed only when a fabric has some.
constexpr LinkRole kExtraRoles[] = {LinkRole::Nvlink, LinkRole::Management, LinkRole::Other};

std::int64_t extraLinks(const FabricLinkCounts& links) noexcept {
    std::int64_t n = 0;
    for (const LinkRole r : kExtraRoles) n += links.of(r);
    return n;
}

}  // namespace

Json designStatsToJson(const DesignStats& stats) {
    Json j;
    j["name"] = stats.name;
    j["gpus"] = orNull(stats.gpus);
    j["nodes"] = stats.nodes;
    Json byRole = Json::object();
    for (const auto& [role, count] : stats.racksByRole) byRole[std::string(toString(role))] = count;
    j["racks"] = {{"total", stats.racks}, {"by_role", byRole}};

    Json switches = Json::object();
    Json links = Json::object();
    for (const auto& [fabric, f] : stats.fabrics) {
        const std::string key(toString(fabric));
        Json s = {{"leaf", f.switches.leaf}, {"spine", f.switches.spine}, {"core", f.switches.core}};
        if (fabric == Fabric::Nvlink || f.switches.nvlinkSwitch > 0) s["nvlink_switch"] = f.switches.nvlinkSwitch;
        switches[key] = std::move(s);

        Json l = {{"total", f.links.total},
                  {"node_leaf", f.links.of(LinkRole::NodeLeaf)},
                  {"leaf_spine", f.links.of(LinkRole::LeafSpine)},
                  {"spine_core", f.links.of(LinkRole::SpineCore)}};
        for (const LinkRole r : kExtraRoles)
            if (f.links.of(r) > 0 || (r == LinkRole::Nvlink && fabric == Fabric::Nvlink))
                l[std::string(toString(r))] = f.links.of(r);
        if (fabric == Fabric::Nvlink && stats.nvlinkInRack) l["in_rack"] = *stats.nvlinkInRack;
        if (fabric == Fabric::Nvlink && stats.nvlinkInNode) l["in_node"] = *stats.nvlinkInNode;
        links[key] = std::move(l);
    }
    j["switches"] = std::move(switches);
    j["links"] = std::move(links);
    j["cables"] = {{"total", stats.cables.total},
                   {"routed", stats.cables.routed},
                   {"unrouted", stats.cables.unrouted},
                   {"power_cords", stats.cables.powerCords}};
    j["power_kw"] = {{"it_max", stats.itMaxKw ? Json(roundKw(*stats.itMaxKw)) : Json(nullptr)},
                     {"cooling_max", stats.coolingMaxKw ? Json(roundKw(*stats.coolingMaxKw)) : Json(nullptr)}};
    if (!stats.warnings.empty()) j["warnings"] = stats.warnings;
    return j;
}

std::string designStatsToText(const DesignStats& stats) {
    std::string out;
    auto line = [&out](std::string_view label, const std::string& value) {
        out += fmt::format("{:<20}{}\n", label, value);
    };
    line("Design", stats.name.empty() ? "(unnamed)" : stats.name);
    line("GPUs", stats.gpus ? fmt::format("{}", *stats.gpus) : "unknown (no catalog)");
    line("Nodes", fmt::format("{}", stats.nodes));
    std::string roles;
    for (const auto& [role, count] : stats.racksByRole)
        roles += fmt::format("{}{} {}", roles.empty() ? "" : ", ", toString(role), count);
    line("Racks", roles.empty() ? fmt::format("{}", stats.racks) : fmt::format("{}  ({})", stats.racks, roles));

    if (!stats.fabrics.empty()) {
        out += fmt::format("\n{:<12}{:>8}{:>8}{:>8}{:>8}{:>8}\n", "Switches", "leaf", "spine", "core", "nvlink", "total");
        for (const auto& [fabric, f] : stats.fabrics)
            out += fmt::format("  {:<10}{:>8}{:>8}{:>8}{:>8}{:>8}\n", toString(fabric), f.switches.leaf,
                               f.switches.spine, f.switches.core, f.switches.nvlinkSwitch, f.switches.total());
        out += fmt::format("\n{:<12}{:>8}{:>11}{:>12}{:>12}{:>8}\n", "Links", "total", "node_leaf", "leaf_spine",
                           "spine_core", "other");
        for (const auto& [fabric, f] : stats.fabrics)
            out += fmt::format("  {:<10}{:>8}{:>11}{:>12}{:>12}{:>8}\n", toString(fabric), f.links.total,
                               f.links.of(LinkRole::NodeLeaf), f.links.of(LinkRole::LeafSpine),
                               f.links.of(LinkRole::SpineCore), extraLinks(f.links));
        if (stats.nvlinkInRack)
            out += fmt::format("  NVLink inside rack-scale systems (catalog, not modelled as links): {}\n",
                               *stats.nvlinkInRack);
        if (stats.nvlinkInNode)
            out += fmt::format("  NVLink on the nodes' boards (catalog, no cables): {}\n", *stats.nvlinkInNode);
    }

    out += fmt::format("\n{:<12}{:>8}{:>8}{:>10}{:>13}\n", "Cables", "total", "routed", "unrouted", "power cords");
    out += fmt::format("  {:<10}{:>8}{:>8}{:>10}{:>13}\n", "", stats.cables.total, stats.cables.routed,
                       stats.cables.unrouted, stats.cables.powerCords);
    out += '\n';
    line("IT power, max", stats.itMaxKw ? fmt::format("{:.1f} kW", *stats.itMaxKw) : "unknown (no catalog)");
    if (stats.coolingMaxKw && *stats.coolingMaxKw > 0.0) line("Cooling power, max", fmt::format("{:.1f} kW", *stats.coolingMaxKw));
    for (const auto& w : stats.warnings) out += fmt::format("warning: {}\n", w);
    return out;
}

}  // namespace rw
