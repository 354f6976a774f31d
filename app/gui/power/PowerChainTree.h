#pragma once
// The supply chain as a tree (feed -> panel -> circuit -> PDU [-> bank]) and the in-rack CDUs,
// each row with its load bar, its load normally, after the worst single failure and in the
// what-if, and its limit. Rebuilt only when the chain's shape changes; otherwise the figures are
// updated in place so expanded branches and the current row survive an edit.
#include <optional>
#include <string>
#include <vector>

#include <QTreeWidget>

#include "model/Model.h"
#include "power/PowerNetwork.h"

namespace rw::gui {

class PowerAnalysis;

class PowerChainTree final : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { ElementColumn, BarColumn, NormalColumn, WorstColumn, WhatIfColumn, LimitColumn, ColumnCount };

    explicit PowerChainTree(QWidget* parent = nullptr);

    void refresh(const PowerAnalysis& analysis, const Model& model);

    /// The supply element a row shows, if it shows one.
    [[nodiscard]] static std::optional<power::ElementIndex> elementOf(const QTreeWidgetItem* item);
    /// The in-rack CDU a row shows, if it shows one.
    [[nodiscard]] static std::optional<CoolingId> coolingUnitOf(const QTreeWidgetItem* item);
    [[nodiscard]] QTreeWidgetItem* itemOf(power::ElementIndex element) const;
    [[nodiscard]] QTreeWidgetItem* itemOf(CoolingId unit) const;

signals:
    /// Context menu "What if this is lost".
    void loseElementRequested(power::ElementIndex element);
    void loseCoolingUnitRequested(CoolingId unit);
    /// Context menu "Set rating..." on a feed, panel or circuit.
    void ratingEditRequested(power::ElementIndex element);

private:
    void rebuild(const PowerAnalysis& analysis, const Model& model);
    void fill(const PowerAnalysis& analysis, const Model& model);
    void showContextMenu(const QPoint& pos);

    std::vector<QTreeWidgetItem*> elementItems_;
    std::vector<std::pair<std::string, power::ElementIndex>> shape_;  // labels and parents of the shown chain
    std::vector<std::pair<CoolingId, QTreeWidgetItem*>> cduItems_;
    QTreeWidgetItem* coolingRoot_ = nullptr;
};

}  // namespace rw::gui
