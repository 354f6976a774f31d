// A save that fails (disk full) or is killed part-way leaves the previous file byte-identical.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string_view>
#include <thread>

#include "persistence/ProjectFile.h"
#include "support/SampleModel.h"
#include "TempDir.h"

namespace rw {
namespace {

/// A model whose save takes far longer than the kill delay below, even in a Release build:
/// 300,000 links are 300,000 SQLite rows (ports alone are packed and quick to write).
Model bigModel() {
    Model m = test::sampleModel(1);
    test::addBulkDevices(m, 2000, 300);
    return m;
}

int countTemporaries(const std::filesystem::path& dir) {
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) ++n;
    return n;
}

TEST(AtomicSave, DiskFullLeavesPreviousFileIdentical) {
    test::TempDir dir;
    const auto file = dir / "project.rackweave";
    saveProject(test::sampleModel(2), file);
    const std::string before = test::fileBytes(file);
    const Model big = bigModel();

    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // Files may grow to 1 MiB only: the write fails with EFBIG, much as on a full disk (whose
        // ENOSPC has its own message; SaveFaultsTest).
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{1 << 20, 1 << 20};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        try {
            saveProject(big, file);
            ::_exit(0);
        } catch (const ProjectFileError& e) {
            if (e.reason() != ProjectFileError::Reason::Io) ::_exit(4);
            ::_exit(std::string_view(e.what()).find("(file size limit)") != std::string_view::npos ? 3 : 6);
        } catch (...) {
            ::_exit(5);
        }
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 3) << "the save must fail with an I/O error naming the file size limit (6: another message)";
    EXPECT_EQ(test::fileBytes(file), before);
    EXPECT_EQ(countTemporaries(dir.path()), 0) << "a failed save cleans up its temporary file";
    EXPECT_EQ(openProject(file).racks().size(), 2U);
}

TEST(AtomicSave, KilledSaveLeavesPreviousFileIdentical) {
    test::TempDir dir;
    const auto file = dir / "project.rackweave";
    saveProject(test::sampleModel(2), file);
    const std::string before = test::fileBytes(file);
    const Model big = bigModel();

    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(ready[0]);
        const char go = 'g';
        (void)::write(ready[1], &go, 1);
        for (;;) saveProject(big, file);  // keep saving until killed
    }
    ::close(ready[1]);
    char go = 0;
    ASSERT_EQ(::read(ready[0], &go, 1), 1);
    ::close(ready[0]);
    // Kill once the save is under way: its temporary file exists. Writing 300,000 link rows
    // takes far longer than the 20 ms that follow, so the kill lands inside the save.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (countTemporaries(dir.path()) == 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(countTemporaries(dir.path()), 1) << "the kill must land inside a save, leaving its temporary file";
    EXPECT_EQ(test::fileBytes(file), before) << "the killed save reached the real file";
    EXPECT_EQ(openProject(file).racks().size(), 2U);
}

}  // namespace
}  // namespace rw
