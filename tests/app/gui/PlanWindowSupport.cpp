#include "PlanWindowSupport.h"

#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "ProjectSession.h"
#include "ViewModeActions.h"

namespace rw::gui::test {

std::unique_ptr<MainWindow> planWindow(Model model, QSize size) {
    auto w = std::make_unique<MainWindow>(std::make_unique<ScriptedPrompts>());
    w->viewModes().setMode(ViewModeActions::Mode::FloorPlan);
    w->session().document().reset(std::move(model));
    w->resize(size);
    w->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    QCoreApplication::processEvents();
    return w;
}

}  // namespace rw::gui::test
