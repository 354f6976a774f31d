#include "install/ResourceProfile.h"

#include <algorithm>
#include <iterator>

namespace rw::install {

ResourceProfile::ResourceProfile(std::vector<int> capacity)
    : capacity_(std::move(capacity)), used_(capacity_.size(), Steps{{0, 0}}), peak_(capacity_.size(), 0) {}

int ResourceProfile::earliestFitOne(int r, int from, int duration, int units) const {
    const Steps& steps = used_[r];
    const int room = capacity_[r] - units;  // the most that may already be booked
    int start = from;
    auto segment = std::prev(steps.upper_bound(start));
    while (true) {
        // Walk the segments that [start, start + duration) overlaps; on a clash restart after it.
        auto it = segment;
        for (; it != steps.end() && it->first < start + duration; ++it)
            if (it->second > room) break;
        if (it == steps.end() || it->first >= start + duration) return start;
        segment = std::next(it);  // the clash is never in the last segment: it is always empty
        start = segment->first;
    }
}

int ResourceProfile::earliestFit(int from, int duration, const std::vector<int>& demand, std::vector<char>* delayedBy) const {
    if (duration == 0) return from;
    // Each resource can only push the start later; stop when a round moves it no more.
    int start = from;
    for (bool moved = true; moved;) {
        moved = false;
        for (std::size_t r = 0; r < capacity_.size(); ++r) {
            if (demand[r] == 0) continue;
            const int fit = earliestFitOne(static_cast<int>(r), start, duration, demand[r]);
            if (fit == start) continue;
            start = fit;
            moved = true;
            if (delayedBy) (*delayedBy)[r] = 1;
        }
    }
    return start;
}

ResourceProfile::Steps::iterator ResourceProfile::splitAt(Steps& steps, int time) {
    auto it = steps.lower_bound(time);
    if (it != steps.end() && it->first == time) return it;
    return steps.emplace_hint(it, time, std::prev(it)->second);
}

void ResourceProfile::reserve(int start, int duration, const std::vector<int>& demand) {
    if (duration == 0) return;
    for (std::size_t r = 0; r < capacity_.size(); ++r) {
        if (demand[r] == 0) continue;
        Steps& steps = used_[r];
        const auto end = splitAt(steps, start + duration);
        for (auto it = splitAt(steps, start); it != end; ++it) peak_[r] = std::max(peak_[r], it->second += demand[r]);
    }
}

}  // namespace rw::install
