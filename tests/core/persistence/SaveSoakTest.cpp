// The kill soak (issue 16, faults): a save is killed with SIGKILL at a random moment, again and
// again, and after every kill the project file must open and hold either the version before the
// save or the one it was writing -- never anything else. Opt-in for its full length:
//   RACKWEAVE_SOAK_KILLS=1000 ./core_tests --gtest_filter='SaveSoak.*'
// (docs/file-format.md, "Faults"); the normal run does a short round of it.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include "persistence/ProjectFile.h"
#include "support/SampleModel.h"
#include "TempDir.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A model whose save takes some tens of milliseconds: long enough for kills to land at many
// different points of it (open, tables, commit, fsync, rename, folder sync).
Model soakModel(int racks, int devices) {
    Model m = test::sampleModel(racks);
    test::addBulkDevices(m, devices, 64);
    return m;
}

int killsWanted() {
    const char* text = std::getenv("RACKWEAVE_SOAK_KILLS");
    const int wanted = text ? std::atoi(text) : 0;
    return wanted > 0 ? wanted : 24;
}

TEST(SaveSoak, KilledAtRandomMomentsTheFileIsAlwaysTheOldOrTheNewVersion) {
    test::TempDir dir;
    const fs::path file = dir / "soak.rackweave";
    const Model versions[2] = {soakModel(2, 400), soakModel(3, 400)};
    saveProject(versions[0], file);
    int current = 0;

    // How long one save takes in a forked child (which pays for copied pages as it goes), timed
    // there from the start of the save to its end, so the kills spread over all of it.
    std::chrono::microseconds saveTime{0};
    for (int round = 0; round < 3; ++round) {
        int timing[2];
        ASSERT_EQ(::pipe(timing), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            const auto t0 = Clock::now();
            saveProject(versions[1], dir / "timing.rackweave");
            const long us = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t0).count();
            (void)::write(timing[1], &us, sizeof us);
            ::_exit(0);
        }
        ::close(timing[1]);
        long us = 0;
        ASSERT_EQ(::read(timing[0], &us, sizeof us), static_cast<ssize_t>(sizeof us));
        ::close(timing[0]);
        ::waitpid(child, nullptr, 0);
        saveTime = std::max(saveTime, std::chrono::microseconds(us));
    }
    fs::remove(dir / "timing.rackweave");

    std::mt19937 random(20261203);
    std::uniform_int_distribution<long> delay(0, saveTime.count() * 11 / 10);
    int keptOld = 0;
    int becameNew = 0;
    const int kills = killsWanted();
    for (int k = 0; k < kills; ++k) {
        const int next = 1 - current;
        int go[2];
        ASSERT_EQ(::pipe(go), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(go[1]);
            char c = 0;
            if (::read(go[0], &c, 1) != 1) ::_exit(2);
            try {
                saveProject(versions[next], file);
            } catch (...) {
                ::_exit(3);
            }
            ::pause();  // finished before the kill: wait for it, so every round ends the same way
            ::_exit(0);
        }
        ::close(go[0]);
        ASSERT_EQ(::write(go[1], "g", 1), 1);
        ::close(go[1]);
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "round " << k << ": the save failed on its own (exit " << WEXITSTATUS(status) << ")";

        Model opened;
        ASSERT_NO_THROW(opened = openProject(file)) << "round " << k << ": the file no longer opens";
        if (opened == versions[current]) {
            ++keptOld;
        } else {
            ASSERT_TRUE(opened == versions[next]) << "round " << k << ": the file holds neither version";
            ++becameNew;
            current = next;
        }
    }
    std::cout << "[ soak     ] " << kills << " kills over a " << saveTime.count() / 1000.0 << " ms save: " << keptOld
              << " left the previous version, " << becameNew << " the new one\n";
    EXPECT_GT(keptOld, 0) << "no kill landed inside a save";
    EXPECT_GT(becameNew, 0) << "no save ever finished: the kills did not span the whole save";
    int temporaries = 0;
    for (const auto& e : fs::directory_iterator(dir.path()))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) ++temporaries;
    EXPECT_LE(temporaries, 1) << "each save removes what killed saves before it left";
}

}  // namespace
}  // namespace rw
