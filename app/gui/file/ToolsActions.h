#pragma once
// The Tools menu: Route (every cable anew, in the background; progress in the status bar) and
// Check (shows and refreshes the findings list; whoever owns that list supplies the handler, so
// the action is disabled until one is set), and Verify Installed Fabric (FabricVerify.h).
#include <functional>

#include <QObject>

class QAction;
class QMenu;

namespace rw::gui {

class FabricVerify;
class ProjectSession;
class UserPrompts;

class ToolsActions final : public QObject {
    Q_OBJECT
public:
    ToolsActions(ProjectSession& session, UserPrompts& prompts, QObject* parent = nullptr);

    void populate(QMenu& menu) const;

    /// Routes every cable now (Tools > Route). False when there is no catalog to route with.
    bool routeAll();
    /// What Tools > Check does (e.g. show the findings dock and recompute it).
    void setCheck(std::function<void()> check);

    [[nodiscard]] QAction* routeAction() const noexcept { return route_; }
    [[nodiscard]] QAction* checkAction() const noexcept { return check_; }
    [[nodiscard]] FabricVerify& fabricVerify() const noexcept { return *verify_; }

private:
    ProjectSession& session_;
    UserPrompts& prompts_;
    QAction* route_;
    QAction* check_;
    FabricVerify* verify_;
    QAction* verifyAction_;
    std::function<void()> checkHandler_;
};

}  // namespace rw::gui
