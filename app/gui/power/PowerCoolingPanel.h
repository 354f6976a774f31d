#pragma once
// The Power & Cooling dock: a summary line, the supply chain and in-rack CDUs as a tree with
// load bars (PowerChainTree), the per-row chart (RowLoadChart) and the what-if with what trips
// (WhatIfPanel). Selecting a row of the tree or a tripped item selects its racks and frames
// them in the floor plan (the 3D view follows the selection), as the Findings dock does.
// (Hidden behind another tab it waits for being shown before it reads the analysis again.)
#include <vector>

#include <QWidget>

#include "checks/Finding.h"
#include "model/Model.h"
#include "power/PowerNetwork.h"

class QLabel;
class QTabWidget;
class QTreeWidgetItem;

namespace rw::gui {

class FloorPlanOverlays;
class PowerAnalysis;
class PowerChainTree;
class ProjectSession;
class RowLoadChart;
class WhatIfPanel;

class PowerCoolingPanel final : public QWidget {
    Q_OBJECT
public:
    PowerCoolingPanel(PowerAnalysis& analysis, ProjectSession& session, FloorPlanOverlays& overlays,
                      QWidget* parent = nullptr);

    [[nodiscard]] PowerChainTree& tree() const noexcept { return *tree_; }
    [[nodiscard]] RowLoadChart& chart() const noexcept { return *chart_; }
    [[nodiscard]] WhatIfPanel& whatIf() const noexcept { return *whatIf_; }
    [[nodiscard]] QTabWidget& tabs() const noexcept { return *tabs_; }
    [[nodiscard]] QLabel& summary() const noexcept { return *summary_; }
    /// Sets a feed's capacity (kW), a panel's rating or a circuit's breaker (A) as one undo step;
    /// what "Set rating..." does after asking. False (and the reason in the summary) when refused.
    bool setRating(power::ElementIndex element, double value);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Re-reads the analysis now when shown, else when next shown: 20,000 tree rows are not
    /// worth refreshing behind the Findings tab after every edit.
    void refresh();
    void refreshNow();
    void onTreeItem(QTreeWidgetItem* item);
    void askRating(power::ElementIndex element);
    void showRacks(const std::vector<RackId>& racks);

    PowerAnalysis& analysis_;
    ProjectSession& session_;
    FloorPlanOverlays& overlays_;
    QLabel* summary_;
    QTabWidget* tabs_;
    PowerChainTree* tree_;
    RowLoadChart* chart_;
    WhatIfPanel* whatIf_;
    bool stale_ = true;
};

}  // namespace rw::gui
