// rackweave-bench: times the headless pipeline phase by phase and prints peak memory.
// Run through the `bench` target (cmake --build BUILD --target bench) or directly:
//   rackweave-bench [--install | --power | --print | --verify | --exchange] [SPEC.json ...]   (default:
//   examples/colossus-100k.json; --install: only the install-plan phases after generating; --power: only the power and
//   cooling checks; --print: only the printouts; --verify: only the as-built check of the compute fabric, which must be
//   InfiniBand; --exchange: the NetBox, BOM workbook, Slurm and glTF exports three times each, then the as-built check)
// Numbers are for comparing builds and machines (ratios), not pass/fail.
#include <sys/resource.h>

#include <algorithm>
#include <map>
#include <array>
#include <chrono>
#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <string>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "persistence/ProjectFile.h"
#ifdef RACKWEAVE_HAVE_PRINT
#include <QGuiApplication>
#include <sstream>

#include "WorkOrderDocument.h"
#include "install/InstallPlan.h"
#include "install/WorkOrders.h"
#endif
#include "install/CapacityWhatIf.h"
#include "install/LabourRates.h"
#include "install/SerialScheduler.h"
#include "install/WorkPackages.h"
#include "edit/Document.h"
#include "exchange/AsBuiltCheck.h"
#include "exchange/BomWorkbook.h"
#include "exchange/HallGltf.h"
#include "exchange/NetboxPack.h"
#include "exchange/PackFolder.h"
#include "exchange/SlurmTopology.h"
#include "edit/Transaction.h"
#include "power/CoolingNetworkFromModel.h"
#include "power/PowerCheck.h"
#include "power/PowerCheckSession.h"
#include "power/PowerNetworkFromModel.h"
#include "reports/IbnetdiscoverExport.h"
#include "router/RouteQuality.h"
#include "router/Router.h"

namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto sec = [](timeval t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return sec(usage.ru_utime) + sec(usage.ru_stime);
}

double peakMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

template <class F>
auto timed(const std::string& label, F&& f) {
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    auto result = f();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // CPU time is steadier than wall time on a shared machine.
    std::cout << fmt::format("  {:<28} {:8.3f} s wall {:8.3f} s cpu   peak {:8.1f} MiB\n", label, s, cpuSeconds() - cpuStart, peakMiB());
    return result;
}


void printRouting(const rw::Router& router, const rw::RoutingResult& routes) {
    const rw::RoutingStats& st = router.stats();
    const auto unrouted = [&](rw::UnroutedReason why) { return routes.countUnrouted(why); };
    std::cout << fmt::format("  {:<28} {} through trays, {} in-rack, {} unrouted ({} trays full, {} over reach, {} no media, "
                             "{} no tray path), {} shared routes\n",
                             "", routes.countWith(rw::RouteStatus::Routed), routes.countWith(rw::RouteStatus::InRack),
                             routes.countWith(rw::RouteStatus::Unrouted), unrouted(rw::UnroutedReason::NoCapacity),
                             unrouted(rw::UnroutedReason::OverReach), unrouted(rw::UnroutedReason::NoMedia),
                             unrouted(rw::UnroutedReason::NoTrayPath), routes.routes.size());
    std::cout << fmt::format("  {:<28} {} bundles, {} congested, {} searches run, {} reused, {} split, {} cables replanned{}\n", "",
                             st.bundles, st.congestedBundles, st.rippedUp, st.reusedSearches, st.splitBundles, st.reroutedCables,
                             st.fullReroute ? " (FELL BACK to a full reroute)" : "");
    std::cout << fmt::format("  {:<28} plan {:.3f} s, congestion pass {:.3f} s, results {:.3f} s; {:.0f} edges read per search\n", "",
                             st.planSeconds, st.negotiateSeconds, st.legaliseSeconds,
                             st.rippedUp ? double(st.edgesSearched) / double(st.rippedUp) : 0.0);
}

void benchRouting(const std::string& label, rw::Model model, const rw::Catalog& catalog, int widthDivisor) {
    std::cout << "  routing, " << label << '\n';
    if (widthDivisor > 1)
        model.trays().forEach([&](rw::TrayId id, const rw::TraySegment&) { model.trays()[id].widthMm /= widthDivisor; });
    rw::Router router(model, catalog);
    rw::RoutingResult routes = timed("route (all cables)", [&] { return router.routeAll(); });
    printRouting(router, routes);
    const rw::RouteQuality quality = timed("route quality", [&] { return rw::measureRouteQuality(model, catalog, routes); });
    std::cout << fmt::format("  {:<28} routed {:.1f} km of {:.1f} km shortest: ratio {:.3f}\n", "", quality.total.routedM / 1000.0,
                             quality.total.shortestM / 1000.0, quality.total.ratio());
    rw::RackId moved;
    model.racks().forEach([&](rw::RackId id, const rw::Rack& r) {
        if (!moved && r.role == rw::RackRole::Compute) moved = id;
    });
    if (moved) {
        model.racks()[moved].position.x += 600;
        rw::ChangeSet changes;
        changes.modified[rw::ChangeSet::index(rw::EntityKind::Rack)].push_back(moved.value);
        routes = timed("reroute (1 rack moved)", [&] { return router.reroute(routes, changes); });
        printRouting(router, routes);
    }
    // The busiest segment's fill limit halved.
    std::vector<std::size_t> use(model.trays().capacity(), 0);
    for (const rw::CableRoute& c : routes.cables)
        if (c.status == rw::RouteStatus::Routed)
            for (rw::TrayId s : routes.routes[c.route].segments) ++use[s.value];
    const auto busiest = static_cast<std::uint32_t>(std::max_element(use.begin(), use.end()) - use.begin());
    model.trays()[rw::TrayId(busiest)].maxFillPercent /= 2;
    rw::ChangeSet trayEdit;
    trayEdit.modified[rw::ChangeSet::index(rw::EntityKind::Tray)].push_back(busiest);
    routes = timed("reroute (1 tray fill edit)", [&] { return router.reroute(routes, trayEdit); });
    printRouting(router, routes);
    // A second tray laid beside the busiest segment (a geometry edit).
    const rw::TrayId beside = model.trays().add(model.trays()[rw::TrayId(busiest)]);
    rw::ChangeSet trayAdded;
    trayAdded.added[rw::ChangeSet::index(rw::EntityKind::Tray)].push_back(beside.value);
    routes = timed("reroute (1 tray added)", [&] { return router.reroute(routes, trayAdded); });
    printRouting(router, routes);
    const bool exact = routes == rw::Router(model, catalog).routeAll();
    std::cout << fmt::format("  {:<28} {}\n", "incremental == full route", exact ? "yes" : "NO");
}

/// Install plan (issue 12): work packages from the routed design and the crew schedule.
void benchInstall(const rw::Model& model, const rw::Catalog& catalog) {
    using namespace rw::install;
    std::cout << "  install plan\n";
    const rw::RoutingResult routes = timed("route (for the plan)", [&] { return rw::Router(model, catalog).routeAll(); });
    const LabourRates rates = loadShippedLabourRates();
    const WorkPlan plan = timed("work packages", [&] { return buildWorkPackages(model, routes, rates); });
    const std::array<int, kTradeCount> crews{40, 20, 10, 40, 60, 10};
    const RcpspProblem problem = toSchedulingProblem(plan, rates, crews);
    const SerialScheduler scheduler = timed("scheduler set-up (CPM)", [&] { return SerialScheduler(problem); });
    const Schedule lft = timed("schedule (LFT, 1 pass)", [&] { return scheduler.latestFinishFirst(); });
    const Schedule best = timed("schedule (LFT + justify)", [&] { return scheduler.solve(); });
    double hours = 0;
    for (int t = 0; t < kTradeCount; ++t) hours += plan.labourMinutes(static_cast<Trade>(t)) / 60.0;
    std::cout << fmt::format("  {:<28} {} packages, {} unroutable cables left out, {:.0f} labour-hours; crews 40/20/10/40/60/10 "
                             "(rigging/electrical/mechanical/copper/fibre/commissioning): critical path {} min, "
                             "makespan {} min (LFT {} min)\n",
                             "", plan.packages.size(), plan.unrouted.size(), hours, scheduler.criticalPath().length, best.makespan, lft.makespan);
    // What-if: 19 working days of one 10-hour shift (Colossus's 19 days; shifts are not modelled
    // yet, so the target is in working minutes). The search runs the one-pass LFT scheduler.
    const int target = 19 * 10 * 60;
    const CapacityPlan need = timed("what-if: 19 days x 10 h", [&] { return fewestUnitsFor(problem, target, {0}); });
    if (!need.met) {
        std::cout << fmt::format("  {:<28} {}\n", "", need.reason);
        return;
    }
    std::string units;
    for (int t = 0; t < kTradeCount; ++t)
        units += fmt::format("{}{} {}", t ? ", " : "", rw::toString(static_cast<Trade>(t)), need.units[t]);
    std::string bounds;
    for (int t = 0; t < kTradeCount; ++t) bounds += fmt::format("{}{}", t ? "/" : "", need.lowerBound[t]);
    std::cout << fmt::format("  {:<28} crews: {} (makespan {} of {} min; {} schedules run; lower bounds {})\n", "", units,
                             need.makespan, target, need.schedulesRun, bounds);
}

/// The first 60 A C19 PDU (the one the swap below replaces by the 32 A model), else the first PDU.
rw::DeviceId firstPdu(const rw::Model& model) {
    rw::DeviceId found, any;
    model.devices().forEach([&](rw::DeviceId id, const rw::Device& d) {
        if (d.role != rw::DeviceRole::Pdu) return;
        if (!any) any = id;
        if (!found && model.text(d.catalog) == "pdu-415v-3ph-60a-0u") found = id;
    });
    return found ? found : any;
}

// Power and cooling (issue 11): the full check, normally and after each single failure, then the
// incremental recheck after one rack move and one PDU swapped for a smaller one, through the
// document as the app makes them.
void benchPower(const rw::Model& model, const rw::Catalog& catalog) {
    namespace power = rw::power;
    const power::PowerNetwork net = timed("power network", [&] { return power::powerNetworkFromModel(model, catalog); });
    const power::PowerCheckResult full = timed("power check (N and N-1)", [&] { return power::checkPower(net); });
    std::cout << fmt::format("  {:<28} {} elements, {} powered devices, {} findings\n", "", net.elements.size(),
                             net.devices.size(), full.findings.size());
    const auto cooling = timed("cooling check", [&] { return power::checkCooling(model, catalog); });
    std::cout << fmt::format("  {:<28} {} findings\n", "", cooling.size());
    rw::Document doc(model);
    power::PowerCheckSession session = timed("check session (full)", [&] { return power::PowerCheckSession(doc.model(), catalog); });
    rw::ChangeSet last;
    doc.subscribe([&](const rw::ChangeSet& cs) { last = cs; });
    {
        auto tx = doc.begin("Move rack");
        tx.modify<rw::Rack>(doc.model().racks().ids().front(), [](rw::Rack& r) { r.position.x += 600; });
        tx.commit();
    }
    const std::size_t afterMove = timed("recheck: rack moved", [&] { return session.apply(doc.model(), catalog, last); });
    const rw::DeviceId pdu = firstPdu(doc.model());
    if (!pdu) return;
    {
        auto tx = doc.begin("Swap PDU");
        tx.modify<rw::Device>(pdu, [&](rw::Device& d) { d.catalog = tx.intern("pdu-415v-3ph-32a-0u"); });
        tx.commit();
    }
    // 60 A -> 32 A: another outlet bank layout (12 banks -> 6), so the tree changes and is rebuilt.
    const std::size_t afterPdu = timed("recheck: PDU 60 A -> 32 A", [&] { return session.apply(doc.model(), catalog, last); });
    rw::CircuitId circuit;
    doc.model().circuits().forEach([&](rw::CircuitId id, const rw::Circuit& c) {
        if (!circuit && c.pdu == pdu) circuit = id;
    });
    std::size_t afterBreaker = 0;
    if (circuit) {
        auto tx = doc.begin("Breaker");
        tx.modify<rw::Circuit>(circuit, [](rw::Circuit& c) { c.breakerAmps = 50; });
        tx.commit();
        afterBreaker = timed("recheck: PDU's breaker 50 A", [&] { return session.apply(doc.model(), catalog, last); });
    }
    std::cout << fmt::format("  {:<28} {}, {} and {} elements or devices reworked, {} findings after\n", "", afterMove, afterPdu,
                             afterBreaker, session.result().findings.size() + session.cooling().findings.size());
}

/// The as-built check (issue 15, `rackweave-cli verify`): the compute fabric's export read as the
/// design and, with every GUID changed as a real fabric's differ, as the capture; the goal for a
/// 100,000-link capture is < 2 s.
void benchVerify(const rw::Model& model, const rw::Catalog& catalog) {
    std::cout << "  as-built check\n";
    const std::string text = timed("export compute fabric", [&] { return rw::ibnetdiscoverText(model, rw::Fabric::Compute, &catalog); });
    std::string captured = text;
    for (std::size_t at = captured.find("0252"); at != std::string::npos; at = captured.find("0252", at + 4)) captured.replace(at, 4, "1c34");
    const auto designed = timed("read design's fabric", [&] { return rw::parseIbnetdiscoverText(text, "design"); });
    const auto found = timed("read capture", [&] { return rw::parseIbnetdiscoverText(captured, "capture"); });
    const rw::AsBuiltReport report = timed("compare", [&] { return rw::checkAsBuilt(designed, found); });
    std::cout << fmt::format("  {:<28} {} links ({:.1f} MB), {} match, {} findings\n", "", report.foundLinks, captured.size() / 1e6,
                             report.matchedLinks, report.findings.size());
}

/// The exchange exports (issue 15; docs/exchange.md), each three times for a range: NetBox pack
/// (goal < 3 s), BOM workbook (< 2 s), Slurm tree (< 0.5 s), glTF plain and compact (compact < 3 s),
/// then the as-built check (< 2 s) where the compute fabric is InfiniBand. Routed once first, as a
/// saved, routed design would be.
void benchExchange(const rw::Model& model, const rw::Catalog& catalog) {
    std::cout << "  exchange exports (x3)\n";
    const rw::RoutingResult routes = timed("route (for the exports)", [&] { return rw::Router(model, catalog).routeAll(); });
    const auto dir = std::filesystem::temp_directory_path() / fmt::format("rackweave-bench-exchange-{}", ::getpid());
    std::filesystem::create_directories(dir);
    for (int run = 1; run <= 3; ++run) {
        timed(fmt::format("netbox pack #{}", run), [&] {
            rw::netbox::writePackFolder(dir / "netbox", rw::netbox::netboxPack(model, catalog, routes, rw::netbox::PackOptions{}));
            return 0;
        });
        timed(fmt::format("bom xlsx #{}", run), [&] { return rw::xlsx::writeBomWorkbook(dir / "bom.xlsx", model, catalog, routes); });
        timed(fmt::format("slurm tree #{}", run), [&] {
            rw::slurm::TopologyOptions options;
            options.version = rw::slurm::Version{22, 5};
            return rw::slurm::topologyText(model, options).size();
        });
        for (const bool compact : {false, true})
            timed(fmt::format("gltf{} #{}", compact ? " compact" : "", run), [&] {
                return rw::gltf::writeHallGltf(dir / (compact ? "compact.glb" : "hall.glb"), model, catalog, &routes, {.compact = compact});
            });
    }
    std::cout << fmt::format("  {:<28} bom.xlsx {:.2f} MB, hall.glb {:.2f} MB, compact.glb {:.2f} MB\n", "",
                             std::filesystem::file_size(dir / "bom.xlsx") / 1e6, std::filesystem::file_size(dir / "hall.glb") / 1e6,
                             std::filesystem::file_size(dir / "compact.glb") / 1e6);
    std::filesystem::remove_all(dir);
    try {
        for (int run = 1; run <= 3; ++run) benchVerify(model, catalog);
    } catch (const std::exception& e) {  // colossus-100k's compute fabric is Ethernet: no ibnetdiscover format
        std::cout << fmt::format("  as-built check skipped: {}\n", e.what());
    }
}

#ifdef RACKWEAVE_HAVE_PRINT
/// Printouts (issue 12): the whole work-order book (small designs only: the 4-SU goal is < 5 s)
/// and one crew-day (the Colossus goal is < 2 s, with memory that does not grow with the hall).
void benchPrint(const rw::Model& model, const rw::Catalog& catalog) {
    using namespace rw::install;
    std::cout << "  printouts\n";
    const rw::RoutingResult routes = timed("route (for the plan)", [&] { return rw::Router(model, catalog).routeAll(); });
    PlanSettings settings;
    settings.crews = {40, 20, 10, 40, 60, 10};
    const InstallPlan plan = timed("install plan", [&] { return planInstall(model, routes, loadShippedLabourRates(), settings); });
    const auto book = [&](const WorkOrderFilter& filter, const std::string& file) {
        std::vector<WorkOrder> orders = buildWorkOrders(plan, model, routes, filter);
        std::ostringstream csv;
        writeCutsheetCsv(csv, model, catalog, routes, orders);
        const rw::print::WorkOrderBook pages(plan, model, catalog, routes, std::move(orders), "bench");
        rw::print::writeWorkOrdersPdf(file, pages, csv.str());
        return pages.pageCount();
    };
    const auto file = std::filesystem::temp_directory_path() / fmt::format("rackweave-bench-{}.pdf", ::getpid());
    if (model.cables().size() <= 20000) {
        const int pages = timed("work-order book PDF", [&] { return book({}, file.string()); });
        std::cout << fmt::format("  {:<28} {} pages, {:.1f} MB\n", "", pages, std::filesystem::file_size(file) / 1e6);
    }
    // The busiest crew-day (most cables on one crew's orders of one day): the worst case a
    // supervisor prints, not a day a crew has nothing to do.
    std::map<std::pair<std::string, int>, std::size_t> cablesByCrewDay;
    for (const WorkOrder& w : buildWorkOrders(plan, model, routes)) cablesByCrewDay[{w.crew, w.day}] += w.cables.size();
    const auto busiest = std::max_element(cablesByCrewDay.begin(), cablesByCrewDay.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
    if (busiest == cablesByCrewDay.end()) return;
    const auto& [crew, day] = busiest->first;
    const int pages = timed("busiest crew-day PDF", [&] { return book({crew, day}, file.string()); });
    std::cout << fmt::format("  {:<28} {} day {}: {} cables, {} pages, {:.1f} MB\n", "", crew, day, busiest->second, pages,
                             std::filesystem::file_size(file) / 1e6);
    std::filesystem::remove(file);
}
#endif

/// --scale (issue #13): one line per spec for the closing table: the design, whether it is
/// buildable as generated, and what generating it (which routes it) cost, per cable too.
/// Run one spec per process: the peak is the process's.
void benchScale(const std::filesystem::path& spec, const rw::Catalog& catalog) {
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = cpuSeconds();
    const rw::GenerateResult result = rw::generate(rw::parseSpecFile(spec, catalog), catalog);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpuSeconds() - cpuStart;
    const double peak = peakMiB();
    const rw::RoutingResult& routes = *result.routes;
    std::size_t gpus = 0;
    result.model.devices().forEach([&](rw::DeviceId, const rw::Device& d) {
        if (d.role != rw::DeviceRole::GpuNode) return;
        if (const rw::CatalogEntry* e = catalog.find(result.model.text(d.catalog)); e && e->compute) gpus += e->compute->gpus;
    });
    const std::size_t cables = result.model.cables().size();
    // Tray hops: each routed cable's segments, summed. The router must add every cable to every
    // segment it passes (fill and weight), so this is the size of its work; it grows faster than
    // the cables because a bigger hall has longer runs. Time per hop shows the growth that is
    // the algorithm's own.
    std::size_t hops = 0;
    for (const rw::CableRoute& c : routes.cables)
        if (c.status == rw::RouteStatus::Routed) hops += routes.routes[c.route].segments.size();
    std::cout << fmt::format("{:<22} {:>7} GPUs {:>9} cables {:>6} unrouted {:>4} trays over   quality {:.4f}   "
                             "generate+route {:6.2f} s wall {:6.2f} s cpu ({:.2f} us cpu/cable; {:.1f} tray hops/cable, "
                             "{:.1f} ns cpu/hop)   peak {:6.0f} MiB\n",
                             spec.stem().string(), gpus, cables, routes.countWith(rw::RouteStatus::Unrouted),
                             rw::overfilledSegments(result.model, catalog, routes).size(),
                             rw::measureRouteQuality(result.model, catalog, routes).total.ratio(), wall, cpu, cpu / double(cables) * 1e6,
                             double(hops) / double(cables), cpu / double(hops) * 1e9, peak);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> specs;
    bool installOnly = false;  // --install: skip the routing benches, time only the install plan
    bool powerOnly = false;    // --power: stop after the power and cooling checks
    bool printOnly = false;    // --print: only the printouts (work-order book, one crew-day)
    bool verifyOnly = false;   // --verify: only the as-built check
    bool exchangeOnly = false; // --exchange: only the exchange exports and the as-built check
    bool scaleOnly = false;    // --scale: one line per spec for issue #13's table
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--install") installOnly = true;
        else if (std::string(argv[i]) == "--power") powerOnly = true;
        else if (std::string(argv[i]) == "--print") printOnly = true;
        else if (std::string(argv[i]) == "--verify") verifyOnly = true;
        else if (std::string(argv[i]) == "--exchange") exchangeOnly = true;
        else if (std::string(argv[i]) == "--scale") scaleOnly = true;
        else specs.emplace_back(argv[i]);
    }
    if (specs.empty()) specs.emplace_back(std::filesystem::path(RACKWEAVE_SOURCE_DIR) / "examples" / "colossus-100k.json");
    try {
        const rw::Catalog catalog = timed("load catalog", [] { return rw::Catalog::loadStandard(); });
        if (scaleOnly) {
            for (const auto& spec : specs) benchScale(spec, catalog);
            return 0;
        }
        for (const auto& spec : specs) {
            std::cout << spec.filename().string() << '\n';
            const auto total = std::chrono::steady_clock::now();
            const rw::ClusterSpec parsed = timed("parse spec", [&] { return rw::parseSpecFile(spec, catalog); });
            const rw::GenerateResult result = timed("generate (and route)", [&] { return rw::generate(parsed, catalog); });
            if (result.routes)
                std::cout << fmt::format("  {:<28} {:>8}\n", "routes == a full route", *result.routes == rw::Router(result.model, catalog).routeAll() ? "yes" : "NO");
            const auto file = std::filesystem::temp_directory_path() / fmt::format("rackweave-bench-{}.rackweave", ::getpid());
            timed("save", [&] { rw::saveProject(result.model, file); return 0; });
            std::cout << fmt::format("  {:<28} {:8.3f} s   ({} racks, {} devices, {} ports, {} links, {} cables)\n", "generate + save",
                                     std::chrono::duration<double>(std::chrono::steady_clock::now() - total).count(),
                                     result.model.racks().size(), result.model.devices().size(), result.model.ports().size(),
                                     result.model.links().size(), result.model.cables().size());
            const rw::Model loaded = timed("open", [&] { return rw::openProject(file); });
            std::cout << fmt::format("  {:<28} {:>8}\n", "round trip identical", loaded == result.model ? "yes" : "NO");
            std::filesystem::remove(file);

            if (verifyOnly) {
                benchVerify(result.model, catalog);
                continue;
            }
            if (exchangeOnly) {
                benchExchange(result.model, catalog);
                continue;
            }
            if (!printOnly) benchPower(result.model, catalog);
            if (powerOnly) continue;

#ifdef RACKWEAVE_HAVE_PRINT
            if (printOnly) {
                if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
                int qtArgc = 1;
                char name[] = "rackweave-bench";
                char* qtArgv[] = {name, nullptr};
                const QGuiApplication app(qtArgc, qtArgv);  // fonts for the painted text
                benchPrint(result.model, catalog);
                continue;
            }
#endif
            // Routing (issue 5): as generated, and with every tray at half width (a congested
            // design, as users undersize trays); each routed in full, then rerouted after one rack
            // move and after one tray edit.
            if (!installOnly && !printOnly) {
                benchRouting("as generated", result.model, catalog, 1);
                benchRouting("trays at half width", result.model, catalog, 2);
            }
            benchInstall(result.model, catalog);
        }
    } catch (const std::exception& e) {
        std::cerr << "rackweave-bench: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
