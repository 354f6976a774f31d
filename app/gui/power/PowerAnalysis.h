#pragma once
// The power chain and in-rack cooling of the open design as the Power & Cooling dock and the
// headroom colour modes read them: the network, the full power check (normal and every single
// failure), each element's load in the chosen what-if, the in-rack CDUs' loads, and per-rack
// headroom. Derived data: recomputed after edits that touch the chain (devices, ports, links,
// feeds, panels, circuits, cooling units), a short while after the last edit of a burst, never
// part of undo. The what-if is kept across recomputes by the element's label (ids of a rebuilt
// network are not stable).
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <QObject>
#include <QTimer>

#include "checks/Finding.h"
#include "edit/ChangeSet.h"
#include "power/InRackCduLoads.h"
#include "power/PowerBudget.h"
#include "power/PowerCheck.h"
#include "power/ScenarioLoads.h"
#include "power/RackHeadroom.h"

namespace rw::gui {

class DesignContext;
class ProjectSession;

class PowerAnalysis final : public QObject {
    Q_OBJECT
public:
    PowerAnalysis(ProjectSession& session, DesignContext& context, QObject* parent = nullptr);

    /// Runs a pending recompute now instead of after the quiet period (tests, a dock shown).
    void recomputeNow();
    /// recomputeNow() only when an edit is waiting for the quiet period to end.
    void recomputeIfPending();
    [[nodiscard]] bool hasCatalog() const noexcept;

    [[nodiscard]] const power::PowerNetwork& network() const noexcept { return net_; }
    [[nodiscard]] const power::PowerCheckResult& result() const noexcept { return result_; }
    [[nodiscard]] const std::vector<power::BudgetLine>& budget() const noexcept { return budget_; }
    [[nodiscard]] const power::PowerRules& rules() const noexcept { return rules_; }
    [[nodiscard]] const std::vector<power::CduLoad>& cduLoads() const noexcept { return cdus_; }

    // The what-if: nothing lost, one supply element lost, or one in-rack CDU lost.
    void clearScenario();
    void loseElement(power::ElementIndex element);
    void loseCoolingUnit(CoolingId unit);
    [[nodiscard]] power::ElementIndex lostElement() const noexcept { return lostElement_; }
    [[nodiscard]] CoolingId lostCoolingUnit() const noexcept { return lostUnit_; }
    [[nodiscard]] bool hasScenario() const noexcept { return lostElement_ != power::kNoElement || bool(lostUnit_); }
    /// "feed Utility A lost", "in-rack CDU r001-cdu lost"; empty without a what-if.
    [[nodiscard]] QString scenarioName() const;
    /// What trips in the what-if (checkScenario's findings, or the CDU loss's); without one, the
    /// elements over their limit normally.
    [[nodiscard]] const std::vector<Finding>& scenarioFindings() const noexcept { return scenarioFindings_; }
    /// Every element's load in the what-if (the normal state without one).
    [[nodiscard]] const std::vector<power::ElementState>& states() const noexcept { return states_; }

    /// By rack id value: the worst load share of the rack's PDUs and their circuits, in the what-if.
    [[nodiscard]] const std::vector<power::RackHeadroom>& powerByRack() const noexcept { return powerByRack_; }
    /// By rack id value: the in-rack CDUs' load over capacity, in the what-if.
    [[nodiscard]] const std::vector<power::RackHeadroom>& coolingByRack() const noexcept { return coolingByRack_; }

    /// The racks an element supplies (a PDU's or circuit's own rack; every rack below a panel or feed).
    [[nodiscard]] std::vector<RackId> racksBelow(power::ElementIndex element) const;
    /// The racks a finding is about (a device's rack, an element's racks, a rack, a CDU's rack).
    [[nodiscard]] std::vector<RackId> racksOf(const Finding& finding) const;
    /// The supply element a finding is about (a PDU, circuit, panel or feed), if it is about one.
    [[nodiscard]] std::optional<power::ElementIndex> elementOf(const Finding& finding) const;
    /// What a finding is about, as a user reads it: the element's label, the device's, rack's or unit's name.
    [[nodiscard]] QString subjectOf(const Finding& finding) const;
    /// Milliseconds the last full recompute took (the figures; the views' refresh is their own).
    [[nodiscard]] double lastMs() const noexcept { return lastMs_; }

signals:
    /// The network, the check or the what-if changed: views re-read everything.
    void updated();
    /// The user chose another what-if (after updated()).
    void scenarioChosen();

private:
    void onDocumentChanged(const ChangeSet& changes);
    void scheduleRecompute();
    void applyScenario();  // computeScenario, then tell the views
    void computeScenario();
    void computeRackHeadroom();
    [[nodiscard]] RackId rackOfElement(power::ElementIndex element) const;

    ProjectSession& session_;
    DesignContext& context_;
    QTimer debounce_;
    power::PowerRules rules_;
    power::CoolingRules coolingRules_;
    power::PowerNetwork net_;
    power::PowerCheckResult result_;
    std::vector<power::BudgetLine> budget_;
    std::vector<power::CduLoad> cdus_;
    std::vector<RackId> elementRack_;  // PDUs and circuits: their rack; others: none
    std::unordered_map<std::uint64_t, power::ElementIndex> elementByEntity_;  // (kind, id) -> element
    power::ElementIndex lostElement_ = power::kNoElement;
    std::string lostLabel_;            // finds the element again after a rebuild
    CoolingId lostUnit_;
    std::vector<Finding> scenarioFindings_;
    std::vector<power::ElementState> states_;
    std::vector<power::RackHeadroom> powerByRack_;
    std::vector<power::RackHeadroom> coolingByRack_;
    double lastMs_ = 0.0;
};

}  // namespace rw::gui
