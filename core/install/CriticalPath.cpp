#include "install/CriticalPath.h"

#include <algorithm>

namespace rw::install {

CriticalPath computeCriticalPath(const RcpspProblem& problem, const PrecedenceGraph& graph) {
    const int n = problem.activityCount();
    const auto duration = [&](int j) { return problem.activities[j].duration; };
    CriticalPath cpm;
    cpm.earliestStart.assign(n, 0);
    for (int j : graph.topologicalOrder) {
        for (int p : graph.predecessors[j])
            cpm.earliestStart[j] = std::max(cpm.earliestStart[j], cpm.earliestStart[p] + duration(p));
        cpm.length = std::max(cpm.length, cpm.earliestStart[j] + duration(j));
    }
    cpm.latestStart.assign(n, 0);
    for (auto it = graph.topologicalOrder.rbegin(); it != graph.topologicalOrder.rend(); ++it) {
        const int j = *it;
        int latestFinish = cpm.length;
        for (int s : graph.successors[j]) latestFinish = std::min(latestFinish, cpm.latestStart[s]);
        cpm.latestStart[j] = latestFinish - duration(j);
    }
    return cpm;
}

std::vector<int> criticalActivities(const CriticalPath& cpm, const PrecedenceGraph& graph) {
    std::vector<int> out;
    for (int j : graph.topologicalOrder)
        if (cpm.isCritical(j)) out.push_back(j);
    return out;
}

}  // namespace rw::install
