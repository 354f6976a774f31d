#pragma once
// The what-if: a selector of the failure to simulate (nothing, each feed, each panel, and
// whatever the chain tree's context menu picked: a circuit, PDU or in-rack CDU) and the list of
// what trips with it (the scenario's findings). Clicking a tripped item asks for its racks to be
// selected and framed.
#include <QWidget>

#include "checks/Finding.h"

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace rw::gui {

class PowerAnalysis;

class WhatIfPanel final : public QWidget {
    Q_OBJECT
public:
    explicit WhatIfPanel(PowerAnalysis& analysis, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox& selector() const noexcept { return *selector_; }
    [[nodiscard]] QTreeWidget& tripped() const noexcept { return *tripped_; }
    [[nodiscard]] QLabel& summary() const noexcept { return *summary_; }
    /// Re-reads the analysis (after it updated).
    void refresh();
    /// Does what clicking the tripped item at `row` does.
    void activate(int row);

signals:
    void findingActivated(const rw::Finding& finding);

private:
    void fillSelector();
    void onSelected(int index);
    void onItemActivated(QTreeWidgetItem* item);

    PowerAnalysis& analysis_;
    QComboBox* selector_;
    QLabel* summary_;
    QTreeWidget* tripped_;
    bool filling_ = false;
};

}  // namespace rw::gui
