// rackweave-psplib: the install scheduler on a PSPLIB single-mode set, reported the way the
// RCPSP literature does (Kolisch & Hartmann): mean deviation of the makespan from the
// critical-path lower bound, and, for the instances the exact solver proves, from the optimum.
//   rackweave-psplib SET [--exact-every N] [--node-limit L] [--csv FILE]
// SET is a folder of .sm files or a PSPLIB .sm.tar.gz (unpacked into a temporary folder).
// --exact-every N solves every Nth instance exactly (0 = none; for j30).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

#include "install/PsplibReader.h"
#include "install/RcpspBranchAndBound.h"
#include "install/ScheduleCheck.h"
#include "install/SerialScheduler.h"
#include "util/Errors.h"

namespace fs = std::filesystem;
using namespace rw::install;

namespace {

struct Options {
    fs::path set;
    int exactEvery = 0;
    std::int64_t nodeLimit = 2'000'000;
    fs::path csv;
};

Options parseArgs(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw rw::InputError(arg + ": needs a value");
            return argv[++i];
        };
        if (arg == "--exact-every") o.exactEvery = std::stoi(value());
        else if (arg == "--node-limit") o.nodeLimit = std::stoll(value());
        else if (arg == "--csv") o.csv = value();
        else if (o.set.empty()) o.set = arg;
        else throw rw::InputError("unexpected argument " + arg);
    }
    if (o.set.empty()) throw rw::InputError("usage: rackweave-psplib SET [--exact-every N] [--node-limit L] [--csv FILE]");
    return o;
}

/// The .sm files of a folder, or of an archive unpacked into `scratch`.
std::vector<fs::path> instanceFiles(const fs::path& set, const fs::path& scratch) {
    fs::path dir = set;
    if (set.string().ends_with(".tar.gz")) {
        fs::create_directories(scratch);
        const std::string command = "tar -xzf '" + set.string() + "' -C '" + scratch.string() + "'";
        if (std::system(command.c_str()) != 0) throw rw::InputError(set.string() + ": tar could not unpack it");
        dir = scratch;
    }
    if (!fs::is_directory(dir)) throw rw::InputError(set.string() + ": not a folder or .sm.tar.gz");
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.path().extension() == ".sm") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw rw::InputError(set.string() + ": no .sm files");
    return files;
}

double deviation(int makespan, int bound) { return bound > 0 ? 100.0 * (makespan - bound) / bound : 0.0; }

struct Totals {
    int instances = 0, exactTried = 0, proven = 0, lftAtOptimum = 0, fbiAtOptimum = 0, infeasible = 0;
    double lftVsCpm = 0, fbiVsCpm = 0, lftVsOpt = 0, fbiVsOpt = 0, schedulerSeconds = 0, exactSeconds = 0;
};

void run(const Options& o) {
    const fs::path scratch = fs::temp_directory_path() / fmt::format("rackweave-psplib-{}", ::getpid());
    const auto files = instanceFiles(o.set, scratch);
    std::ofstream csv;
    if (!o.csv.empty()) {
        csv.open(o.csv);
        csv << "instance,cpm,lft,fbi,exact,proven,nodes\n";
    }
    Totals t;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const RcpspProblem p = readPsplibFile(files[i]);
        const auto start = std::chrono::steady_clock::now();
        const SerialScheduler scheduler(p);
        const Schedule lft = scheduler.latestFinishFirst();
        const Schedule fbi = scheduler.solve();
        t.schedulerSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!checkSchedule(p, lft).empty() || !checkSchedule(p, fbi).empty()) ++t.infeasible;
        const int cpm = scheduler.criticalPath().length;
        ++t.instances;
        t.lftVsCpm += deviation(lft.makespan, cpm);
        t.fbiVsCpm += deviation(fbi.makespan, cpm);
        std::string exactColumns = ",,";
        if (o.exactEvery > 0 && i % static_cast<std::size_t>(o.exactEvery) == 0) {
            const auto exactStart = std::chrono::steady_clock::now();
            const ExactResult exact = solveExactly(p, o.nodeLimit);
            t.exactSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - exactStart).count();
            ++t.exactTried;
            if (exact.proven) {
                const int opt = exact.best.makespan;
                ++t.proven;
                t.lftVsOpt += deviation(lft.makespan, opt);
                t.fbiVsOpt += deviation(fbi.makespan, opt);
                t.lftAtOptimum += lft.makespan == opt;
                t.fbiAtOptimum += fbi.makespan == opt;
            }
            exactColumns = fmt::format("{},{},{}", exact.best.makespan, exact.proven ? 1 : 0, exact.nodes);
        }
        if (csv.is_open())
            csv << fmt::format("{},{},{},{},{}\n", files[i].filename().string(), cpm, lft.makespan, fbi.makespan, exactColumns);
    }
    fs::remove_all(scratch);
    fmt::print("{}: {} instances, {} infeasible schedules, scheduler {:.3f} s in all\n", o.set.string(), t.instances,
               t.infeasible, t.schedulerSeconds);
    fmt::print("mean deviation from the critical-path bound: LFT {:.2f} %, LFT + justification {:.2f} %\n",
               t.lftVsCpm / t.instances, t.fbiVsCpm / t.instances);
    if (t.exactTried > 0) {
        fmt::print("exact: {} tried, {} proven optimal ({:.1f} s, node limit {})\n", t.exactTried, t.proven,
                   t.exactSeconds, o.nodeLimit);
        if (t.proven > 0)
            fmt::print("mean deviation from the optimum on the proven ones: LFT {:.2f} % ({} optimal), "
                       "LFT + justification {:.2f} % ({} optimal)\n",
                       t.lftVsOpt / t.proven, t.lftAtOptimum, t.fbiVsOpt / t.proven, t.fbiAtOptimum);
    }
}

}  // namespace

int main(int argc, char** argv) {
    try {
        run(parseArgs(argc, argv));
        return 0;
    } catch (const rw::InputError& e) {
        std::cerr << "rackweave-psplib: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "rackweave-psplib: " << e.what() << "\n";
        return 1;
    }
}
