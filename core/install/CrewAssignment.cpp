#include "install/CrewAssignment.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace rw::install {

UnitAssignment assignUnits(const RcpspProblem& p, const Schedule& s) {
    const int n = p.activityCount();
    // Finishes sort before starts at the same time: a unit freed at t can start again at t.
    struct Event {
        int time;
        bool start;
        int activity;
    };
    std::vector<Event> events;
    for (int j = 0; j < n; ++j) {
        if (p.activities[j].duration == 0) continue;
        events.push_back({s.start[j], true, j});
        events.push_back({s.start[j] + p.activities[j].duration, false, j});
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.time != b.time ? a.time < b.time : (a.start != b.start ? !a.start : a.activity < b.activity);
    });
    std::vector<std::set<int>> free(p.capacity.size());
    for (std::size_t r = 0; r < free.size(); ++r)
        for (int u = 0; u < p.capacity[r]; ++u) free[r].insert(free[r].end(), u);
    UnitAssignment out;
    out.units.resize(n);
    for (const Event& e : events) {
        auto& held = out.units[e.activity];
        if (!e.start) {
            for (const auto& [r, u] : held) free[r].insert(u);
            continue;
        }
        for (int r = 0; r < p.resourceCount(); ++r) {
            for (int k = 0; k < p.activities[e.activity].demand[r]; ++k) {
                if (free[r].empty())
                    throw std::logic_error(fmt::format("activity {}: no unit of resource {} free at {}", e.activity, r, e.time));
                held.emplace_back(r, *free[r].begin());
                free[r].erase(free[r].begin());
            }
        }
    }
    return out;
}

}  // namespace rw::install
