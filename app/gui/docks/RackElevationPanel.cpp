#include "docks/RackElevationPanel.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ProjectSession.h"
#include "RackSelection.h"
#include "docks/CableEnds.h"
#include "docks/CableFocus.h"
#include "docks/DesignContext.h"
#include "docks/RackElevationView.h"
#include "install/CableLabels.h"
#include "reports/RackMetrics.h"

namespace rw::gui {
namespace {

QString kw(double v) { return QLocale().toString(v, 'f', 1); }
QString kg(double v) { return QLocale().toString(v, 'f', 0); }

QString portText(const Model& model, PortId id) { return QString::fromStdString(portLabel(model, id)); }

// Numbers sort as numbers (CBL9 before CBL10, 9.5 m before 10 m), text columns as text.
constexpr int kSortRole = Qt::UserRole + 1;
class SortableRow final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, kSortRole), b = other.data(column, kSortRole);
        if (a.isValid() && b.isValid()) return a.toDouble() < b.toDouble();
        return QTreeWidgetItem::operator<(other);
    }
};

}  // namespace

RackElevationPanel::RackElevationPanel(ProjectSession& session, DesignContext& context, RackSelection& selection,
                                       CableFocus& focus, QWidget* parent)
    : QWidget(parent),
      session_(session),
      context_(context),
      selection_(selection),
      focus_(focus),
      totals_(new QLabel(this)),
      view_(new RackElevationView),
      deviceHeading_(new QLabel(this)),
      cables_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("rackElevationPanel"));
    totals_->setObjectName(QStringLiteral("rackTotals"));
    totals_->setWordWrap(true);
    cables_->setObjectName(QStringLiteral("deviceCables"));
    cables_->setColumnCount(CableColumnCount);
    cables_->setHeaderLabels({tr("Cable"), tr("Port"), tr("Far end"), tr("Far rack"), tr("Length")});
    cables_->setRootIsDecorated(false);
    cables_->setUniformRowHeights(true);
    cables_->setSortingEnabled(true);
    cables_->sortByColumn(CableIdColumn, Qt::AscendingOrder);
    deviceHeading_->setWordWrap(true);  // narrow docks wrap rather than widen the window
    auto* scroll = new QScrollArea;
    scroll->setWidget(view_);
    scroll->setWidgetResizable(true);
    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(deviceHeading_);
    lowerLayout->addWidget(cables_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(lower);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(totals_);
    layout->addWidget(split, 1);

    connect(&selection_, &RackSelection::changed, this, &RackElevationPanel::refresh);
    connect(&session_, &ProjectSession::documentChanged, this, &RackElevationPanel::onDocumentChanged);
    connect(&context_, &DesignContext::catalogChanged, this, &RackElevationPanel::refresh);
    connect(view_, &RackElevationView::deviceClicked, this, &RackElevationPanel::showDevice);
    connect(cables_, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { onCableClicked(item); });
    connect(cables_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { onCableClicked(item); });
    refresh();
}

QString RackElevationPanel::totalsText() const { return totals_->text(); }

void RackElevationPanel::onDocumentChanged(const ChangeSet& changes) {
    if (changes.siteChanged || !changes.untouched(EntityKind::Rack) || !changes.untouched(EntityKind::Device) ||
        !changes.untouched(EntityKind::Cable))
        refresh();
}

void RackElevationPanel::refresh() {
    const Model& model = session_.model();
    // One rack at a time: the one shown while it stays selected (picking a cable selects both
    // its end racks), else the first selected.
    RackId rack = selection_.racks().empty() ? RackId{} : selection_.racks().front();
    if (view_->rack() && selection_.contains(view_->rack())) rack = view_->rack();
    if (rack != view_->rack()) device_ = DeviceId{};
    if (device_ && !model.devices().contains(device_)) device_ = DeviceId{};
    view_->showRack(model, context_.catalog(), model.racks().contains(rack) ? rack : RackId{});
    view_->setHighlighted(device_);
    showDevice(device_);
    if (!view_->rack()) {
        totals_->setText(tr("No rack selected"));
        return;
    }
    const Catalog* catalog = context_.catalog();
    if (!catalog) {
        totals_->setText(tr("No catalog: power and weight unknown"));
        return;
    }
    const RackMetrics m = computeRackMetricsOf(model, *catalog, rack);
    QString text = tr("IT %1 kW max · heat %2 kW to air, %3 kW to liquid · %4 kg")
                       .arg(kw(m.itMaxKw), kw(m.heatToAirKw), kw(m.heatToLiquidKw), kg(m.weightKg));
    if (m.rackRatedKg) text += tr(" (equipment %1 of %2 kg rated)").arg(kg(m.equipmentKg), kg(*m.rackRatedKg));
    if (m.unknownDevices > 0) text += tr(" · %n device(s) not in the catalog", nullptr, int(m.unknownDevices));
    totals_->setText(text);
}

void RackElevationPanel::showDevice(DeviceId device) {
    device_ = device;
    cables_->clear();
    const Model& model = session_.model();
    const Device* d = model.devices().find(device);
    if (!d) {
        deviceHeading_->setText(tr("Click a device to list its cables"));
        return;
    }
    view_->setHighlighted(device);
    const RoutingResult* routes = context_.routes();
    const auto onDevice = [&](PortId p) {
        const Port* port = model.ports().find(p);
        return port && port->device == device;
    };
    const auto portName = [&](PortId p) {
        const Port* port = model.ports().find(p);
        return port ? QString::fromUtf8(std::string(model.text(port->name)).c_str()) : QStringLiteral("?");
    };
    const auto rackName = [&](PortId p) {
        const Port* port = model.ports().find(p);
        const Device* dev = port ? model.devices().find(port->device) : nullptr;
        const Rack* rack = dev ? model.racks().find(dev->rack) : nullptr;
        return rack ? QString::fromStdString(rack->name) : QStringLiteral("?");
    };
    cables_->setSortingEnabled(false);  // filled first, sorted once
    QList<QTreeWidgetItem*> rows;
    model.cables().forEach([&](CableId id, const Cable& cable) {
        const Link* link = model.links().find(cable.first);
        if (!link || !(onDevice(link->a) || onDevice(link->b))) return;
        const bool aHere = onDevice(link->a);
        const PortId here = aHere ? link->a : link->b, far = aHere ? link->b : link->a;
        QString length;
        double lengthM = -1;
        if (const CableRoute* r = routes ? routes->find(id) : nullptr; r && r->status != RouteStatus::Unrouted) {
            lengthM = r->lengthMm / 1000.0;
            length = tr("%1 m").arg(QLocale().toString(lengthM, 'f', 1));
        } else if (routes) {
            length = tr("unrouted");
        }
        auto* item = new SortableRow({QString::fromStdString(install::cableIdText(id)), portName(here), portText(model, far),
                                      rackName(far), length});
        item->setData(0, Qt::UserRole, id.value);
        item->setData(CableIdColumn, kSortRole, double(id.value));
        item->setData(LengthColumn, kSortRole, lengthM);
        item->setTextAlignment(LengthColumn, Qt::AlignRight | Qt::AlignVCenter);
        rows << item;
    });
    cables_->addTopLevelItems(rows);
    cables_->setSortingEnabled(true);
    for (int c = 0; c < CableColumnCount; ++c) cables_->resizeColumnToContents(c);
    deviceHeading_->setText(tr("%1: %n cable(s)", nullptr, int(rows.size())).arg(QString::fromStdString(d->name)));
}

void RackElevationPanel::onCableClicked(QTreeWidgetItem* item) {
    focus_.set(CableId(item->data(0, Qt::UserRole).toUInt()));
}

}  // namespace rw::gui
