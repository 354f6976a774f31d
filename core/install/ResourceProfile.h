#pragma once
// Resource use over time as a step function: each key starts a segment of constant use that runs
// to the next key (the last one runs forever). Segments, not periods, so long durations (minutes
// over weeks) cost no more than short ones.
#include <map>
#include <vector>

namespace rw::install {

class ResourceProfile final {
public:
    explicit ResourceProfile(std::vector<int> capacity);

    /// The earliest start at or after `from` at which `demand` fits for `duration` periods.
    [[nodiscard]] int earliestFit(int from, int duration, const std::vector<int>& demand) const;
    /// Books `demand` over [start, start + duration).
    void reserve(int start, int duration, const std::vector<int>& demand);

private:
    [[nodiscard]] bool fits(const std::vector<int>& used, const std::vector<int>& demand) const;
    std::map<int, std::vector<int>>::iterator splitAt(int time);

    std::vector<int> capacity_;
    std::map<int, std::vector<int>> used_;
};

}  // namespace rw::install
