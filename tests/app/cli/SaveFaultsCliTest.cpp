// Saving from the CLI under faults (issue 16): a full disk (a real one: a small tmpfs) ends with
// exit 1, a message that says so, and the project as it was; names with spaces and non-ASCII letters work end to end.
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "RunCli.h"

namespace rw::test {
namespace {

namespace fs = std::filesystem;

// Runs `rackweave-cli route` on a copy of `design` in a folder on a small, nearly full disk: a
// tmpfs with 64 KiB more than the copy, in a private mount namespace of a child process (root
// only; CI runs as root). Returns the CLI's result and whether the copy was byte-identical after
// it; exit code 77 when the disk cannot be made here.
struct FullDiskRun {
    CliResult cli;
    bool unchanged = false;
};

FullDiskRun routeOnAFullDisk(const fs::path& design, const fs::path& scratch) {
    const std::string original = readAll(design);
    const fs::path disk = scratch / "small disk";
    const fs::path report = scratch / "report";
    fs::create_directories(disk);
    const pid_t child = ::fork();
    if (child == 0) {
        const std::string size = "size=" + std::to_string(original.size() + 65536);
        if (::geteuid() != 0 || ::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
            ::mount("tmpfs", disk.c_str(), "tmpfs", 0, size.c_str()) != 0)
            ::_exit(77);
        const fs::path copy = disk / design.filename();
        std::ofstream(copy, std::ios::binary) << original;
        const CliResult r = runCli({"route", copy.string(), "-q"});
        std::ofstream(report) << r.exitCode << '\n' << (readAll(copy) == original ? "unchanged" : "changed") << '\n' << r.err;
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    FullDiskRun run;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        run.cli.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return run;
    }
    std::ifstream in(report);
    std::string state;
    in >> run.cli.exitCode >> state;
    run.unchanged = state == "unchanged";
    run.cli.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return run;
}

const std::string kSpec = std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json";

using SaveFaultsCli = CliTestDir;

TEST_F(SaveFaultsCli, RouteOnAFullDiskSaysSoAndKeepsTheProject) {
    const fs::path design = dir_ / "pod.rackweave";
    ASSERT_EQ(runCli({"generate", kSpec, "-o", design.string(), "--no-route", "-q"}).exitCode, 0);

    const FullDiskRun run = routeOnAFullDisk(design, dir_);
    if (run.cli.exitCode == 77) GTEST_SKIP() << "cannot mount a small disk here (needs root and a mount namespace)";
    // Exit 1, not 2: the input was good, the disk was not (docs/file-format.md, "Faults").
    EXPECT_EQ(run.cli.exitCode, 1) << run.cli.err;
    EXPECT_NE(run.cli.err.find("pod.rackweave: cannot save: the disk is full ("), std::string::npos) << run.cli.err;
    EXPECT_NE(run.cli.err.find("the file on disk is unchanged"), std::string::npos) << run.cli.err;
    EXPECT_TRUE(run.unchanged) << "the failed save changed the project file";
}

TEST_F(SaveFaultsCli, SpacesAndNonAsciiNamesWorkEndToEnd) {
    const fs::path folder = dir_ / "Hall Nord — Bauabschnitt 2";
    fs::create_directories(folder);
    const fs::path design = folder / "Größe 1 SU.rackweave";
    CliResult r = runCli({"generate", kSpec, "-o", design.string(), "-q"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runCli({"route", design.string(), "-q"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    r = runCli({"info", design.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const fs::path cables = folder / "câbles (v2).csv";
    r = runCli({"export", "cables", design.string(), "-o", cables.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_GT(fs::file_size(cables), 1000U);
}

}  // namespace
}  // namespace rw::test
