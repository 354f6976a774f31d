#include "file/ToolsActions.h"

#include <QAction>
#include <QMenu>

#include "ProjectSession.h"
#include "UserPrompts.h"
#include "file/FabricVerify.h"

namespace rw::gui {

ToolsActions::ToolsActions(ProjectSession& session, UserPrompts& prompts, QObject* parent)
    : QObject(parent), session_(session), prompts_(prompts), route_(new QAction(tr("&Route Cables"), this)),
      check_(new QAction(tr("&Check Design"), this)), verify_(new FabricVerify(session, prompts, this)),
      verifyAction_(new QAction(tr("&Verify Installed Fabric..."), this)) {
    route_->setObjectName(QStringLiteral("actionRoute"));
    route_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    route_->setStatusTip(tr("Route every cable through the trays again"));
    connect(route_, &QAction::triggered, this, &ToolsActions::routeAll);
    check_->setObjectName(QStringLiteral("actionCheck"));
    check_->setShortcut(QKeySequence(Qt::Key_F7));
    check_->setEnabled(false);
    connect(check_, &QAction::triggered, this, [this] {
        if (checkHandler_) checkHandler_();
    });
    verifyAction_->setObjectName(QStringLiteral("actionVerifyFabric"));
    verifyAction_->setStatusTip(tr("Compare what ibnetdiscover reports on the installed fabric with the design"));
    connect(verifyAction_, &QAction::triggered, verify_, &FabricVerify::verify);
}

void ToolsActions::populate(QMenu& menu) const {
    menu.addAction(route_);
    menu.addAction(check_);
    menu.addSeparator();
    menu.addAction(verifyAction_);
}

bool ToolsActions::routeAll() {
    if (!session_.routing().catalog()) {
        prompts_.showError(tr("Cannot route"), tr("No parts catalog is loaded, so no cable media can be chosen."));
        return false;
    }
    session_.routing().routeAll();
    return true;
}

void ToolsActions::setCheck(std::function<void()> check) {
    checkHandler_ = std::move(check);
    check_->setEnabled(bool(checkHandler_));
}

}  // namespace rw::gui
