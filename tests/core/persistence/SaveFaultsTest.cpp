// Saves that cannot finish (issue 16, faults): a full disk, a read-only folder, names with spaces
// and non-ASCII letters, leftovers of killed saves. Each ends with a clear message and the file
// on disk as it was.
#include <gtest/gtest.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "persistence/ProjectFile.h"
#include "persistence/SaveFolder.h"
#include "support/FullDiskVfs.h"
#include "support/SampleModel.h"
#include "TempDir.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

int countTemporaries(const fs::path& dir) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) ++n;
    return n;
}

std::string saveError(const Model& model, const fs::path& file) {
    try {
        saveProject(model, file);
    } catch (const ProjectFileError& e) {
        EXPECT_EQ(e.reason(), ProjectFileError::Reason::Io) << e.what();
        return e.what();
    }
    return {};
}

TEST(SaveFaults, FullDiskSaysSoAndLeavesTheFileAsItWas) {
    test::TempDir dir;
    const fs::path file = dir / "hall.rackweave";
    saveProject(test::sampleModel(2), file);
    const std::string before = test::fileBytes(file);

    test::FullDisk disk(100'000);  // room for one 64 KiB page, not for a project
    const std::string error = saveError(test::sampleModel(5), file);
    EXPECT_GT(disk.refusedWrites(), 0);
    EXPECT_NE(error.find("hall.rackweave: cannot save: the disk is full"), std::string::npos) << error;
    EXPECT_NE(error.find("MB free there"), std::string::npos) << error;
    EXPECT_NE(error.find("the file on disk is unchanged"), std::string::npos) << error;
    EXPECT_EQ(test::fileBytes(file), before);
    EXPECT_EQ(countTemporaries(dir.path()), 0) << "a failed save removes its temporary file";

    disk.setQuota(-1);  // the user made room
    saveProject(test::sampleModel(5), file);
    EXPECT_EQ(openProject(file).racks().size(), 5U);
}

// A read-only folder, made so even for root (CI runs as root, where chmod does not stop writes):
// in a child process, a private mount namespace with the folder bind-mounted read-only.
// The child writes the save's message to `message` and exits 0; 77 when it cannot set this up.
int saveIntoReadOnlyFolder(const fs::path& folder, const fs::path& file, const fs::path& message) {
    const pid_t child = ::fork();
    if (child == 0) {
        if (::geteuid() == 0) {
            if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0 ||
                ::mount(folder.c_str(), folder.c_str(), nullptr, MS_BIND, nullptr) != 0 ||
                ::mount(nullptr, folder.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0)
                ::_exit(77);
        } else if (::chmod(folder.c_str(), 0555) != 0) {
            ::_exit(77);
        }
        std::string text;
        try {
            saveProject(test::sampleModel(4), file);
            text = "saved";
        } catch (const std::exception& e) {
            text = e.what();
        }
        std::ofstream(message) << text;
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ::chmod(folder.c_str(), 0755);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

TEST(SaveFaults, ReadOnlyFolderSaysSoAndLeavesTheFileAsItWas) {
    test::TempDir outer;
    const fs::path folder = outer / "read only";
    fs::create_directories(folder);
    const fs::path file = folder / "hall.rackweave";
    saveProject(test::sampleModel(2), file);
    const std::string before = test::fileBytes(file);

    const int rc = saveIntoReadOnlyFolder(folder, file, outer / "message.txt");
    if (rc == 77) GTEST_SKIP() << "cannot make a read-only folder here (no mount namespace as root)";
    ASSERT_EQ(rc, 0);
    const std::string message = test::fileBytes(outer / "message.txt");
    EXPECT_NE(message.find("hall.rackweave: cannot save:"), std::string::npos) << message;
    EXPECT_TRUE(message.find("read-only file system") != std::string::npos ||
                message.find("no permission to write in the folder") != std::string::npos)
        << message;
    EXPECT_EQ(test::fileBytes(file), before);
    EXPECT_EQ(countTemporaries(folder), 0);
}

TEST(SaveFaults, SpacesAndNonAsciiNamesRoundTrip) {
    test::TempDir dir;
    const fs::path folder = dir / "Halle Süd 2 — Δ";
    fs::create_directories(folder);
    const fs::path file = folder / "プロジェクト 1 (copy).rackweave";
    saveProject(test::sampleModel(3), file);
    saveProject(test::sampleModel(4), file);  // over an existing file, too
    EXPECT_EQ(openProject(file).racks().size(), 4U);
    EXPECT_EQ(countTemporaries(folder), 0);

    const fs::path link = dir / "link with spaces ü.rackweave";
    fs::create_symlink(file, link);
    saveProject(test::sampleModel(2), link);
    EXPECT_TRUE(fs::is_symlink(link)) << "the save keeps the link";
    EXPECT_EQ(openProject(file).racks().size(), 2U);
}

TEST(SaveFaults, LeftoversOfKilledSavesAreRemovedOnlyWhenTheirProcessIsGone) {
    test::TempDir dir;
    const fs::path file = dir / "hall.rackweave";
    saveProject(test::sampleModel(1), file);

    // A process that has ended: its pid is free (until reused, which a test cannot rule out but
    // makes vanishingly unlikely within a few milliseconds).
    const pid_t gone = ::fork();
    if (gone == 0) ::_exit(0);
    ::waitpid(gone, nullptr, 0);
    const std::string ours = save::temporaryBeside(file).filename().string();
    const std::string prefix = ours.substr(0, ours.rfind('-', ours.rfind('-') - 1) + 1);
    const fs::path stale = dir / (prefix + std::to_string(gone) + "-0badf00d");
    const fs::path live = dir / (prefix + std::to_string(::getppid()) + "-0badf00d");   // a running process
    const fs::path otherHost = dir / (".hall.rackweave.tmp-elsewhere-" + std::to_string(gone) + "-0badf00d");
    const fs::path otherFile = dir / (".other.rackweave.tmp-" + prefix.substr(prefix.find(".tmp-") + 5) + std::to_string(gone) + "-0badf00d");
    for (const auto& p : {stale, live, otherHost, otherFile}) test::writeBytes(p, "partial");

    saveProject(test::sampleModel(2), file);
    EXPECT_FALSE(fs::exists(stale)) << "left by a save whose process is gone";
    EXPECT_TRUE(fs::exists(live)) << "a save under way in a running process";
    EXPECT_TRUE(fs::exists(otherHost)) << "another host's process cannot be checked from here";
    EXPECT_TRUE(fs::exists(otherFile)) << "another project's temporary";
}

}  // namespace
}  // namespace rw
