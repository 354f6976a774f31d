#pragma once
// Strongly typed integer ids. An id is the entity's slot in its table, never reused, so
// ids stay stable across undo/redo and save/open (see Table.h).
#include <cstdint>
#include <functional>
#include <limits>

namespace rw {

template <class Tag>
struct Id {
    static constexpr std::uint32_t kInvalid = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t value = kInvalid;

    constexpr Id() noexcept = default;
    constexpr explicit Id(std::uint32_t v) noexcept : value(v) {}
    [[nodiscard]] constexpr bool valid() const noexcept { return value != kInvalid; }
    constexpr explicit operator bool() const noexcept { return valid(); }
    friend constexpr bool operator==(Id, Id) noexcept = default;
    friend constexpr auto operator<=>(Id, Id) noexcept = default;
};

struct HallTag {};
struct RowTag {};
struct RackTag {};
struct DeviceTag {};
struct PortTag {};
struct LinkTag {};
struct CableTag {};
struct TransceiverTag {};
struct TrayTag {};
struct FeedTag {};
struct PanelTag {};
struct CircuitTag {};
struct CoolingTag {};

using HallId = Id<HallTag>;
using RowId = Id<RowTag>;
using RackId = Id<RackTag>;
using DeviceId = Id<DeviceTag>;
using PortId = Id<PortTag>;
using LinkId = Id<LinkTag>;
using CableId = Id<CableTag>;
using TransceiverId = Id<TransceiverTag>;
using TrayId = Id<TrayTag>;
using FeedId = Id<FeedTag>;
using PanelId = Id<PanelTag>;
using CircuitId = Id<CircuitTag>;
using CoolingId = Id<CoolingTag>;

}  // namespace rw

template <class Tag>
struct std::hash<rw::Id<Tag>> {
    std::size_t operator()(rw::Id<Tag> id) const noexcept { return std::hash<std::uint32_t>{}(id.value); }
};
