#include "exchange/NetboxPack.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <set>

#include "catalog/NetboxTypes.h"
#include "exchange/NetboxDeviceTypes.h"
#include "install/CableLabels.h"
#include "reports/CablesCsv.h"
#include "util/Csv.h"
#include "util/Errors.h"

namespace rw::netbox {

namespace {

constexpr Version kFirstSupported{4, 0, 0};
constexpr Version kLastSupported{4, 6, 99};

// Cable colours by fabric (6-digit hex without '#', which every NetBox 4.x takes). NetBox only
// displays them; these are the fabric colours the pack uses so a hall reads the same in NetBox
// as on its labels' colour bands: blue compute, orange storage, green in-band, grey OOB,
// purple NVLink, red power.
std::string_view fabricColour(Fabric f) {
    switch (f) {
        case Fabric::Compute: return "2196f3";
        case Fabric::Storage: return "ff9800";
        case Fabric::Inband: return "4caf50";
        case Fabric::Oob: return "9e9e9e";
        case Fabric::Nvlink: return "9c27b0";
        case Fabric::Power: return "f44336";
    }
    return "";
}

// NetBox cable type (CableTypeChoices) of a cable's media; fibre grade and copper category from
// the chosen part when it says. NetBox has no active-copper type: ACC goes as dac-active.
std::string_view cableType(Media media, const CatalogEntry* part) {
    const std::string grade = part && part->cable ? part->cable->fiberType : "";
    switch (media) {
        case Media::Dac: case Media::NvlinkCopper: return "dac-passive";
        case Media::Acc: return "dac-active";
        case Media::Aoc: return "aoc";
        case Media::MultimodeFiber: return grade == "OM3" ? "mmf-om3" : grade == "OM5" ? "mmf-om5" : "mmf-om4";
        case Media::SinglemodeFiber: return "smf-os2";
        case Media::Copper: return grade == "Cat6" ? "cat6" : "cat6a";
        case Media::PowerCord: return "power";
        case Media::Auto: return "";
    }
    return "";
}

std::string metres(std::uint32_t mm) { return mm == 0 ? "" : fmt::format("{:g}", std::round(mm / 10.0) / 100.0); }

struct Table {
    std::string base;  // "07-cables"
    std::string header;
    std::vector<std::string> rows;
};

// A table as one file, or as numbered parts of at most `rowsPerFile` rows, each with the header.
void addTable(std::vector<PackFile>& files, const Table& t, std::size_t rowsPerFile) {
    if (t.rows.empty()) return;
    const std::size_t per = std::max<std::size_t>(1, rowsPerFile);
    const std::size_t parts = (t.rows.size() + per - 1) / per;
    for (std::size_t part = 0; part < parts; ++part) {
        PackFile f;
        f.path = parts == 1 ? t.base + ".csv" : fmt::format("{}-{:03}.csv", t.base, part + 1);
        f.text = t.header + "\n";
        for (std::size_t r = part * per; r < std::min(t.rows.size(), (part + 1) * per); ++r) f.text += t.rows[r] + "\n";
        files.push_back(std::move(f));
    }
}

std::string row(std::initializer_list<std::string_view> fields) {
    std::string out;
    bool first = true;
    for (auto f : fields) {
        if (!first) out += ',';
        first = false;
        out += csvField(f);
    }
    return out;
}

class PackWriter {
public:
    PackWriter(const Model& m, const Catalog& c, const RoutingResult& r, const PackOptions& o)
        : m_(m), catalog_(c), routes_(r), options_(o), siteColumns_(o.version >= kFirstSiteColumns) {}

    std::vector<PackFile> run(PackSummary& summary);

private:
    const CatalogEntry& entryOf(const Device& d) const {
        const CatalogEntry* e = catalog_.find(m_.text(d.catalog));
        if (!e) throw InputError(fmt::format("device '{}': unknown catalog entry '{}'", d.name, m_.text(d.catalog)));
        return *e;
    }
    std::string hallName(HallId h) const { return m_.halls().contains(h) ? m_.halls()[h].name : ""; }
    void deviceTypes(std::vector<PackFile>& files, PackSummary& summary);
    Table racks(PackSummary& summary) const;
    Table devices(PackSummary& summary) const;
    void cables(Table& data, Table& power, PackSummary& summary) const;
    void powerFeeds(Table& panels, Table& feeds, Table& powerCables, PackSummary& summary) const;
    std::string cableHeader() const {
        const std::string a = siteColumns_ ? "side_a_site," : "", b = siteColumns_ ? "side_b_site," : "";
        const std::string pa = powerPanelEnds() ? "side_a_power_panel," : "", pb = powerPanelEnds() ? "side_b_power_panel," : "";
        return a + "side_a_device," + pa + "side_a_type,side_a_name," + b + "side_b_device," + pb +
               "side_b_type,side_b_name,type,status,label,color,length,length_unit,description";
    }
    bool powerPanelEnds() const { return options_.version >= kFirstPowerPanelEnds; }
    // One end of a cable row: [site,] device, [power panel,] type, name.
    std::string end(std::string_view device, std::string_view panel, std::string_view type, std::string_view name) const {
        std::string out = siteColumns_ ? csvField(site_) + "," : "";
        out += csvField(device) + ",";
        if (powerPanelEnds()) out += csvField(panel) + ",";
        return out + csvField(type) + "," + csvField(name);
    }

    const Model& m_;
    const Catalog& catalog_;
    const RoutingResult& routes_;
    const PackOptions& options_;
    const bool siteColumns_;
    std::string site_;
    std::map<std::string, std::string, std::less<>> netboxModel_;  // catalog id -> NetBox model name
    DesignPorts design_;
};

void PackWriter::deviceTypes(std::vector<PackFile>& files, PackSummary& summary) {
    std::set<std::string, std::less<>> used;
    m_.devices().forEach([&](DeviceId, const Device& d) { used.insert(entryOf(d).id); });
    design_ = designPorts(m_, catalog_);
    std::set<std::pair<std::string, std::string>> taken;  // (manufacturer, model): NetBox's unique key
    std::map<std::string, std::string> manufacturers;     // name -> slug
    for (const std::string& id : used) {
        const CatalogEntry& e = *catalog_.find(id);
        std::string model = e.model.empty() ? e.id : e.model;
        if (!taken.emplace(e.vendor, model).second) model = fmt::format("{} ({})", model, e.id);
        taken.emplace(e.vendor, model);
        netboxModel_[id] = model;
        manufacturers.emplace(e.vendor, slugify(e.vendor));
        files.push_back({fmt::format("00b-device-types/{}.yaml", id), deviceTypeYaml(e, model, design_)});
        ++summary.deviceTypes;
    }
    Table t{"00a-manufacturers", "name,slug", {}};
    for (const auto& [name, slug] : manufacturers) t.rows.push_back(row({name, slug}));
    // Manufacturers go before the device types that name them.
    std::vector<PackFile> first;
    addTable(first, t, options_.rowsPerFile);
    files.insert(files.begin(), first.begin(), first.end());
}

Table PackWriter::racks(PackSummary& summary) const {
    Table t{"03-racks", "site,location,name,status,width,u_height", {}};
    m_.racks().forEach([&](RackId, const Rack& r) {
        const CatalogEntry* e = catalog_.find(m_.text(r.catalog));
        const int u = e && e->rack ? e->rack->uHeight : e ? e->uHeight : 0;
        if (u <= 0) throw InputError(fmt::format("rack '{}': catalog entry '{}' gives no height in U", r.name, m_.text(r.catalog)));
        t.rows.push_back(row({site_, hallName(r.hall), r.name, "planned", "19", std::to_string(u)}));
        ++summary.racks;
    });
    return t;
}

Table PackWriter::devices(PackSummary& summary) const {
    Table t{"06-devices", "name,role,manufacturer,device_type,status,site,location,rack,position,face", {}};
    std::set<std::string, std::less<>> names;
    m_.devices().forEach([&](DeviceId, const Device& d) {
        const CatalogEntry& e = entryOf(d);
        if (!names.insert(d.name).second)
            summary.warnings.push_back(fmt::format("device name '{}' is used twice; NetBox needs names unique per site", d.name));
        const Rack* rack = m_.racks().find(d.rack);
        // NetBox places a 0U device (a vertical PDU) in a rack without a position or face.
        const bool mounted = e.uHeight > 0 && rack;
        t.rows.push_back(row({d.name, toString(d.role), e.vendor, netboxModel_.at(e.id), "planned", site_,
                              rack ? hallName(rack->hall) : "", rack ? rack->name : "",
                              mounted ? std::to_string(d.uPosition) : "", mounted ? toString(d.face) : ""}));
        ++summary.devices;
    });
    return t;
}

void PackWriter::cables(Table& data, Table& power, PackSummary& summary) const {
    data = {"07-cables", cableHeader(), {}};
    power = {"08-power-cables", cableHeader(), {}};
    std::set<std::string, std::less<>> warned;  // one note per device type port, not per cable
    const auto warn = [&](std::string text) {
        if (warned.insert(text).second) summary.warnings.push_back(std::move(text));
    };
    const auto dataEnd = [&](PortId p, std::uint8_t sub) {
        const Port& port = m_.ports()[p];
        const Device& d = m_.devices()[port.device];
        const std::string name = cableEndPortName(m_, catalog_, p, sub, nullptr);
        const CatalogEntry& e = entryOf(d);
        const PortSpec* spec = e.device ? e.device->findPort(m_.text(port.name)) : nullptr;
        if (!spec) {
            warn(fmt::format("port {}: not in device type '{}'", name, e.id));
        }  // else the device type lists `name`: designPorts saw the split it is at
        return end(d.name, "", "dcim.interface", name);
    };
    const auto powerEnd = [&](PortId p) {
        const Port& port = m_.ports()[p];
        const Device& d = m_.devices()[port.device];
        const CatalogEntry& e = entryOf(d);
        const PortSpec* spec = e.device ? e.device->findPort(m_.text(port.name)) : nullptr;
        const bool outlet = spec && spec->role == PortRole::Outlet;
        return end(d.name, "", outlet ? "dcim.poweroutlet" : "dcim.powerport", m_.text(port.name));
    };
    m_.cables().forEach([&](CableId id, const Cable& c) {
        const Link& l = m_.links()[c.first];
        const CableRoute* route = id.value < routes_.cables.size() ? &routes_.cables[id.value] : nullptr;
        const Media media = route && route->media != Media::Auto ? route->media : c.media;
        const CatalogEntry* part = route && route->sku != kNoRoute ? catalog_.find(routes_.skus[route->sku])
                                   : !m_.text(c.sku).empty()    ? catalog_.find(m_.text(c.sku))
                                                                : nullptr;
        const std::uint32_t mm = route && route->orderedMm > 0 ? route->orderedMm
                                 : route && route->lengthMm > 0 ? route->lengthMm
                                                                : c.lengthMm;
        std::string description;
        if (c.second) {  // NetBox's CSV takes one termination per side: the second link is named here
            const Link& s = m_.links()[c.second];
            description = fmt::format("also carries {}:{} - {}:{}", m_.devices()[m_.ports()[s.a].device].name,
                                      cableEndPortName(m_, catalog_, s.a, s.aSub, nullptr),
                                      m_.devices()[m_.ports()[s.b].device].name,
                                      cableEndPortName(m_, catalog_, s.b, s.bSub, nullptr));
        }
        if (media == Media::Acc) description += std::string(description.empty() ? "" : "; ") + "active copper (ACC)";
        const bool isPower = l.fabric == Fabric::Power;
        const std::string ends = isPower ? powerEnd(l.a) + "," + powerEnd(l.b) : dataEnd(l.a, l.aSub) + "," + dataEnd(l.b, l.bSub);
        const std::string tail = row({cableType(media, part), "planned", install::cableIdText(id), fabricColour(l.fabric),
                                      metres(mm), mm ? "m" : "", description});
        (isPower ? power : data).rows.push_back(ends + "," + tail);
        ++(isPower ? summary.powerCables : summary.cables);
    });
}

void PackWriter::powerFeeds(Table& panels, Table& feeds, Table& powerCables, PackSummary& summary) const {
    panels = {"04-power-panels", "site,location,name", {}};
    feeds = {"05-power-feeds", "site,power_panel,location,rack,name,status,type,supply,phase,voltage,amperage", {}};
    m_.panels().forEach([&](PanelId, const PowerPanel& p) { panels.rows.push_back(row({site_, hallName(p.hall), p.name})); });
    std::size_t leftOut = 0;
    m_.circuits().forEach([&](CircuitId, const Circuit& c) {
        const PowerPanel& panel = m_.panels()[c.panel];
        const Device& pdu = m_.devices()[c.pdu];
        const Rack* rack = m_.racks().find(pdu.rack);
        const bool primary = !m_.feeds().contains(panel.feed) || m_.feeds()[panel.feed].side == FeedSide::A;
        const std::string name = pdu.name;  // one circuit per rack PDU: its name names the feed
        feeds.rows.push_back(row({site_, panel.name, rack ? hallName(rack->hall) : hallName(panel.hall), rack ? rack->name : "",
                                  name, "planned", primary ? "primary" : "redundant", "ac",
                                  c.phases == 3 ? "three-phase" : "single-phase", std::to_string(c.voltage),
                                  std::to_string(c.breakerAmps)}));
        if (!powerPanelEnds()) {
            ++leftOut;
            return;
        }
        const std::string row0 = end(pdu.name, "", "dcim.powerport", pduInletName(entryOf(pdu))) + "," +
                                  end("", panel.name, "dcim.powerfeed", name);
        powerCables.rows.push_back(row0 + "," + row({"power", "planned", "", fabricColour(Fabric::Power), "", "", "feed to rack PDU"}));
        ++summary.powerCables;
    });
    if (leftOut > 0)
        summary.warnings.push_back(fmt::format("{} power feed to PDU cables left out: NetBox before 4.5.8 cannot import a cable "
                                               "ending on a power feed (connect them in NetBox by hand)", leftOut));
}

std::string readme(const std::vector<PackFile>& files, const PackOptions& o, const PackSummary& s) {
    std::string text = fmt::format(
        "# NetBox import pack\n\nWritten by Rackweave for NetBox {}.{}{}. Import the files in this order (Import on each\n"
        "object list, or `Import` in the REST API); each file is one transaction. Device types first:\n"
        "NetBox creates each device's interfaces and power ports from its type, and the cable rows name\n"
        "those ports.\n\n",
        o.version.major, o.version.minor, o.version.patch ? fmt::format(".{}", o.version.patch) : "");
    std::string previous;
    int step = 0;
    for (const PackFile& f : files) {
        const auto slash = f.path.find('/');
        const std::string group = slash == std::string::npos ? f.path : f.path.substr(0, slash + 1);
        if (group == previous) continue;
        previous = group;
        const char* where = group.ends_with("/") ? " (Device Types > Import, one YAML each)" : "";
        text += fmt::format("{}. {}{}\n", ++step, group, where);
    }
    text += fmt::format("\n{} racks, {} devices, {} device types, {} cables, {} power cables; tables longer than {} rows\n"
                        "are split into numbered parts.\n",
                        s.racks, s.devices, s.deviceTypes, s.cables, s.powerCables, o.rowsPerFile);
    if (!s.warnings.empty()) {
        text += "\nNotes:\n";
        for (const auto& w : s.warnings) text += "- " + w + "\n";
    }
    return text;
}

std::vector<PackFile> PackWriter::run(PackSummary& summary) {
    site_ = m_.site.name.empty() ? "Site" : m_.site.name;
    if (m_.site.name.empty()) summary.warnings.push_back("the design names no site; the pack calls it 'Site'");
    std::vector<PackFile> files;
    deviceTypes(files, summary);
    Table roles{"00c-device-roles", "name,slug,color", {}};
    std::set<DeviceRole> usedRoles;
    m_.devices().forEach([&](DeviceId, const Device& d) { usedRoles.insert(d.role); });
    for (DeviceRole r : usedRoles) roles.rows.push_back(row({toString(r), toString(r), "9e9e9e"}));
    addTable(files, roles, options_.rowsPerFile);
    addTable(files, {"01-sites", "name,slug,status", {row({site_, slugify(site_), "planned"})}}, options_.rowsPerFile);
    Table locations{"02-locations", "site,name,slug,status", {}};
    m_.halls().forEach([&](HallId, const Hall& h) { locations.rows.push_back(row({site_, h.name, slugify(h.name), "planned"})); });
    addTable(files, locations, options_.rowsPerFile);
    addTable(files, racks(summary), options_.rowsPerFile);
    Table panels, feeds, data, power;
    cables(data, power, summary);
    powerFeeds(panels, feeds, power, summary);
    addTable(files, panels, options_.rowsPerFile);
    addTable(files, feeds, options_.rowsPerFile);
    addTable(files, devices(summary), options_.rowsPerFile);
    addTable(files, data, options_.rowsPerFile);
    addTable(files, power, options_.rowsPerFile);
    files.push_back({"README.md", readme(files, options_, summary)});
    return files;
}

}  // namespace

std::optional<Version> parseVersion(std::string_view text) noexcept {
    Version v{0, 0, 0};
    int* parts[] = {&v.major, &v.minor, &v.patch};
    std::size_t count = 0;
    const char* p = text.data();
    const char* endp = text.data() + text.size();
    while (p < endp && count < 3) {
        auto [next, ec] = std::from_chars(p, endp, *parts[count]);
        if (ec != std::errc() || next == p) return std::nullopt;
        ++count;
        p = next;
        if (p < endp && *p != '.') return std::nullopt;
        if (p < endp) ++p;
        if (p == endp && text.back() == '.') return std::nullopt;
    }
    if (p != endp || count < 2) return std::nullopt;
    if (v < kFirstSupported || v > kLastSupported) return std::nullopt;
    return v;
}

std::vector<PackFile> netboxPack(const Model& model, const Catalog& catalog, const RoutingResult& routes,
                                 const PackOptions& options, PackSummary* summary) {
    PackSummary local;
    PackSummary& s = summary ? *summary : local;
    return PackWriter(model, catalog, routes, options).run(s);
}

}  // namespace rw::netbox
