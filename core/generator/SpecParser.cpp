#include "generator/SpecParser.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "catalog/JsonFields.h"
#include "install/InstallSpec.h"
#include "util/Errors.h"
#include "util/JsonInteger.h"

namespace rw {

namespace {

using catalog_detail::ErrorContext;
using catalog_detail::Json;
using catalog_detail::JsonFields;

class SpecReader {
public:
    SpecReader(const Catalog& catalog, std::string_view source) : catalog_(catalog) { context_.file = source; }

    ClusterSpec read(const Json& root) {
        ClusterSpec spec;
        spec.sourceFile = context_.file;
        JsonFields top(root, "$", context_);
        spec.name = top.optString("name", "Untitled cluster");
        readCompute(top, spec);
        // What the spec leaves out comes from the first system's reference architecture, read
        // with its own context so a bad value there names the catalog entry, not the spec.
        const CatalogEntry& system = *spec.groups.front().system;
        Json reference = Json::object();
        if (system.compute && !system.compute->referenceArchitecture.empty())
            reference = Json::parse(system.compute->referenceArchitecture);
        ErrorContext referenceContext;
        std::string referencePath = "$";
        if (system.compute) {
            referenceContext = {system.compute->referenceFile, system.id};
            referencePath = system.compute->referencePath;
        }
        JsonFields fallback(reference, referencePath, referenceContext);
        readFabrics(sectionFrom(top, fallback, "fabrics", system, spec), spec);
        readHall(top, spec);
        readPower(sectionFrom(top, fallback, "power", system, spec), spec);
        readCooling(sectionFrom(top, fallback, "cooling", system, spec), spec);
        if (const Json* v = top.raw("install")) {
            if (!v->is_object()) top.fail("install", "expected an object");
            JsonFields f(*v, top.pathOf("install"), context_);
            spec.install = install::readInstallSettings(f);
        }
        top.rejectUnknown();
        return spec;
    }

private:
    /// The spec itself when it has `key`, else the reference architecture when that has it
    /// (and the default is recorded), else the spec (whose reader then applies built-in defaults).
    static JsonFields& sectionFrom(JsonFields& spec, JsonFields& reference, std::string_view key,
                                   const CatalogEntry& system, ClusterSpec& out) {
        if (spec.has(key) || !reference.has(key)) return spec;
        const ComputeSpec& c = *system.compute;
        out.defaultsApplied.push_back(fmt::format("{}: from the reference architecture of {} ({}){}", key, system.id,
                                                  c.referenceSource.title,
                                                  c.referenceEstimate.empty() ? "" : "; estimate: " + c.referenceEstimate));
        return reference;
    }

    const CatalogEntry& entry(JsonFields& f, std::string_view key, std::initializer_list<CatalogKind> kinds) {
        const std::string id = f.requireString(key);
        const CatalogEntry* e = catalog_.find(id);
        if (e == nullptr) f.fail(key, fmt::format("unknown catalog id '{}'", id));
        for (CatalogKind k : kinds)
            if (e->kind == k) return *e;
        std::string expected;
        for (CatalogKind k : kinds) expected += (expected.empty() ? "" : " or ") + std::string(toString(k));
        f.fail(key, fmt::format("'{}' is a {}, expected a {}", id, toString(e->kind), expected));
    }

    /// Object at `key`, false (-> nullopt), or absent (-> `absentMeans`).
    std::optional<JsonFields> fabricObject(JsonFields& parent, std::string_view key) {
        const Json* v = parent.raw(key);
        if (v == nullptr) return std::nullopt;
        if (v->is_boolean()) {
            if (v->get<bool>()) parent.fail(key, "use an object to configure the fabric, or false to leave it out");
            return std::nullopt;
        }
        if (!v->is_object()) parent.fail(key, "expected an object or false");
        return JsonFields(*v, parent.pathOf(key), parent.context());
    }

    /// `compute` is one group (an object) or several (an array of objects).
    void readCompute(JsonFields& top, ClusterSpec& spec) {
        const Json* v = top.raw("compute");
        if (v == nullptr) top.fail("compute", "required field is missing");
        const std::string path = top.pathOf("compute");
        if (v->is_array()) {
            if (v->empty()) top.fail("compute", "needs at least one group");
            for (std::size_t i = 0; i < v->size(); ++i) spec.groups.push_back(readGroup((*v)[i], catalog_detail::indexPath(path, i)));
        } else {
            spec.groups.push_back(readGroup(*v, path));
        }
        for (ComputeGroup& g : spec.groups) {
            g.firstNode = spec.nodes;
            spec.nodes += g.nodes;
        }
        if (spec.nodes > 1'000'000) top.fail("compute", fmt::format("{} nodes in all; at most 1,000,000", spec.nodes));
    }

    ComputeGroup readGroup(const Json& value, const std::string& path) {
        JsonFields c(value, path, context_);
        ComputeGroup g;
        g.path = path;
        g.system = &entry(c, "system", {CatalogKind::GpuServer, CatalogKind::RackScaleSystem});
        g.nodes = c.requireInt("nodes", 1, 1'000'000);
        const bool rackScale = g.rackScale();
        g.node = rackScale ? rackScaleNode(c, *g.system) : g.system;
        const int systemNodes = rackScale ? g.system->rackScale->computeNodes : g.system->compute->defaultNodesPerRack;
        if (auto n = c.optInt("nodes_per_rack", 1, 256)) {
            if (rackScale && *n != systemNodes)
                c.fail("nodes_per_rack", fmt::format("a {} rack always holds {} nodes", g.system->model, systemNodes));
            g.nodesPerRack = *n;
        } else {
            g.nodesPerRack = systemNodes;
        }
        if (g.nodesPerRack < 1) c.fail("nodes_per_rack", fmt::format("'{}' states no rack density; set it", g.system->id));
        if (rackScale && g.nodes % systemNodes != 0)
            c.fail("nodes", fmt::format("a {} holds {} nodes; {} is not a whole number of systems", g.system->model, systemNodes, g.nodes));
        g.domainRacks = rackScale ? g.system->rackScale->nvlinkDomainRacks : 1;
        if (g.domainRacks > 1 && g.nodes % (systemNodes * g.domainRacks) != 0)
            c.fail("nodes", fmt::format("a {} NVLink domain spans {} racks of {} nodes; {} is not a whole number of domains",
                                        g.system->model, g.domainRacks, systemNodes, g.nodes));
        if (c.has("rack")) {
            if (rackScale) c.fail("rack", "a rack-scale system ships in its own rack");
            g.rack = &entry(c, "rack", {CatalogKind::Rack});
        } else {
            const std::string id = rackScale ? g.system->rackScale->rack : g.system->compute->defaultRack;
            g.rack = catalog_.find(id);
            if (g.rack == nullptr) c.fail("rack", fmt::format("'{}' names no default rack; set the group's rack", g.system->id));
        }
        c.rejectUnknown();
        return g;
    }

    const CatalogEntry* rackScaleNode(JsonFields& c, const CatalogEntry& system) const {
        for (const RackScaleMember& m : system.rackScale->members)
            if (m.role == DeviceRole::GpuNode) return catalog_.find(m.entry);
        c.fail("system", fmt::format("'{}' has no gpu-node member", system.id));
    }

    void readFabricCommon(JsonFields& f, FabricSpec& fabric, std::string_view defaultRole) {
        if (f.has("switch")) {
            fabric.switchEntry = &entry(f, "switch", {CatalogKind::Switch});
        } else {
            fabric.switchEntry = firstSwitchWithRole(defaultRole);
            if (fabric.switchEntry == nullptr)
                f.fail("switch", fmt::format("no catalog switch has the role '{}'; name one", defaultRole));
        }
        fabric.nodesPerSu = f.optInt("nodes_per_su", 1, 100000).value_or(0);
        if (const Json* t = f.raw("tiers")) {
            if (t->is_string() && t->get<std::string>() == "auto") fabric.tiers = 0;
            else if (t->is_number_integer() && jsonIntegerIn(*t, 1, 4)) fabric.tiers = t->get<int>();
            else f.fail("tiers", "expected \"auto\" or an integer 1..4");
        }
        if (f.has("oversubscription")) fabric.oversubscription = parseRatio(f, "oversubscription");
        fabric.portSpeedGbps = f.optInt("port_speed_gbps", 1, 3200).value_or(0);
    }

    static Oversubscription parseRatio(JsonFields& f, std::string_view key) {
        const std::string text = f.requireString(key);
        int down = 0, up = 0;
        char colon = 0;
        std::istringstream in(text);
        if (!(in >> down >> colon >> up) || colon != ':' || !in.eof() || down < 1 || up < 1 || down < up)
            f.fail(key, fmt::format("'{}' is not a ratio like \"1:1\" or \"2:1\" (downlinks:uplinks, at least 1:1)", text));
        return {down, up};
    }

    const CatalogEntry* firstSwitchWithRole(std::string_view roleName) const {
        const auto role = parseEnum<DeviceRole>(roleName);
        for (const CatalogEntry* e : catalog_.ofKind(CatalogKind::Switch))
            for (DeviceRole r : e->switching->roles)
                if (role && r == *role) return e;
        return nullptr;
    }

    void readFabrics(JsonFields& top, ClusterSpec& spec) {
        const Json* v = top.raw("fabrics");
        if (v == nullptr) return;
        JsonFields f(*v, top.pathOf("fabrics"), top.context());
        if (auto c = fabricObject(f, "compute")) {
            ComputeFabricSpec compute;
            readFabricCommon(*c, compute, "leaf");
            if (const Json* u = c->raw("ufm"); u != nullptr && !(u->is_boolean() && !u->get<bool>()))
                compute.ufm = &entry(*c, "ufm", {CatalogKind::Appliance});
            c->rejectUnknown();
            spec.compute = compute;
        }
        if (auto s = fabricObject(f, "storage")) {
            FabricSpec storage;
            readFabricCommon(*s, storage, "storage-switch");
            s->rejectUnknown();
            spec.storage = storage;
        }
        if (auto s = fabricObject(f, "inband")) {
            FabricSpec inband;
            readFabricCommon(*s, inband, "inband-switch");
            s->rejectUnknown();
            spec.inband = inband;
        }
        if (auto o = fabricObject(f, "oob")) {
            OobSpec oob;
            oob.switchEntry = o->has("switch") ? &entry(*o, "switch", {CatalogKind::Switch}) : firstSwitchWithRole("mgmt-switch");
            if (oob.switchEntry == nullptr) o->fail("switch", "no catalog switch has the role 'mgmt-switch'; name one");
            const std::string per = o->optString("per", "rack");
            if (per == "rack") oob.scope = OobScope::Rack;
            else if (per == "row") oob.scope = OobScope::Row;
            else o->fail("per", fmt::format("'{}' is not \"rack\" or \"row\"", per));
            o->rejectUnknown();
            spec.oob = oob;
        }
        if (const Json* nv = f.raw("nvlink")) {
            if (nv->is_boolean()) spec.nvlink = nv->get<bool>();
            else if (nv->is_object()) JsonFields(*nv, f.pathOf("nvlink"), f.context()).rejectUnknown();
            else f.fail("nvlink", "expected an object or false");
        }
        f.rejectUnknown();
    }

    void readHall(JsonFields& top, ClusterSpec& spec) {
        const Json* v = top.raw("hall");
        if (v == nullptr) return;
        JsonFields h(*v, top.pathOf("hall"), context_);
        HallSpec& hall = spec.hall;
        hall.sizeGiven = h.has("width_m") || h.has("depth_m");
        hall.widthM = h.optNumber("width_m", 5.0, 2000.0).value_or(hall.widthM);
        hall.depthM = h.optNumber("depth_m", 5.0, 2000.0).value_or(hall.depthM);
        hall.coldAisleM = h.optNumber("cold_aisle_m", 0.9, 5.0).value_or(hall.coldAisleM);
        hall.hotAisleM = h.optNumber("hot_aisle_m", 0.6, 5.0).value_or(hall.hotAisleM);
        hall.wallClearanceM = h.optNumber("wall_clearance_m", 0.0, 10.0).value_or(hall.wallClearanceM);
        hall.racksPerRow = h.optInt("racks_per_row", 1, 1000).value_or(0);
        hall.maxHalls = h.optInt("max_halls", 1, 1000).value_or(hall.maxHalls);
        hall.ceilingHeightM = h.optNumber("ceiling_height_m", 2.5, 30.0).value_or(hall.ceilingHeightM);
        hall.floorLoadKgPerM2 = h.optNumber("floor_load_kg_m2", 100.0, 100000.0).value_or(hall.floorLoadKgPerM2);
        hall.coolingCapacityKw = h.optNumber("cooling_capacity_kw", 0.0, 1.0e7).value_or(hall.coolingCapacityKw);
        hall.waterSupplyC = h.optNumber("water_supply_c", 5.0, 60.0).value_or(hall.waterSupplyC);
        if (const Json* c = h.raw("columns")) {
            JsonFields g(*c, h.pathOf("columns"), context_);
            hall.columns.pitchXM = g.requireNumber("pitch_x_m", 2.0, 200.0);
            hall.columns.pitchYM = g.requireNumber("pitch_y_m", 2.0, 200.0);
            hall.columns.sizeM = g.optNumber("size_m", 0.1, 3.0).value_or(hall.columns.sizeM);
            hall.columns.offsetXM = g.optNumber("offset_x_m", 0.0, 200.0).value_or(0.0);
            hall.columns.offsetYM = g.optNumber("offset_y_m", 0.0, 200.0).value_or(0.0);
            g.rejectUnknown();
        }
        h.rejectUnknown();
    }

    void readPower(JsonFields& top, ClusterSpec& spec) {
        if (const Json* v = top.raw("power")) {
            JsonFields p(*v, top.pathOf("power"), top.context());
            if (p.has("pdu")) spec.power.pdu = &entry(p, "pdu", {CatalogKind::Pdu});
            spec.power.feeds = p.optInt("feeds", 2, 3).value_or(0);
            if (p.has("redundancy")) {
                spec.power.redundancy = p.requireString("redundancy");
                const int feeds = spec.power.redundancy == "2N" ? 2 : spec.power.redundancy == "N+1" ? 3 : 0;
                if (feeds == 0) p.fail("redundancy", fmt::format("'{}' is not \"2N\" (A/B feeds) or \"N+1\" (three feeds per rack)", spec.power.redundancy));
                if (spec.power.feeds != 0 && spec.power.feeds != feeds)
                    p.fail("redundancy", fmt::format("\"{}\" means {} feeds per rack, but feeds is {}", spec.power.redundancy, feeds, spec.power.feeds));
                spec.power.feeds = feeds;
            }
            spec.power.derating = p.optNumber("derating", 0.5, 1.0).value_or(0.8);
            spec.power.blockKw = p.optNumber("block_kw", 10, 100000).value_or(0.0);
            p.rejectUnknown();
        }
        // Without a named PDU each rack gets the catalog PDU that carries its PSUs (RackPowerPlanner.cpp).
        if (spec.power.pdu == nullptr && catalog_.ofKind(CatalogKind::Pdu).empty())
            throw InputError(fmt::format("{}: $.power.pdu: the catalog has no PDU", context_.file));
        spec.power.ups = upsBlockFor(spec.power.blockKw);
        if (spec.power.ups) spec.power.blockKw = spec.power.ups->powerDistribution->capacityKw;
    }

    /// The smallest catalog UPS block of at least `kw`; the largest when kw is 0; none when no
    /// block is that large (the feeds are then blocks of `kw` with no catalog part).
    const CatalogEntry* upsBlockFor(double kw) const {
        const CatalogEntry* fit = nullptr;
        const CatalogEntry* largest = nullptr;
        for (const CatalogEntry* e : catalog_.ofKind(CatalogKind::UpsBlock)) {
            const double cap = e->powerDistribution->capacityKw;
            if (!largest || cap > largest->powerDistribution->capacityKw) largest = e;
            if (kw > 0 && cap >= kw && (!fit || cap < fit->powerDistribution->capacityKw)) fit = e;
        }
        return kw > 0 ? fit : largest;
    }

    /// Default PDU: the one delivering the most power (fewest PDUs per rack).
    void readCooling(JsonFields& top, ClusterSpec& spec) {
        // Default: the in-rack CDU the first group's system ships with, if any.
        const CatalogEntry* nodeEntry = spec.groups.front().system;
        if (nodeEntry->compute && !nodeEntry->compute->inRackCdu.empty()) {
            spec.cooling.cdu = catalog_.find(nodeEntry->compute->inRackCdu);
            spec.cooling.scope = CoolingScope::Rack;
        }
        const Json* v = top.raw("cooling");
        if (v == nullptr) return;
        JsonFields c(*v, top.pathOf("cooling"), top.context());
        if (c.has("cdu")) spec.cooling.cdu = &entry(c, "cdu", {CatalogKind::Cdu});
        const std::string per = c.optString("per", spec.cooling.scope == CoolingScope::Row ? "row" : "rack");
        if (per == "rack") spec.cooling.scope = CoolingScope::Rack;
        else if (per == "row") spec.cooling.scope = CoolingScope::Row;
        else if (per == "none") spec.cooling.scope = CoolingScope::None;
        else c.fail("per", fmt::format("'{}' is not \"rack\", \"row\" or \"none\"", per));
        if (spec.cooling.scope != CoolingScope::None && spec.cooling.cdu == nullptr)
            c.fail("cdu", "required when cooling.per is \"rack\" or \"row\"");
        c.rejectUnknown();
    }

    const Catalog& catalog_;
    ErrorContext context_;
};

}  // namespace

ClusterSpec parseSpecText(std::string_view text, std::string_view sourceName, const Catalog& catalog) {
    Json root;
    try {
        root = Json::parse(text);
    } catch (const Json::parse_error& e) {
        // nlohmann reports the byte offset; give the line and column too.
        std::size_t line = 1, col = 1;
        for (std::size_t i = 0; i < e.byte - 1 && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        throw InputError(fmt::format("{}: line {}, column {}: not valid JSON ({})", sourceName, line, col, e.what()));
    } catch (const Json::exception& e) {  // a number beyond double ("1e999") is out_of_range, not a parse_error
        throw InputError(fmt::format("{}: not valid JSON ({})", sourceName, e.what()));
    }
    if (!root.is_object()) throw InputError(fmt::format("{}: $: expected a JSON object", sourceName));
    return SpecReader(catalog, sourceName).read(root);
}

ClusterSpec parseSpecFile(const std::filesystem::path& file, const Catalog& catalog) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: cannot open the spec: no such file or not readable", file.string()));
    std::stringstream buffer;
    buffer << in.rdbuf();
    return parseSpecText(buffer.str(), file.string(), catalog);
}

}  // namespace rw
