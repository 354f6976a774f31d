#pragma once
// What every fuzz target shares: the input as text, and the one rule of a target. A parser may
// refuse an input only with the error its callers turn into a message (rw::InputError and the
// like, caught in each target); anything else that escapes (another exception, a crash, a
// sanitizer report, a broken invariant checked with requireFuzz) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace rw::fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Aborts (a libFuzzer crash, with the input saved) when an invariant does not hold.
inline void requireFuzz(bool holds, const char* what) {
    if (holds) return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

/// One function per target (tests/fuzz/fuzz_<target>.cpp). libFuzzer calls it through
/// LLVMFuzzerTestOneInput; core_tests calls it on every seed and regression input
/// (tests/core/fuzz/FuzzInputsTest.cpp), so a fixed finding stays fixed in Release too.
int specInput(const std::uint8_t* data, std::size_t size);
int catalogEntryInput(const std::uint8_t* data, std::size_t size);
int netboxInput(const std::uint8_t* data, std::size_t size);
int projectInput(const std::uint8_t* data, std::size_t size);
int fragmentInput(const std::uint8_t* data, std::size_t size);
int ibnetdiscoverInput(const std::uint8_t* data, std::size_t size);
int labourRatesInput(const std::uint8_t* data, std::size_t size);

}  // namespace rw::fuzz

// The libFuzzer entry point, in the fuzz build only (tests/fuzz/CMakeLists.txt defines
// RACKWEAVE_FUZZ_TARGET); core_tests links all the targets together and calls them by name.
#ifdef RACKWEAVE_FUZZ_TARGET
#define RACKWEAVE_FUZZ_ENTRY(function) \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { return function(data, size); }
#else
#define RACKWEAVE_FUZZ_ENTRY(function)
#endif
