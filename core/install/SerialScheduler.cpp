#include "install/SerialScheduler.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <queue>
#include <utility>

#include "install/ResourceProfile.h"
#include "util/Errors.h"

namespace rw::install {

SerialScheduler::SerialScheduler(const RcpspProblem& problem)
    : problem_(problem), graph_(buildPrecedenceGraph(problem)), cpm_(computeCriticalPath(problem, graph_)),
      capacity_(problem.capacity) {
    std::vector<int> latestFinish(problem_.activities.size());
    for (std::size_t j = 0; j < latestFinish.size(); ++j)
        latestFinish[j] = cpm_.latestStart[j] + problem_.activities[j].duration;
    lftList_ = activityList(latestFinish);
}

void SerialScheduler::setCapacity(std::vector<int> capacity) {
    if (capacity.size() != problem_.capacity.size())
        throw InputError(fmt::format("{} capacities for {} resources", capacity.size(), problem_.capacity.size()));
    for (std::size_t j = 0; j < problem_.activities.size(); ++j)
        for (std::size_t r = 0; r < capacity.size(); ++r)
            if (problem_.activities[j].demand[r] > capacity[r])
                throw InputError(fmt::format("activity {} ('{}') needs {} of resource {}, which has {}", j,
                                             problem_.activities[j].name, problem_.activities[j].demand[r], r, capacity[r]));
    capacity_ = std::move(capacity);
}

std::vector<int> SerialScheduler::activityList(const std::vector<int>& key, bool backward) const {
    const auto& before = backward ? graph_.successors : graph_.predecessors;
    const auto& after = backward ? graph_.predecessors : graph_.successors;
    const int n = problem_.activityCount();
    using Entry = std::pair<int, int>;  // (key, activity): the smallest pops first
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> eligible;
    std::vector<int> waiting(n);
    for (int j = 0; j < n; ++j) {
        waiting[j] = static_cast<int>(before[j].size());
        if (waiting[j] == 0) eligible.emplace(key[j], j);
    }
    std::vector<int> list;
    list.reserve(n);
    while (!eligible.empty()) {
        const int j = eligible.top().second;
        eligible.pop();
        list.push_back(j);
        for (int s : after[j])
            if (--waiting[s] == 0) eligible.emplace(key[s], s);
    }
    return list;
}

Schedule SerialScheduler::run(const std::vector<int>& list, bool backward) const {
    return pass(list, backward, kNoCutoff, nullptr);
}

Schedule SerialScheduler::pass(const std::vector<int>& list, bool backward, int cutoff, TrialPass* trial) const {
    const auto& before = backward ? graph_.successors : graph_.predecessors;
    const auto duration = [&](int j) { return problem_.activities[j].duration; };
    // Work that must follow an activity's finish, resources ignored: the cut-off's bound.
    const auto tail = [&](int j) { return cpm_.length - cpm_.latestStart[j] - duration(j); };
    ResourceProfile profile(capacity_);
    std::vector<char>* delayedBy = nullptr;
    if (trial) {
        trial->delayedBy.assign(capacity_.size(), 0);
        delayedBy = &trial->delayedBy;
    }
    Schedule s;
    s.start.assign(problem_.activities.size(), 0);
    for (int j : list) {
        int earliest = 0;
        for (int p : before[j]) earliest = std::max(earliest, s.start[p] + duration(p));
        const auto& demand = problem_.activities[j].demand;
        s.start[j] = profile.earliestFit(earliest, duration(j), demand, delayedBy);
        profile.reserve(s.start[j], duration(j), demand);
        s.makespan = std::max(s.makespan, s.start[j] + duration(j));
        if (cutoff != kNoCutoff && s.start[j] + duration(j) + tail(j) > cutoff) {
            trial->abandoned = true;
            trial->makespan = s.start[j] + duration(j) + tail(j);
            return s;
        }
    }
    if (trial) {
        trial->makespan = s.makespan;
        trial->peak.resize(capacity_.size());
        for (std::size_t r = 0; r < capacity_.size(); ++r) trial->peak[r] = profile.peak(static_cast<int>(r));
    }
    if (backward)  // reversed time: an activity finishing at f there starts at makespan - f here
        for (std::size_t j = 0; j < s.start.size(); ++j)
            s.start[j] = s.makespan - (s.start[j] + problem_.activities[j].duration);
    return s;
}

Schedule SerialScheduler::latestFinishFirst() const { return run(lftList_); }

TrialPass SerialScheduler::latestFinishFirstTrial(int cutoff) const {
    TrialPass trial;
    (void)pass(lftList_, false, cutoff, &trial);
    return trial;
}

Schedule SerialScheduler::justify(const Schedule& s) const {
    // Right-justify: the latest finisher first, scheduled backward from the end.
    std::vector<int> key(s.start.size());
    for (std::size_t j = 0; j < key.size(); ++j) key[j] = -(s.start[j] + problem_.activities[j].duration);
    const Schedule right = run(activityList(key, true), true);
    // Left-justify: the earliest starter of the right-justified schedule first.
    const Schedule left = run(activityList(right.start));
    if (left.makespan <= s.makespan) return left;
    return right.makespan <= s.makespan ? right : s;
}

Schedule SerialScheduler::solve(const SchedulerOptions& options) const {
    Schedule best = latestFinishFirst();
    for (int pass = 0; pass < options.improvementPasses; ++pass) {
        Schedule next = justify(best);
        const bool shorter = next.makespan < best.makespan;
        best = std::move(next);
        if (!shorter) break;
    }
    return best;
}

Schedule scheduleProject(const RcpspProblem& problem, const SchedulerOptions& options) {
    return SerialScheduler(problem).solve(options);
}

}  // namespace rw::install
