// Two writers on one project (issue 16): the lock beside the file, robust to a crashed holder,
// and the stamp that tells a save the file changed since it was read.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "persistence/ProjectFile.h"
#include "persistence/ProjectLock.h"
#include "support/SampleModel.h"
#include "TempDir.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

TEST(ProjectLock, SecondOpenerIsToldWhoHoldsIt) {
    test::TempDir dir;
    const fs::path project = dir / "hall.rackweave";
    auto first = ProjectLock::acquire(project);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->file(), ProjectLock::lockFileFor(project));
    EXPECT_EQ(first->file().filename(), ".hall.rackweave.lock");
    EXPECT_TRUE(fs::exists(first->file()));

    LockHolder holder;
    EXPECT_FALSE(ProjectLock::acquire(project, &holder));  // a second open file description conflicts
    EXPECT_EQ(holder.pid, static_cast<long>(::getpid()));
    EXPECT_NE(holder.describe().find(fmt::format("(process {})", ::getpid())), std::string::npos) << holder.describe();

    const fs::path lockFile = first->file();
    first.reset();
    EXPECT_FALSE(fs::exists(lockFile)) << "releasing removes the lock file";
    EXPECT_TRUE(ProjectLock::acquire(project));
}

// A holder that crashed (here: a child killed with SIGKILL while it holds the lock) leaves its lock
// file behind; the kernel released the flock, so the next opener takes it over.
TEST(ProjectLock, LockOfAKilledHolderIsTakenOver) {
    test::TempDir dir;
    const fs::path project = dir / "crash.rackweave";
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto lock = ProjectLock::acquire(project);
        const char c = lock ? 'y' : 'n';
        (void)!::write(ready[1], &c, 1);
        ::pause();  // hold it until killed
        ::_exit(0);
    }
    char c = 0;
    ASSERT_EQ(::read(ready[0], &c, 1), 1);
    ASSERT_EQ(c, 'y');

    LockHolder holder;
    EXPECT_FALSE(ProjectLock::acquire(project, &holder));
    EXPECT_EQ(holder.pid, static_cast<long>(child));

    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    ASSERT_TRUE(fs::exists(ProjectLock::lockFileFor(project))) << "a killed holder leaves its lock file";
    auto taken = ProjectLock::acquire(project, &holder);
    ASSERT_TRUE(taken) << "the lock of a dead process is stale";
    LockHolder now;
    EXPECT_FALSE(ProjectLock::acquire(project, &now));
    EXPECT_EQ(now.pid, static_cast<long>(::getpid())) << "the lock file now names its new holder";
    ::close(ready[0]);
    ::close(ready[1]);
}

TEST(ProjectLock, EveryPathToTheFileSharesOneLock) {
    test::TempDir dir;
    const fs::path real = dir / "real.rackweave";
    saveProject(test::sampleModel(1), real);
    fs::create_directory(dir / "links");
    fs::create_symlink(real, dir / "links" / "alias.rackweave");
    auto lock = ProjectLock::acquire(real);
    ASSERT_TRUE(lock);
    EXPECT_EQ(ProjectLock::lockFileFor(dir / "links" / "alias.rackweave"), lock->file());
    EXPECT_FALSE(ProjectLock::acquire(dir / "links" / "alias.rackweave"));
}

// A lock that cannot be made is an error naming the lock file and why (a folder that is gone, or,
// for anyone but root, one without write access).
TEST(ProjectLock, LockThatCannotBeMadeIsANamedError) {
    test::TempDir dir;
    std::vector<fs::path> places{dir / "gone" / "x.rackweave"};
    if (::geteuid() != 0) {
        fs::create_directory(dir / "ro");
        fs::permissions(dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
        places.push_back(dir / "ro" / "x.rackweave");
    }
    for (const fs::path& project : places) {
        try {
            (void)ProjectLock::acquire(project);
            ADD_FAILURE() << "a lock was made for " << project;
        } catch (const std::runtime_error& e) {
            EXPECT_NE(std::string(e.what()).find(".x.rackweave.lock: cannot make the lock file"), std::string::npos) << e.what();
        }
    }
    if (::geteuid() != 0) fs::permissions(dir / "ro", fs::perms::owner_all);
}

TEST(FileStamp, TellsWhetherTheFileChangedSinceItWasRead) {
    test::TempDir dir;
    const fs::path file = dir / "p.rackweave";
    EXPECT_FALSE(FileStamp::of(file));
    EXPECT_FALSE(changedOnDisk(file, std::nullopt));
    saveProject(test::sampleModel(1), file);
    EXPECT_TRUE(changedOnDisk(file, std::nullopt)) << "a file that appeared since";
    const auto read = FileStamp::of(file);
    EXPECT_FALSE(changedOnDisk(file, read));
    saveProject(test::sampleModel(2), file);  // another writer's atomic save: a new inode
    EXPECT_TRUE(changedOnDisk(file, read));
    const auto second = FileStamp::of(file);
    fs::remove(file);
    EXPECT_TRUE(changedOnDisk(file, second)) << "deleted since it was read";
}

TEST(SaveThroughLink, WritesTheTargetAndKeepsTheLink) {
    test::TempDir dir;
    const fs::path real = dir / "real.rackweave";
    const fs::path link = dir / "link.rackweave";
    saveProject(test::sampleModel(1), real);
    fs::create_symlink(real, link);
    saveProject(test::sampleModel(3), link);
    EXPECT_TRUE(fs::is_symlink(link)) << "save replaced the link with a file";
    EXPECT_EQ(openProject(real).racks().size(), 3u);
    EXPECT_EQ(openProject(link).racks().size(), 3u);
}

}  // namespace
}  // namespace rw
