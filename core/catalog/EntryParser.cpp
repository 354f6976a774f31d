#include "catalog/EntryParser.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <set>

#include "model/Equipment.h"

namespace rw::catalog_detail {

namespace {

using K = CatalogKind;

bool isOneOf(K kind, std::initializer_list<K> kinds) {
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::string replaceAll(std::string text, std::string_view what, std::string_view with) {
    for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + with.size()))
        text.replace(pos, what.size(), with);
    return text;
}

// ---- common -----------------------------------------------------------------------------------

std::vector<CatalogSource> parseSources(JsonFields& f) {
    const Json* v = f.raw("sources");
    if (v == nullptr) f.fail("sources", "required field is missing: every entry names where its figures come from");
    if (!v->is_array() || v->empty()) f.fail("sources", "expected a non-empty array of {title, url}");
    std::vector<CatalogSource> out;
    for (std::size_t i = 0; i < v->size(); ++i) {
        JsonFields s((*v)[i], indexPath(f.pathOf("sources"), i), f.context());
        CatalogSource src;
        src.title = s.requireString("title");
        src.url = s.requireString("url");
        if (!src.url.starts_with("https://") && !src.url.starts_with("http://") && !src.url.starts_with("file:"))
            s.fail("url", "expected an http(s):// or file: URL");
        s.rejectUnknown();
        out.push_back(std::move(src));
    }
    return out;
}

std::vector<std::string> parseEstimates(JsonFields& f) {
    auto list = f.optStringArray("estimates");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string& p = list[i];
        if (p == "*") continue;
        const std::string first = p.substr(0, p.find('.'));
        if (first.empty() || !f.has(first) || first == "estimates" || first == "sources" || first == "id" ||
            first == "variants")
            f.context().fail(indexPath(f.pathOf("estimates"), i),
                             fmt::format("'{}' does not name a field this entry sets", p));
    }
    return list;
}

Dimensions parseDimensions(JsonFields& f, bool required) {
    Dimensions d;
    const Json* v = f.raw("dimensions_mm");
    if (v == nullptr) {
        if (required) f.fail("dimensions_mm", "required field is missing");
        return d;
    }
    JsonFields g(*v, f.pathOf("dimensions_mm"), f.context());
    d.widthMm = g.requireNumber("width", 1, 100000);
    d.heightMm = g.requireNumber("height", 1, 100000);
    d.depthMm = g.requireNumber("depth", 1, 100000);
    g.rejectUnknown();
    return d;
}

// ---- devices ----------------------------------------------------------------------------------

Redundancy parseRedundancy(JsonFields& f, std::string_view key) {
    const std::string text = f.requireString(key);
    Redundancy r;
    const auto plus = text.find('+');
    try {
        if (plus == std::string::npos) throw std::invalid_argument("no +");
        std::size_t used = 0;
        r.n = std::stoi(text.substr(0, plus), &used);
        if (used != plus) throw std::invalid_argument("junk");
        const std::string rest = text.substr(plus + 1);
        r.m = std::stoi(rest, &used);
        if (used != rest.size()) throw std::invalid_argument("junk");
    } catch (const std::exception&) {
        f.fail(key, fmt::format("'{}' is not of the form N+M (e.g. \"4+2\")", text));
    }
    if (r.n < 1 || r.m < 0) f.fail(key, fmt::format("'{}': N must be >= 1 and M >= 0", text));
    return r;
}

PowerSpec parsePower(JsonFields& f) {
    const Json* v = f.raw("power");
    JsonFields p(*v, f.pathOf("power"), f.context());
    PowerSpec s;
    s.maxW = p.requireNumber("max_w", 0, 1e7);
    s.typicalW = p.optNumber("typical_w", 0, 1e7).value_or(s.maxW);
    if (s.typicalW > s.maxW) p.fail("typical_w", fmt::format("typical {} W exceeds max {} W", s.typicalW, s.maxW));
    s.psuCount = p.optInt("psu_count", 0, 1000).value_or(0);
    if (p.has("psu_redundancy")) {
        s.psuRedundancy = parseRedundancy(p, "psu_redundancy");
        if (s.psuRedundancy.n + s.psuRedundancy.m != s.psuCount)
            p.fail("psu_redundancy", fmt::format("{}+{} does not add up to psu_count {}", s.psuRedundancy.n,
                                                 s.psuRedundancy.m, s.psuCount));
    } else if (s.psuCount > 0) {
        s.psuRedundancy = {s.psuCount, 0};
    }
    s.psuRatingW = p.optNumber("psu_rating_w", 0, 1e6).value_or(0.0);
    s.powerFactor = p.optNumber("power_factor", 0.5, 1.0).value_or(0.0);
    s.inlet = p.optEnum<PortKind>("inlet").value_or(PortKind::Other);
    const auto volts = p.optIntArray("voltage_v", 1, 100000);
    if (p.has("voltage_v")) {
        if (volts.size() != 2 || volts[0] > volts[1])
            p.fail("voltage_v", "expected [min, max] in volts, e.g. [200, 240]");
        s.minVoltage = volts[0];
        s.maxVoltage = volts[1];
    }
    p.rejectUnknown();
    return s;
}

ThermalSpec parseThermal(JsonFields& f) {
    const Json* v = f.raw("thermal");
    JsonFields t(*v, f.pathOf("thermal"), f.context());
    ThermalSpec s;
    s.heatToAirW = t.requireNumber("heat_to_air_w", 0, 1e7);
    s.heatToLiquidW = t.optNumber("heat_to_liquid_w", 0, 1e7).value_or(0.0);
    s.airflow = t.requireEnum<Airflow>("airflow");
    s.airflowCfm = t.optNumber("airflow_cfm", 0, 1e6).value_or(0.0);
    s.coolantFlowLpm = t.optNumber("coolant_flow_lpm", 0, 1e5).value_or(0.0);
    t.rejectUnknown();
    return s;
}

std::uint8_t parseSplitModes(JsonFields& p, std::uint8_t split) {
    const auto modes = p.optIntArray("split_modes", 1, 8);
    std::uint8_t flags = 0;
    for (int m : modes) {
        if (m != 1 && m != 2 && m != 4 && m != 8) p.fail("split_modes", fmt::format("{} is not 1, 2, 4 or 8", m));
        flags |= static_cast<std::uint8_t>(m);
    }
    if (modes.empty()) flags = split;
    if ((flags & split) == 0) p.fail("split_modes", fmt::format("does not include the default split {}", split));
    return flags;
}

// One JSON port object; with "count" it is a group expanded into count cages named by "{n}".
void parsePortObject(const Json& value, const std::string& path, const ErrorContext& ctx,
                     std::vector<PortSpec>& out) {
    JsonFields p(value, path, ctx);
    const std::string name = p.requireString("name");
    const auto count = p.optInt("count", 1, 4096);
    const int first = p.optInt("first", 0, 100000).value_or(1);
    if (count.has_value() != (name.find("{n}") != std::string::npos))
        p.fail("name", "a port group needs both \"count\" and \"{n}\" in its name; a single port has neither");

    PortSpec base;
    base.kind = p.requireEnum<PortKind>("kind");
    base.role = p.requireEnum<PortRole>("role");
    base.speedGbps = static_cast<std::uint16_t>(p.optInt("speed_gbps", 0, 65535).value_or(0));
    base.lanes = static_cast<std::uint8_t>(p.optInt("lanes", 0, 64).value_or(0));
    const int split = p.optInt("split", 1, 8).value_or(1);
    if (split != 1 && split != 2 && split != 4 && split != 8) p.fail("split", "expected 1, 2, 4 or 8");
    base.split = static_cast<std::uint8_t>(split);
    base.splitModes = parseSplitModes(p, base.split);
    // Default sub-port labels: the cage's own name when unsplit, "<cage>/<s>" when split.
    const bool customSubNames = p.has("subport_name");
    const std::string subName = p.optString("subport_name", "{n}/{s}");

    std::vector<SubPortSpec> explicitSubs;
    if (const Json* subs = p.raw("subports")) {
        if (count) p.fail("subports", "a port group cannot list subports; use subport_name");
        if (p.has("subport_name")) p.fail("subport_name", "give either subports or subport_name");
        if (!subs->is_array() || subs->size() != static_cast<std::size_t>(split))
            p.fail("subports", fmt::format("expected an array of {} sub-ports (the split)", split));
        for (std::size_t i = 0; i < subs->size(); ++i) {
            JsonFields s((*subs)[i], indexPath(p.pathOf("subports"), i), ctx);
            SubPortSpec sub;
            sub.name = s.requireString("name");
            sub.gpu = s.optInt("gpu", 0, 1023).value_or(-1);
            sub.rail = s.optInt("rail", 0, 1023).value_or(sub.gpu);
            s.rejectUnknown();
            explicitSubs.push_back(std::move(sub));
        }
    }
    // A group of unsplit NIC cages may give the GPU each one serves (rail = GPU).
    const auto gpus = p.optIntArray("gpus", 0, 1023);
    if (p.has("gpus") && (split != 1 || gpus.size() != static_cast<std::size_t>(count.value_or(1))))
        p.fail("gpus", fmt::format("expected one GPU index per cage ({}) of an unsplit port group", count.value_or(1)));
    p.rejectUnknown();

    const int n = count.value_or(1);
    for (int i = 0; i < n; ++i) {
        PortSpec port = base;
        const std::string number = std::to_string(first + i);
        port.name = replaceAll(name, "{n}", number);
        // In a group "{n}" in subport_name is the number; for a single port it is the port's name.
        const std::string nValue = count && customSubNames ? number : port.name;
        if (!explicitSubs.empty()) {
            port.subPorts = explicitSubs;
        } else if (split == 1 && !customSubNames) {
            const int gpu = gpus.empty() ? -1 : gpus[static_cast<std::size_t>(i)];
            port.subPorts.push_back({port.name, gpu, gpu});
        } else {
            for (int s = 1; s <= split; ++s)
                port.subPorts.push_back({replaceAll(replaceAll(subName, "{n}", nValue), "{s}", std::to_string(s)), -1, -1});
        }
        out.push_back(std::move(port));
    }
}

std::vector<PortSpec> parsePorts(JsonFields& f, bool required) {
    std::vector<PortSpec> ports;
    const Json* v = f.raw("ports");
    if (v == nullptr) {
        if (required) f.fail("ports", "required field is missing");
        return ports;
    }
    const std::string path = f.pathOf("ports");
    if (!v->is_array() || (required && v->empty())) f.context().fail(path, "expected a non-empty array of ports");
    std::vector<std::size_t> firstPortOfItem;
    for (std::size_t i = 0; i < v->size(); ++i) {
        firstPortOfItem.push_back(ports.size());
        parsePortObject((*v)[i], indexPath(path, i), f.context(), ports);
    }
    // Labels must be unique: the generator finds ports by name.
    std::set<std::string> seen;
    for (std::size_t item = 0; item < firstPortOfItem.size(); ++item) {
        const std::size_t end = item + 1 < firstPortOfItem.size() ? firstPortOfItem[item + 1] : ports.size();
        for (std::size_t k = firstPortOfItem[item]; k < end; ++k) {
            std::set<std::string> names{ports[k].name};
            for (const auto& s : ports[k].subPorts) names.insert(s.name);
            for (const auto& nm : names) {
                if (!seen.insert(nm).second)
                    f.context().fail(indexPath(path, item) + ".name", fmt::format("duplicate port name '{}'", nm));
            }
        }
    }
    return ports;
}

DeviceSpec parseDevice(JsonFields& f, bool powerRequired, bool portsRequired) {
    DeviceSpec d;
    if (f.has("power")) d.power = parsePower(f);
    else if (powerRequired) f.fail("power", "required field is missing");
    if (f.has("thermal")) d.thermal = parseThermal(f);
    else if (powerRequired) f.fail("thermal", "required field is missing");
    d.ports = parsePorts(f, portsRequired);
    const auto psus = d.portsWithRole(PortRole::Psu);
    if (!psus.empty() && static_cast<int>(psus.size()) != d.power.psuCount)
        f.fail("ports", fmt::format("{} ports with role psu but power.psu_count is {}", psus.size(), d.power.psuCount));
    return d;
}

// ---- kinds ------------------------------------------------------------------------------------

ComputeSpec parseCompute(JsonFields& f, bool rackScale, std::vector<PendingReference>& refs) {
    ComputeSpec c;
    c.gpus = f.requireInt("gpus", 1, 100000);
    c.gpuModel = f.requireString("gpu_model");
    if (!rackScale) {
        c.defaultNodesPerRack = f.requireInt("default_nodes_per_rack", 1, 256);
        c.defaultRack = f.optString("default_rack");
        if (!c.defaultRack.empty()) refs.push_back({f.pathOf("default_rack"), c.defaultRack, {K::Rack}});
        c.inRackCdu = f.optString("in_rack_cdu");
        if (!c.inRackCdu.empty()) refs.push_back({f.pathOf("in_rack_cdu"), c.inRackCdu, {K::Cdu}});
        c.nvlinkLinks = f.optInt("nvlink_links", 0, 1000000).value_or(0);
    }
    if (const Json* ra = f.raw("reference_architecture")) {
        // Kept as spec text: the spec reader checks it (catalog ids, values) where it is used,
        // with the same rules and messages as a spec's own objects.
        JsonFields r(*ra, f.pathOf("reference_architecture"), f.context());
        const Json* source = r.raw("source");
        if (source == nullptr) r.fail("source", "required field is missing: name where the reference design is published");
        JsonFields s(*source, r.pathOf("source"), f.context());
        c.referenceSource.title = s.requireString("title");
        c.referenceSource.url = s.requireString("url");
        s.rejectUnknown();
        c.referenceEstimate = r.optString("estimate", "");
        c.referenceFile = f.context().file;
        c.referencePath = f.pathOf("reference_architecture");
        Json spec = Json::object();
        for (const char* key : {"fabrics", "power", "cooling"})
            if (const Json* v = r.raw(key)) {
                if (!v->is_object()) r.fail(key, "expected an object, as in a cluster spec");
                spec[key] = *v;
            }
        r.rejectUnknown();
        c.referenceArchitecture = spec.dump();
    }
    return c;
}

RackScaleSpec parseRackScale(JsonFields& f, std::vector<PendingReference>& refs) {
    RackScaleSpec r;
    r.rack = f.requireString("rack");
    refs.push_back({f.pathOf("rack"), r.rack, {K::Rack}});
    r.nvlinkLinks = f.optInt("nvlink_links", 0, 1000000).value_or(0);
    r.nvlinkDomainRacks = f.optInt("nvlink_domain_racks", 1, 16).value_or(1);
    const Json* v = f.raw("members");
    if (v == nullptr || !v->is_array() || v->empty()) f.fail("members", "expected a non-empty array of members");
    for (std::size_t i = 0; i < v->size(); ++i) {
        JsonFields m((*v)[i], indexPath(f.pathOf("members"), i), f.context());
        RackScaleMember member;
        member.entry = m.requireString("entry");
        refs.push_back({m.pathOf("entry"), member.entry,
                        {K::GpuServer, K::Switch, K::Appliance, K::PowerShelf, K::Cdu, K::PatchPanel, K::Pdu}});
        member.count = m.requireInt("count", 1, 1000);
        member.role = m.requireEnum<DeviceRole>("role");
        member.uPositions = m.optIntArray("u_positions", 1, 100);
        if (!member.uPositions.empty() && member.uPositions.size() != static_cast<std::size_t>(member.count))
            m.fail("u_positions", fmt::format("lists {} positions for {} units", member.uPositions.size(), member.count));
        m.rejectUnknown();
        if (member.role == DeviceRole::GpuNode) r.computeNodes += member.count;
        if (member.role == DeviceRole::NvlinkSwitch) r.nvlinkSwitchTrays += member.count;
        r.members.push_back(std::move(member));
    }
    return r;
}

SwitchSpec parseSwitch(JsonFields& f) {
    SwitchSpec s;
    s.protocol = f.requireString("protocol");
    if (s.protocol != "infiniband" && s.protocol != "ethernet" && s.protocol != "nvlink")
        f.fail("protocol", "expected infiniband, ethernet or nvlink");
    s.asic = f.optString("asic");
    s.capacityTbps = f.optNumber("capacity_tbps", 0, 10000).value_or(0.0);
    const auto roles = f.optStringArray("roles");
    for (std::size_t i = 0; i < roles.size(); ++i) {
        auto role = parseEnum<DeviceRole>(roles[i]);
        if (!role)
            f.context().fail(indexPath(f.pathOf("roles"), i),
                             "unknown value '" + roles[i] + "'; expected one of " + JsonFields::namesOf<DeviceRole>());
        s.roles.push_back(*role);
    }
    return s;
}

PowerDistributionSpec parsePowerDistribution(JsonFields& f) {
    PowerDistributionSpec p;
    p.voltage = f.requireNumber("voltage", 1, 100000);
    p.phases = f.requireInt("phases", 1, 3);
    if (p.phases == 2) f.fail("phases", "expected 1 or 3");
    p.amps = f.requireNumber("amps", 0.1, 100000);
    p.inletPlug = f.optString("inlet_plug");
    // Without a stated rating: the nominal apparent power V x A (x sqrt 3 for three phases).
    const double nominalKva = p.voltage * p.amps * (p.phases == 3 ? std::sqrt(3.0) : 1.0) / 1000.0;
    p.ratedKva = f.optNumber("rated_kva", 0, 100000).value_or(nominalKva);
    return p;
}

// "C13-1..6" names the outlets C13-1 to C13-6; a name without ".." names one outlet.
std::vector<std::string> expandOutletNames(const std::string& text) {
    const auto dots = text.find("..");
    const auto dash = text.rfind('-', dots);
    if (dots == std::string::npos || dash == std::string::npos) return {text};
    const std::string prefix = text.substr(0, dash + 1);
    int first = 0, last = -1;
    try {
        first = std::stoi(text.substr(dash + 1, dots - dash - 1));
        last = std::stoi(text.substr(dots + 2));
    } catch (const std::exception&) {
        return {};
    }
    std::vector<std::string> out;
    for (int n = first; n <= last && n - first < 1000; ++n) out.push_back(prefix + std::to_string(n));
    return out;
}

/// A PDU's outlet banks: [{"leg": 1..3, "breaker_amps": 16, "outlets": ["C13-1..3", "C19-1"]}].
/// Every outlet named must be an outlet port of the entry and sit in one bank only.
std::vector<OutletBank> parseBanks(JsonFields& f, const DeviceSpec& device, int phases) {
    std::vector<OutletBank> banks;
    const Json* v = f.raw("banks");
    if (v == nullptr) return banks;
    if (!v->is_array()) f.fail("banks", "expected an array of {leg, breaker_amps, outlets}");
    std::vector<bool> taken(device.ports.size(), false);
    for (std::size_t i = 0; i < v->size(); ++i) {
        JsonFields b((*v)[i], indexPath(f.pathOf("banks"), i), f.context());
        OutletBank bank;
        bank.leg = b.requireInt("leg", 1, phases) - 1;
        bank.breakerAmps = b.requireNumber("breaker_amps", 0.1, 1000);
        for (const std::string& item : b.optStringArray("outlets")) {
            const std::vector<std::string> names = expandOutletNames(item);
            if (names.empty()) b.fail("outlets", fmt::format("'{}' is not an outlet name or a range such as C13-1..6", item));
            for (const std::string& name : names) {
                std::size_t port = device.ports.size();
                for (std::size_t k = 0; k < device.ports.size(); ++k)
                    if (device.ports[k].name == name && device.ports[k].role == PortRole::Outlet) port = k;
                if (port == device.ports.size()) b.fail("outlets", fmt::format("'{}' is not an outlet of this PDU", name));
                if (taken[port]) b.fail("outlets", fmt::format("outlet '{}' is already in another bank", name));
                taken[port] = true;
                bank.outlets.push_back(port);
            }
        }
        if (bank.outlets.empty()) b.fail("outlets", "a bank lists at least one outlet");
        b.rejectUnknown();
        banks.push_back(std::move(bank));
    }
    return banks;
}

std::vector<WaterCapacityPoint> parseCapacityCurve(JsonFields& f) {
    std::vector<WaterCapacityPoint> points;
    const Json* v = f.raw("capacity_by_water_c");
    if (v == nullptr) return points;
    if (!v->is_array() || v->size() < 2)
        f.fail("capacity_by_water_c", "expected an array of at least two {water_c, capacity_kw} points");
    for (std::size_t i = 0; i < v->size(); ++i) {
        JsonFields p((*v)[i], indexPath(f.pathOf("capacity_by_water_c"), i), f.context());
        WaterCapacityPoint point;
        point.waterC = p.requireNumber("water_c", 0, 100);
        point.capacityKw = p.requireNumber("capacity_kw", 0, 100000);
        p.rejectUnknown();
        if (!points.empty() && point.waterC <= points.back().waterC)
            p.fail("water_c", fmt::format("{} degC does not follow {} degC: list the points by rising water temperature",
                                          point.waterC, points.back().waterC));
        points.push_back(point);
    }
    return points;
}

CoolingSpec parseCooling(JsonFields& f) {
    CoolingSpec c;
    c.type = f.requireEnum<CoolingKind>("cooling_type");
    c.placement = f.requireEnum<CoolingPlacement>("placement");
    c.capacityKw = f.requireNumber("capacity_kw", 0.1, 100000);
    c.capacityByWaterC = parseCapacityCurve(f);
    c.powerW = f.optNumber("power_w", 0, 1e7).value_or(0.0);
    c.redundancy = f.optString("redundancy");
    c.flowLpm = f.optNumber("flow_lpm", 0, 1e6).value_or(0.0);
    c.airflowCfm = f.optNumber("airflow_cfm", 0, 1e7).value_or(0.0);
    return c;
}

TraySpec parseTray(JsonFields& f) {
    TraySpec t;
    t.style = f.requireEnum<TrayStyle>("style");
    t.widthMm = f.requireNumber("width_mm", 1, 5000);
    t.depthMm = f.requireNumber("depth_mm", 1, 5000);
    t.loadKgPerM = f.requireNumber("load_kg_per_m", 0.1, 10000);
    t.sectionLengthM = f.optNumber("section_length_m", 0, 100).value_or(0.0);
    return t;
}

CableSpec parseCable(JsonFields& f, bool powerCord, std::vector<PendingReference>& refs) {
    CableSpec c;
    c.media = f.requireEnum<Media>("media");
    if (c.media == Media::Auto) f.fail("media", "a cable SKU has a definite media, not auto");
    if (powerCord != (c.media == Media::PowerCord))
        f.fail("media", powerCord ? "a power-cord has media power-cord" : "media power-cord is for kind power-cord");
    c.endA = f.requireEnum<Connector>("end_a");
    c.endB = f.requireEnum<Connector>("end_b");
    c.endsA = f.optInt("ends_a", 1, 8).value_or(1);
    c.endsB = f.optInt("ends_b", 1, 8).value_or(1);
    c.lengthM = f.requireNumber("length_m", 0.01, 10000);
    c.maxReachM = f.optNumber("max_reach_m", 0.01, 100000).value_or(c.lengthM);
    if (c.lengthM > c.maxReachM)
        f.fail("length_m", fmt::format("{} m is longer than max_reach_m {} m", c.lengthM, c.maxReachM));
    c.outerDiameterMm = f.requireNumber("outer_diameter_mm", 0.1, 200);
    c.bendRadiusMm = f.requireNumber("bend_radius_mm", 0.1, 2000);
    c.weightKgPerM = f.requireNumber("weight_kg_per_m", 0.0001, 100);
    c.linksCarried = f.optInt("links_carried", 1, 8).value_or(1);
    c.speedGbps = static_cast<std::uint16_t>(powerCord ? f.optInt("speed_gbps", 0, 0).value_or(0)
                                                       : f.requireInt("speed_gbps", 1, 65535));
    c.powerPerEndW = f.optNumber("power_per_end_w", 0, 1000).value_or(0.0);
    c.ratedAmps = powerCord ? f.requireNumber("rated_amps", 0.1, 1000) : f.optNumber("rated_amps", 0, 0).value_or(0.0);
    c.fiberType = f.optString("fiber_type");
    c.transceivers = f.optStringArray("transceivers");
    for (std::size_t i = 0; i < c.transceivers.size(); ++i)
        refs.push_back({indexPath(f.pathOf("transceivers"), i), c.transceivers[i], {K::Transceiver}});
    return c;
}

TransceiverSpec parseTransceiver(JsonFields& f) {
    TransceiverSpec t;
    t.formFactor = f.requireEnum<PortKind>("form_factor");
    t.media = f.requireEnum<Media>("media");
    if (t.media != Media::MultimodeFiber && t.media != Media::SinglemodeFiber)
        f.fail("media", "a transceiver's media is mmf or smf");
    t.connector = f.requireEnum<Connector>("connector");
    t.connectors = f.optInt("connectors", 1, 8).value_or(1);
    t.ports = f.optInt("ports", 1, 8).value_or(1);
    t.speedGbps = static_cast<std::uint16_t>(f.requireInt("speed_gbps", 1, 65535));
    t.reachM = f.requireNumber("reach_m", 0.1, 100000);
    t.powerW = f.requireNumber("power_w", 0.0, 1000);
    t.flatTop = f.optBool("flat_top", false);
    return t;
}

}  // namespace

bool isValidCatalogId(std::string_view id) noexcept {
    if (id.empty() || id.size() > 128) return false;
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!alnum(id.front())) return false;
    return std::all_of(id.begin(), id.end(), [&](char c) { return alnum(c) || c == '-' || c == '.' || c == '_'; });
}

CatalogEntry parseEntry(JsonFields& f, ErrorContext& context, std::vector<PendingReference>& refs) {
    CatalogEntry e;
    e.id = f.requireString("id");
    if (!isValidCatalogId(e.id))
        f.fail("id", fmt::format("'{}' is not a valid id (lower-case letters, digits, '-', '.', '_')", e.id));
    context.entryId = e.id;
    e.kind = f.requireEnum<CatalogKind>("kind");
    e.vendor = f.requireString("vendor");
    e.model = f.requireString("model");
    e.partNumber = f.optString("part_number");
    e.listPriceUsd = f.optNumber("list_price_usd", 0, 1e9);
    e.notes = f.optString("notes");
    e.sources = parseSources(f);
    e.estimates = parseEstimates(f);

    const K k = e.kind;
    const bool hasBody = isOneOf(k, {K::GpuServer, K::RackScaleSystem, K::Switch, K::Appliance, K::PowerShelf,
                                     K::Rack, K::Pdu, K::PatchPanel});
    const bool mounted = isOneOf(k, {K::GpuServer, K::Switch, K::Appliance, K::PowerShelf, K::PatchPanel, K::Rack});
    e.uHeight = mounted ? f.requireInt("u_height", 1, 100) : f.optInt("u_height", 0, 100).value_or(0);
    e.dimensions = parseDimensions(f, hasBody);
    e.weightKg = hasBody ? f.requireNumber("weight_kg", 0.01, 100000)
                         : f.optNumber("weight_kg", 0.0, 100000).value_or(0.0);

    switch (k) {
        case K::GpuServer:
            e.device = parseDevice(f, true, true);
            e.compute = parseCompute(f, false, refs);
            break;
        case K::RackScaleSystem:
            e.device = parseDevice(f, true, false);
            e.compute = parseCompute(f, true, refs);
            e.rackScale = parseRackScale(f, refs);
            break;
        case K::Switch:
            e.device = parseDevice(f, true, true);
            e.switching = parseSwitch(f);
            break;
        case K::Appliance: e.device = parseDevice(f, true, false); break;
        case K::PowerShelf:
        case K::PatchPanel: e.device = parseDevice(f, false, true); break;
        case K::Pdu:
            e.device = parseDevice(f, false, true);
            if (e.device->portsWithRole(PortRole::Outlet).empty())
                f.fail("ports", "a pdu lists its outlets as ports with role outlet");
            e.powerDistribution = parsePowerDistribution(f);
            e.powerDistribution->banks = parseBanks(f, *e.device, e.powerDistribution->phases);
            break;
        case K::BuswayTap:
            e.powerDistribution = parsePowerDistribution(f);
            if (f.has("ports")) e.device = parseDevice(f, false, false);
            break;
        case K::Busway:
            e.powerDistribution = parsePowerDistribution(f);
            e.powerDistribution->panelKind = f.optEnum<PanelKind>("panel_kind").value_or(PanelKind::Busway);
            break;
        case K::UpsBlock:
            e.powerDistribution = parsePowerDistribution(f);
            e.powerDistribution->capacityKw = f.requireNumber("capacity_kw", 1, 1e6);
            break;
        case K::Cdu:
        case K::AirCooler:
            e.cooling = parseCooling(f);
            if (f.has("power") || f.has("thermal") || f.has("ports")) e.device = parseDevice(f, false, false);
            break;
        case K::Rack: {
            RackSpec r;
            r.uHeight = e.uHeight;
            r.staticLoadKg = f.requireNumber("static_load_kg", 1, 100000);
            r.dynamicLoadKg = f.optNumber("dynamic_load_kg", 0, 100000).value_or(0.0);
            e.rack = r;
            break;
        }
        case K::Tray:
            e.tray = parseTray(f);
            e.dimensions.widthMm = e.tray->widthMm;
            e.dimensions.heightMm = e.tray->depthMm;
            break;
        case K::Cable: e.cable = parseCable(f, false, refs); break;
        case K::PowerCord: e.cable = parseCable(f, true, refs); break;
        case K::Transceiver: e.transceiver = parseTransceiver(f); break;
    }

    if (e.compute && e.device) {
        for (std::size_t i = 0; i < e.device->ports.size(); ++i) {
            for (const auto& sub : e.device->ports[i].subPorts) {
                if (sub.gpu >= e.compute->gpus && e.kind == K::GpuServer)
                    f.fail("ports", fmt::format("port '{}' maps to GPU {} but the node has {} GPUs", sub.name,
                                                sub.gpu, e.compute->gpus));
            }
        }
    }
    f.rejectUnknown();
    return e;
}

}  // namespace rw::catalog_detail
