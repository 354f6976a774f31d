#include "FloorPlanDropTarget.h"

#include <exception>

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>

#include "CatalogPaletteModel.h"
#include "EditingCatalog.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "UserPrompts.h"
#include "catalog/Catalog.h"
#include "edit/PlacementCommands.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "feedback/PlacementPreview.h"
#include "floorplan/RackItem.h"

namespace rw::gui {
namespace {

QString entryOf(const QMimeData* data) {
    return data && data->hasFormat(QString::fromLatin1(kCatalogEntryMimeType))
               ? QString::fromUtf8(data->data(QString::fromLatin1(kCatalogEntryMimeType)))
               : QString();
}

}  // namespace

FloorPlanDropTarget::FloorPlanDropTarget(ProjectSession& session, RackSelection& selection, UserPrompts& prompts,
                                         const EditingCatalog& catalog, FloorPlanView& view, QObject* parent)
    : QObject(parent), session_(session), selection_(selection), prompts_(prompts), catalog_(catalog), view_(view) {
    view_.setAcceptDrops(true);
    view_.viewport()->setAcceptDrops(true);
    view_.viewport()->installEventFilter(this);
    preview_ = new PlacementPreview(*view_.scene(), this);
}

void FloorPlanDropTarget::showGhost(const QString& id, QPoint at) {
    const Catalog* catalog = catalog_.catalog();
    const CatalogEntry* entry = catalog ? catalog->find(id.toStdString()) : nullptr;
    if (!entry) return preview_->hide();
    const bool allowed = outcomeOf(id, at) != Outcome::Refused;
    if (entry->kind == CatalogKind::Rack || entry->rackScale) {
        // Where the rack will stand, snapped as the drop will snap it.
        const QString type = entry->rackScale ? QString::fromStdString(entry->rackScale->rack) : id;
        const cmd::FloorExtent extent = catalog_.footprint(type.toStdString(), Rotation::R0);
        const HallId hall = locate(at).hall;
        const Point2 centre = snappedRackCentre(type, at);
        // Drawn where that hall lies on the site plan.
        const QRectF footprint(view_.planScene().site().toScene(hall, Point2{centre.x - extent.x / 2, centre.y + extent.y / 2}),
                               QSizeF(extent.x, extent.y));
        const QString where = allowed ? PlacementPreview::position(centre.x, centre.y) : tr("outside every hall");
        return preview_->show(footprint, true, allowed, QStringLiteral("%1\n%2").arg(QString::fromStdString(entry->model), where));
    }
    if (cmd::isMountable(*entry)) {
        // The rack it would go into; nothing to show away from racks.
        for (QGraphicsItem* hit : view_.items(at)) {
            if (hit->type() != RackItem::kType) continue;
            const Rack* rack = session_.model().racks().find(static_cast<RackItem*>(hit)->rackId());
            if (!rack) break;
            return preview_->show(hit->sceneBoundingRect(), true, true,
                                  tr("Mount %1 in %2").arg(QString::fromStdString(entry->model), QString::fromStdString(rack->name)));
        }
    }
    preview_->hide();
}

RackId FloorPlanDropTarget::rackAt(QPoint at) const {
    for (QGraphicsItem* item : view_.items(at))
        if (item->type() == RackItem::kType) return static_cast<RackItem*>(item)->rackId();
    return {};
}

SiteLayout::Located FloorPlanDropTarget::locate(QPoint at) const {
    return view_.planScene().site().locate(session_.model(), view_.mapToScene(at));
}

Point2 FloorPlanDropTarget::snappedRackCentre(const QString& type, QPoint at) const {
    const cmd::FloorExtent extent = catalog_.footprint(type.toStdString(), Rotation::R0);
    return FloorPlanScene::snapToTiles(locate(at).at, render::BoxSizeMm{extent.x, extent.y, 0});
}

FloorPlanDropTarget::Outcome FloorPlanDropTarget::outcomeOf(const QString& id, QPoint at) const {
    const Catalog* catalog = catalog_.catalog();
    const CatalogEntry* entry = catalog ? catalog->find(id.toStdString()) : nullptr;
    if (!entry) return Outcome::Refused;
    if (entry->kind == CatalogKind::Rack || entry->rackScale)
        return locate(at).inside ? Outcome::PlaceRack : Outcome::Refused;
    if (cmd::isMountable(*entry)) return rackAt(at).valid() ? Outcome::MountDevice : Outcome::Refused;
    return Outcome::Refused;
}

bool FloorPlanDropTarget::drop(const QString& id, QPoint at) {
    const Catalog* catalog = catalog_.catalog();
    const CatalogEntry* entry = catalog ? catalog->find(id.toStdString()) : nullptr;
    if (!entry) {
        prompts_.showError(tr("Place"), tr("'%1' is not in the catalog.").arg(id));
        return false;
    }
    try {
        if (entry->kind == CatalogKind::Rack || entry->rackScale) {
            const SiteLayout::Located where = locate(at);
            const HallId hall = where.hall;
            if (!where.inside) {
                prompts_.showError(tr("Place rack"), tr("Drop the rack inside a hall."));
                return false;
            }
            // A rack-scale system stands in its own rack type and comes with its parts mounted.
            const RackId rack =
                entry->rackScale
                    ? cmd::placeRackScaleSystem(session_.document(), *catalog,
                                                {hall, entry->id, snappedRackCentre(QString::fromStdString(entry->rackScale->rack), at)})
                    : cmd::placeRack(session_.document(), {hall, entry->id, snappedRackCentre(id, at)});
            selection_.set({rack});
            return true;
        }
        if (cmd::isMountable(*entry)) {
            const RackId rack = rackAt(at);
            if (!rack.valid()) {
                prompts_.showError(tr("Mount"), tr("Drop %1 on a rack to mount it.").arg(QString::fromStdString(entry->model)));
                return false;
            }
            cmd::mountDevice(session_.document(), *catalog, rack, entry->id);
            selection_.set({rack});
            return true;
        }
        prompts_.showError(tr("Place"), tr("%1 is not placed by hand: the generator and router add %2 parts.")
                                            .arg(QString::fromStdString(entry->model), QString::fromUtf8(toString(entry->kind).data())));
    } catch (const std::exception& e) {
        prompts_.showError(entry->kind == CatalogKind::Rack ? tr("Place rack") : tr("Mount"), QString::fromUtf8(e.what()));
    }
    return false;
}

bool FloorPlanDropTarget::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto* drag = static_cast<QDragMoveEvent*>(event);  // QDragEnterEvent derives from it
            const QString id = entryOf(drag->mimeData());
            if (id.isEmpty()) return QObject::eventFilter(watched, event);
            // Enter is always accepted so the moves that follow can say yes or no per position.
            showGhost(id, drag->position().toPoint());
            if (event->type() == QEvent::DragEnter || outcomeOf(id, drag->position().toPoint()) != Outcome::Refused) {
                drag->setDropAction(Qt::CopyAction);
                drag->accept();
            } else {
                drag->ignore();
            }
            return true;
        }
        case QEvent::DragLeave:
            preview_->hide();
            return QObject::eventFilter(watched, event);
        case QEvent::Drop: {
            preview_->hide();
            auto* dropEvent = static_cast<QDropEvent*>(event);
            const QString id = entryOf(dropEvent->mimeData());
            if (id.isEmpty()) return QObject::eventFilter(watched, event);
            dropEvent->setDropAction(Qt::CopyAction);
            dropEvent->accept();
            drop(id, dropEvent->position().toPoint());
            return true;
        }
        default: return QObject::eventFilter(watched, event);
    }
}

}  // namespace rw::gui
