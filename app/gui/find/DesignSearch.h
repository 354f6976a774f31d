#pragma once
// Find by name (Edit > Find): racks by name, devices by name, cables by their id ("CBL1234", the
// cable CSV's id) or by the devices and ports at their ends. Every word of the query must appear,
// case-insensitively, so "r012 osfp1" finds the cables of r012's OSFP1 cages.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/Model.h"

namespace rw::gui {

struct SearchHit {
    enum class Kind { Rack, Device, Cable };
    Kind kind = Kind::Rack;
    std::uint32_t id = 0;  ///< RackId, DeviceId or CableId value
    std::string name;      ///< rack or device name, or "CBL1234"
    std::string where;     ///< a device's rack and U, a cable's two ends
};

struct SearchResult {
    std::vector<SearchHit> hits;  ///< racks first, then devices, then cables, each in id order
    std::size_t total = 0;        ///< all matches, also those beyond the limit
};

/// The objects matching every word of `query` (empty query: none), at most `limit` of them.
[[nodiscard]] SearchResult searchDesign(const Model& model, const std::string& query, std::size_t limit);

}  // namespace rw::gui
