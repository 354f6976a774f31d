// radixSortBy orders as std::stable_sort does, for short and long inputs and wide keys, and
// leaves the sorted vector its own buffer (the router keeps thousands of them).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

#include "util/RadixSort.h"

namespace rw {
namespace {

using Item = std::pair<std::uint32_t, double>;

std::vector<Item> drawn(std::size_t n, std::uint32_t maxKey, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::uint32_t> key(0, maxKey);
    std::vector<Item> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = {key(rng), double(i)};  // the value records the input order
    return v;
}

TEST(RadixSort, OrdersAsStableSortDoes) {
    std::vector<Item> scratch;
    for (std::size_t n : {0U, 1U, 5U, 63U, 64U, 1000U, 20000U})
        for (std::uint32_t maxKey : {3U, 255U, 70000U, 0xFFFFFFFFU}) {
            std::vector<Item> v = drawn(n, maxKey, static_cast<unsigned>(n + maxKey));
            std::vector<Item> expected = v;
            std::stable_sort(expected.begin(), expected.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
            radixSortBy(v, scratch, [](const Item& x) { return x.first; });
            EXPECT_EQ(v, expected) << n << " items, keys up to " << maxKey;
        }
}

TEST(RadixSort, TheSortedVectorKeepsItsOwnBuffer) {
    std::vector<Item> small = drawn(100, 0xFFFFFF, 2);  // three key bytes: an odd number of passes
    small.shrink_to_fit();
    const Item* buffer = small.data();
    std::vector<Item> big(60000);
    radixSortBy(small, big, [](const Item& x) { return x.first; });
    EXPECT_EQ(small.data(), buffer);
    EXPECT_EQ(small.capacity(), 100U);
    EXPECT_TRUE(std::is_sorted(small.begin(), small.end(), [](const Item& a, const Item& b) { return a.first < b.first; }));
}

}  // namespace
}  // namespace rw
