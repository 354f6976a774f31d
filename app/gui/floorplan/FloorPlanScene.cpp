#include "FloorPlanScene.h"

#include <cmath>
#include <exception>
#include <utility>

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsSceneHelpEvent>
#include <QKeyEvent>
#include <QToolTip>
#include <QPainter>

#include "FloorCoordinates.h"
#include "ProjectSession.h"
#include "RackItem.h"
#include "RackSelection.h"
#include "floorplan/RowLabelLayer.h"
#include "floorplan/TrayLayerItem.h"
#include "edit/Commands.h"

namespace rw::gui {
namespace {

QPolygonF toScenePolygon(const SiteLayout& site, HallId hall, const Polygon& outline) {
    QPolygonF polygon;
    polygon.reserve(int(outline.size()));
    for (Point2 p : outline) polygon << site.toScene(hall, p);
    return polygon;
}

std::int32_t nearestTileLine(double v) noexcept { return std::int32_t(std::lround(v / kFloorTileMm)) * kFloorTileMm; }

}  // namespace

FloorPlanScene::FloorPlanScene(ProjectSession& session, RackSelection& selection, QObject* parent)
    : QGraphicsScene(parent), session_(session), selection_(selection), rowLabels_(new RowLabelLayer) {
    setObjectName(QStringLiteral("floorPlanScene"));
    addItem(rowLabels_);
    // A BSP index: a viewport draws and hit-tests only the racks it overlaps, which keeps a
    // 100k-rack hall fluid when zoomed in.
    setItemIndexMethod(BspTreeIndex);
    connect(&session_, &ProjectSession::documentChanged, this, &FloorPlanScene::apply);
    connect(this, &QGraphicsScene::selectionChanged, this, &FloorPlanScene::pushSelectionToModel);
    connect(&selection_, &RackSelection::changed, this, &FloorPlanScene::pullSelectionFromModel);
    rebuild();
}

FloorPlanScene::~FloorPlanScene() {
    // Items are deleted by QGraphicsScene; selection signals must not reach a half-destroyed scene.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &FloorPlanScene::pushSelectionToModel);
}

void FloorPlanScene::setRackSize(render::RackSizeFn rackSize) {
    rackSize_ = std::move(rackSize);
    std::vector<RackId> ids;  // upsertRack() may erase from racks_
    ids.reserve(racks_.size());
    for (const auto& [id, item] : racks_) ids.emplace_back(id);
    for (RackId id : ids) upsertRack(id);
}

void FloorPlanScene::setRackColours(std::vector<QColor> colours) {
    rackColours_ = std::move(colours);
    for (const auto& [id, item] : racks_) item->setFillOverride(id < rackColours_.size() ? rackColours_[id] : QColor());
}

void FloorPlanScene::setRackNotes(std::vector<QString> notes) {
    rackNotes_ = std::move(notes);
    for (const auto& [id, item] : racks_) item->setNote(id < rackNotes_.size() ? rackNotes_[id] : QString());
}

void FloorPlanScene::setFadedRacks(std::vector<bool> faded) {
    fadedRacks_ = std::move(faded);
    for (const auto& [id, item] : racks_) item->setFaded(id < fadedRacks_.size() && fadedRacks_[id]);
}

RackItem* FloorPlanScene::rackItem(RackId id) const {
    const auto it = racks_.find(id.value);
    return it == racks_.end() ? nullptr : it->second;
}

QRectF FloorPlanScene::contentBounds() const {
    QRectF racks;
    for (const auto& [id, item] : racks_) racks |= item->mapRectToScene(item->boundingRect());
    return racks.isEmpty() ? hallBounds() : racks;
}

void FloorPlanScene::rebuild() {
    drag_.reset();
    const bool wasSyncing = std::exchange(syncingSelection_, true);
    for (const auto& [id, item] : racks_) delete item;
    racks_.clear();
    syncingSelection_ = wasSyncing;
    rebuildHalls();
    rebuildRows();
    session_.model().racks().forEach([&](RackId id, const Rack&) { upsertRack(id); });
    pullSelectionFromModel();
}

void FloorPlanScene::apply(const ChangeSet& changes) {
    if (changes.siteChanged) {  // a new project, or a step that replaced the site
        rebuild();
        return;
    }
    if (!changes.untouched(EntityKind::Hall)) {  // a hall's size moves the halls beside it
        rebuild();
        return;
    }
    if (!changes.untouched(EntityKind::Row)) rebuildRows();
    for (std::uint32_t id : changes.removedOf(EntityKind::Rack)) removeRack(RackId(id));
    for (std::uint32_t id : changes.addedOf(EntityKind::Rack)) upsertRack(RackId(id));
    for (std::uint32_t id : changes.modifiedOf(EntityKind::Rack)) upsertRack(RackId(id));
    if (!changes.addedOf(EntityKind::Rack).empty()) pullSelectionFromModel();
}

void FloorPlanScene::rebuildHalls() {
    hallFloor_ = QPainterPath();
    obstacles_ = QPainterPath();
    hallFloor_.setFillRule(Qt::WindingFill);
    obstacles_.setFillRule(Qt::WindingFill);
    for (auto* name : hallNames_) delete name;
    hallNames_.clear();
    site_ = SiteLayout(session_.model());
    session_.model().halls().forEach([&](HallId id, const Hall& hall) {
        const QPolygonF floor = toScenePolygon(site_, id, hall.outline);
        hallFloor_.addPolygon(floor);
        hallFloor_.closeSubpath();
        for (const Obstacle& obstacle : hall.obstacles) {
            obstacles_.addPolygon(toScenePolygon(site_, id, obstacle.outline));
            obstacles_.closeSubpath();
        }
        // The hall's name over its top-left corner: on a site of several halls, which is which.
        auto* name = addSimpleText(QString::fromStdString(hall.name));
        QFont font = name->font();
        font.setPixelSize(16);
        font.setBold(true);
        name->setFont(font);
        name->setBrush(QColor(0xe8, 0xe8, 0xe8));
        name->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        name->setPos(floor.boundingRect().topLeft());
        name->setTransform(QTransform::fromTranslate(0, -22));  // just above the wall, in pixels
        name->setAcceptedMouseButtons(Qt::NoButton);
        name->setZValue(20);
        hallNames_.push_back(name);
    });
    const QRectF bounds = hallFloor_.boundingRect();
    const qreal margin = std::max(2'000.0, 0.05 * std::max(bounds.width(), bounds.height()));
    setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
    invalidate(sceneRect(), BackgroundLayer);
}

void FloorPlanScene::rebuildRows() { rowLabels_->rebuild(session_.model(), site_, sceneRect()); }

void FloorPlanScene::upsertRack(RackId id) {
    const Model& model = session_.model();
    const Rack* rack = model.racks().find(id);
    if (!rack) {
        removeRack(id);
        return;
    }
    RackItem*& item = racks_[id.value];
    if (!item) {
        item = new RackItem(id);
        addItem(item);
    }
    item->setFillOverride(id.value < rackColours_.size() ? rackColours_[id.value] : QColor());
    item->setFaded(id.value < fadedRacks_.size() && fadedRacks_[id.value]);
    item->setNote(id.value < rackNotes_.size() ? rackNotes_[id.value] : QString());
    item->sync(*rack, rackSize_(model, *rack), site_.offset(rack->hall));
}

void FloorPlanScene::removeRack(RackId id) {
    const auto it = racks_.find(id.value);
    if (it == racks_.end()) return;
    if (drag_) drag_.reset();
    const bool wasSyncing = std::exchange(syncingSelection_, true);
    delete it->second;  // leaves the scene, and its selection, on deletion
    syncingSelection_ = wasSyncing;
    racks_.erase(it);
}

void FloorPlanScene::pushSelectionToModel() {
    if (syncingSelection_) return;
    std::vector<RackId> ids;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == RackItem::kType) ids.push_back(static_cast<RackItem*>(item)->rackId());
    syncingSelection_ = true;
    selection_.set(std::move(ids));
    syncingSelection_ = false;
}

void FloorPlanScene::pullSelectionFromModel() {
    if (syncingSelection_) return;
    syncingSelection_ = true;
    for (QGraphicsItem* item : selectedItems())
        if (item->type() == RackItem::kType && !selection_.contains(static_cast<RackItem*>(item)->rackId()))
            item->setSelected(false);
    for (RackId id : selection_.racks())
        if (RackItem* item = rackItem(id)) item->setSelected(true);
    syncingSelection_ = false;
}

Point2 FloorPlanScene::snapToTiles(Point2 wanted, render::BoxSizeMm footprint) noexcept {
    const double halfX = footprint.width / 2.0, halfY = footprint.depth / 2.0;
    return Point2{std::int32_t(std::lround(nearestTileLine(wanted.x - halfX) + halfX)),
                  std::int32_t(std::lround(nearestTileLine(wanted.y - halfY) + halfY))};
}

void FloorPlanScene::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, render::ScenePalette::background());
    if (hallFloor_.isEmpty()) return;
    painter->fillPath(hallFloor_, render::ScenePalette::floor());

    // The tile grid, only where a tile is big enough on screen to mean something.
    const qreal pixelsPerMm = painter->worldTransform().m11();
    const QRectF area = rect.intersected(hallFloor_.boundingRect());
    if (pixelsPerMm * kFloorTileMm >= 6 && !area.isEmpty()) {
        painter->save();
        painter->setClipPath(hallFloor_, Qt::IntersectClip);
        QPen grid(QColor(0x9a, 0x9f, 0xa4));
        grid.setCosmetic(true);
        grid.setWidth(0);
        painter->setPen(grid);
        QVector<QLineF> lines;
        for (double x = std::floor(area.left() / kFloorTileMm) * kFloorTileMm; x <= area.right(); x += kFloorTileMm)
            lines << QLineF(x, area.top(), x, area.bottom());
        for (double y = std::floor(area.top() / kFloorTileMm) * kFloorTileMm; y <= area.bottom(); y += kFloorTileMm)
            lines << QLineF(area.left(), y, area.right(), y);
        painter->drawLines(lines);
        painter->restore();
    }

    QPen outline(QColor(0x30, 0x34, 0x38));
    outline.setCosmetic(true);
    outline.setWidth(2);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(hallFloor_);
    painter->fillPath(obstacles_, render::ScenePalette::obstacle());
}

void FloorPlanScene::helpEvent(QGraphicsSceneHelpEvent* event) {
    const QPointF at = event->scenePos();
    const RackItem* rack = nullptr;
    const TrayLayerItem* trays = nullptr;
    for (QGraphicsItem* item : items(at)) {
        if (!rack && item->type() == RackItem::kType) rack = static_cast<RackItem*>(item);
        if (!trays && item->type() == TrayLayerItem::kType && item->isVisible()) trays = static_cast<TrayLayerItem*>(item);
    }
    const bool traysOnTop = trays && (!rack || trays->zValue() > rack->zValue());
    const TrayId tray = traysOnTop ? trays->segmentAt(at) : TrayId();
    if (!tray) {
        QGraphicsScene::helpEvent(event);  // the rack's own tooltip
        return;
    }
    QToolTip::showText(event->screenPos(), trays->noteOf(tray), event->widget());
    event->accept();
}

void FloorPlanScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mousePressEvent(event);  // selection: click, ctrl+click, empty space clears
    if (event->button() != Qt::LeftButton) return;
    QGraphicsItem* hit = nullptr;
    for (QGraphicsItem* item : items(event->scenePos()))
        if (item->type() == RackItem::kType) {
            hit = item;
            break;
        }
    if (!hit || !hit->isSelected()) return;

    const Model& model = session_.model();
    const RackId anchor = static_cast<RackItem*>(hit)->rackId();
    const Rack* anchorRack = model.racks().find(anchor);
    if (!anchorRack) return;
    Drag drag{anchor, anchorRack->position,
              render::rotatedSize(rackSize_(model, *anchorRack), anchorRack->rotation),
              event->scenePos(), {}, {}};
    for (RackId id : selection_.racks())
        if (const Rack* rack = model.racks().find(id); rack && rackItem(id))
            drag.starts.push_back({rackItem(id), rack->position, rack->hall});
    drag_ = std::move(drag);
}

void FloorPlanScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (!drag_ || !(event->buttons() & Qt::LeftButton)) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    if (!drag_->started) {
        const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (moved.manhattanLength() < QApplication::startDragDistance()) {
            event->accept();
            return;
        }
        drag_->started = true;
    }
    const Point2 pressed = toModel(drag_->pressScenePos), now = toModel(event->scenePos());
    const Point2 wanted{drag_->anchorStart.x + now.x - pressed.x, drag_->anchorStart.y + now.y - pressed.y};
    const Point2 snapped = snapToTiles(wanted, drag_->anchorFootprint);
    drag_->offset = Point2{snapped.x - drag_->anchorStart.x, snapped.y - drag_->anchorStart.y};
    // A preview only: the model changes once, on release.
    for (const Drag::Start& s : drag_->starts)
        s.item->setPos(site_.toScene(s.hall, Point2{s.position.x + drag_->offset.x, s.position.y + drag_->offset.y}));
    // The anchor's footprint where it would land, in scene coordinates (its hall's place on the site).
    const double w = drag_->anchorFootprint.width, d = drag_->anchorFootprint.depth;
    const HallId anchorHall = session_.model().racks()[drag_->anchor].hall;
    emit dragMoved(QRectF(site_.toScene(anchorHall, Point2{snapped.x - w / 2, snapped.y + d / 2}), QSizeF(w, d)), drag_->offset);
    event->accept();
}

void FloorPlanScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (drag_ && event->button() == Qt::LeftButton) finishDrag();
    QGraphicsScene::mouseReleaseEvent(event);
}

void FloorPlanScene::keyPressEvent(QKeyEvent* event) {
    if (event->key() != Qt::Key_Escape) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (drag_) {
        for (const Drag::Start& s : drag_->starts) s.item->setPos(site_.toScene(s.hall, s.position));
        drag_.reset();  // the release that follows changes nothing
        emit dragEnded();
    } else {
        selection_.clear();
    }
    event->accept();
}

void FloorPlanScene::finishDrag() {
    Drag drag = std::move(*drag_);
    drag_.reset();
    emit dragEnded();
    if (drag.offset == Point2{}) return;
    std::vector<RackId> ids;
    ids.reserve(drag.starts.size());
    for (const Drag::Start& s : drag.starts) ids.push_back(s.item->rackId());
    try {
        cmd::moveRacks(session_.document(), ids, drag.offset);  // the ChangeSet moves the items
    } catch (const std::exception& e) {
        for (const Drag::Start& s : drag.starts) s.item->setPos(site_.toScene(s.hall, s.position));
        emit editFailed(tr("Move"), QString::fromUtf8(e.what()));
    }
}

}  // namespace rw::gui
