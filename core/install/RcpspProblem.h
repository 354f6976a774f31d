#pragma once
// A resource-constrained project scheduling problem (RCPSP, single mode): activities with
// integer durations, per-period demands on renewable resources and finish-start precedence.
// It knows nothing about data centers; core/install builds one from a design, the PSPLIB reader
// builds one from a benchmark file.
#include <string>
#include <vector>

namespace rw::install {

struct Activity {
    std::string name;
    int duration = 0;
    std::vector<int> demand;      ///< units of each resource held during every period of the activity
    std::vector<int> successors;  ///< indices of activities that may start only after this one finishes
};

struct RcpspProblem {
    std::vector<std::string> resourceNames;
    std::vector<int> capacity;  ///< units of each resource available in every period
    std::vector<Activity> activities;

    [[nodiscard]] int resourceCount() const noexcept { return static_cast<int>(capacity.size()); }
    [[nodiscard]] int activityCount() const noexcept { return static_cast<int>(activities.size()); }
};

/// Start times per activity; `makespan` is the latest finish.
struct Schedule {
    std::vector<int> start;
    int makespan = 0;
};

/// Predecessor and successor lists and one topological order, built from a checked problem.
struct PrecedenceGraph {
    std::vector<std::vector<int>> predecessors;
    std::vector<std::vector<int>> successors;
    std::vector<int> topologicalOrder;
};

/// Checks the problem (sizes, non-negative figures, successors in range, no demand above its
/// capacity, no cycle) and returns its graph. Throws rw::InputError naming the activity.
[[nodiscard]] PrecedenceGraph buildPrecedenceGraph(const RcpspProblem& problem);

}  // namespace rw::install
