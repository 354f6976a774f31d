#include "edit/NameAllocator.h"

#include <algorithm>

#include <fmt/format.h>

namespace rw {
namespace {

struct SplitName {
    std::string_view prefix;
    std::string_view digits;  // trailing digits, may be empty
};

SplitName split(std::string_view name) noexcept {
    std::size_t end = name.size();
    while (end > 0 && name[end - 1] >= '0' && name[end - 1] <= '9') --end;
    return {name.substr(0, end), name.substr(end)};
}

std::uint64_t numberOf(std::string_view digits) noexcept {
    std::uint64_t n = 0;
    for (char c : digits.substr(0, 18)) n = n * 10 + std::uint64_t(c - '0');  // 18 digits fit in 64 bits
    return n;
}

template <class Table>
NameAllocator namesOf(const Table& table) {
    NameAllocator names;
    table.forEach([&](auto, const auto& entity) { names.reserve(entity.name); });
    return names;
}

}  // namespace

NameAllocator NameAllocator::forRacks(const Model& model) { return namesOf(model.racks()); }
NameAllocator NameAllocator::forDevices(const Model& model) { return namesOf(model.devices()); }
NameAllocator NameAllocator::forRows(const Model& model) { return namesOf(model.rows()); }

void NameAllocator::reserve(std::string_view name) {
    used_.emplace(name);
    const SplitName parts = split(name);
    auto& highest = highest_[std::string(parts.prefix)];
    highest = std::max(highest, numberOf(parts.digits));
}

std::string NameAllocator::take(std::string_view wanted) {
    std::string name(wanted);
    if (used_.contains(name)) {
        const SplitName parts = split(wanted);
        // A name without a number gets "-2" style numbering: "spare" -> "spare2".
        std::uint64_t next = highest_[std::string(parts.prefix)] + 1;
        if (parts.digits.empty() && next < 2) next = 2;
        do {
            name = fmt::format("{}{:0{}}", parts.prefix, next++, parts.digits.size());
        } while (used_.contains(name));
    }
    reserve(name);
    return name;
}

}  // namespace rw
