#include "install/WorkOrders.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <ostream>
#include <tuple>

#include "install/CableLabels.h"
#include "reports/CablesCsv.h"
#include "util/Csv.h"
#include "util/Errors.h"

namespace rw::install {
namespace {

std::string zoneOf(const Model& model, const WorkPackage& p) {
    for (RackId r : p.racks)
        if (const Rack* rack = model.racks().find(r)) return spaceIdentifier(model, rack->hall);
    return "SITE";  // hall-wide work: the as-built check, a tray run outside any rack's footprint
}

/// Pull order inside one package (see buildWorkOrders).
void sortForPulling(std::vector<CableId>& cables, const RoutingResult& routes) {
    const auto key = [&](CableId c) {
        const CableRoute* r = routes.find(c);
        return std::make_tuple(r ? r->route : kNoRoute, r ? -static_cast<std::int64_t>(r->orderedMm) : 0, c.value);
    };
    std::sort(cables.begin(), cables.end(), [&](CableId a, CableId b) { return key(a) < key(b); });
}

}  // namespace

std::string compactTrayPath(const std::vector<TrayId>& segments) {
    std::string out;
    for (std::size_t i = 0; i < segments.size();) {
        std::size_t j = i;
        while (j + 1 < segments.size() && segments[j + 1].value == segments[j].value + 1) ++j;
        out += fmt::format("{}T{}", out.empty() ? "" : " ", segments[i].value);
        if (j > i) out += fmt::format("{}T{}", j == i + 1 ? " " : "-", segments[j].value);
        i = j + 1;
    }
    return out;
}

void checkWorkOrderFilter(const InstallPlan& plan, const WorkOrderFilter& filter) {
    if (filter.day && (*filter.day < 1 || *filter.day > plan.workingDays()))
        throw InputError(fmt::format("--day: {} is outside this plan's working days (1 to {})", *filter.day, plan.workingDays()));
    if (!filter.crew) return;
    const std::string& name = *filter.crew;
    const auto dash = name.rfind('-');
    const auto trade = dash == std::string::npos ? std::nullopt : parseEnum<Trade>(name.substr(0, dash));
    if (!trade) {
        std::string known;
        for (const auto& [t, n] : EnumNames<Trade>::table) known += fmt::format("{}{}-01", known.empty() ? "" : ", ", n);
        throw InputError(fmt::format("--crew: unknown crew '{}'; expected TRADE-NN, e.g. {}", name, known));
    }
    const int crews = plan.crews[static_cast<std::size_t>(*trade)];
    for (int n = 1; n <= crews; ++n)
        if (crewName(*trade, n) == name) return;
    throw InputError(fmt::format("--crew: unknown crew '{}' (this plan has {} to {})", name, crewName(*trade, 1),
                                 crewName(*trade, crews)));
}

std::vector<WorkOrder> buildWorkOrders(const InstallPlan& plan, const Model& model, const RoutingResult& routes,
                                       const WorkOrderFilter& filter) {
    std::vector<int> order(static_cast<std::size_t>(plan.packageCount()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return plan.schedule.start[a] < plan.schedule.start[b]; });
    // (day, trade, crew number, zone) -> work order; a map keeps the book in that order.
    std::map<std::tuple<int, int, int, std::string>, WorkOrder> byKey;
    for (int p : order) {
        const int crew = plan.crewNumber(p);
        if (crew == 0) continue;  // a milestone: nobody's work
        const std::string crewName = plan.crewName(p);
        if (filter.crew && *filter.crew != crewName) continue;
        const WorkPackage& package = plan.work.packages[static_cast<std::size_t>(p)];
        const std::vector<WorkCalendar::Piece> pieces = plan.pieces(p);
        const std::string zone = zoneOf(model, package);
        std::vector<CableId> cables = package.cables;
        sortForPulling(cables, routes);
        // The cables pulled by the end of each piece, in proportion to the working time done.
        const auto pulledBy = [&](int minute) {
            const auto n = static_cast<std::int64_t>(cables.size());
            const std::int64_t done = minute - plan.schedule.start[p], all = plan.duration(p);
            return static_cast<std::size_t>(all == 0 ? n : (n * done + all / 2) / all);
        };
        for (std::size_t k = 0; k < pieces.size(); ++k) {
            const WorkCalendar::Piece& piece = pieces[k];
            const int day = piece.day + 1;
            if (filter.day && *filter.day != day) continue;
            WorkOrder& w = byKey[{day, static_cast<int>(package.trade), crew, zone}];
            if (w.packages.empty()) {
                w.crew = crewName;
                w.trade = package.trade;
                w.day = day;
                w.zone = zone;
            }
            const std::size_t from = pulledBy(piece.start), to = k + 1 == pieces.size() ? cables.size() : pulledBy(piece.finish);
            w.packages.push_back(p);
            w.parts.push_back({static_cast<int>(k) + 1, static_cast<int>(pieces.size()), piece.start, piece.finish, to - from});
            w.cables.insert(w.cables.end(), cables.begin() + static_cast<std::ptrdiff_t>(from),
                            cables.begin() + static_cast<std::ptrdiff_t>(to));
        }
    }
    std::vector<WorkOrder> out;
    out.reserve(byKey.size());
    for (auto& [key, w] : byKey) out.push_back(std::move(w));
    return out;
}

CutsheetRow cutsheetRow(const Model& model, const Catalog& catalog, const RoutingResult& routes, CableId cable, int pullOrder) {
    const Cable& c = model.cables()[cable];
    const Link& link = model.links()[c.first];
    const Link* second = c.second ? &model.links()[c.second] : nullptr;
    CutsheetRow row;
    row.pullOrder = pullOrder;
    row.cableId = cableIdText(cable);
    const auto end = [&](PortId p, std::uint8_t sub, std::string& rack, int& u, std::string& device, std::string& port) {
        const Device& d = model.devices()[model.ports()[p].device];
        const Rack* r = model.racks().find(d.rack);
        rack = r ? r->name : "";
        u = d.uPosition;
        device = d.name;
        port = cableEndPortName(model, catalog, p, sub, second);
    };
    end(link.a, link.aSub, row.aRack, row.aU, row.aDevice, row.aPort);
    end(link.b, link.bSub, row.bRack, row.bU, row.bDevice, row.bPort);
    if (const CableRoute* r = routes.find(cable)) {
        row.media = std::string(toString(r->media));
        if (r->sku != kNoRoute) row.sku = routes.skus[r->sku];
        row.orderedMetres = r->orderedMm / 1000.0;
        if (r->route != kNoRoute)
            row.trayPath = compactTrayPath(routes.routes[r->route].segments);
        else if (r->status == RouteStatus::InRack)
            row.trayPath = "in rack";
    }
    row.label = cableLabels(model, catalog, cable)[0].text();
    return row;
}

std::vector<std::string> prerequisiteLines(const InstallPlan& plan, int package) {
    std::vector<std::string> lines;
    for (int q : plan.work.packages[static_cast<std::size_t>(package)].predecessors) {
        const std::string crew = plan.crewName(q);
        lines.push_back(fmt::format("{} ({}{}day {}, {})", plan.work.packages[static_cast<std::size_t>(q)].name,
                                    crew, crew.empty() ? "" : ", ", plan.finishMoment(q).day + 1,
                                    WorkCalendar::dateTime(plan.finishMoment(q)).substr(11, 5)));
    }
    return lines;
}

void writeCutsheetCsv(std::ostream& out, const Model& model, const Catalog& catalog, const RoutingResult& routes,
                      const std::vector<WorkOrder>& orders) {
    out << "crew,day,zone,pull_order,cable,a_rack,a_u,a_device,a_port,b_rack,b_u,b_device,b_port,media,sku,ordered_length_m,"
           "tray_path,label\n";
    for (const WorkOrder& w : orders)
        for (std::size_t i = 0; i < w.cables.size(); ++i) {
            const CutsheetRow r = cutsheetRow(model, catalog, routes, w.cables[i], static_cast<int>(i) + 1);
            out << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{:.3f},{},{}\n", w.crew, w.day, w.zone, r.pullOrder,
                               r.cableId, spreadsheetCsvField(r.aRack), r.aU, spreadsheetCsvField(r.aDevice), spreadsheetCsvField(r.aPort), spreadsheetCsvField(r.bRack), r.bU,
                               spreadsheetCsvField(r.bDevice), spreadsheetCsvField(r.bPort), r.media, spreadsheetCsvField(r.sku), r.orderedMetres,
                               r.trayPath, spreadsheetCsvField(r.label));
        }
}

}  // namespace rw::install
