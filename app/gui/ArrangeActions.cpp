#include "ArrangeActions.h"

#include <algorithm>
#include <exception>

#include <QAction>
#include <QMenu>

#include "EditingCatalog.h"
#include "PlaceRowDialog.h"
#include "RowPlacement.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "UserPrompts.h"
#include "catalog/Catalog.h"
#include "floorplan/FloorCoordinates.h"

namespace rw::gui {
namespace {

bool runsNorth(Rotation r) noexcept { return r == Rotation::R90 || r == Rotation::R270; }
// The clear floor a new row keeps in front of and behind it by default: two tiles, a common
// cold-aisle width (the Place Row dialog lets the user change it).
constexpr std::int32_t kDefaultAisleMm = 2 * kFloorTileMm;

}  // namespace

ArrangeActions::ArrangeActions(ProjectSession& session, RackSelection& selection, UserPrompts& prompts,
                               const EditingCatalog& catalog, QWidget& dialogParent, QObject* parent)
    : QObject(parent), session_(session), selection_(selection), prompts_(prompts), catalog_(catalog), dialogParent_(dialogParent) {
    const auto add = [this](const QString& text, const QString& name) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        return action;
    };
    const std::pair<cmd::Alignment, std::pair<QString, QString>> aligns[] = {
        {cmd::Alignment::Left, {tr("Align &Left Edges"), QStringLiteral("actionAlignLeft")}},
        {cmd::Alignment::Right, {tr("Align &Right Edges"), QStringLiteral("actionAlignRight")}},
        {cmd::Alignment::Top, {tr("Align &Top Edges"), QStringLiteral("actionAlignTop")}},
        {cmd::Alignment::Bottom, {tr("Align &Bottom Edges"), QStringLiteral("actionAlignBottom")}},
        {cmd::Alignment::CentreX, {tr("Align Centres &Vertically"), QStringLiteral("actionAlignCentreX")}},
        {cmd::Alignment::CentreY, {tr("Align Centres &Horizontally"), QStringLiteral("actionAlignCentreY")}},
    };
    for (const auto& [alignment, label] : aligns) {
        QAction* action = add(label.first, label.second);
        connect(action, &QAction::triggered, this, [this, a = alignment] { align(a); });
        align_.emplace_back(alignment, action);
    }
    distributeX_ = add(tr("Distribute Hori&zontally"), QStringLiteral("actionDistributeX"));
    distributeY_ = add(tr("Distribute V&ertically"), QStringLiteral("actionDistributeY"));
    placeRow_ = add(tr("Place Ro&w of Racks..."), QStringLiteral("actionPlaceRow"));
    connect(distributeX_, &QAction::triggered, this, [this] { distribute(cmd::Axis::X); });
    connect(distributeY_, &QAction::triggered, this, [this] { distribute(cmd::Axis::Y); });
    connect(placeRow_, &QAction::triggered, this, &ArrangeActions::askPlaceRow);
    connect(&selection_, &RackSelection::changed, this, &ArrangeActions::refresh);
    connect(&session_, &ProjectSession::modelChanged, this, &ArrangeActions::refresh);
    refresh();
}

void ArrangeActions::populate(QMenu& menu) const {
    menu.addAction(placeRow_);
    menu.addSeparator();
    for (const auto& [alignment, action] : align_) menu.addAction(action);
    menu.addSeparator();
    menu.addAction(distributeX_);
    menu.addAction(distributeY_);
}

QAction* ArrangeActions::alignAction(cmd::Alignment alignment) const {
    for (const auto& [a, action] : align_)
        if (a == alignment) return action;
    return nullptr;
}

QAction* ArrangeActions::distributeAction(cmd::Axis axis) const { return axis == cmd::Axis::X ? distributeX_ : distributeY_; }

void ArrangeActions::refresh() {
    const std::size_t n = selection_.racks().size();
    for (const auto& [alignment, action] : align_) action->setEnabled(n >= 2);
    distributeX_->setEnabled(n >= 3);
    distributeY_->setEnabled(n >= 3);
    placeRow_->setEnabled(!session_.model().halls().empty());
}

void ArrangeActions::align(cmd::Alignment alignment) {
    try {
        cmd::alignRacks(session_.document(), selection_.racks(), alignment, catalog_.footprintFn());
    } catch (const std::exception& e) {
        prompts_.showError(tr("Align"), QString::fromUtf8(e.what()));
    }
}

void ArrangeActions::distribute(cmd::Axis axis) {
    try {
        cmd::distributeRacks(session_.document(), selection_.racks(), axis, catalog_.footprintFn());
    } catch (const std::exception& e) {
        prompts_.showError(tr("Distribute"), QString::fromUtf8(e.what()));
    }
}

cmd::RackRowRequest ArrangeActions::rowDefaults() const {
    const Model& model = session_.model();
    cmd::RackRowRequest r;
    r.count = 10;
    // Continue the selection: the rack furthest along its row direction.
    const Rack* last = nullptr;
    for (RackId id : selection_.racks()) {
        const Rack* rack = model.racks().find(id);
        if (!rack) continue;
        const auto along = [](const Rack& x) { return runsNorth(x.rotation) ? x.position.y : x.position.x; };
        if (!last || along(*rack) > along(*last)) last = rack;
    }
    if (last) {
        r.hall = last->hall;
        r.catalog = std::string(model.text(last->catalog));
        r.rotation = last->rotation;
        r.role = last->role;
        const std::int32_t pitch = catalog_.footprint(r.catalog, Rotation::R0).x;
        r.first = runsNorth(r.rotation) ? Point2{last->position.x, last->position.y + pitch}
                                        : Point2{last->position.x + pitch, last->position.y};
        r.pitchMm = pitch;
        r.firstName = nextRackName(model);
        return r;
    }
    if (!model.halls().empty()) {
        r.hall = model.halls().ids().front();
        const Polygon& outline = model.halls()[r.hall].outline;
        Point2 corner = outline.empty() ? Point2{} : outline.front();
        for (Point2 p : outline) corner = {std::min(corner.x, p.x), std::min(corner.y, p.y)};
        r.first = Point2{corner.x + 4 * kFloorTileMm, corner.y + 4 * kFloorTileMm};
    }
    if (const Catalog* catalog = catalog_.catalog(); catalog && !catalog->ofKind(CatalogKind::Rack).empty())
        r.catalog = catalog->ofKind(CatalogKind::Rack).front()->id;
    const cmd::FloorExtent extent = catalog_.footprint(r.catalog, r.rotation);
    r.first.x += extent.x / 2;  // a footprint corner on the tile grid
    r.first.y += extent.y / 2;
    r.pitchMm = catalog_.footprint(r.catalog, Rotation::R0).x;
    r.firstName = nextRackName(model);
    // Not on top of the racks already there: the first free floor from the hall's corner.
    if (const auto free = freeRowStart(model, catalog_, r, kDefaultAisleMm)) r.first = *free;
    return r;
}

void ArrangeActions::askPlaceRow() {
    PlaceRowDialog dialog(catalog_.catalog(), rowDefaults(), &dialogParent_);
    dialog.setRackWidth([this](const std::string& type) { return catalog_.footprint(type, Rotation::R0).x; });
    // Extending the selected racks' row stays where it is; a new row goes onto free floor.
    if (selection_.empty())
        dialog.setFreeFloor([this](const cmd::RackRowRequest& r, std::int32_t aisle) {
            return freeRowStart(session_.model(), catalog_, r, aisle);
        });
    const auto preview = [this, &dialog] {
        if (preview_) preview_(rowFootprints(catalog_, dialog.request()));
    };
    connect(&dialog, &PlaceRowDialog::requestChanged, this, preview);
    preview();
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (preview_) preview_({});
    if (accepted) placeRow(dialog.request());
}

void ArrangeActions::placeRow(cmd::RackRowRequest request) {
    if (request.pitchMm <= 0) request.pitchMm = catalog_.footprint(request.catalog, Rotation::R0).x;
    try {
        const std::vector<RackId> racks = cmd::placeRackRow(session_.document(), request);
        selection_.set(racks);
        emit rowPlaced(racks);
    } catch (const std::exception& e) {
        prompts_.showError(tr("Place row"), QString::fromUtf8(e.what()));
    }
}

}  // namespace rw::gui
