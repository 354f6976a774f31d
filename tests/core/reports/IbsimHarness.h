#pragma once
// Runs a topology file through the real InfiniBand tools: `ibsim` simulates the fabric and
// OpenSM (`opensm -R ftree --once`) configures it through ibsim's libumad2sim.so preload. The
// result says whether OpenSM's fat-tree engine routed every switch. Header-only: used by
// core_tests (hand-built fabrics) and cli_tests (a generated design).
//
// Each run uses its own IBSIM_SOCKNAME and a fresh folder for OpenSM's log, cache and dumps, so
// parallel test processes do not meet. Both processes are killed and reaped in every case;
// ibsim start-up and the OpenSM run each have a time limit.
//
// Debian packages: ibsim-utils (ibsim), libumad2sim0 (libumad2sim.so), opensm.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace rw::test {

/// The line OpenSM 3.3 logs (INFO level) when the ftree engine has computed and written the
/// forwarding tables of every switch. On any ftree failure OpenSM falls back to min-hop and logs
/// "minhop tables configured on all switches" instead.
inline constexpr const char* kFtreeRoutedLine = "osm_ucast_mgr_process: ftree tables configured on all switches";

struct IbsimTools {
    std::filesystem::path ibsim;
    std::filesystem::path opensm;
    std::filesystem::path umad2sim;
    std::filesystem::path ibnetdiscover;  // infiniband-diags; empty when not installed
};

/// Finds the tools, or nullopt when one is not installed. RACKWEAVE_UMAD2SIM overrides the
/// library's path.
inline std::optional<IbsimTools> findIbsimTools() {
    namespace fs = std::filesystem;
    auto onPath = [](const char* name) -> std::optional<fs::path> {
        for (const char* dir : {"/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/bin", "/sbin"})
            if (fs::exists(fs::path(dir) / name)) return fs::path(dir) / name;
        return std::nullopt;
    };
    IbsimTools t;
    const auto ibsim = onPath("ibsim");
    const auto opensm = onPath("opensm");
    if (!ibsim || !opensm) return std::nullopt;
    t.ibsim = *ibsim;
    t.opensm = *opensm;
    if (const auto disc = onPath("ibnetdiscover")) t.ibnetdiscover = *disc;
    if (const char* env = std::getenv("RACKWEAVE_UMAD2SIM"); env != nullptr && fs::exists(env)) {
        t.umad2sim = env;
        return t;
    }
    std::error_code ec;
    for (const char* lib : {"/usr/lib", "/usr/lib64", "/usr/local/lib"}) {
        if (fs::exists(fs::path(lib) / "umad2sim/libumad2sim.so")) {
            t.umad2sim = fs::path(lib) / "umad2sim/libumad2sim.so";
            return t;
        }
        for (const auto& entry : fs::directory_iterator(lib, ec))  // multiarch: /usr/lib/x86_64-linux-gnu
            if (fs::exists(entry.path() / "umad2sim/libumad2sim.so", ec)) {
                t.umad2sim = entry.path() / "umad2sim/libumad2sim.so";
                return t;
            }
    }
    return std::nullopt;
}

/// True when the suite must not skip the simulation (CI sets RACKWEAVE_REQUIRE_IBSIM=1).
inline bool ibsimRequired() {
    const char* v = std::getenv("RACKWEAVE_REQUIRE_IBSIM");
    return v != nullptr && std::string(v) == "1";
}

inline std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A child process with stdout and stderr in a file; killed and reaped when destroyed.
class ChildProcess {
public:
    ChildProcess(const std::vector<std::string>& argv, const std::vector<std::string>& extraEnv,
                 const std::filesystem::path& outputFile) {
        std::vector<std::string> env;
        for (char** e = environ; *e != nullptr; ++e) env.emplace_back(*e);
        for (const auto& kv : extraEnv) env.push_back(kv);
        pid_ = ::fork();
        if (pid_ == 0) {
            if (!std::freopen("/dev/null", "r", stdin) || !std::freopen(outputFile.c_str(), "w", stdout) ||
                ::dup2(::fileno(stdout), 2) < 0)
                ::_exit(127);
            std::vector<char*> args, envp;
            std::vector<std::string> a = argv, e = env;
            for (auto& s : a) args.push_back(s.data());
            for (auto& s : e) envp.push_back(s.data());
            args.push_back(nullptr);
            envp.push_back(nullptr);
            ::execve(args[0], args.data(), envp.data());
            ::_exit(127);
        }
    }
    ~ChildProcess() { stop(); }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    [[nodiscard]] bool started() const noexcept { return pid_ > 0; }

    /// The exit status if the process has ended (reaping it), else nullopt.
    std::optional<int> poll() {
        if (exited_) return status_;
        int status = 0;
        if (pid_ <= 0 || ::waitpid(pid_, &status, WNOHANG) != pid_) return std::nullopt;
        exited_ = true;
        status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return status_;
    }

    /// Waits up to `limit`; nullopt when the process is still running then.
    std::optional<int> waitFor(std::chrono::milliseconds limit) {
        const auto end = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < end) {
            if (auto s = poll()) return s;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return poll();
    }

    /// SIGTERM, then SIGKILL after a second; always reaps.
    void stop() {
        if (pid_ <= 0 || poll()) return;
        ::kill(pid_, SIGTERM);
        if (!waitFor(std::chrono::seconds(1))) {
            ::kill(pid_, SIGKILL);
            int status = 0;
            ::waitpid(pid_, &status, 0);
            exited_ = true;
        }
    }

private:
    pid_t pid_ = -1;
    bool exited_ = false;
    int status_ = -1;
};

struct FtreeRun {
    bool ibsimReady = false;
    int opensmExit = -1;  // -1: did not finish in time
    std::string opensmLog;
    std::string ibsimOutput;
    std::string opensmOutput;
    [[nodiscard]] bool ftreeRouted() const { return opensmLog.find(kFtreeRoutedLine) != std::string::npos; }
};

/// ibsim simulating `topology` while the object lives. Clients reach it through clientEnv()
/// (its own IBSIM_SOCKNAME, libumad2sim.so preloaded). `nodeCount` (switches + CAs) and
/// `switchCount` raise ibsim's node, switch and port limits for big fabrics.
class IbsimFabric {
public:
    IbsimFabric(const IbsimTools& tools, const std::filesystem::path& topology, const std::filesystem::path& workDir,
                long nodeCount, long switchCount)
        : umad2sim_(tools.umad2sim) {
        static int runCounter = 0;
        sock_ = "rw-ibsim-" + std::to_string(::getpid()) + "-" + std::to_string(runCounter++);
        const auto out = workDir / "ibsim.out";
        process_.emplace(std::vector<std::string>{tools.ibsim.string(), "-s", "-n", "-N",
                                                  std::to_string(std::max(2048L, nodeCount + 64)), "-S",
                                                  std::to_string(std::max(256L, switchCount + 16)), "-P",
                                                  std::to_string(std::max(13312L, switchCount * 256 + nodeCount * 2 + 1024)),
                                                  topology.string()},
                         std::vector<std::string>{"IBSIM_SOCKNAME=" + sock_}, out);
        if (!process_->started()) return;
        const auto readyBy = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (std::chrono::steady_clock::now() < readyBy && !process_->poll()) {
            if (readFile(out).find("Network simulator ready.") != std::string::npos) {
                ready_ = true;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        output_ = readFile(out);
    }
    [[nodiscard]] bool ready() const noexcept { return ready_; }
    [[nodiscard]] const std::string& output() const noexcept { return output_; }
    /// Environment of a client attached at CA node `simHost` ("H-<guid>"; empty: ibsim's first node).
    [[nodiscard]] std::vector<std::string> clientEnv(const std::string& simHost = {}) const {
        std::vector<std::string> env{"IBSIM_SOCKNAME=" + sock_, "LD_PRELOAD=" + umad2sim_.string()};
        if (!simHost.empty()) env.push_back("SIM_HOST=" + simHost);
        return env;
    }
    void stop() {
        if (process_) process_->stop();
    }

private:
    std::filesystem::path umad2sim_;
    std::string sock_;
    std::optional<ChildProcess> process_;
    bool ready_ = false;
    std::string output_;
};

/// Runs OpenSM's ftree engine once against a running ibsim, attached at CA node `simHost`
/// ("H-<guid>"), with `extraArgs` (e.g. "-a", root_guid_file) and `configText` as its opensm.conf.
/// `workDir` must exist; it receives the logs.
inline FtreeRun runFtreeOn(const IbsimTools& tools, const IbsimFabric& ibsim, const std::string& simHost,
                           const std::filesystem::path& workDir, const std::vector<std::string>& extraArgs = {},
                           const std::string& configText = "# empty: OpenSM defaults, no /etc/opensm/opensm.conf\n") {
    FtreeRun run;
    run.ibsimReady = ibsim.ready();
    run.ibsimOutput = ibsim.output();
    if (!run.ibsimReady) return run;
    const auto config = workDir / "opensm.conf";
    std::ofstream(config) << configText;
    const auto log = workDir / "opensm.log";
    std::vector<std::string> env = ibsim.clientEnv(simHost);
    env.push_back("OSM_TMP_DIR=" + workDir.string());
    env.push_back("OSM_CACHE_DIR=" + workDir.string());
    std::vector<std::string> argv{tools.opensm.string(), "-F", config.string(), "-R", "ftree", "--once", "-f", log.string(), "-D",
                                  "0x07", "--dump_files_dir", workDir.string(),
                                  // SMP timeout 1 s instead of 200 ms: a loaded CI machine must not lose MADs.
                                  "-t", "1000"};
    argv.insert(argv.end(), extraArgs.begin(), extraArgs.end());
    ChildProcess opensm(argv, env, workDir / "opensm.out");
    if (auto status = opensm.waitFor(std::chrono::seconds(120))) run.opensmExit = *status;
    opensm.stop();
    run.opensmLog = readFile(log);
    run.opensmOutput = readFile(workDir / "opensm.out");
    return run;
}

/// Loads `topology` into ibsim and runs OpenSM's ftree engine once, attached at CA node `simHost`
/// ("H-<guid>"). `workDir` must exist; it receives the logs.
inline FtreeRun runIbsimFtree(const IbsimTools& tools, const std::filesystem::path& topology, const std::string& simHost,
                              const std::filesystem::path& workDir, long nodeCount, long switchCount) {
    IbsimFabric ibsim(tools, topology, workDir, nodeCount, switchCount);
    FtreeRun run = runFtreeOn(tools, ibsim, simHost, workDir);
    ibsim.stop();
    return run;
}

/// Runs the real `ibnetdiscover` against a running ibsim; its standard output (the capture), or
/// nullopt when it failed or did not finish in 120 s (`error` then says why).
inline std::optional<std::string> runIbnetdiscover(const IbsimTools& tools, const IbsimFabric& fabric,
                                                   const std::filesystem::path& workDir, std::string& error) {
    const auto out = workDir / "ibnetdiscover.out";
    ChildProcess disc({tools.ibnetdiscover.string(), out.string()}, fabric.clientEnv(), workDir / "ibnetdiscover.err");
    const auto status = disc.waitFor(std::chrono::seconds(120));
    if (!status || *status != 0) {
        error = (status ? "exit " + std::to_string(*status) : std::string("timed out")) + ": " +
                readFile(workDir / "ibnetdiscover.err");
        return std::nullopt;
    }
    return readFile(out);
}

}  // namespace rw::test
