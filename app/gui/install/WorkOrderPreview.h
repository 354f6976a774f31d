#pragma once
// File > Print Work Orders... (and the Install Plan dock's Print Preview... button): the work orders of the crew and
// day chosen in the dock, in Qt's print preview dialog, from which they print. The plan is made
// first when it is out of date; a design that cannot be planned says why.
#include <memory>

#include <QObject>

class QAction;
class QWidget;

namespace rw::gui {

class DesignContext;
class InstallPlanPanel;
class InstallPlanner;
class ProjectSession;
class UserPrompts;
class WorkOrderPrinting;

class WorkOrderPreview final : public QObject {
    Q_OBJECT
public:
    WorkOrderPreview(InstallPlanner& planner, InstallPlanPanel& panel, ProjectSession& session, DesignContext& context,
                     UserPrompts& prompts, QWidget& window);
    ~WorkOrderPreview() override;

    [[nodiscard]] QAction* action() const noexcept { return action_; }
    /// The book for the dock's crew and day, ready to paint; null (and the reason shown to the
    /// user) when there is no plan, no catalog, or the crew or day is not in the plan.
    [[nodiscard]] std::unique_ptr<WorkOrderPrinting> prepare();
    /// Opens the print preview dialog (modal) on prepare()'s book.
    void open();

private:
    InstallPlanner& planner_;
    InstallPlanPanel& panel_;
    ProjectSession& session_;
    DesignContext& context_;
    UserPrompts& prompts_;
    QWidget& window_;
    QAction* action_;
};

}  // namespace rw::gui
