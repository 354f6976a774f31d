#include "install/ResourceProfile.h"

#include <iterator>

namespace rw::install {

ResourceProfile::ResourceProfile(std::vector<int> capacity) : capacity_(std::move(capacity)) {
    used_.emplace(0, std::vector<int>(capacity_.size(), 0));
}

bool ResourceProfile::fits(const std::vector<int>& used, const std::vector<int>& demand) const {
    for (std::size_t r = 0; r < capacity_.size(); ++r)
        if (used[r] + demand[r] > capacity_[r]) return false;
    return true;
}

int ResourceProfile::earliestFit(int from, int duration, const std::vector<int>& demand) const {
    if (duration == 0) return from;
    int start = from;
    auto segment = std::prev(used_.upper_bound(start));
    while (true) {
        // Walk the segments that [start, start + duration) overlaps; on a clash restart after it.
        auto it = segment;
        bool clash = false;
        for (; it != used_.end() && it->first < start + duration; ++it) {
            if (!fits(it->second, demand)) {
                clash = true;
                break;
            }
        }
        if (!clash) return start;
        segment = std::next(it);  // the clash is never in the last segment: it is always empty
        start = segment->first;
    }
}

std::map<int, std::vector<int>>::iterator ResourceProfile::splitAt(int time) {
    auto it = used_.lower_bound(time);
    if (it != used_.end() && it->first == time) return it;
    return used_.emplace_hint(it, time, std::prev(it)->second);
}

void ResourceProfile::reserve(int start, int duration, const std::vector<int>& demand) {
    if (duration == 0) return;
    const auto end = splitAt(start + duration);
    for (auto it = splitAt(start); it != end; ++it)
        for (std::size_t r = 0; r < capacity_.size(); ++r) it->second[r] += demand[r];
}

}  // namespace rw::install
