#pragma once
// The floor-standing cooling units (row CDUs, air handlers: units with no host device) on the 2D
// plan, as the 3D view draws them: each its catalog footprint, turned, in teal with its name where
// it is large enough to read. One item for all of them, kept in step with the document; it also
// says which unit is under a point, so a click can show the unit in the inspector.
#include <QGraphicsItem>
#include <QObject>
#include <QString>

#include "model/Model.h"

namespace rw {
class Catalog;
}

namespace rw::gui {

class FloorPlanScene;
class ProjectSession;

class CoolingUnitsItem final : public QGraphicsItem {
public:
    static constexpr int kType = UserType + 9;

    CoolingUnitsItem();
    /// Takes the floor-standing units of `model`, placed by `scene`'s site layout, sized from
    /// `catalog` (may be null: rack-sized boxes).
    void rebuild(const Model& model, const FloorPlanScene& scene, const Catalog* catalog);

    [[nodiscard]] std::size_t unitCount() const noexcept { return units_.size(); }
    /// The unit whose footprint contains `scene`; invalid when none does.
    [[nodiscard]] CoolingId unitAt(QPointF scene) const;

    [[nodiscard]] int type() const override { return kType; }
    [[nodiscard]] QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Unit {
        CoolingId id;
        QRectF footprint;  // scene units
        QString name;
    };
    std::vector<Unit> units_;
    QRectF bounds_;
};

/// Adds a CoolingUnitsItem to the plan and rebuilds it after every edit, new project and catalog.
class CoolingUnitsLayer final : public QObject {
    Q_OBJECT
public:
    CoolingUnitsLayer(FloorPlanScene& scene, const ProjectSession& session, QObject* parent = nullptr);
    void setCatalog(const Catalog* catalog);
    [[nodiscard]] const CoolingUnitsItem& item() const noexcept { return *item_; }

private:
    void rebuild();

    FloorPlanScene& scene_;
    const ProjectSession& session_;
    const Catalog* catalog_ = nullptr;
    CoolingUnitsItem* item_;
};

}  // namespace rw::gui
