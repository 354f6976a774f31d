#include "install/ResourceProfile.h"

#include <algorithm>
#include <iterator>

namespace rw::install {

ResourceProfile::ResourceProfile(std::vector<int> capacity)
    : capacity_(std::move(capacity)), used_(capacity_.size(), Steps{{0, 0}}), peak_(capacity_.size(), 0), full_(capacity_.size()) {}

int ResourceProfile::earliestFitOne(int r, int from, int duration, int units) const {
    int start = from;
    if (units == 1) {
        const Steps& full = full_[r];
        while (true) {
            auto run = full.upper_bound(start);  // the first run beginning after `start`
            if (run != full.begin() && std::prev(run)->second > start) {
                start = std::prev(run)->second;  // inside a run: jump to its end (the next run begins later still)
                continue;
            }
            if (run == full.end() || run->first >= start + duration) return start;
            start = run->second;
        }
    }
    const Steps& steps = used_[r];
    const int room = capacity_[r] - units;  // the most that may already be booked
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
        for (auto it = splitAt(steps, start); it != end; ++it) {
            peak_[r] = std::max(peak_[r], it->second += demand[r]);
            if (it->second >= capacity_[r]) markFull(static_cast<int>(r), it->first, std::next(it)->first);
        }
    }
}

void ResourceProfile::markFull(int r, int begin, int end) {
    Steps& full = full_[r];
    auto it = full.upper_bound(begin);
    if (it != full.begin() && std::prev(it)->second >= begin) {  // touches the run before: extend it
        --it;
        begin = it->first;
        end = std::max(end, it->second);
        it = full.erase(it);
    }
    while (it != full.end() && it->first <= end) {  // swallow the runs it reaches
        end = std::max(end, it->second);
        it = full.erase(it);
    }
    full.emplace_hint(it, begin, end);
}

}  // namespace rw::install
