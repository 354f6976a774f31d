// `rackweave-cli catalog list|show|import` and the global `--catalog DIR` option.
//
// Other subcommands load the same catalog as this one with
//   rw::Catalog::loadStandard(dirs) where dirs = root.get_option("--catalog")->results()
// (call it at callback time; the option belongs to the root app).
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>

#include "Cli.h"
#include "catalog/Catalog.h"
#include "catalog/NetboxImport.h"
#include "model/Equipment.h"
#include "util/Errors.h"

namespace rw::cli {

namespace {

namespace fs = std::filesystem;
using OJson = nlohmann::ordered_json;


std::vector<std::string> kindNames() {
    std::vector<std::string> out;
    for (const auto& [kind, name] : EnumNames<CatalogKind>::table) out.emplace_back(name);
    return out;
}

std::string num(double v) {
    return fmt::format("{:g}", v);
}

// "(estimate)" after a figure whose field is marked as one.
std::string est(const CatalogEntry& e, std::string_view field) {
    return e.isEstimate(field) ? " (estimate)" : "";
}

std::string splitModesText(std::uint8_t flags) {
    std::string out;
    for (std::uint8_t s : {Split1, Split2, Split4, Split8})
        if ((flags & s) != 0) out += (out.empty() ? "" : ",") + std::to_string(s);
    return out;
}

void printPorts(std::ostream& out, const CatalogEntry& e) {
    if (!e.device || e.device->ports.empty()) return;
    out << "Ports" << est(e, "ports") << ":\n";
    // Runs of identical unsplit ports (switch cages, PDU outlets) are folded into one line.
    const auto& ports = e.device->ports;
    for (std::size_t i = 0; i < ports.size();) {
        const PortSpec& p = ports[i];
        std::size_t j = i + 1;
        auto same = [&](const PortSpec& q) {
            return q.kind == p.kind && q.role == p.role && q.speedGbps == p.speedGbps && q.split == p.split &&
                   q.splitModes == p.splitModes && q.lanes == p.lanes && q.subPorts.size() == p.subPorts.size() &&
                   std::all_of(q.subPorts.begin(), q.subPorts.end(), [](const SubPortSpec& s) { return s.gpu < 0; }) &&
                   std::all_of(p.subPorts.begin(), p.subPorts.end(), [](const SubPortSpec& s) { return s.gpu < 0; });
        };
        while (j < ports.size() && same(ports[j])) ++j;
        const std::string name = j - i > 1 ? fmt::format("{} .. {} ({} x)", p.name, ports[j - 1].name, j - i) : p.name;
        out << fmt::format("  {:<24} {:<8} {:<8}", name, toString(p.kind), toString(p.role));
        if (p.speedGbps > 0) out << fmt::format(" {}G", p.speedGbps);
        if (p.split > 1) out << fmt::format(" x{} (cage {}G)", p.split, p.cageGbps());
        if (p.lanes > 0) out << fmt::format(" lanes {}", p.lanes);
        if (p.splitModes != p.split) out << " splits " << splitModesText(p.splitModes);
        if (j - i == 1 && (p.subPorts.size() > 1 || (p.subPorts.size() == 1 && p.subPorts[0].gpu >= 0))) {
            for (const auto& s : p.subPorts) {
                out << "\n      " << s.name;
                if (s.gpu >= 0) out << " -> GPU" << s.gpu << " (rail " << s.rail << ")";
            }
        }
        out << '\n';
        i = j;
    }
}

void printEntry(std::ostream& out, const CatalogEntry& e) {
    out << "Id:          " << e.id << '\n'
        << "Kind:        " << toString(e.kind) << '\n'
        << "Vendor:      " << e.vendor << '\n'
        << "Model:       " << e.model << '\n';
    if (!e.partNumber.empty()) out << "Part number: " << e.partNumber << est(e, "part_number") << '\n';
    if (e.listPriceUsd) out << "List price:  USD " << num(*e.listPriceUsd) << est(e, "list_price_usd") << '\n';
    if (e.uHeight > 0) out << "Height:      " << e.uHeight << "U" << est(e, "u_height") << '\n';
    if (e.dimensions.widthMm > 0)
        out << fmt::format("Dimensions:  {} W x {} H x {} D mm{}\n", num(e.dimensions.widthMm),
                           num(e.dimensions.heightMm), num(e.dimensions.depthMm), est(e, "dimensions_mm"));
    if (e.weightKg > 0) out << "Weight:      " << num(e.weightKg) << " kg" << est(e, "weight_kg") << '\n';
    if (e.device) {
        const PowerSpec& p = e.device->power;
        if (p.maxW > 0 || p.psuCount > 0) {
            // typical_w defaults to max_w when the vendor states only a maximum.
            if (p.typicalW < p.maxW)
                out << fmt::format("Power:       typical {} W{}, max {} W{}\n", num(p.typicalW),
                                   est(e, "power.typical_w"), num(p.maxW), est(e, "power.max_w"));
            else
                out << fmt::format("Power:       max {} W{}\n", num(p.maxW), est(e, "power.max_w"));
            if (p.psuCount > 0)
                out << fmt::format("PSUs:        {} x {} W, {}+{}{}, inlet {}{}\n", p.psuCount, num(p.psuRatingW),
                                   p.psuRedundancy.n, p.psuRedundancy.m, est(e, "power.psu_redundancy"),
                                   toString(p.inlet),
                                   p.maxVoltage > 0 ? fmt::format(", {}-{} V", num(p.minVoltage), num(p.maxVoltage)) : "");
        }
        const ThermalSpec& t = e.device->thermal;
        if (t.heatToAirW > 0 || t.heatToLiquidW > 0)
            out << fmt::format("Heat:        {} W to air, {} W to liquid, {}{}{}\n", num(t.heatToAirW),
                               num(t.heatToLiquidW), toString(t.airflow),
                               t.airflowCfm > 0 ? fmt::format(", {} CFM", num(t.airflowCfm)) : "", est(e, "thermal"));
    }
    if (e.compute) {
        out << fmt::format("GPUs:        {} x {}\n", e.compute->gpus, e.compute->gpuModel);
        if (e.compute->defaultNodesPerRack > 0)
            out << fmt::format("Per rack:    {} (rack {}){}\n", e.compute->defaultNodesPerRack,
                               e.compute->defaultRack.empty() ? "any" : e.compute->defaultRack,
                               est(e, "default_nodes_per_rack"));
        if (!e.compute->inRackCdu.empty()) out << "In-rack CDU: " << e.compute->inRackCdu << '\n';
    }
    if (e.rackScale) {
        out << fmt::format("Rack:        {}\nSystem:      {} compute nodes, {} NVLink switch trays, {} NVLink links\n",
                           e.rackScale->rack, e.rackScale->computeNodes, e.rackScale->nvlinkSwitchTrays,
                           e.rackScale->nvlinkLinks);
        out << "Members" << est(e, "members") << ":\n";
        for (const auto& m : e.rackScale->members)
            out << fmt::format("  {:>3} x {:<34} {}\n", m.count, m.entry, toString(m.role));
    }
    if (e.switching) {
        out << fmt::format("Switch:      {} {}, {} Tb/s\n", e.switching->protocol, e.switching->asic,
                           num(e.switching->capacityTbps));
    }
    if (e.rack)
        out << fmt::format("Load:        {} kg static{}\n", num(e.rack->staticLoadKg),
                           e.rack->dynamicLoadKg > 0 ? fmt::format(", {} kg dynamic", num(e.rack->dynamicLoadKg)) : "");
    if (e.powerDistribution) {
        const auto& p = *e.powerDistribution;
        out << fmt::format("Rating:      {} V {}-phase {} A, {} kVA{}\n", num(p.voltage), p.phases, num(p.amps),
                           num(p.ratedKva), p.inletPlug.empty() ? "" : ", inlet " + p.inletPlug);
        if (e.device)
            out << fmt::format("Outlets:     {} x C13, {} x C19\n", e.device->countPorts(PortKind::C13, PortRole::Outlet),
                               e.device->countPorts(PortKind::C19, PortRole::Outlet));
    }
    if (e.cooling)
        out << fmt::format("Cooling:     {} {}, {} kW{}{}\n", toString(e.cooling->type), toString(e.cooling->placement),
                           num(e.cooling->capacityKw), est(e, "capacity_kw"),
                           e.cooling->redundancy.empty() ? "" : ", " + e.cooling->redundancy);
    if (e.cooling && !e.cooling->capacityByWaterC.empty()) {
        std::string points;
        for (const auto& p : e.cooling->capacityByWaterC)
            points += fmt::format("{}{} kW at {} degC", points.empty() ? "" : ", ", num(p.capacityKw), num(p.waterC));
        out << "By water:    " << points << est(e, "capacity_by_water_c") << '\n';
    }
    if (e.tray)
        out << fmt::format("Tray:        {} {} x {} mm, {} kg/m{}\n", toString(e.tray->style), num(e.tray->widthMm),
                           num(e.tray->depthMm), num(e.tray->loadKgPerM), est(e, "load_kg_per_m"));
    if (e.cable) {
        const auto& c = *e.cable;
        out << fmt::format("Cable:       {} {} to {}, {} m (reach {} m), {} link(s){}\n", toString(c.media),
                           toString(c.endA), toString(c.endB), num(c.lengthM), num(c.maxReachM), c.linksCarried,
                           c.speedGbps > 0 ? fmt::format(" x {}G", c.speedGbps) : "");
        out << fmt::format("Physical:    diameter {} mm{}, bend radius {} mm{}, {} kg/m{}\n", num(c.outerDiameterMm),
                           est(e, "outer_diameter_mm"), num(c.bendRadiusMm), est(e, "bend_radius_mm"),
                           num(c.weightKgPerM), est(e, "weight_kg_per_m"));
        if (!c.transceivers.empty()) {
            out << "Optics:     ";
            for (const auto& t : c.transceivers) out << ' ' << t;
            out << '\n';
        }
    }
    if (e.transceiver) {
        const auto& t = *e.transceiver;
        out << fmt::format("Transceiver: {} {}, {} x {}G, {} x {}, reach {} m{}, {} W{}{}\n", toString(t.formFactor),
                           toString(t.media), t.ports, t.speedGbps, t.connectors, toString(t.connector), num(t.reachM),
                           est(e, "reach_m"), num(t.powerW), est(e, "power_w"), t.flatTop ? ", flat top" : "");
    }
    printPorts(out, e);
    if (!e.notes.empty()) out << "Notes:       " << e.notes << '\n';
    if (!e.estimates.empty()) {
        out << "Estimates:  ";
        for (const auto& s : e.estimates) out << ' ' << (s == "*" ? "(all figures)" : s);
        out << '\n';
    }
    out << "Sources:\n";
    for (const auto& s : e.sources) out << "  " << s.title << "\n    " << s.url << '\n';
    out << "Defined in:  " << e.originFile << " at " << e.originPath << '\n';
}

// The entry exactly as its file states it (a variant merged over its family's shared fields).
OJson rawEntry(const CatalogEntry& e) {
    std::ifstream in(e.originFile, std::ios::binary);
    const OJson doc = OJson::parse(in);
    static const std::regex kPath(R"(\$\.entries\[(\d+)\](?:\.variants\[(\d+)\])?)");
    std::smatch m;
    if (!std::regex_match(e.originPath, m, kPath)) throw std::runtime_error("unexpected origin " + e.originPath);
    OJson entry = doc.at("entries").at(std::stoul(m[1]));
    if (m[2].matched) {
        const OJson overlay = entry.at("variants").at(std::stoul(m[2]));
        entry.erase("variants");
        OJson merged = {{"id", overlay.at("id")}};
        for (auto it = entry.begin(); it != entry.end(); ++it) merged[it.key()] = it.value();
        for (auto it = overlay.begin(); it != overlay.end(); ++it) merged[it.key()] = it.value();
        return merged;
    }
    return entry;
}

void addList(CLI::App& catalog, const CLI::App& root) {
    auto* cmd = catalog.add_subcommand("list", "List catalog entries");
    auto kind = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--kind", *kind, "Only entries of this kind")->check(CLI::IsMember(kindNames()));
    cmd->add_flag("--json", *json, "Print JSON instead of text");
    cmd->callback([kind, json, &root] {
        const Catalog c = catalogFor(root);
        std::vector<const CatalogEntry*> entries;
        if (kind->empty()) {
            for (const auto& e : c.entries()) entries.push_back(&e);
        } else {
            entries = c.ofKind(*parseEnum<CatalogKind>(*kind));
        }
        if (*json) {
            OJson out = OJson::array();
            for (const auto* e : entries)
                out.push_back({{"id", e->id}, {"kind", toString(e->kind)}, {"vendor", e->vendor},
                               {"model", e->model}, {"estimate", !e->estimates.empty()}});
            std::cout << out.dump(2) << '\n';
            return;
        }
        std::size_t idWidth = 2;
        for (const auto* e : entries) idWidth = std::max(idWidth, e->id.size());
        std::cout << fmt::format("{:<{}}  {:<17}  {:<10}  {}\n", "ID", idWidth, "KIND", "VENDOR", "MODEL");
        for (const auto* e : entries)
            std::cout << fmt::format("{:<{}}  {:<17}  {:<10}  {}{}\n", e->id, idWidth, toString(e->kind), e->vendor,
                                     e->model, e->estimates.empty() ? "" : " *");
        std::cout << fmt::format("{} entries ({} shown); * = has estimated figures\n", c.size(), entries.size());
    });
}

void addShow(CLI::App& catalog, const CLI::App& root) {
    auto* cmd = catalog.add_subcommand("show", "Show one catalog entry with its figures and sources");
    auto id = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("ID", *id, "Catalog id, e.g. nvidia-dgx-h100")->required();
    cmd->add_flag("--json", *json, "Print the entry as its catalog file states it");
    cmd->callback([id, json, &root] {
        const Catalog c = catalogFor(root);
        const CatalogEntry* e = c.find(*id);
        if (e == nullptr) throw UsageError(fmt::format("unknown catalog entry '{}'; see 'rackweave-cli catalog list'", *id));
        if (*json) std::cout << rawEntry(*e).dump(2) << '\n';
        else printEntry(std::cout, *e);
    });
}

void addImport(CLI::App& catalog) {
    auto* cmd = catalog.add_subcommand("import", "Convert NetBox device-type YAML files into catalog entries");
    auto files = std::make_shared<std::vector<std::string>>();
    auto outDir = std::make_shared<std::string>();
    auto kind = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    cmd->add_option("FILE", *files, "NetBox device-type YAML file(s)")->required();
    cmd->add_option("-o,--output", *outDir,
                    "Write one catalog file per device type into DIR (e.g. the user catalog folder); "
                    "default: print one catalog document to standard output");
    std::vector<std::string> importable;
    for (const auto& name : kindNames())
        if (netboxImportable(*parseEnum<CatalogKind>(name))) importable.push_back(name);
    cmd->add_option("--kind", *kind, "Kind of every imported entry (default: guessed per file)")
        ->check(CLI::IsMember(importable));
    cmd->add_flag("--force", *force, "Replace existing output files");
    cmd->callback([=] {
        const std::optional<CatalogKind> forced =
            kind->empty() ? std::nullopt : parseEnum<CatalogKind>(*kind);
        // Convert everything first: one bad file writes nothing.
        std::vector<NetboxImport> imports;
        for (const auto& f : *files) imports.push_back(importNetboxDeviceType(f, forced));
        std::ostream& report = outDir->empty() ? std::cerr : std::cout;
        for (std::size_t i = 0; i < imports.size(); ++i) {
            report << (*files)[i] << " -> " << imports[i].id << '\n';
            for (const auto& a : imports[i].assumed) report << "  estimated: " << a << '\n';
            for (const auto& u : imports[i].unused) report << "  not imported: " << u << '\n';
        }
        if (outDir->empty()) {
            std::vector<OJson> entries;
            for (const auto& imp : imports) entries.push_back(imp.entry);
            std::cout << catalogDocument(entries, "Imported from the NetBox device-type library").dump(2) << '\n';
            return;
        }
        std::vector<fs::path> targets;
        for (const auto& imp : imports) {
            targets.push_back(fs::path(*outDir) / (imp.id + ".json"));
            if (fs::exists(targets.back()) && !*force)
                throw UsageError(targets.back().string() + ": file exists; pass --force to replace it");
        }
        fs::create_directories(*outDir);
        for (std::size_t i = 0; i < imports.size(); ++i) {
            std::ofstream out(targets[i], std::ios::binary | std::ios::trunc);
            out << catalogDocument({imports[i].entry}, "Imported from the NetBox device-type library").dump(2) << '\n';
            if (!out) throw std::runtime_error(targets[i].string() + ": cannot write");
            report << "wrote " << targets[i].string() << '\n';
        }
    });
}

}  // namespace

void addCatalogCommand(CLI::App& app) {
    app.add_option("--catalog", "Extra catalog folder (repeatable), read after the shipped and user catalogs")
        ->type_name("DIR")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    auto* catalog = app.add_subcommand("catalog", "Browse the hardware catalog and import NetBox device types");
    catalog->require_subcommand(1);
    addList(*catalog, app);
    addShow(*catalog, app);
    addImport(*catalog);
    // Let `catalog list --catalog DIR` reach the root option as well as `--catalog DIR catalog list`.
    catalog->fallthrough();
    for (CLI::App* sub : catalog->get_subcommands({})) sub->fallthrough();
}

}  // namespace rw::cli
