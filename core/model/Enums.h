#pragma once
// Small closed vocabularies of the model. Each has a stable text name used in the project file,
// the spec, the CLI and the catalog; the names are part of the file format (docs/file-format.md).
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace rw {

enum class Face : std::uint8_t { Front, Rear };
enum class RackRole : std::uint8_t { Compute, Network, Storage, Management, Power, Cooling, Other };
enum class DeviceRole : std::uint8_t {
    GpuNode, Leaf, Spine, Core, MgmtSwitch, StorageSwitch, InbandSwitch, Pdu, Cdu, PatchPanel, Storage,
    Appliance, NvlinkSwitch, PowerShelf, Other
};
enum class PortKind : std::uint8_t {
    // Appended kinds go after Other: files store a kind's position (docs/file-format.md).
    OSFP, QSFP112, QSFP56, QSFP28, SFP28, SFP, RJ45, NVLink, C13, C14, C19, C20, Other,
    Iec60309_32A,  // IEC 60309 2P+E 32 A (blue, 200-250 V): high-current PSU inlets and their PDU sockets
};
enum class Fabric : std::uint8_t { Compute, Storage, Inband, Oob, Nvlink, Power };
enum class LinkRole : std::uint8_t { NodeLeaf, LeafSpine, SpineCore, Nvlink, Management, PowerCord, Other };
enum class Media : std::uint8_t { Auto, Dac, Acc, Aoc, MultimodeFiber, SinglemodeFiber, Copper, PowerCord, NvlinkCopper };
enum class TrayKind : std::uint8_t { Data, Fiber, Power };
enum class FeedSide : std::uint8_t { A, B, C };
enum class PanelKind : std::uint8_t { Busway, Rpp, TapOff };
enum class CoolingKind : std::uint8_t { Cdu, AirUnit, RearDoor };
enum class ObstacleKind : std::uint8_t { Column, Other };

namespace detail {
template <class E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

template <class E, std::size_t N>
constexpr std::string_view nameOf(const NameTable<E, N>& t, E e) noexcept {
    for (const auto& [v, n] : t)
        if (v == e) return n;
    return "?";
}
template <class E, std::size_t N>
constexpr std::optional<E> parseName(const NameTable<E, N>& t, std::string_view s) noexcept {
    for (const auto& [v, n] : t)
        if (n == s) return v;
    return std::nullopt;
}
}  // namespace detail

template <class E>
struct EnumNames;  // specialised below: static constexpr table

#define RW_ENUM_NAMES(E, ...)                                                               \
    template <>                                                                             \
    struct EnumNames<E> {                                                                   \
        static constexpr auto table = std::to_array<std::pair<E, std::string_view>>({__VA_ARGS__}); \
    };

RW_ENUM_NAMES(Face, {Face::Front, "front"}, {Face::Rear, "rear"})
RW_ENUM_NAMES(RackRole, {RackRole::Compute, "compute"}, {RackRole::Network, "network"},
              {RackRole::Storage, "storage"}, {RackRole::Management, "management"}, {RackRole::Power, "power"},
              {RackRole::Cooling, "cooling"}, {RackRole::Other, "other"})
RW_ENUM_NAMES(DeviceRole, {DeviceRole::GpuNode, "gpu-node"}, {DeviceRole::Leaf, "leaf"},
              {DeviceRole::Spine, "spine"}, {DeviceRole::Core, "core"}, {DeviceRole::MgmtSwitch, "mgmt-switch"},
              {DeviceRole::StorageSwitch, "storage-switch"}, {DeviceRole::InbandSwitch, "inband-switch"},
              {DeviceRole::Pdu, "pdu"}, {DeviceRole::Cdu, "cdu"}, {DeviceRole::PatchPanel, "patch-panel"},
              {DeviceRole::Storage, "storage"}, {DeviceRole::Appliance, "appliance"},
              {DeviceRole::NvlinkSwitch, "nvlink-switch"}, {DeviceRole::PowerShelf, "power-shelf"},
              {DeviceRole::Other, "other"})
RW_ENUM_NAMES(PortKind, {PortKind::OSFP, "OSFP"}, {PortKind::QSFP112, "QSFP112"}, {PortKind::QSFP56, "QSFP56"},
              {PortKind::QSFP28, "QSFP28"}, {PortKind::SFP28, "SFP28"}, {PortKind::SFP, "SFP"},
              {PortKind::RJ45, "RJ45"}, {PortKind::NVLink, "NVLink"}, {PortKind::C13, "C13"},
              {PortKind::C14, "C14"}, {PortKind::C19, "C19"}, {PortKind::C20, "C20"}, {PortKind::Other, "other"},
              {PortKind::Iec60309_32A, "IEC60309-32A"})
RW_ENUM_NAMES(Fabric, {Fabric::Compute, "compute"}, {Fabric::Storage, "storage"}, {Fabric::Inband, "inband"},
              {Fabric::Oob, "oob"}, {Fabric::Nvlink, "nvlink"}, {Fabric::Power, "power"})
RW_ENUM_NAMES(LinkRole, {LinkRole::NodeLeaf, "node_leaf"}, {LinkRole::LeafSpine, "leaf_spine"},
              {LinkRole::SpineCore, "spine_core"}, {LinkRole::Nvlink, "nvlink"},
              {LinkRole::Management, "management"}, {LinkRole::PowerCord, "power_cord"},
              {LinkRole::Other, "other"})
RW_ENUM_NAMES(Media, {Media::Auto, "auto"}, {Media::Dac, "dac"}, {Media::Acc, "acc"}, {Media::Aoc, "aoc"},
              {Media::MultimodeFiber, "mmf"}, {Media::SinglemodeFiber, "smf"}, {Media::Copper, "copper"},
              {Media::PowerCord, "power-cord"}, {Media::NvlinkCopper, "nvlink-copper"})
RW_ENUM_NAMES(TrayKind, {TrayKind::Data, "data"}, {TrayKind::Fiber, "fiber"}, {TrayKind::Power, "power"})
RW_ENUM_NAMES(FeedSide, {FeedSide::A, "A"}, {FeedSide::B, "B"}, {FeedSide::C, "C"})
RW_ENUM_NAMES(PanelKind, {PanelKind::Busway, "busway"}, {PanelKind::Rpp, "rpp"}, {PanelKind::TapOff, "tap-off"})
RW_ENUM_NAMES(CoolingKind, {CoolingKind::Cdu, "cdu"}, {CoolingKind::AirUnit, "air-unit"},
              {CoolingKind::RearDoor, "rear-door"})
RW_ENUM_NAMES(ObstacleKind, {ObstacleKind::Column, "column"}, {ObstacleKind::Other, "other"})

#undef RW_ENUM_NAMES

template <class E>
constexpr std::string_view toString(E e) noexcept {
    return detail::nameOf(EnumNames<E>::table, e);
}

template <class E>
constexpr std::optional<E> parseEnum(std::string_view s) noexcept {
    return detail::parseName(EnumNames<E>::table, s);
}

}  // namespace rw
