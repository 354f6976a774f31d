#pragma once
// What the router produces: derived data, never part of the Model or of undo. Saved beside the
// model in the project file (RouteStorage.h, docs/file-format.md "Routing").
#include <cstdint>
#include <string>
#include <vector>

#include "model/Enums.h"
#include "model/Id.h"

namespace rw {

enum class RouteStatus : std::uint8_t {
    Routed,    // through the trays
    InRack,    // both ends in one rack: no tray needed
    Unrouted,  // see CableRoute::reason
};

enum class UnroutedReason : std::uint8_t {
    None,
    NoMedia,       // no catalog cable fits the ports at this length
    NoTrayPath,    // no tray of the needed kind connects the racks (or different halls)
    NoCapacity,    // every path is full (fill or load limit)
    OverReach,     // the detour the router had to take exceeds the chosen media's reach
};

/// A tray path shared by every cable that follows it (a bundle between two racks).
struct TrayRoute {
    std::vector<TrayId> segments;  // in order from the A side
    std::uint32_t trayLengthMm = 0;
    friend bool operator==(const TrayRoute&, const TrayRoute&) = default;
};

inline constexpr std::uint32_t kNoRoute = 0xffffffffU;

struct CableRoute {
    std::uint32_t route = kNoRoute;   // index into RoutingResult::routes
    std::uint32_t lengthMm = 0;       // routed length including slack
    std::uint32_t orderedMm = 0;      // length of the SKU ordered
    std::uint32_t sku = kNoRoute;     // index into RoutingResult::skus
    Media media = Media::Auto;        // chosen media
    RouteStatus status = RouteStatus::Unrouted;
    UnroutedReason reason = UnroutedReason::None;
    friend bool operator==(const CableRoute&, const CableRoute&) = default;
};

struct RoutingResult {
    std::vector<TrayRoute> routes;
    std::vector<std::string> skus;      // catalog ids, each once
    std::vector<CableRoute> cables;     // indexed by CableId::value (dead ids stay Unrouted/None)
    /// True when capacity kept any bundle off its shortest path (congestion costs were used).
    bool negotiated = false;
    int iterations = 0;                 // congestion passes run (the router makes one when negotiated)

    [[nodiscard]] const CableRoute* find(CableId id) const noexcept {
        return id.value < cables.size() ? &cables[id.value] : nullptr;
    }
    [[nodiscard]] bool isRouted(CableId id) const noexcept {
        const CableRoute* r = find(id);
        return r && r->status != RouteStatus::Unrouted;
    }
    [[nodiscard]] std::size_t countWith(RouteStatus s) const noexcept {
        std::size_t n = 0;
        for (const CableRoute& c : cables)
            if (c.status == s && (s != RouteStatus::Unrouted || c.reason != UnroutedReason::None)) ++n;  // dead ids: reason None
        return n;
    }
    /// Cables left unrouted for `why` (not None: dead ids carry that).
    [[nodiscard]] std::size_t countUnrouted(UnroutedReason why) const noexcept {
        std::size_t n = 0;
        for (const CableRoute& c : cables) n += c.status == RouteStatus::Unrouted && c.reason == why;
        return n;
    }
    friend bool operator==(const RoutingResult&, const RoutingResult&) = default;
};

std::string_view toString(RouteStatus s) noexcept;
std::string_view toString(UnroutedReason r) noexcept;

}  // namespace rw
