#pragma once
// View > Rulers: a ruler along the top and the left edge of the 2D plan, as in a drawing tool.
// They read in the floor coordinates of the hall at the middle of the view (each hall of a site
// has its own; the corner names the hall and the unit), with major ticks a round length (1, 2 or
// 5 x 10^n) at least 70 px apart, minor ticks between, and a red mark at the cursor. The rulers
// sit in viewport margins the view gives them, so nothing of the plan is hidden under them.
// Whether they are shown is remembered (QSettings "view/showRulers").
#include <vector>

#include <QObject>
#include <QPointF>
#include <QWidget>

#include "model/Model.h"

class QAction;

namespace rw::gui {

class FloorPlanView;
class ProjectSession;

class PlanRulers final : public QObject {
    Q_OBJECT
public:
    /// Thickness of each ruler (px).
    static constexpr int kThicknessPx = 22;

    PlanRulers(FloorPlanView& view, const ProjectSession& session, QObject* parent = nullptr);

    /// The checkable View > Rulers action.
    [[nodiscard]] QAction* action() const noexcept { return action_; }

    /// One tick of a ruler: its place along the ruler (px from its start) and, for a major
    /// tick, the coordinate it marks (mm of the reference hall).
    struct Tick {
        double px = 0.0;
        bool major = false;
        double mm = 0.0;
    };
    enum class Edge { Top, Left };
    /// The ticks the ruler on `edge` draws now (what the ruler paints; tests read it).
    [[nodiscard]] std::vector<Tick> ticks(Edge edge) const;
    /// The smallest round length (1, 2 or 5 x 10^n mm) that is at least `minPx` long at `pixelsPerMm`.
    [[nodiscard]] static double majorStep(double pixelsPerMm, double minPx);
    /// The label of a major tick: metres, with as many decimals as the step needs ("12", "12.5", "-3").
    [[nodiscard]] static QString tickText(double mm, double stepMm);
    /// The reference hall's name for the corner (empty without halls).
    [[nodiscard]] QString referenceName() const;
    /// The cursor's viewport point (x for the top ruler, y for the left one), or none.
    [[nodiscard]] QPointF cursor() const noexcept { return cursor_; }
    [[nodiscard]] bool hasCursor() const noexcept { return hasCursor_; }
    [[nodiscard]] QWidget* ruler(Edge edge) const noexcept { return edge == Edge::Top ? top_ : left_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setShown(bool on);
    /// The hall at the middle of the view, or the nearest one; invalid without halls.
    [[nodiscard]] HallId referenceHall() const;
    void placeRulers();

    FloorPlanView& view_;
    const ProjectSession& session_;
    QAction* action_;
    QWidget* top_;
    QWidget* left_;
    QWidget* corner_;
    QPointF cursor_;
    bool hasCursor_ = false;
};

}  // namespace rw::gui
