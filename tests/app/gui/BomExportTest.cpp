// File > Export > Bill of Materials writes what `rackweave-cli export bom` writes for the same
// design: the same core report from the same routes (the CLI routes an unrouted design on the
// fly, deterministically, as the GUI's session does).
#include <sstream>

#include <QAction>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "DerivedViewsSupport.h"
#include "FileActions.h"
#include "GuiTestSupport.h"
#include "PathText.h"
#include "ProjectSession.h"
#include "file/ExportActions.h"
#include "reports/BillOfMaterials.h"
#include "router/Router.h"

namespace rw::gui::test {
namespace {

TEST(BomExportTest, TheMenuWritesTheClisBillOfMaterials) {
    auto routed = routedSuperpodWindow();
    MainWindow& w = *routed->window;
    QAction* action = w.findChild<QAction*>(QStringLiteral("actionExportBom"));
    ASSERT_NE(action, nullptr) << "File > Export > Bill of Materials";

    const Model& model = w.session().model();
    const RoutingResult routes = Router(model, shippedParts()).routeAll();
    std::ostringstream expected;
    writeBomCsv(expected, billOfMaterials(model, shippedParts(), &routes));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bom.csv"));
    ASSERT_TRUE(w.fileActions().exports().exportBomTo(path));
    const std::string written = readBytes(toPath(path));
    EXPECT_GT(written.size(), 200u);
    EXPECT_EQ(written, expected.str());
}

}  // namespace
}  // namespace rw::gui::test
