#include "FloorPlanScene.h"

#include <cmath>
#include <exception>
#include <utility>

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QPainter>

#include "FloorCoordinates.h"
#include "ProjectSession.h"
#include "RackItem.h"
#include "RackSelection.h"
#include "edit/Commands.h"

namespace rw::gui {
namespace {

QPolygonF toScenePolygon(const Polygon& outline) {
    QPolygonF polygon;
    polygon.reserve(int(outline.size()));
    for (Point2 p : outline) polygon << toScene(p);
    return polygon;
}

std::int32_t nearestTileLine(double v) noexcept { return std::int32_t(std::lround(v / kFloorTileMm)) * kFloorTileMm; }

}  // namespace

FloorPlanScene::FloorPlanScene(ProjectSession& session, RackSelection& selection, QObject* parent)
    : QGraphicsScene(parent), session_(session), selection_(selection) {
    setObjectName(QStringLiteral("floorPlanScene"));
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

void FloorPlanScene::setFadedRacks(std::vector<bool> faded) {
    fadedRacks_ = std::move(faded);
    for (const auto& [id, item] : racks_) item->setFaded(id < fadedRacks_.size() && fadedRacks_[id]);
}

RackItem* FloorPlanScene::rackItem(RackId id) const {
    const auto it = racks_.find(id.value);
    return it == racks_.end() ? nullptr : it->second;
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
    if (!changes.untouched(EntityKind::Hall)) rebuildHalls();
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
    session_.model().halls().forEach([&](HallId, const Hall& hall) {
        hallFloor_.addPolygon(toScenePolygon(hall.outline));
        hallFloor_.closeSubpath();
        for (const Obstacle& obstacle : hall.obstacles) {
            obstacles_.addPolygon(toScenePolygon(obstacle.outline));
            obstacles_.closeSubpath();
        }
    });
    const QRectF bounds = hallFloor_.boundingRect();
    const qreal margin = std::max(2'000.0, 0.05 * std::max(bounds.width(), bounds.height()));
    setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
    invalidate(sceneRect(), BackgroundLayer);
}

void FloorPlanScene::rebuildRows() {
    for (auto* label : rowLabels_) delete label;
    rowLabels_.clear();
    session_.model().rows().forEach([&](RowId, const Row& row) {
        if (row.name.empty()) return;
        auto* label = addSimpleText(QString::fromStdString(row.name));
        label->setBrush(QColor(0xe8, 0xe8, 0xe8));
        label->setFlag(QGraphicsItem::ItemIgnoresTransformations);  // readable at every zoom
        label->setPos(toScene(row.origin));
        label->setZValue(20);
        label->setAcceptedMouseButtons(Qt::NoButton);  // clicks reach the racks under it
        rowLabels_.push_back(label);
    });
}

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
    item->sync(*rack, rackSize_(model, *rack));
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
            drag.starts.emplace_back(rackItem(id), rack->position);
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
    for (const auto& [item, start] : drag_->starts)
        item->setPos(toScene(Point2{start.x + drag_->offset.x, start.y + drag_->offset.y}));
    const double w = drag_->anchorFootprint.width, d = drag_->anchorFootprint.depth;
    emit dragMoved(QRectF(snapped.x - w / 2, -(snapped.y + d / 2), w, d), drag_->offset);
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
        for (const auto& [item, start] : drag_->starts) item->setPos(toScene(start));
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
    for (const auto& [item, start] : drag.starts) ids.push_back(item->rackId());
    try {
        cmd::moveRacks(session_.document(), ids, drag.offset);  // the ChangeSet moves the items
    } catch (const std::exception& e) {
        for (const auto& [item, start] : drag.starts) item->setPos(toScene(start));
        emit editFailed(tr("Move"), QString::fromUtf8(e.what()));
    }
}

}  // namespace rw::gui
