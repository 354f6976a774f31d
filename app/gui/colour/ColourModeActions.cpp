#include "colour/ColourModeActions.h"

#include <QAction>
#include <QActionGroup>
#include <QElapsedTimer>
#include <QMenu>
#include <QPointer>
#include <QSettings>

#include "ProjectSession.h"
#include "colour/ColourLegend.h"
#include "colour/HeadroomColouring.h"
#include "docks/DesignContext.h"
#include "floorplan/FloorPlanOverlays.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/TrayLayerItem.h"
#include "power/PowerAnalysis.h"

namespace rw::gui {
namespace {

std::vector<std::uint32_t> toRgba(const std::vector<QColor>& colours) {
    std::vector<std::uint32_t> out(colours.size(), 0);
    for (std::size_t i = 0; i < colours.size(); ++i)
        if (colours[i].isValid())
            out[i] = (std::uint32_t(colours[i].red()) << 24) | (std::uint32_t(colours[i].green()) << 16) |
                     (std::uint32_t(colours[i].blue()) << 8) | 0xffU;
    return out;
}

// Show Trays stays as the user left it, across sessions.
constexpr QLatin1String kShowTraysKey("view/showTrays");

bool needsRackFigures(ColourMode mode) noexcept {
    return mode != ColourMode::Role && mode != ColourMode::TrayFill && !isHeadroomMode(mode);
}

}  // namespace

ColourModeActions::ColourModeActions(ProjectSession& session, DesignContext& context, FloorPlanScene& scene,
                                     FloorPlanOverlays& overlays, QObject* parent)
    : QObject(parent),
      session_(session),
      context_(context),
      scene_(scene),
      overlays_(overlays),
      legend_(new ColourLegend),
      group_(new QActionGroup(this)),
      showTrays_(new QAction(tr("Show &Trays"), this)),
      relative_(new QAction(tr("&Relative Scale (Design Maximum)"), this)) {
    for (ColourMode mode : kColourModes) {
        QAction* a = group_->addAction(colourModeName(mode));
        a->setCheckable(true);
        a->setData(int(mode));
        a->setObjectName(QStringLiteral("actionColourBy%1").arg(int(mode)));
        a->setChecked(mode == mode_);
        connect(a, &QAction::triggered, this, [this, mode] { setMode(mode); });
    }
    showTrays_->setObjectName(QStringLiteral("actionShowTrays"));
    showTrays_->setCheckable(true);
    showTrays_->setChecked(QSettings().value(kShowTraysKey, true).toBool());
    overlays_.trays().setVisible(showTrays_->isChecked());
    connect(showTrays_, &QAction::toggled, this, [this](bool on) {
        overlays_.trays().setVisible(on);
        QSettings().setValue(kShowTraysKey, on);
    });

    relative_->setObjectName(QStringLiteral("actionRelativeScale"));
    relative_->setCheckable(true);
    connect(relative_, &QAction::toggled, this, &ColourModeActions::recolour);

    connect(&session_, &ProjectSession::documentChanged, this, &ColourModeActions::onDocumentChanged);
    connect(&context_, &DesignContext::catalogChanged, this, [this] {
        metrics_.reset();
        trayLoads_.reset();
        recolour();
    });
    connect(&context_, &DesignContext::routesChanged, this, [this] {
        trayLoads_.reset();
        if (mode_ == ColourMode::TrayFill) recolour();
    });
    recolour();
}

ColourModeActions::~ColourModeActions() {
    if (legend_ && !legend_->parent()) delete legend_;  // never placed in a window
}

void ColourModeActions::populate(QMenu& menu) const {
    QMenu* colourBy = menu.addMenu(tr("&Colour by"));
    colourBy->setObjectName(QStringLiteral("menuColourBy"));
    colourBy->addActions(group_->actions());
    colourBy->addSeparator();
    colourBy->addAction(relative_);
    menu.addAction(showTrays_);
}

void ColourModeActions::setColours3d(Colours3dFn apply) {
    colours3d_ = std::move(apply);
    recolour();
}

void ColourModeActions::setPowerAnalysis(PowerAnalysis& analysis) {
    power_ = &analysis;
    connect(power_, &PowerAnalysis::updated, this, [this] {
        if (isHeadroomMode(mode_)) recolour();
    });
    recolour();
}

QAction* ColourModeActions::action(ColourMode mode) const {
    for (QAction* a : group_->actions())
        if (a->data().toInt() == int(mode)) return a;
    return nullptr;
}

void ColourModeActions::setMode(ColourMode mode) {
    mode_ = mode;
    if (QAction* a = action(mode)) a->setChecked(true);
    recolour();
}

void ColourModeActions::onDocumentChanged(const ChangeSet& changes) {
    const bool site = changes.siteChanged;
    const bool racksOnlyModified = changes.addedOf(EntityKind::Rack).empty() && changes.removedOf(EntityKind::Rack).empty() &&
                                   !changes.modifiedOf(EntityKind::Rack).empty();
    if (site || !changes.untouched(EntityKind::Device) || !changes.untouched(EntityKind::Link) ||
        !changes.untouched(EntityKind::Port) || !changes.untouched(EntityKind::Hall) ||
        (!racksOnlyModified && !changes.untouched(EntityKind::Rack))) {
        metrics_.reset();
    } else if (racksOnlyModified && metrics_ && context_.catalog()) {
        // A move, turn or rename: only those racks' own figures change, not their devices' sums.
        for (std::uint32_t id : changes.modifiedOf(EntityKind::Rack))
            if (id < metrics_->size()) updateRackFigures(session_.model(), *context_.catalog(), RackId(id), (*metrics_)[id]);
        if (needsRackFigures(mode_)) recolour();
    }
    if (site || !changes.untouched(EntityKind::Tray) || !changes.untouched(EntityKind::Cable)) trayLoads_.reset();
    // Role colours follow the racks by themselves; other modes need fresh figures.
    if ((!metrics_ && needsRackFigures(mode_)) || (!trayLoads_ && mode_ == ColourMode::TrayFill)) recolour();
    else if (!changes.addedOf(EntityKind::Rack).empty()) recolour();
}

void ColourModeActions::recolour() {
    QElapsedTimer timer;
    timer.start();
    const Model& model = session_.model();
    const Catalog* catalog = context_.catalog();
    if (needsRackFigures(mode_) && catalog && !metrics_) metrics_ = computeRackMetrics(model, *catalog);
    static const std::vector<RackMetrics> kNone;
    racks_ = colourRacks(needsRackFigures(mode_) && catalog ? mode_ : ColourMode::Role, model, metrics_ ? *metrics_ : kNone,
                         relative_->isChecked());
    if (needsRackFigures(mode_) && !catalog) racks_.legend.note = tr("No catalog: figures unavailable");
    if (isHeadroomMode(mode_) && power_ && catalog) {
        // Pending edits would colour from a stale chain: a mode switch deserves current figures.
        power_->recomputeIfPending();
        const bool byPower = mode_ == ColourMode::PowerHeadroom;
        racks_ = colourByHeadroom(model, byPower ? power_->powerByRack() : power_->coolingByRack(),
                                  byPower ? tr("Worst PDU or circuit load") : tr("In-rack CDU heat to liquid"),
                                  power_->scenarioName());
    } else if (isHeadroomMode(mode_)) {
        racks_.legend.note = catalog ? tr("No power analysis") : tr("No catalog: figures unavailable");
    }

    const RoutingResult* routes = context_.routes();
    const bool byFill = mode_ == ColourMode::TrayFill && routes && catalog;
    if (byFill && !trayLoads_) trayLoads_ = computeTrayLoads(model, *catalog, *routes);
    Colouring trays = colourTrays(model, byFill ? &*trayLoads_ : nullptr, relative_->isChecked());
    if (mode_ == ColourMode::TrayFill && !byFill) trays.legend.note = tr("No routes yet: trays by kind");

    scene_.setRackColours(racks_.byId);
    scene_.setRackNotes(racks_.notes);
    overlays_.trays().setColours(trays.byId, trays.drawOrder);
    overlays_.trays().setNotes(trays.notes);
    overlays_.trays().setOpaque(mode_ == ColourMode::TrayFill);
    legend_->show(mode_ == ColourMode::TrayFill ? trays.legend : racks_.legend);
    if (colours3d_) colours3d_(toRgba(racks_.byId), toRgba(trays.byId));
    lastMs_ = double(timer.nsecsElapsed()) / 1e6;
}

}  // namespace rw::gui
