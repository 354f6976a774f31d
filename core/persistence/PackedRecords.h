#pragma once
// Fixed-size little-endian records packed into BLOBs, for the tables with hundreds of thousands of
// rows (schema version 2, docs/file-format.md "Packed records"). One SQLite row per entity cost
// most of a Colossus save (1.2 M INSERTs); a run of consecutive ids per row, up to kMaxRunBytes,
// makes it a few hundred.
//
// An enum is stored as its position in the names list of model/Enums.h (the documented list,
// which only ever grows at the end), so a file never depends on C++ declaration order.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Connectivity.h"
#include "model/Enums.h"
#include "model/Equipment.h"

namespace rw::packed {

/// A run fills most of one 64 KiB page (the page size save uses) without spilling onto overflow
/// pages or leaving half a page empty.
inline constexpr std::size_t kMaxRunBytes = 60 * 1024;
inline constexpr std::size_t kLinkBytes = 14;         // u32 a | u8 a_sub | u32 b | u8 b_sub | u8 fabric | u8 role | u16 speed
inline constexpr std::size_t kCableBytes = 17;        // u32 first | u32 second | u8 media | u32 sku | u32 length_mm
inline constexpr std::size_t kTransceiverBytes = 8;   // u32 port | u32 catalog

void put(std::string& out, std::uint32_t value, int bytes);
[[nodiscard]] std::uint32_t get(std::string_view in, std::size_t at, int bytes) noexcept;

template <class E>
[[nodiscard]] std::uint8_t enumCode(E e) noexcept {
    const auto& table = EnumNames<E>::table;
    for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i].first == e) return static_cast<std::uint8_t>(i);
    return 0xff;
}
template <class E>
[[nodiscard]] std::optional<E> enumFromCode(std::uint32_t code) noexcept {
    const auto& table = EnumNames<E>::table;
    if (code >= table.size()) return std::nullopt;
    return table[code].first;
}

void appendLink(std::string& blob, const Link& link);
void appendCable(std::string& blob, const Cable& cable);
void appendTransceiver(std::string& blob, const Transceiver& transceiver);

/// Decode a run. nullopt (with `why` naming the record and field) when the blob is not a whole
/// number of records or a field is out of range. References are checked later by Model::validate().
[[nodiscard]] std::optional<std::vector<Link>> unpackLinks(std::string_view blob, std::string* why);
[[nodiscard]] std::optional<std::vector<Cable>> unpackCables(std::string_view blob, std::string* why);
[[nodiscard]] std::optional<std::vector<Transceiver>> unpackTransceivers(std::string_view blob, std::string* why);

}  // namespace rw::packed
