// `export slurm` as a user runs it, and the tree loaded by a real Slurm controller: Debian 12's
// slurmctld 22.05 with munge and a throwaway key, a minimal slurm.conf naming the exported
// topology.conf, then `scontrol show topology` must list every switch and node of the file.
#include <gtest/gtest.h>
#include <pwd.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fmt/format.h>
#include <fstream>
#include <optional>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"
#include "exchange/Hostlist.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using test::runCli;
using ExportSlurm = test::ReportCliTest;

struct SlurmTools {
    std::string slurmctld, scontrol, munged;
};

std::optional<std::string> findTool(const std::string& name) {
    for (const char* dir : {"/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"})
        if (fs::exists(fs::path(dir) / name)) return (fs::path(dir) / name).string();
    return std::nullopt;
}

std::optional<SlurmTools> findSlurmTools() {
    auto ctld = findTool("slurmctld"), scontrol = findTool("scontrol"), munged = findTool("munged");
    if (!ctld || !scontrol || !munged) return std::nullopt;
    return SlurmTools{*ctld, *scontrol, *munged};
}

// Starts `argv` (no shell) with stdout and stderr in `log`.
pid_t spawn(const std::vector<std::string>& argv, const fs::path& log) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (!std::freopen(log.c_str(), "w", stdout) || !std::freopen(log.c_str(), "a", stderr)) ::_exit(127);
        std::vector<char*> args;
        std::vector<std::string> copy = argv;
        for (auto& a : copy) args.push_back(a.data());
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    return pid;
}

// A child process with its output in a file; killed and reaped when it goes out of scope.
class Daemon {
public:
    Daemon(const std::vector<std::string>& argv, const fs::path& log) : pid_(spawn(argv, log)) {}
    ~Daemon() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGTERM);
        for (int i = 0; i < 50; ++i) {
            if (::waitpid(pid_, nullptr, WNOHANG) == pid_) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
    Daemon(const Daemon&) = delete;
    Daemon& operator=(const Daemon&) = delete;
    /// False once the process has exited (it is then reaped, so the destructor leaves it alone).
    [[nodiscard]] bool running() {
        if (pid_ > 0 && ::waitpid(pid_, nullptr, WNOHANG) == pid_) pid_ = -1;
        return pid_ > 0;
    }

private:
    pid_t pid_ = -1;
};

// Runs a command to completion, output (stdout and stderr) to `log`; returns its exit code.
int runTo(const std::vector<std::string>& argv, const fs::path& log) {
    const pid_t pid = spawn(argv, log);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// The value of `key=` on every line of a topology.conf or of `scontrol show topology`.
std::vector<std::string> values(const std::string& text, const std::string& key) {
    std::vector<std::string> out;
    const std::regex re("(^|\\s)" + key + "=(\\S+)");
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.starts_with("#")) continue;
        std::smatch m;
        if (std::regex_search(line, m, re)) out.push_back(m[2]);
    }
    return out;
}

std::set<std::string> expandAll(const std::vector<std::string>& lists) {
    std::set<std::string> names;
    for (const auto& l : lists)
        for (const auto& n : slurm::expandHostlist(l)) names.insert(n);
    return names;
}

TEST_F(ExportSlurm, BadInputExitsTwoNamingTheFileAndWritesNothing) {
    const auto design = saveDesign();
    const auto badVersion = runCli({"export", "slurm", design, "--slurm-version", "22.5", "-o", path("t.conf")});
    EXPECT_EQ(badVersion.exitCode, 2);
    EXPECT_NE(badVersion.err.find("--slurm-version '22.5': expected a Slurm release as YY.MM"), std::string::npos)
        << badVersion.err;
    const auto oldBlock = runCli({"export", "slurm", design, "--slurm-version", "22.05", "--plugin", "block", "-o", path("t.conf")});
    EXPECT_EQ(oldBlock.exitCode, 2);
    EXPECT_NE(oldBlock.err.find("design.rackweave: the block topology plugin needs Slurm 23.11"), std::string::npos)
        << oldBlock.err;
    const auto noDomains = runCli({"export", "slurm", design, "--plugin", "block", "-o", path("t.conf")});
    EXPECT_EQ(noDomains.exitCode, 2);
    EXPECT_NE(noDomains.err.find("design.rackweave: the design has no NVLink domains"), std::string::npos) << noDomains.err;
    EXPECT_FALSE(fs::exists(path("t.conf")));

    const auto ok = runCli({"export", "slurm", design, "--slurm-version", "25.05", "-o", path("topology.yaml")});
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_EQ(ok.err, "");
    EXPECT_EQ(ok.out, path("topology.yaml") + ": Slurm 25.05 yaml: 4 nodes, 5 switches, 0 blocks\n");
    const auto misnamed = runCli({"export", "slurm", design, "--slurm-version", "25.05", "-o", path("topology.conf")});
    EXPECT_NE(misnamed.err.find("warning: Slurm 25.05 reads topology.yaml"), std::string::npos) << misnamed.err;
}

TEST_F(ExportSlurm, Slurmctld2205LoadsTheExportedTreeOfTheOneSuSuperpod) {
    const auto design = path("su1.rackweave");
    const auto gen = runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design});
    ASSERT_EQ(gen.exitCode, 0) << gen.err;
    const auto topo = dir_ / "topology.conf";
    const auto exported = runCli({"export", "slurm", design, "--slurm-version", "22.05", "-o", topo.string()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.out.find("Slurm 22.05 tree: 31 nodes"), std::string::npos) << exported.out;
    const std::string file = test::readAll(topo);
    const auto switchNames = values(file, "SwitchName");
    const auto nodes = expandAll(values(file, "Nodes"));
    ASSERT_EQ(nodes.size(), 31U) << file;
    ASSERT_GE(switchNames.size(), 2U) << file;

    const auto tools = findSlurmTools();
    if (!tools) {
        if (const char* req = std::getenv("RACKWEAVE_REQUIRE_SLURM"); req && std::string(req) == "1")
            FAIL() << "slurmctld, scontrol or munged not found and RACKWEAVE_REQUIRE_SLURM=1";
        GTEST_SKIP() << "slurmctld, scontrol or munged is not installed (Debian: slurmctld slurm-client munge)";
    }

    // munge with a throwaway key and its own socket: the daemons of this test talk only to each other.
    const auto key = dir_ / "munge.key";
    {
        std::mt19937_64 random(std::random_device{}());
        std::ofstream out(key, std::ios::binary);
        for (int i = 0; i < 1024 / 8; ++i) {
            const std::uint64_t word = random();
            out.write(reinterpret_cast<const char*>(&word), sizeof word);
        }
    }
    fs::permissions(key, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    const auto socket = dir_ / "munge.socket";
    std::vector<std::string> mungeArgs = {tools->munged, "--foreground", "--socket=" + socket.string(),
                                          "--key-file=" + key.string(), "--pid-file=" + (dir_ / "munged.pid").string(),
                                          "--log-file=" + (dir_ / "munged.log").string(),
                                          "--seed-file=" + (dir_ / "munge.seed").string()};
    if (::geteuid() == 0) mungeArgs.push_back("--force");  // munged refuses root without it
    Daemon munged(mungeArgs, dir_ / "munged.out");
    for (int i = 0; i < 100 && !fs::exists(socket); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_TRUE(fs::exists(socket)) << test::readAll(dir_ / "munged.out") << test::readAll(dir_ / "munged.log");

    // A port per test process, so parallel runs do not meet.
    const int port = 20000 + static_cast<int>(::getpid() % 20000);
    const passwd* user = ::getpwuid(::geteuid());
    ASSERT_NE(user, nullptr);
    fs::create_directories(dir_ / "state");
    std::string conf = fmt::format(
        "ClusterName=rackweave-test\nSlurmctldHost=localhost(127.0.0.1)\nSlurmUser={}\nSlurmctldPort={}\nSlurmdPort={}\n"
        "AuthType=auth/munge\nAuthInfo=socket={}\nCredType=cred/munge\nTopologyPlugin=topology/tree\n"
        "StateSaveLocation={}\nSlurmctldPidFile={}\nSlurmctldLogFile={}\nSlurmctldDebug=info\n"
        "MpiDefault=none\nProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\nMailProg=/bin/true\n",
        user->pw_name, port, port + 1, socket.string(), (dir_ / "state").string(), (dir_ / "slurmctld.pid").string(),
        (dir_ / "slurmctld.log").string());
    for (const auto& n : nodes) conf += fmt::format("NodeName={} CPUs=1 State=FUTURE\n", n);
    conf += "PartitionName=gpu Nodes=ALL Default=YES\n";
    std::ofstream(dir_ / "slurm.conf") << conf;  // topology.conf stands next to it, as Slurm expects
    ::setenv("SLURM_CONF", (dir_ / "slurm.conf").c_str(), 1);

    Daemon slurmctld({tools->slurmctld, "-D", "-i"}, dir_ / "slurmctld.out");
    const auto shown = dir_ / "scontrol.out";
    // scontrol exits 0 even when it cannot reach the controller yet, so wait for the answer itself.
    // The controller's address is given (127.0.0.1): a minimal Debian has no /etc/hosts, and there
    // scontrol's retries to resolve "localhost" ran past ctest's timeout. A deadline bounds the wait.
    int rc = -1;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
    while (std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        if (!slurmctld.running()) break;
        rc = runTo({tools->scontrol, "show", "topology"}, shown);
        if (rc == 0 && test::readAll(shown).find("SwitchName=") != std::string::npos) break;
    }
    ::unsetenv("SLURM_CONF");
    const std::string log = test::readAll(dir_ / "slurmctld.log") + test::readAll(dir_ / "slurmctld.out");
    ASSERT_EQ(rc, 0) << test::readAll(shown) << "\n--- slurmctld:\n" << log.substr(log.size() > 4000 ? log.size() - 4000 : 0);
    const std::string topology = test::readAll(shown);

    const auto listed = values(topology, "SwitchName");
    EXPECT_EQ(std::set<std::string>(listed.begin(), listed.end()), std::set<std::string>(switchNames.begin(), switchNames.end()))
        << topology;
    EXPECT_EQ(expandAll(values(topology, "Nodes")), nodes) << topology;
    // Leaves are level 0 in Slurm; the spines above them level 1.
    EXPECT_NE(topology.find("Level=1"), std::string::npos) << topology;
    EXPECT_EQ(log.find("Multiple leaf switches contain nodes"), std::string::npos) << log;
    EXPECT_EQ(log.find("lack access to"), std::string::npos) << log;
}

}  // namespace
}  // namespace rw
