#pragma once
// nlohmann::json keeps an integer above INT64_MAX as uint64, and get<std::int64_t>() wraps it
// (18446744073709551615 reads as -1); get<int>() likewise wraps anything beyond int
// (4294967297 reads as 1). A range check on such a value checks the wrong number, so readers of
// outside JSON take integers through these.
#include <cstdint>
#include <limits>
#include <optional>

namespace rw {

/// The value of the JSON integer `v` (is_number_integer), or nullopt when it is above INT64_MAX.
template <class Json>
[[nodiscard]] std::optional<std::int64_t> jsonInt64(const Json& v) {
    if (v.is_number_unsigned() &&
        v.template get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
    return v.template get<std::int64_t>();
}

/// Whether the JSON integer `v` lies in [min, max].
template <class Json>
[[nodiscard]] bool jsonIntegerIn(const Json& v, std::int64_t min, std::int64_t max) {
    const auto n = jsonInt64(v);
    return n && *n >= min && *n <= max;
}

}  // namespace rw
