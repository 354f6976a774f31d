// Routes saved beside the model survive save -> open exactly; a plain save drops them.
#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "persistence/ProjectFile.h"
#include "persistence/Sqlite.h"
#include "router/Router.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

struct TempFile {
    fs::path path = fs::temp_directory_path() / ("rw-route-storage-" + std::to_string(::getpid()) + ".rackweave");
    ~TempFile() {
        std::error_code ec;
        fs::remove(path, ec);
    }
};

TEST(RouteStorage, SaveOpenRoundTripIsExactAndPlainSaveHasNoRoutes) {
    const Catalog catalog = Catalog::loadShipped();
    const auto spec = fs::path(RACKWEAVE_TEST_DATA) / ".." / ".." / "examples" / "superpod-h100-4su.json";
    const Model model = generate(parseSpecFile(spec, catalog), catalog).model;
    const RoutingResult routes = Router(model, catalog).routeAll();
    ASSERT_GT(routes.routes.size(), 0U);
    TempFile file;
    saveProject(model, &routes, file.path);
    const OpenedProject opened = openProjectWithRoutes(file.path);
    EXPECT_EQ(opened.model, model);
    ASSERT_TRUE(opened.routes.has_value());
    EXPECT_EQ(*opened.routes, routes);
    EXPECT_EQ(openProject(file.path), model);  // the old API still reads the file

    saveProject(model, file.path);
    EXPECT_FALSE(openProjectWithRoutes(file.path).routes.has_value());
}

TEST(RouteStorage, ARouteIndexOutOfRangeIsADamagedFile) {
    const Catalog catalog = Catalog::loadShipped();
    const auto spec = fs::path(RACKWEAVE_TEST_DATA) / ".." / ".." / "examples" / "superpod-h100-1su.json";
    const Model model = generate(parseSpecFile(spec, catalog), catalog).model;
    const RoutingResult routes = Router(model, catalog).routeAll();
    TempFile file;
    saveProject(model, &routes, file.path);
    {
        sql::Database db(file.path, sql::Database::Mode::Create);
        db.exec("UPDATE cable_route SET route = 99999 WHERE route IS NOT NULL");
        db.exec("PRAGMA foreign_keys = OFF");
        db.close();
    }
    try {
        (void)openProjectWithRoutes(file.path);
        FAIL() << "expected an error";
    } catch (const ProjectFileError& e) {
        EXPECT_TRUE(e.reason() == ProjectFileError::Reason::Corrupt || e.reason() == ProjectFileError::Reason::DanglingReference)
            << e.what();
    }
}

}  // namespace
}  // namespace rw
