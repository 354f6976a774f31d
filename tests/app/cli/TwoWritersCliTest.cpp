// Two writers (issue 16): a CLI command that writes a project refuses, with exit 2, a file that
// Rackweave has open elsewhere, and a file that changed on disk while it ran; --force overrides.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "Cli.h"
#include "ProjectWriteGuard.h"
#include "RunCli.h"
#include "persistence/ProjectFile.h"
#include "persistence/ProjectLock.h"

namespace rw::test {
namespace {

namespace fs = std::filesystem;

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("rw-two-writers-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

const std::string kSpec = std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json";

TEST(TwoWritersCli, RouteRefusesAProjectOpenElsewhereUnlessForced) {
    TempDir dir;
    const fs::path design = dir.path / "pod.rackweave";
    ASSERT_EQ(runCli({"generate", kSpec, "-o", design.string(), "--no-route", "-q"}).exitCode, 0);
    const std::string before = readAll(design);
    {
        auto held = ProjectLock::acquire(design);  // as the app holds it while the project is open
        ASSERT_TRUE(held);
        CliResult r = runCli({"route", design.string(), "-q"});
        EXPECT_EQ(r.exitCode, 2) << r.err;
        EXPECT_NE(r.err.find("pod.rackweave: the project is open in Rackweave by"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(fmt::format("(process {})", ::getpid())), std::string::npos) << r.err;
        EXPECT_EQ(readAll(design), before) << "a refused command wrote the file";

        r = runCli({"generate", kSpec, "-o", design.string(), "--force", "-q", "--no-route"});
        EXPECT_EQ(r.exitCode, 0) << "--force writes anyway: " << r.err;
        r = runCli({"route", design.string(), "-q", "--force"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
    }
    EXPECT_FALSE(fs::exists(ProjectLock::lockFileFor(design))) << "the holder removed its lock";
    const CliResult r = runCli({"route", design.string(), "-q"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_FALSE(fs::exists(ProjectLock::lockFileFor(design))) << "the command released its lock";
}

TEST(TwoWritersCli, GuardRefusesToSaveOverAFileThatChangedSinceRead) {
    TempDir dir;
    const fs::path design = dir.path / "hall.rackweave";
    ASSERT_EQ(runCli({"new", design.string()}).exitCode, 0);
    {
        const cli::ProjectWriteGuard guard(design, false);
        EXPECT_NO_THROW(guard.checkBeforeSave());
        saveProject(openProject(design), design);  // another program saves meanwhile
        try {
            guard.checkBeforeSave();
            ADD_FAILURE() << "saving over a file changed on disk was allowed";
        } catch (const cli::UsageError& e) {
            EXPECT_NE(std::string(e.what()).find("hall.rackweave: the file changed on disk while this command ran"),
                      std::string::npos)
                << e.what();
        }
    }
    const cli::ProjectWriteGuard forced(design, true);
    saveProject(openProject(design), design);
    EXPECT_NO_THROW(forced.checkBeforeSave());
}

}  // namespace
}  // namespace rw::test
