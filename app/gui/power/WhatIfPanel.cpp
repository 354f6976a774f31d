#include "power/WhatIfPanel.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "power/PowerAnalysis.h"

namespace rw::gui {
namespace {

// Selector item data: what to lose.
constexpr int kKindRole = Qt::UserRole;      // 0 nothing, 1 element, 2 cooling unit
constexpr int kIdRole = Qt::UserRole + 1;
// More tripped rows make the list itself the slow part; the summary counts them all.
constexpr std::size_t kMaxRows = 5'000;

}  // namespace

WhatIfPanel::WhatIfPanel(PowerAnalysis& analysis, QWidget* parent)
    : QWidget(parent), analysis_(analysis), selector_(new QComboBox(this)), summary_(new QLabel(this)),
      tripped_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("whatIfPanel"));
    selector_->setObjectName(QStringLiteral("whatIfSelector"));
    selector_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    selector_->setMinimumContentsLength(24);
    selector_->setToolTip(tr("The single failure to simulate; the chain's context menu adds circuits, PDUs and CDUs"));
    summary_->setObjectName(QStringLiteral("whatIfSummary"));
    summary_->setWordWrap(true);
    tripped_->setObjectName(QStringLiteral("whatIfTripped"));
    tripped_->setColumnCount(2);
    tripped_->setHeaderLabels({tr("Trips"), tr("Why")});
    tripped_->setRootIsDecorated(false);
    tripped_->setUniformRowHeights(true);
    tripped_->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tripped_->header()->resizeSection(0, 300);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("What if lost:"), this));
    row->addWidget(selector_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(summary_);
    layout->addWidget(tripped_, 1);
    connect(selector_, &QComboBox::currentIndexChanged, this, &WhatIfPanel::onSelected);
    connect(tripped_, &QTreeWidget::itemClicked, this, &WhatIfPanel::onItemActivated);
    connect(tripped_, &QTreeWidget::itemActivated, this, &WhatIfPanel::onItemActivated);
}

void WhatIfPanel::fillSelector() {
    struct Choice {
        QString text;
        int kind;
        unsigned id;
    };
    std::vector<Choice> choices{{tr("Nothing (normal operation)"), 0, 0}};
    const power::PowerNetwork& net = analysis_.network();
    // Feeds and panels by default: a handful per hall. Circuits, PDUs and CDUs number in the
    // thousands; they come from the chain tree and are listed while chosen.
    for (power::ElementIndex e = 0; e < net.elements.size(); ++e) {
        const power::ElementKind kind = net.elements[e].kind;
        if (kind == power::ElementKind::Feed || kind == power::ElementKind::Panel || e == analysis_.lostElement())
            choices.push_back({QString::fromStdString(net.elements[e].label), 1, e});
    }
    if (analysis_.lostCoolingUnit())
        choices.push_back({analysis_.scenarioName().chopped(5), 2, analysis_.lostCoolingUnit().value});  // without " lost"
    int current = 0;
    for (std::size_t i = 1; i < choices.size(); ++i)
        if ((choices[i].kind == 1 && choices[i].id == analysis_.lostElement()) ||
            (choices[i].kind == 2 && choices[i].id == analysis_.lostCoolingUnit().value))
            current = int(i);

    filling_ = true;
    // Refilled only when the choices changed: this runs inside the selector's own signal too.
    bool same = selector_->count() == int(choices.size());
    for (int i = 0; same && i < selector_->count(); ++i)
        same = selector_->itemText(i) == choices[i].text && selector_->itemData(i, kKindRole).toInt() == choices[i].kind &&
               selector_->itemData(i, kIdRole).toUInt() == choices[i].id;
    if (!same) {
        selector_->clear();
        for (const Choice& c : choices) {
            selector_->addItem(c.text, c.kind);
            selector_->setItemData(selector_->count() - 1, c.id, kIdRole);
        }
    }
    selector_->setCurrentIndex(current);
    filling_ = false;
}

void WhatIfPanel::onSelected(int index) {
    if (filling_ || index < 0) return;
    const int kind = selector_->itemData(index, kKindRole).toInt();
    const unsigned id = selector_->itemData(index, kIdRole).toUInt();
    if (kind == 1) analysis_.loseElement(power::ElementIndex(id));
    else if (kind == 2) analysis_.loseCoolingUnit(CoolingId(id));
    else analysis_.clearScenario();
}

void WhatIfPanel::refresh() {
    fillSelector();
    const std::vector<Finding>& found = analysis_.scenarioFindings();
    tripped_->setUpdatesEnabled(false);
    tripped_->clear();
    QList<QTreeWidgetItem*> items;
    const std::size_t rows = std::min(found.size(), kMaxRows);
    for (std::size_t i = 0; i < rows; ++i) {
        const Finding& f = found[i];
        const QString message = QString::fromStdString(f.message);
        auto* item = new QTreeWidgetItem({analysis_.subjectOf(f), message});
        item->setData(0, Qt::UserRole, qulonglong(i));
        item->setToolTip(1, message);
        items << item;
    }
    tripped_->addTopLevelItems(items);
    tripped_->setUpdatesEnabled(true);

    if (!analysis_.hasCatalog()) summary_->setText(tr("No catalog: the power chain cannot be rated"));
    else if (!analysis_.hasScenario())
        summary_->setText(found.empty() ? tr("Normal operation: nothing over its limit")
                                        : tr("Normal operation: %1 supply elements over their limit").arg(found.size()));
    else {
        // A PDU is a device too: devices short of power are the findings about no supply element.
        const auto devices = std::count_if(found.begin(), found.end(), [this](const Finding& f) {
            return f.kind == EntityKind::Device && !analysis_.elementOf(f);
        });
        summary_->setText(found.empty() ? tr("%1: nothing trips").arg(analysis_.scenarioName())
                                        : tr("%1: %2 trip (%3 devices short of PSUs, %4 elements or units over their limit "
                                             "or left without cooling)")
                                              .arg(analysis_.scenarioName())
                                              .arg(found.size())
                                              .arg(devices)
                                              .arg(qsizetype(found.size()) - devices));
    }
}

void WhatIfPanel::activate(int row) {
    if (QTreeWidgetItem* item = tripped_->topLevelItem(row)) onItemActivated(item);
}

void WhatIfPanel::onItemActivated(QTreeWidgetItem* item) {
    const std::size_t i = item->data(0, Qt::UserRole).toULongLong();
    if (i < analysis_.scenarioFindings().size()) emit findingActivated(analysis_.scenarioFindings()[i]);
}

}  // namespace rw::gui
