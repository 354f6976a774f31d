#include "NudgeActions.h"

#include <exception>

#include <QAction>
#include <QWidget>

#include "ProjectSession.h"
#include "RackSelection.h"
#include "UserPrompts.h"
#include "edit/Commands.h"
#include "floorplan/FloorCoordinates.h"

namespace rw::gui {

NudgeActions::NudgeActions(ProjectSession& session, RackSelection& selection, UserPrompts& prompts, QWidget& floorPlan)
    : QObject(&floorPlan), session_(session), selection_(selection), prompts_(prompts) {
    struct Direction {
        Qt::Key key;
        int dx, dy;
        const char* name;
    };
    const Direction directions[] = {
        {Qt::Key_Left, -1, 0, "West"}, {Qt::Key_Right, 1, 0, "East"}, {Qt::Key_Up, 0, 1, "North"}, {Qt::Key_Down, 0, -1, "South"}};
    for (const Direction& d : directions) {
        for (const bool fine : {false, true}) {
            auto* action = new QAction(this);
            action->setObjectName(QStringLiteral("actionNudge%1%2").arg(QLatin1String(d.name), fine ? QStringLiteral("Fine") : QString()));
            action->setShortcut(QKeySequence(fine ? (Qt::SHIFT | d.key) : QKeyCombination(d.key)));
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            const int step = fine ? kFineStepMm : kFloorTileMm;
            connect(action, &QAction::triggered, this, [this, d, step] { nudge(d.dx * step, d.dy * step); });
            floorPlan.addAction(action);
        }
    }
}

void NudgeActions::nudge(int dxMm, int dyMm) {
    if (selection_.empty()) return;
    try {
        cmd::moveRacks(session_.document(), selection_.racks(), Point2{dxMm, dyMm});
    } catch (const std::exception& e) {
        prompts_.showError(tr("Move"), QString::fromUtf8(e.what()));
    }
}

}  // namespace rw::gui
