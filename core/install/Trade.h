#pragma once
// The crews that install a hall, one kind per trade (issue 12): each work package needs one crew
// of one trade while it runs.
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>

#include "model/Enums.h"

namespace rw::install {

enum class Trade : std::uint8_t { Rigging, Electrical, Mechanical, Copper, Fibre, Commissioning };
inline constexpr int kTradeCount = 6;

}  // namespace rw::install

namespace rw {

template <>
struct EnumNames<install::Trade> {
    static constexpr auto table = std::to_array<std::pair<install::Trade, std::string_view>>({
        {install::Trade::Rigging, "rigging"}, {install::Trade::Electrical, "electrical"},
        {install::Trade::Mechanical, "mechanical"}, {install::Trade::Copper, "copper"},
        {install::Trade::Fibre, "fibre"}, {install::Trade::Commissioning, "commissioning"}});
};

}  // namespace rw
