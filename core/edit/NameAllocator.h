#pragma once
// Hands out names no other entity of a kind has yet. "R12" taken? The next one is one past the
// highest number in use with the same prefix ("R41" when R1..R40 exist), keeping zero padding
// ("r007" -> "r041"), so pasted and placed racks continue the user's numbering.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "model/Model.h"

namespace rw {

class NameAllocator final {
public:
    NameAllocator() = default;
    /// Every rack name in `model` is taken.
    [[nodiscard]] static NameAllocator forRacks(const Model& model);
    /// Every device name in `model` is taken.
    [[nodiscard]] static NameAllocator forDevices(const Model& model);
    /// Every row name in `model` is taken.
    [[nodiscard]] static NameAllocator forRows(const Model& model);

    /// Marks `name` as used.
    void reserve(std::string_view name);
    [[nodiscard]] bool taken(std::string_view name) const { return used_.contains(std::string(name)); }
    /// `wanted` itself when it is free, else the next free name with its prefix; either way it is
    /// taken from then on.
    [[nodiscard]] std::string take(std::string_view wanted);

private:
    std::unordered_set<std::string> used_;
    std::unordered_map<std::string, std::uint64_t> highest_;  // prefix -> highest number in use
};

}  // namespace rw
