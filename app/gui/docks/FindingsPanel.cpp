#include "docks/FindingsPanel.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ProjectSession.h"
#include "checks/DesignChecks.h"
#include "docks/CableFocus.h"
#include "docks/DesignContext.h"
#include "docks/FindingItem.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/TrayLayerItem.h"
#include "plugins/AppPlugins.h"
#include "reports/RackMetrics.h"

namespace rw::gui {
namespace {

// After the last edit of a burst (a drag, a paste of 100 racks) before the checks run.
constexpr int kQuietMs = 250;
// More rows make the list itself the slow part; the summary still counts them all.
constexpr std::size_t kMaxRows = 5'000;

QString severityText(Severity s) {
    switch (s) {
        case Severity::Error: return QObject::tr("Error");
        case Severity::Warning: return QObject::tr("Warning");
        case Severity::Info: return QObject::tr("Info");
    }
    return {};
}

QString objectText(const Model& model, const Finding& f) {
    switch (f.kind) {
        case EntityKind::Rack:
            if (const Rack* r = model.racks().find(RackId(f.id)); r && !r->name.empty())
                return QObject::tr("rack %1").arg(QString::fromStdString(r->name));
            break;
        case EntityKind::Device:
            if (const Device* d = model.devices().find(DeviceId(f.id)); d && !d->name.empty())
                return QObject::tr("device %1").arg(QString::fromStdString(d->name));
            break;
        default: break;
    }
    return QStringLiteral("%1 #%2").arg(QString::fromUtf8(std::string(toString(f.kind)).c_str())).arg(f.id);
}

}  // namespace

FindingsPanel::FindingsPanel(ProjectSession& session, DesignContext& context, FloorPlanOverlays& overlays,
                             CableFocus& focus, QWidget* parent)
    : QWidget(parent),
      session_(session),
      context_(context),
      overlays_(overlays),
      focus_(focus),
      summary_(new QLabel(this)),
      list_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("findingsPanel"));
    list_->setObjectName(QStringLiteral("findingsList"));
    list_->setColumnCount(3);
    list_->setHeaderLabels({tr("Severity"), tr("Object"), tr("Message")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);  // fast with thousands of rows
    // Columns the user sizes (the message stretches), and a click on a heading sorts by it:
    // Severity by how bad, the others by text (FindingItem).
    list_->header()->setSectionResizeMode(QHeaderView::Interactive);
    list_->header()->setStretchLastSection(true);
    list_->setColumnWidth(0, 80);
    list_->setColumnWidth(1, 200);
    list_->setSortingEnabled(true);
    list_->sortByColumn(0, Qt::AscendingOrder);
    summary_->setObjectName(QStringLiteral("findingsSummary"));
    summary_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(summary_);
    layout->addWidget(list_);

    debounce_.setSingleShot(true);
    debounce_.setInterval(kQuietMs);
    connect(&debounce_, &QTimer::timeout, this, &FindingsPanel::recomputeNow);
    connect(&session_, &ProjectSession::documentChanged, this, &FindingsPanel::onDocumentChanged);
    connect(&context_, &DesignContext::catalogChanged, this, [this] {
        markStale(FindingSource::Layout);
        markStale(FindingSource::Load);
        markStale(FindingSource::Routing);
        markStale(FindingSource::Power);
        markStale(FindingSource::Cooling);
        markStale(FindingSource::Connectivity);
        markStale(FindingSource::Plugin);
    });
    connect(&context_, &DesignContext::routesChanged, this, [this] {
        markStale(FindingSource::Routing);
        markStale(FindingSource::Plugin);
    });
    connect(list_, &QTreeWidget::itemClicked, this, &FindingsPanel::onItemActivated);
    connect(list_, &QTreeWidget::itemActivated, this, &FindingsPanel::onItemActivated);
    recomputeAll();
}

void FindingsPanel::onDocumentChanged(const ChangeSet& changes) {
    const bool site = changes.siteChanged;
    // validate() reads every table (half a second on Colossus in a Debug build). Moving, turning
    // or renaming racks, rows or halls cannot break what it checks (references, U ranges, port
    // use), so a drag does not rerun it; anything added, removed or otherwise modified does.
    bool layoutOnly = !site;
    for (std::size_t k = 0; k < kEntityKindCount && layoutOnly; ++k) {
        const auto kind = EntityKind(k);
        const bool placement = kind == EntityKind::Rack || kind == EntityKind::Row || kind == EntityKind::Hall;
        if (!changes.addedOf(kind).empty() || !changes.removedOf(kind).empty() ||
            (!placement && !changes.modifiedOf(kind).empty()))
            layoutOnly = false;
    }
    if (!layoutOnly) markStale(FindingSource::Model);
    if (site || !changes.untouched(EntityKind::Rack) || !changes.untouched(EntityKind::Hall))
        markStale(FindingSource::Layout);
    if (site || !changes.untouched(EntityKind::Rack) || !changes.untouched(EntityKind::Device) ||
        !changes.untouched(EntityKind::Hall))
        markStale(FindingSource::Load);
    // Unrouted cables are reported by name: new or removed cables change the list even before
    // the routes follow (routesChanged marks it again).
    if (site || !changes.untouched(EntityKind::Cable) || !changes.untouched(EntityKind::Tray) ||
        !changes.untouched(EntityKind::Link))
        markStale(FindingSource::Routing);
    // The power chain: devices and their cords, feeds, panels, circuits.
    if (site || !changes.untouched(EntityKind::Device) || !changes.untouched(EntityKind::Port) ||
        !changes.untouched(EntityKind::Link) || !changes.untouched(EntityKind::Feed) ||
        !changes.untouched(EntityKind::Panel) || !changes.untouched(EntityKind::Circuit))
        markStale(FindingSource::Power);
    if (site || !changes.untouched(EntityKind::Device) || !changes.untouched(EntityKind::Cooling))
        markStale(FindingSource::Cooling);
    // Port use, cables and names: any edit to racks, devices, ports, links or cables.
    if (site || !changes.untouched(EntityKind::Rack) || !changes.untouched(EntityKind::Device) ||
        !changes.untouched(EntityKind::Port) || !changes.untouched(EntityKind::Link) || !changes.untouched(EntityKind::Cable))
        markStale(FindingSource::Connectivity);
    // A plugin check may read anything: every edit reruns them (none loaded: nothing to run).
    markStale(FindingSource::Plugin);
}

void FindingsPanel::markStale(FindingSource source) {
    stale_[std::size_t(source)] = true;
    // Until the quiet interval ends the list is of the previous design state; say so rather
    // than keep a summary (say, "no catalog") that no longer holds.
    summary_->setText(tr("Checking..."));
    debounce_.start();
}

void FindingsPanel::recomputeAll() {
    stale_.fill(true);
    recomputeNow();
}

void FindingsPanel::recomputeNow() {
    debounce_.stop();
    bool any = false;
    for (std::size_t s = 0; s < kFindingSourceCount; ++s)
        if (stale_[s]) {
            run(FindingSource(s));
            stale_[s] = false;
            any = true;
        }
    if (any) showList();
}

void FindingsPanel::run(FindingSource source) {
    QElapsedTimer timer;
    timer.start();
    const Model& model = session_.model();
    const Catalog* catalog = context_.catalog();
    std::vector<Finding>& out = bySource_[std::size_t(source)];
    out.clear();
    switch (source) {
        case FindingSource::Model: out = checkModel(model); break;
        case FindingSource::Layout:
            if (catalog) out = checkLayout(model, *catalog);
            break;
        case FindingSource::Load:
            if (catalog) out = checkLoads(model, computeRackMetrics(model, *catalog));
            break;
        case FindingSource::Routing:
            if (const RoutingResult* routes = context_.routes(); routes && catalog) out = checkRouting(model, *catalog, *routes);
            break;
        case FindingSource::Power:
            if (catalog) out = checkPower(model, *catalog);
            break;
        case FindingSource::Cooling:
            if (catalog) out = checkCooling(model, *catalog);
            break;
        case FindingSource::Connectivity:
            if (catalog) out = checkConnectivity(model, *catalog);
            break;
        case FindingSource::Plugin:  // the app's plugins (plugins/AppPlugins.h), as `rackweave-cli check` runs them
            if (catalog) out = runPluginChecks(model, *catalog, context_.routes());
            break;
    }
    costMs_[std::size_t(source)] = double(timer.nsecsElapsed()) / 1e6;
}

void FindingsPanel::showList() {
    shown_.clear();
    for (const auto& found : bySource_) shown_.insert(shown_.end(), found.begin(), found.end());
    std::stable_sort(shown_.begin(), shown_.end(), [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
    const int errors = int(std::count_if(shown_.begin(), shown_.end(), [](const Finding& f) { return f.severity == Severity::Error; }));
    const int warnings = int(std::count_if(shown_.begin(), shown_.end(), [](const Finding& f) { return f.severity == Severity::Warning; }));
    severityCounts_ = {errors, warnings, int(shown_.size()) - errors - warnings};

    const Model& model = session_.model();
    list_->setUpdatesEnabled(false);
    list_->setSortingEnabled(false);  // one sort after the fill, not one per row
    list_->clear();
    QList<QTreeWidgetItem*> items;
    const std::size_t rows = std::min(shown_.size(), kMaxRows);
    items.reserve(int(rows));
    for (std::size_t i = 0; i < rows; ++i) {
        const Finding& f = shown_[i];
        auto* item = new FindingItem({severityText(f.severity), objectText(model, f), QString::fromStdString(f.message)}, i, f.severity);
        item->setForeground(0, f.severity == Severity::Error ? QColor(0xd0, 0x30, 0x30) : QColor(0xc0, 0x80, 0x00));
        items << item;
    }
    list_->addTopLevelItems(items);
    list_->setSortingEnabled(true);
    list_->setUpdatesEnabled(true);

    QString text = shown_.empty() ? tr("No findings") : tr("%1 errors, %2 warnings").arg(errors).arg(warnings);
    if (shown_.size() > rows) text += tr(" (first %1 listed)").arg(rows);
    if (!context_.catalog()) text += tr(" - no catalog: layout and load checks skipped");
    else if (!context_.routes()) text += tr(" - no routes: routing checks skipped");
    summary_->setText(text);
    emit findingsChanged(errors, warnings);
}

QSize FindingsPanel::sizeHint() const {
    return {QWidget::sizeHint().width(), summary_->sizeHint().height() + 11 * (list_->fontMetrics().height() + 4) + 16};
}

void FindingsPanel::activate(int row) {
    if (QTreeWidgetItem* item = list_->topLevelItem(row)) onItemActivated(item);
}

void FindingsPanel::onItemActivated(QTreeWidgetItem* item) {
    const std::size_t i = item->data(0, FindingItem::kIndexRole).toULongLong();
    if (i >= shown_.size()) return;
    const Finding& f = shown_[i];
    const Model& model = session_.model();
    switch (f.kind) {
        case EntityKind::Rack: overlays_.focusRack(RackId(f.id)); break;
        case EntityKind::Device:
            if (const Device* d = model.devices().find(DeviceId(f.id))) overlays_.focusRack(d->rack);
            break;
        case EntityKind::Cable: focus_.set(CableId(f.id)); break;
        case EntityKind::Link:  // a link without a cable: the racks of the ends it still has
            if (const Link* l = model.links().find(LinkId(f.id))) {
                std::vector<RackId> racks;
                for (PortId end : {l->a, l->b})
                    if (const Port* p = model.ports().find(end))
                        if (const Device* d = model.devices().find(p->device)) racks.push_back(d->rack);
                overlays_.focusRacks(racks);
            }
            break;
        case EntityKind::Tray: overlays_.frame(overlays_.trays().segmentRect(TrayId(f.id))); break;
        default:
            if (racksOf_) overlays_.focusRacks(racksOf_(f));
            break;
    }
}

}  // namespace rw::gui
