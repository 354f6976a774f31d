#include "floorplan/CoolingUnitsItem.h"

#include <QFont>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "ProjectSession.h"
#include "RackAppearance.h"
#include "SceneSizes.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/SiteLayout.h"

namespace rw::gui {
namespace {

constexpr double kMinNamePx = 40.0;  // a footprint narrower than this on screen shows no name

}  // namespace

CoolingUnitsItem::CoolingUnitsItem() {
    setAcceptedMouseButtons(Qt::NoButton);  // the floor picker asks unitAt(); racks keep their clicks
    setZValue(9);                            // on the floor with the racks (10), never over one
}

void CoolingUnitsItem::rebuild(const Model& model, const FloorPlanScene& scene, const Catalog* catalog) {
    prepareGeometryChange();
    units_.clear();
    bounds_ = QRectF();
    const render::SceneSizes sizes = catalog ? render::SceneSizes::fromCatalog(*catalog) : render::SceneSizes{};
    model.coolingUnits().forEach([&](CoolingId id, const CoolingUnit& unit) {
        if (unit.device.valid()) return;  // in-rack: drawn as the device it is
        const render::BoxSizeMm size = render::rotatedSize(sizes.coolingSize(model, unit), unit.rotation);
        const QPointF centre = scene.site().toScene(unit.hall, unit.position);
        const QRectF footprint(centre.x() - size.width / 2.0, centre.y() - size.depth / 2.0, size.width, size.depth);
        units_.push_back({id, footprint, QString::fromStdString(unit.name)});
        bounds_ |= footprint;
    });
    update();
}

CoolingId CoolingUnitsItem::unitAt(QPointF scene) const {
    for (const Unit& unit : units_)
        if (unit.footprint.contains(scene)) return unit.id;
    return {};
}

void CoolingUnitsItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const double pixelsPerMm = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor teal = render::ScenePalette::coolingUnit();
    QPen outline(teal.darker(160));
    outline.setCosmetic(true);
    painter->setPen(outline);
    painter->setBrush(teal);
    for (const Unit& unit : units_)
        if (unit.footprint.intersects(option->exposedRect)) painter->drawRect(unit.footprint);
    // Names at a constant pixel size, where the unit is wide enough on screen.
    painter->save();
    const QTransform world = painter->worldTransform();
    painter->resetTransform();
    QFont font;
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(Qt::white);
    for (const Unit& unit : units_) {
        if (unit.footprint.width() * pixelsPerMm < kMinNamePx || !unit.footprint.intersects(option->exposedRect)) continue;
        painter->drawText(world.mapRect(unit.footprint), Qt::AlignCenter | Qt::TextWordWrap, unit.name);
    }
    painter->restore();
}

CoolingUnitsLayer::CoolingUnitsLayer(FloorPlanScene& scene, const ProjectSession& session, QObject* parent)
    : QObject(parent), scene_(scene), session_(session), item_(new CoolingUnitsItem) {
    scene_.addItem(item_);
    // Every edit: the units are few, and a hall resized or added moves them on the site plan.
    connect(&session_, &ProjectSession::modelChanged, this, &CoolingUnitsLayer::rebuild);
    rebuild();
}

void CoolingUnitsLayer::setCatalog(const Catalog* catalog) {
    catalog_ = catalog;
    rebuild();
}

void CoolingUnitsLayer::rebuild() { item_->rebuild(session_.model(), scene_, catalog_); }

}  // namespace rw::gui
