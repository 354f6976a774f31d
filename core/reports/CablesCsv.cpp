#include "reports/CablesCsv.h"

#include <fmt/format.h>

#include <ostream>
#include <string>
#include <string_view>

#include "catalog/Catalog.h"
#include "util/Csv.h"

namespace rw {
namespace {

/// The vendor's label of one sub-port: the catalog's sub-port name for a split cage (e.g.
/// "OSFP4P2"), "<cage>/<n>" when the catalog has none at this split, the cage name when unsplit.
std::string subPortName(const Model& m, const Catalog& catalog, const Port& port, std::uint8_t sub) {
    const std::string_view cage = m.text(port.name);
    if (port.split <= 1) return std::string(cage);
    if (const CatalogEntry* entry = catalog.find(m.text(m.devices()[port.device].catalog)); entry && entry->device)
        if (const PortSpec* spec = entry->device->findPort(cage); spec && spec->split == port.split && sub < spec->subPorts.size())
            return spec->subPorts[sub].name;
    return fmt::format("{}/{}", cage, sub + 1);
}

}  // namespace

std::string cableEndPortName(const Model& m, const Catalog& catalog, PortId p, std::uint8_t sub, const Link* second) {
    const Port& port = m.ports()[p];
    std::string name = subPortName(m, catalog, port, sub);
    if (second && (second->a == p || second->b == p)) {
        const std::uint8_t other = second->a == p ? second->aSub : second->bSub;
        if (other != sub) name += "+" + subPortName(m, catalog, port, other);
    }
    return name;
}

void writeCablesCsv(std::ostream& out, const Model& m, const Catalog& catalog, const RoutingResult& r) {
    out << "id,fabric,a_rack,a_u,a_device,a_port,b_rack,b_u,b_device,b_port,media,sku,routed_length_m,ordered_length_m,"
           "status,tray_segments\n";
    // The port column names the sub-port the cable plugs into (OSFP4P2), not only its cage (OSFP4):
    // a split cage carries several cables. A 2-link cable into both sub-ports of one cage lists both.
    const auto end = [&](PortId p, std::uint8_t sub, const Link* second) {
        const Port& port = m.ports()[p];
        const Device& d = m.devices()[port.device];
        const Rack* rack = m.racks().find(d.rack);
        const std::string name = cableEndPortName(m, catalog, p, sub, second);
        return fmt::format("{},{},{},{}", spreadsheetCsvField(rack ? rack->name : ""), d.uPosition, spreadsheetCsvField(d.name), spreadsheetCsvField(name));
    };
    m.cables().forEach([&](CableId id, const Cable& c) {
        const Link& l = m.links()[c.first];
        const Link* second = c.second ? &m.links()[c.second] : nullptr;
        const CableRoute* cr = r.find(id);
        const CableRoute none{};
        const CableRoute& route = cr ? *cr : none;
        std::string segments;
        if (route.route != kNoRoute)
            for (TrayId s : r.routes[route.route].segments) segments += fmt::format("{}{}", segments.empty() ? "" : " ", s.value);
        const std::string status = route.status == RouteStatus::Unrouted
                                       ? fmt::format("unrouted: {}", toString(route.reason))
                                       : std::string(toString(route.status));
        out << fmt::format("{},{},{},{},{},{},{:.3f},{:.3f},{},{}\n", id.value, toString(l.fabric), end(l.a, l.aSub, second), end(l.b, l.bSub, second),
                           toString(route.media), route.sku != kNoRoute ? spreadsheetCsvField(r.skus[route.sku]) : "",
                           route.lengthMm / 1000.0, route.orderedMm / 1000.0, spreadsheetCsvField(status), segments);
    });
}


}  // namespace rw
