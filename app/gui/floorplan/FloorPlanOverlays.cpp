#include "floorplan/FloorPlanOverlays.h"

#include "FloorCoordinates.h"
#include "ProjectSession.h"
#include "RackSelection.h"
#include "docks/CableEnds.h"
#include "docks/CableFocus.h"
#include "docks/DesignContext.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"
#include "floorplan/RackItem.h"
#include "floorplan/RouteHighlightItem.h"
#include "floorplan/TrayLayerItem.h"

namespace rw::gui {
namespace {

constexpr qreal kFrameMarginMm = 4'000;  // enough floor around an object to see where it is

}  // namespace

FloorPlanOverlays::FloorPlanOverlays(FloorPlanView& view, FloorPlanScene& scene, ProjectSession& session,
                                     DesignContext& context, RackSelection& selection, CableFocus& focus, QObject* parent)
    : QObject(parent),
      view_(view),
      scene_(scene),
      session_(session),
      context_(context),
      selection_(selection),
      focus_(focus),
      trays_(new TrayLayerItem),
      route_(new RouteHighlightItem) {
    scene_.addItem(trays_);
    scene_.addItem(trays_->outlines());
    scene_.addItem(route_);
    endMarkers_ = std::make_unique<CableEndMarkers>(scene_);
    trays_->rebuild(session_.model());
    route_->setVisible(false);
    connect(&session_, &ProjectSession::documentChanged, this, &FloorPlanOverlays::onDocumentChanged);
    connect(&focus_, &CableFocus::changed, this, &FloorPlanOverlays::showFocusedCable);
    connect(&context_, &DesignContext::routesChanged, this, [this] {
        if (focus_.cable()) showFocusedCable();
    });
    connect(&selection_, &RackSelection::changed, this, &FloorPlanOverlays::onSelectionChanged);
}

void FloorPlanOverlays::onDocumentChanged(const ChangeSet& changes) {
    // A hall's size moves the halls beside it on the plan, and their trays with them.
    if (changes.siteChanged || !changes.untouched(EntityKind::Tray) || !changes.untouched(EntityKind::Hall))
        trays_->rebuild(session_.model());
    if (focus_.cable() && !session_.model().cables().contains(focus_.cable())) focus_.clear();
}

QRectF FloorPlanOverlays::rackRect(RackId rack) const {
    const RackItem* item = scene_.rackItem(rack);
    return item ? item->mapRectToScene(item->boundingRect()) : QRectF();
}

void FloorPlanOverlays::frame(const QRectF& sceneRect) {
    if (sceneRect.isEmpty() && sceneRect.isNull()) return;
    view_.fitInView(sceneRect.adjusted(-kFrameMarginMm, -kFrameMarginMm, kFrameMarginMm, kFrameMarginMm), Qt::KeepAspectRatio);
}

void FloorPlanOverlays::focusRack(RackId rack) {
    if (!session_.model().racks().contains(rack)) return;
    selection_.set({rack});
    frame(rackRect(rack));
}

void FloorPlanOverlays::focusRacks(const std::vector<RackId>& racks) {
    if (racks.size() == 1) return focusRack(racks.front());
    QRectF area;
    std::vector<RackId> live;
    for (RackId r : racks)
        if (session_.model().racks().contains(r)) {
            live.push_back(r);
            area = area.united(rackRect(r));
        }
    if (live.empty()) return;
    selection_.set(std::move(live));
    frame(area);
}

void FloorPlanOverlays::showFocusedCable() {
    const Model& model = session_.model();
    const CableId cable = focus_.cable();
    if (!model.cables().contains(cable)) {
        route_->setLines({});
        endMarkers_->hide();
        return;
    }
    std::vector<QLineF> lines;
    const RoutingResult* routes = context_.routes();
    const CableRoute* route = routes ? routes->find(cable) : nullptr;
    if (route && route->status == RouteStatus::Routed && route->route < routes->routes.size())
        for (TrayId id : routes->routes[route->route].segments)
            if (const TraySegment* s = model.trays().find(id); s && (s->a.x != s->b.x || s->a.y != s->b.y))
                lines.emplace_back(scene_.site().toScene(s->hall, Point2{s->a.x, s->a.y}),
                                   scene_.site().toScene(s->hall, Point2{s->b.x, s->b.y}));
    route_->setLines(lines);

    const auto [a, b] = cableEndRacks(model, cable);
    std::vector<RackId> ends;
    for (RackId r : {a, b})
        if (r.valid()) ends.push_back(r);
    QRectF area;
    for (RackId r : ends) area |= rackRect(r);
    for (const QLineF& l : lines) area |= QRectF(l.p1(), l.p2()).normalized();
    // Rings on both ends (found even when the frame spans the hall); no route: a straight line.
    if (!ends.empty()) endMarkers_->show(rackRect(ends.front()).center(), rackRect(ends.back()).center(), lines.empty());
    else endMarkers_->hide();
    selectingForCable_ = true;
    selection_.set(ends);
    selectingForCable_ = false;
    frame(area);
}

void FloorPlanOverlays::onSelectionChanged() {
    // Picking racks by hand ends the cable's highlight; selecting its own end racks does not.
    if (!selectingForCable_ && focus_.cable()) {
        focus_.clear();
    }
}

}  // namespace rw::gui
