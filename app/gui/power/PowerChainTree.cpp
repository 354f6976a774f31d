#include "power/PowerChainTree.h"

#include <algorithm>

#include <QHeaderView>
#include <QLocale>
#include <QMenu>

#include "power/LoadBar.h"
#include "power/PowerAnalysis.h"
#include "power/PowerMath.h"
#include "power/RatingEdit.h"

namespace rw::gui {
namespace {

constexpr int kElementRole = Qt::UserRole;      // ElementIndex
constexpr int kCoolingRole = Qt::UserRole + 1;  // CoolingId value
constexpr int kEditableRole = Qt::UserRole + 2; // bool: its rating lives in the model

using power::ElementKind;

// Hall-scale feeds and busways carry megawatts and thousands of amps: grouped digits, MW past 10 MW.
QString kw(double watts) {
    if (watts >= 10e6) return QObject::tr("%1 MW").arg(QLocale().toString(watts / 1e6, 'f', 2));
    return QObject::tr("%1 kW").arg(QLocale().toString(watts / 1000.0, 'f', 1));
}

QString amps(double a) { return QObject::tr("%1 A").arg(QLocale().toString(a, 'f', a >= 1000 ? 0 : 1)); }

// Feeds are judged in kW against their capacity; the rest by the busiest phase against the
// derated rating, so amps lead there and kW is context.
QString loadText(const power::SupplyElement& e, double watts, double busiestAmps) {
    if (e.kind == ElementKind::Feed) return kw(watts);
    return QObject::tr("%1, %2").arg(amps(busiestAmps), kw(watts));
}

QString limitText(const power::SupplyElement& e, const power::PowerRules& rules) {
    if (e.kind == ElementKind::Feed)
        return e.capacityKw > 0 ? kw(e.capacityKw * 1000.0) : QObject::tr("no capacity");
    if (e.ratedAmps <= 0) return QObject::tr("no rating");
    return QObject::tr("%1 (%2 A x %3)")
        .arg(amps(power::allowedAmps(e.ratedAmps, rules.continuousLoadFactor)))
        .arg(e.ratedAmps, 0, 'f', 0)
        .arg(rules.continuousLoadFactor);
}

std::optional<double> shareOf(const power::SupplyElement& e, double watts, double amps, const power::PowerRules& rules) {
    return power::loadShare(e, power::ElementState{watts, amps, false}, rules);
}

void setShare(QTreeWidgetItem* item, int role, std::optional<double> share) {
    item->setData(PowerChainTree::BarColumn, role, share ? QVariant(*share) : QVariant());
}

}  // namespace

PowerChainTree::PowerChainTree(QWidget* parent) : QTreeWidget(parent) {
    setObjectName(QStringLiteral("powerChainTree"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Element"), tr("Load of limit (normal / worst)"), tr("Normal"), tr("Worst single failure"),
                     tr("What-if"), tr("Limit")});
    setUniformRowHeights(true);  // fast with 20,000 rows
    setAlternatingRowColors(true);
    setItemDelegateForColumn(BarColumn, new LoadBarDelegate(this));
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->resizeSection(ElementColumn, 330);  // "circuit Busway H1-Row01-A to R001-pdu-A1"
    header()->resizeSection(BarColumn, 210);
    header()->resizeSection(NormalColumn, 130);
    header()->resizeSection(WorstColumn, 260);
    header()->resizeSection(WhatIfColumn, 130);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &PowerChainTree::showContextMenu);
}

std::optional<power::ElementIndex> PowerChainTree::elementOf(const QTreeWidgetItem* item) {
    const QVariant v = item ? item->data(ElementColumn, kElementRole) : QVariant();
    return v.isValid() ? std::optional(power::ElementIndex(v.toUInt())) : std::nullopt;
}

std::optional<CoolingId> PowerChainTree::coolingUnitOf(const QTreeWidgetItem* item) {
    const QVariant v = item ? item->data(ElementColumn, kCoolingRole) : QVariant();
    return v.isValid() ? std::optional(CoolingId(v.toUInt())) : std::nullopt;
}

QTreeWidgetItem* PowerChainTree::itemOf(power::ElementIndex element) const {
    return element < elementItems_.size() ? elementItems_[element] : nullptr;
}

QTreeWidgetItem* PowerChainTree::itemOf(CoolingId unit) const {
    for (const auto& [id, item] : cduItems_)
        if (id == unit) return item;
    return nullptr;
}

void PowerChainTree::refresh(const PowerAnalysis& analysis, const Model& model) {
    const power::PowerNetwork& net = analysis.network();
    bool same = shape_.size() == net.elements.size() && cduItems_.size() == analysis.cduLoads().size();
    for (std::size_t e = 0; same && e < shape_.size(); ++e)
        same = shape_[e].first == net.elements[e].label && shape_[e].second == net.elements[e].parent;
    for (std::size_t i = 0; same && i < cduItems_.size(); ++i) same = cduItems_[i].first == analysis.cduLoads()[i].unit;
    setUpdatesEnabled(false);
    if (!same) rebuild(analysis, model);
    fill(analysis, model);
    // Sized to the figures once per new chain (Qt measures at most 1,000 rows), not per edit.
    if (!same)
        for (int c : {NormalColumn, WorstColumn, WhatIfColumn, LimitColumn}) resizeColumnToContents(c);
    setColumnHidden(WhatIfColumn, !analysis.hasScenario());
    // A hidden column was sized to nothing: size it when a what-if first shows it.
    if (analysis.hasScenario() && columnWidth(WhatIfColumn) < 60) resizeColumnToContents(WhatIfColumn);
    headerItem()->setText(BarColumn, analysis.hasScenario() ? tr("Load of limit (what-if / worst)") : tr("Load of limit (normal / worst)"));
    setUpdatesEnabled(true);
}

void PowerChainTree::rebuild(const PowerAnalysis& analysis, const Model& model) {
    clear();
    const power::PowerNetwork& net = analysis.network();
    elementItems_.assign(net.elements.size(), nullptr);
    shape_.clear();
    for (power::ElementIndex e = 0; e < net.elements.size(); ++e) {
        auto* item = new QTreeWidgetItem({QString::fromStdString(net.elements[e].label)});
        item->setData(ElementColumn, kElementRole, e);
        item->setData(ElementColumn, kEditableRole, hasEditableRating(net.elements[e]));
        elementItems_[e] = item;
        shape_.emplace_back(net.elements[e].label, net.elements[e].parent);
    }
    QList<QTreeWidgetItem*> top;
    for (power::ElementIndex e = 0; e < net.elements.size(); ++e) {
        const power::ElementIndex parent = net.elements[e].parent;
        if (parent == power::kNoElement) top << elementItems_[e];
        else elementItems_[parent]->addChild(elementItems_[e]);
    }
    cduItems_.clear();
    coolingRoot_ = nullptr;
    if (!analysis.cduLoads().empty()) {
        coolingRoot_ = new QTreeWidgetItem({tr("In-rack CDUs (%1)").arg(analysis.cduLoads().size())});
        for (const power::CduLoad& l : analysis.cduLoads()) {
            const CoolingUnit* u = model.coolingUnits().find(l.unit);
            auto* item = new QTreeWidgetItem(coolingRoot_, {tr("in-rack CDU %1").arg(QString::fromStdString(u ? u->name : "?"))});
            item->setData(ElementColumn, kCoolingRole, l.unit.value);
            cduItems_.emplace_back(l.unit, item);
        }
        top << coolingRoot_;
    }
    addTopLevelItems(top);
    // Feeds open on their panels: the level a user reads first; circuits and PDUs on demand.
    for (QTreeWidgetItem* item : top)
        if (const auto e = elementOf(item); e && net.elements[*e].kind == ElementKind::Feed) item->setExpanded(true);
}

void PowerChainTree::fill(const PowerAnalysis& analysis, const Model&) {
    const power::PowerNetwork& net = analysis.network();
    const power::PowerRules& rules = analysis.rules();
    const bool whatIf = analysis.hasScenario();
    for (power::ElementIndex e = 0; e < net.elements.size() && e < analysis.result().budgets.size(); ++e) {
        const power::SupplyElement& el = net.elements[e];
        const power::ElementBudget& b = analysis.result().budgets[e];
        const power::ElementState& s = analysis.states()[e];
        QTreeWidgetItem* item = elementItems_[e];
        const double normalAmps = *std::max_element(b.normalAmps.begin(), b.normalAmps.end());
        item->setText(NormalColumn, loadText(el, b.normalW, normalAmps));
        QString worst = loadText(el, b.worstW, b.worstAmps);
        if (b.worstScenario != power::kNoElement)
            worst += tr(" - %1 lost").arg(QString::fromStdString(net.elements[b.worstScenario].label));
        item->setText(WorstColumn, worst);
        item->setText(WhatIfColumn, !whatIf ? QString() : s.lost ? tr("lost") : loadText(el, s.watts, s.busiestAmps));
        item->setText(LimitColumn, limitText(el, rules));
        // The bar shows the what-if when there is one, else the normal state; the ghost is the worst.
        setShare(item, LoadBar::kShownRole,
                 whatIf ? power::loadShare(el, s, rules) : shareOf(el, b.normalW, normalAmps, rules));
        setShare(item, LoadBar::kWorstRole, shareOf(el, b.worstW, b.worstAmps, rules));
        item->setData(BarColumn, LoadBar::kLostRole, whatIf && s.lost);
    }
    for (std::size_t i = 0; i < cduItems_.size(); ++i) {
        const power::CduLoad& l = analysis.cduLoads()[i];
        QTreeWidgetItem* item = cduItems_[i].second;
        const bool lost = l.unit == analysis.lostCoolingUnit();
        item->setText(NormalColumn, tr("%1 kW to liquid").arg(l.loadKw, 0, 'f', 1));
        item->setText(WorstColumn, QString());
        item->setText(WhatIfColumn, lost ? tr("lost") : QString());
        item->setText(LimitColumn, l.capacityKw ? tr("%1 kW").arg(*l.capacityKw, 0, 'f', 1) : tr("no figure at site water"));
        setShare(item, LoadBar::kShownRole,
                 l.capacityKw && *l.capacityKw > 0 ? std::optional(l.loadKw / *l.capacityKw) : std::nullopt);
        setShare(item, LoadBar::kWorstRole, std::nullopt);
        item->setData(BarColumn, LoadBar::kLostRole, lost);
    }
}

void PowerChainTree::showContextMenu(const QPoint& pos) {
    QTreeWidgetItem* item = itemAt(pos);
    const auto element = elementOf(item);
    const auto unit = coolingUnitOf(item);
    if (!element && !unit) return;
    QMenu menu(this);
    QAction* lose = menu.addAction(tr("What if %1 is lost").arg(item->text(ElementColumn)));
    QAction* rating = item->data(ElementColumn, kEditableRole).toBool() ? menu.addAction(tr("Set rating...")) : nullptr;
    QAction* chosen = menu.exec(viewport()->mapToGlobal(pos));
    if (chosen == lose && element) emit loseElementRequested(*element);
    else if (chosen == lose) emit loseCoolingUnitRequested(*unit);
    else if (chosen && chosen == rating) emit ratingEditRequested(*element);
}

}  // namespace rw::gui
