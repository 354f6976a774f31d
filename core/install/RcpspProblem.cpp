#include "install/RcpspProblem.h"

#include <fmt/format.h>

#include <queue>

#include "util/Errors.h"

namespace rw::install {
namespace {

std::string nameOf(const RcpspProblem& p, int j) {
    const auto& name = p.activities[j].name;
    return name.empty() ? fmt::format("activity {}", j) : fmt::format("activity {} '{}'", j, name);
}

void checkActivity(const RcpspProblem& p, int j) {
    const Activity& a = p.activities[j];
    if (a.duration < 0) throw InputError(fmt::format("{}: negative duration {}", nameOf(p, j), a.duration));
    if (a.demand.size() != p.capacity.size())
        throw InputError(fmt::format("{}: {} resource demands for {} resources", nameOf(p, j), a.demand.size(),
                                     p.capacity.size()));
    for (std::size_t r = 0; r < a.demand.size(); ++r) {
        if (a.demand[r] < 0) throw InputError(fmt::format("{}: negative demand on resource {}", nameOf(p, j), r));
        if (a.demand[r] > p.capacity[r])
            throw InputError(fmt::format("{}: needs {} units of resource {} but only {} exist", nameOf(p, j),
                                         a.demand[r], r, p.capacity[r]));
    }
    for (int s : a.successors)
        if (s < 0 || s >= p.activityCount() || s == j)
            throw InputError(fmt::format("{}: successor {} is not another activity", nameOf(p, j), s));
}

}  // namespace

PrecedenceGraph buildPrecedenceGraph(const RcpspProblem& problem) {
    const int n = problem.activityCount();
    if (!problem.resourceNames.empty() && problem.resourceNames.size() != problem.capacity.size())
        throw InputError("resource names and capacities differ in number");
    for (std::size_t r = 0; r < problem.capacity.size(); ++r)
        if (problem.capacity[r] < 0) throw InputError(fmt::format("resource {}: negative capacity", r));
    PrecedenceGraph g;
    g.predecessors.resize(n);
    g.successors.resize(n);
    for (int j = 0; j < n; ++j) {
        checkActivity(problem, j);
        for (int s : problem.activities[j].successors) {
            g.successors[j].push_back(s);
            g.predecessors[s].push_back(j);
        }
    }
    // Kahn's algorithm: what is left unordered lies on a cycle.
    std::vector<int> waiting(n);
    std::queue<int> ready;
    for (int j = 0; j < n; ++j) {
        waiting[j] = static_cast<int>(g.predecessors[j].size());
        if (waiting[j] == 0) ready.push(j);
    }
    while (!ready.empty()) {
        const int j = ready.front();
        ready.pop();
        g.topologicalOrder.push_back(j);
        for (int s : g.successors[j])
            if (--waiting[s] == 0) ready.push(s);
    }
    if (static_cast<int>(g.topologicalOrder.size()) != n)
        for (int j = 0; j < n; ++j)
            if (waiting[j] > 0)
                throw InputError(fmt::format("{}: lies on a precedence cycle", nameOf(problem, j)));
    return g;
}

}  // namespace rw::install
