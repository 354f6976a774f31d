#include "power/PowerCoolingPanel.h"

#include <algorithm>

#include <QInputDialog>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ProjectSession.h"
#include "edit/Transaction.h"
#include "floorplan/FloorPlanOverlays.h"
#include "power/PowerAnalysis.h"
#include "power/PowerChainTree.h"
#include "power/RatingEdit.h"
#include "power/RowLoadChart.h"
#include "power/WhatIfPanel.h"

namespace rw::gui {

PowerCoolingPanel::PowerCoolingPanel(PowerAnalysis& analysis, ProjectSession& session, FloorPlanOverlays& overlays,
                                     QWidget* parent)
    : QWidget(parent),
      analysis_(analysis),
      session_(session),
      overlays_(overlays),
      summary_(new QLabel(this)),
      tabs_(new QTabWidget(this)),
      tree_(new PowerChainTree),
      chart_(new RowLoadChart),
      whatIf_(new WhatIfPanel(analysis)) {
    setObjectName(QStringLiteral("powerCoolingPanel"));
    summary_->setObjectName(QStringLiteral("powerSummary"));
    summary_->setWordWrap(true);
    tabs_->addTab(tree_, tr("Chain"));
    tabs_->addTab(chart_, tr("Rows"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tabs_);
    split->addWidget(whatIf_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // Tabbed with Findings under the views at about 140 px: the dock must not claim more
    // height than that by its children's minimum sizes (the views keep the window).
    // An explicit minimum overrides the layout's (wrapped labels, two lists, a combo).
    split->setChildrenCollapsible(true);
    setMinimumSize(120, 60);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);

    connect(&analysis_, &PowerAnalysis::updated, this, &PowerCoolingPanel::refresh);
    connect(tree_, &QTreeWidget::itemClicked, this, &PowerCoolingPanel::onTreeItem);
    connect(tree_, &QTreeWidget::itemActivated, this, &PowerCoolingPanel::onTreeItem);
    connect(tree_, &PowerChainTree::loseElementRequested, &analysis_, &PowerAnalysis::loseElement);
    connect(tree_, &PowerChainTree::loseCoolingUnitRequested, &analysis_, &PowerAnalysis::loseCoolingUnit);
    connect(tree_, &PowerChainTree::ratingEditRequested, this, &PowerCoolingPanel::askRating);
    connect(whatIf_, &WhatIfPanel::findingActivated, this, [this](const Finding& f) { showRacks(analysis_.racksOf(f)); });
    refresh();
}

void PowerCoolingPanel::refresh() {
    stale_ = true;
    if (isVisible()) refreshNow();
}

void PowerCoolingPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) refreshNow();
}

void PowerCoolingPanel::refreshNow() {
    stale_ = false;
    const Model& model = session_.model();
    tree_->refresh(analysis_, model);
    chart_->refresh(analysis_);
    whatIf_->refresh();
    const auto& findings = analysis_.result().findings;
    const auto errors = std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
    int feeds = 0, panels = 0, pdus = 0;
    for (const power::SupplyElement& e : analysis_.network().elements) {
        feeds += e.kind == power::ElementKind::Feed;
        panels += e.kind == power::ElementKind::Panel;
        pdus += e.kind == power::ElementKind::Pdu;
    }
    summary_->setText(!analysis_.hasCatalog()
                          ? tr("No catalog: power and cooling figures unavailable")
                          : tr("%1 feeds, %2 panels, %3 PDUs, %4 powered devices, %5 in-rack CDUs; %6 power errors "
                               "(normal and every single failure)")
                                .arg(feeds)
                                .arg(panels)
                                .arg(pdus)
                                .arg(analysis_.network().devices.size())
                                .arg(analysis_.cduLoads().size())
                                .arg(errors));
}

void PowerCoolingPanel::onTreeItem(QTreeWidgetItem* item) {
    if (const auto e = PowerChainTree::elementOf(item)) showRacks(analysis_.racksBelow(*e));
    else if (const auto unit = PowerChainTree::coolingUnitOf(item))
        showRacks(analysis_.racksOf({Severity::Info, FindingSource::Cooling, EntityKind::Cooling, unit->value, {}}));
}

void PowerCoolingPanel::askRating(power::ElementIndex element) {
    if (element >= analysis_.network().elements.size()) return;
    const power::SupplyElement e = analysis_.network().elements[element];
    bool ok = false;
    const double value = QInputDialog::getDouble(this, tr("Set rating"),
                                                 tr("%1 (%2):").arg(QString::fromStdString(e.label), ratingUnit(e)),
                                                 currentRating(e), 0.0, 1e6, e.kind == power::ElementKind::Feed ? 1 : 0, &ok);
    if (ok) setRating(element, value);
}

bool PowerCoolingPanel::setRating(power::ElementIndex element, double value) {
    if (element >= analysis_.network().elements.size()) return false;
    try {
        gui::setRating(session_.document(), analysis_.network().elements[element], value);
    } catch (const EditError& error) {
        summary_->setText(QString::fromStdString(error.what()));
        return false;
    }
    return true;
}

void PowerCoolingPanel::showRacks(const std::vector<RackId>& racks) { overlays_.focusRacks(racks); }

}  // namespace rw::gui
