#include "install/RcpspBranchAndBound.h"

#include <algorithm>

#include "install/CriticalPath.h"
#include "install/SerialScheduler.h"

namespace rw::install {
namespace {

class PrecedenceTree final {
public:
    PrecedenceTree(const RcpspProblem& p, std::int64_t nodeLimit)
        : p_(p), graph_(buildPrecedenceGraph(p)), cpm_(computeCriticalPath(p, graph_)), nodeLimit_(nodeLimit) {
        const int n = p.activityCount();
        horizon_ = 0;
        for (const Activity& a : p.activities) horizon_ += a.duration;
        used_.assign(static_cast<std::size_t>(horizon_ + 1) * p.capacity.size(), 0);
        start_.assign(n, -1);
        waiting_.resize(n);
        for (int j = 0; j < n; ++j) waiting_[j] = static_cast<int>(graph_.predecessors[j].size());
        remainingWork_.assign(p.capacity.size(), 0);
        for (const Activity& a : p.activities)
            for (int r = 0; r < p.resourceCount(); ++r) remainingWork_[r] += static_cast<long long>(a.duration) * a.demand[r];
    }

    ExactResult solve() {
        result_.best = SerialScheduler(p_).solve();
        if (result_.best.makespan > cpm_.length) branch(0, -1, 0);
        result_.proven = result_.nodes < nodeLimit_;
        return std::move(result_);
    }

private:
    int& used(int t, int r) { return used_[static_cast<std::size_t>(t) * p_.capacity.size() + r]; }

    bool fitsAt(int t, const Activity& a) {
        for (int u = t; u < t + a.duration; ++u)
            for (int r = 0; r < p_.resourceCount(); ++r)
                if (used(u, r) + a.demand[r] > p_.capacity[r]) return false;
        return true;
    }

    void book(int j, int t, int sign) {
        const Activity& a = p_.activities[j];
        for (int u = t; u < t + a.duration; ++u)
            for (int r = 0; r < p_.resourceCount(); ++r) used(u, r) += sign * a.demand[r];
        for (int r = 0; r < p_.resourceCount(); ++r)
            remainingWork_[r] -= sign * static_cast<long long>(a.duration) * a.demand[r];
        start_[j] = sign > 0 ? t : -1;
        for (int s : graph_.successors[j]) waiting_[s] -= sign;
    }

    int precedenceStart(int j) const {
        int t = 0;
        for (int q : graph_.predecessors[j]) t = std::max(t, start_[q] + p_.activities[q].duration);
        return t;
    }

    /// No schedule completing the partial one (with starts >= `floor`) ends before this.
    int lowerBound(int floor, int finished) {
        int bound = finished;
        es_.assign(p_.activities.size(), 0);
        for (int j : graph_.topologicalOrder) {
            if (start_[j] >= 0) continue;
            int t = floor;
            for (int q : graph_.predecessors[j])
                t = std::max(t, (start_[q] >= 0 ? start_[q] : es_[q]) + p_.activities[q].duration);
            es_[j] = t;
            bound = std::max(bound, t + cpm_.length - cpm_.latestStart[j]);  // plus the longest tail
        }
        for (int r = 0; r < p_.resourceCount(); ++r)
            if (p_.capacity[r] > 0)
                bound = std::max<long long>(bound, floor + (remainingWork_[r] + p_.capacity[r] - 1) / p_.capacity[r]);
        return bound;
    }

    void branch(int depth, int previous, int floor) {
        if (++result_.nodes >= nodeLimit_) return;
        const int n = p_.activityCount();
        if (depth == n) {
            int makespan = 0;
            for (int j = 0; j < n; ++j) makespan = std::max(makespan, start_[j] + p_.activities[j].duration);
            if (makespan < result_.best.makespan) result_.best = {start_, makespan};
            return;
        }
        int finished = 0;
        for (int j = 0; j < n; ++j)
            if (start_[j] >= 0) finished = std::max(finished, start_[j] + p_.activities[j].duration);
        for (int j = 0; j < n; ++j) {
            if (start_[j] >= 0 || waiting_[j] != 0) continue;
            const Activity& a = p_.activities[j];
            const int earliest = precedenceStart(j);
            int t = std::max(earliest, floor);
            while (!fitsAt(t, a)) ++t;
            // Equal starts are enumerated in index order only (after a real activity).
            if (previous >= 0 && t == floor && j < previous && p_.activities[previous].duration > 0) continue;
            if (leftShiftable(j, earliest, t)) continue;
            book(j, t, +1);
            if (lowerBound(t, std::max(finished, t + a.duration)) < result_.best.makespan) branch(depth + 1, j, t);
            book(j, t, -1);
            if (result_.nodes >= nodeLimit_ || result_.best.makespan == cpm_.length) return;
        }
    }

    bool leftShiftable(int j, int earliest, int t) {
        const Activity& a = p_.activities[j];
        if (a.duration == 0) return t > earliest;
        for (int u = earliest; u < t; ++u)
            if (fitsAt(u, a)) return true;
        return false;
    }

    const RcpspProblem& p_;
    PrecedenceGraph graph_;
    CriticalPath cpm_;
    std::int64_t nodeLimit_;
    int horizon_ = 0;
    std::vector<int> used_, start_, waiting_, es_;
    std::vector<long long> remainingWork_;
    ExactResult result_;
};

}  // namespace

ExactResult solveExactly(const RcpspProblem& problem, std::int64_t nodeLimit) {
    return PrecedenceTree(problem, nodeLimit).solve();
}

}  // namespace rw::install
