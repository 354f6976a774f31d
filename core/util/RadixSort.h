#pragma once
// Sorting by a 32-bit key in byte-wide counting passes. The router sorts the edges each
// congestion search read (thousands per search, thousands of searches on a large hall); there
// this is several times faster than std::sort's comparisons.
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace rw {

/// Sorts `items` by `key(item)` (a std::uint32_t), stably. `scratch` is reused between calls so
/// repeated sorts allocate nothing once it has grown; `items` keeps its own buffer (callers keep
/// many sorted vectors, which must not inherit the scratch's capacity). Passes over bytes every
/// key has zero are skipped.
template <class T, class Key>
void radixSortBy(std::vector<T>& items, std::vector<T>& scratch, Key&& key) {
    if (items.size() < 64) {
        // Few items: insertion sort beats four counting passes.
        for (std::size_t i = 1; i < items.size(); ++i) {
            T x = std::move(items[i]);
            std::size_t j = i;
            for (; j > 0 && key(items[j - 1]) > key(x); --j) items[j] = std::move(items[j - 1]);
            items[j] = std::move(x);
        }
        return;
    }
    std::uint32_t all = 0;
    for (const T& x : items) all |= key(x);
    scratch.resize(items.size());
    bool swapped = false;
    for (unsigned shift = 0; shift < 32 && (all >> shift) != 0; shift += 8) {
        std::array<std::size_t, 256> start{};
        for (const T& x : items) ++start[(key(x) >> shift) & 0xFFU];
        std::size_t sum = 0;
        for (std::size_t& s : start) sum += std::exchange(s, sum);
        for (T& x : items) scratch[start[(key(x) >> shift) & 0xFFU]++] = std::move(x);
        items.swap(scratch);
        swapped = !swapped;
    }
    if (swapped) {
        items.swap(scratch);
        for (std::size_t i = 0; i < items.size(); ++i) items[i] = std::move(scratch[i]);
    }
}

}  // namespace rw
