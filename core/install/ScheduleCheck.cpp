#include "install/ScheduleCheck.h"

#include <fmt/format.h>

#include <algorithm>

namespace rw::install {
namespace {

void checkResources(const RcpspProblem& p, const Schedule& s, int horizon, std::vector<std::string>& out) {
    for (int r = 0; r < p.resourceCount(); ++r) {
        std::vector<long long> change(static_cast<std::size_t>(horizon) + 1, 0);
        for (int j = 0; j < p.activityCount(); ++j) {
            const Activity& a = p.activities[j];
            change[s.start[j]] += a.demand[r];
            change[s.start[j] + a.duration] -= a.demand[r];
        }
        long long used = 0;
        for (int t = 0; t < horizon; ++t) {
            used += change[t];
            if (used > p.capacity[r]) {
                out.push_back(fmt::format("resource {} uses {} of {} in period {}", r, used, p.capacity[r], t));
                break;  // one line per resource is enough
            }
        }
    }
}

}  // namespace

std::vector<std::string> checkSchedule(const RcpspProblem& p, const Schedule& s) {
    std::vector<std::string> out;
    if (static_cast<int>(s.start.size()) != p.activityCount()) {
        out.push_back(fmt::format("{} start times for {} activities", s.start.size(), p.activityCount()));
        return out;
    }
    int horizon = 0;
    for (int j = 0; j < p.activityCount(); ++j) {
        const Activity& a = p.activities[j];
        if (s.start[j] < 0) out.push_back(fmt::format("activity {} starts at {}", j, s.start[j]));
        horizon = std::max(horizon, s.start[j] + a.duration);
        for (int succ : a.successors)
            if (s.start[succ] < s.start[j] + a.duration)
                out.push_back(fmt::format("activity {} starts at {} before its predecessor {} finishes at {}", succ,
                                          s.start[succ], j, s.start[j] + a.duration));
    }
    if (horizon != s.makespan) out.push_back(fmt::format("makespan {} but the last finish is {}", s.makespan, horizon));
    if (out.empty()) checkResources(p, s, horizon, out);
    return out;
}

}  // namespace rw::install
