#include "ViewModeActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QWidget>

namespace rw::gui {

ViewModeActions::ViewModeActions(QWidget& floorPlan, QWidget& hall3d, QObject* parent)
    : QObject(parent), floorPlanPane_(floorPlan), hallPane_(hall3d) {
    auto* group = new QActionGroup(this);
    const auto make = [&](const QString& text, const QString& name, const QKeySequence& key, Mode mode) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setShortcut(key);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
        return action;
    };
    floorPlan2d_ = make(tr("&2D Floor Plan"), QStringLiteral("actionView2d"), QKeySequence(tr("Ctrl+1")), Mode::FloorPlan);
    hall3d_ = make(tr("&3D Hall"), QStringLiteral("actionView3d"), QKeySequence(tr("Ctrl+2")), Mode::Hall3D);
    split_ = make(tr("&Split 2D / 3D"), QStringLiteral("actionViewSplit"), QKeySequence(tr("Ctrl+3")), Mode::Split);
    setMode(Mode::Split);
}

void ViewModeActions::populate(QMenu& menu) const {
    menu.addAction(floorPlan2d_);
    menu.addAction(hall3d_);
    menu.addAction(split_);
}

void ViewModeActions::setMode(Mode mode) {
    mode_ = mode;
    floorPlanPane_.setVisible(mode != Mode::Hall3D);
    hallPane_.setVisible(mode != Mode::FloorPlan);
    (mode == Mode::FloorPlan ? floorPlan2d_ : mode == Mode::Hall3D ? hall3d_ : split_)->setChecked(true);
}

}  // namespace rw::gui
