#pragma once
// Resource use over time, one step function per resource: each key starts a segment of constant
// use that runs to the next key (the last one runs forever). Segments, not periods, so long
// durations (minutes over weeks) cost no more than short ones; one function per resource, so an
// activity that needs one crew of one trade (every install package) walks and splits only its
// own trade's segments, not every trade's.
#include <map>
#include <vector>

namespace rw::install {

class ResourceProfile final {
public:
    explicit ResourceProfile(std::vector<int> capacity);

    /// The earliest start at or after `from` at which `demand` fits for `duration` periods. When
    /// `delayedBy` is given, sets (never clears) the entry of each resource that pushed the start
    /// past `from`.
    [[nodiscard]] int earliestFit(int from, int duration, const std::vector<int>& demand,
                                  std::vector<char>* delayedBy = nullptr) const;
    /// Books `demand` over [start, start + duration).
    void reserve(int start, int duration, const std::vector<int>& demand);

    /// The most units of `r` booked at any one time so far.
    [[nodiscard]] int peak(int r) const noexcept { return peak_[r]; }

private:
    using Steps = std::map<int, int>;
    /// The earliest start at or after `from` at which `units` of resource `r` fit for `duration`.
    [[nodiscard]] int earliestFitOne(int r, int from, int duration, int units) const;
    static Steps::iterator splitAt(Steps& steps, int time);
    /// Marks [begin, end) of `r` fully booked, merging with the runs it touches.
    void markFull(int r, int begin, int end);

    std::vector<int> capacity_;
    std::vector<Steps> used_;
    /// Per resource, the maximal runs of time (begin -> end) in which every unit is booked. A
    /// one-unit demand fits exactly where no run overlaps it, so its search jumps from run to run
    /// instead of walking every booked segment (most packages need one crew; use only grows, so
    /// runs only grow and merge).
    std::vector<Steps> full_;
    std::vector<int> peak_;
};

}  // namespace rw::install
