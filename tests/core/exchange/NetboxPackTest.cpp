// The NetBox import pack read back the way NetBox reads it: every CSV parsed (RFC 4180), every
// cable end a device of the pack with a port its device type's YAML lists under that content
// type, tables split at the row limit, the columns of each target version, and each device-type
// YAML read back by Rackweave's own NetBox importer (`catalog import`).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <yaml-cpp/yaml.h>

#include "catalog/NetboxImport.h"
#include "exchange/NetboxPack.h"
#include "exchange/PackFolder.h"
#include "reports/CablesCsv.h"
#include "util/Csv.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"
#include "support/ShippedCatalog.h"
#include "util/Errors.h"

namespace rw::netbox {
namespace {

struct Design {
    Model model;
    RoutingResult routes;
};

const Design& superpod() {
    static const Design d = [] {
        const Catalog& catalog = test::shippedCatalog();
        Design out{generate(parseSpecFile(std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", catalog),
                            catalog).model, {}};
        out.routes = Router(out.model, catalog).routeAll();
        return out;
    }();
    return d;
}

std::vector<PackFile> pack(const std::string& version, std::size_t rowsPerFile = 5000, PackSummary* summary = nullptr) {
    PackOptions o;
    o.version = *parseVersion(version);
    o.rowsPerFile = rowsPerFile;
    return netboxPack(superpod().model, test::shippedCatalog(), superpod().routes, o, summary);
}

using Row = std::map<std::string, std::string>;

// RFC 4180: quoted fields with doubled quotes; every record as wide as the header.
std::vector<Row> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') records.back().back() += '"', ++i;
            else if (c == '"') quoted = false;
            else records.back().back() += c;
        } else if (c == '"') quoted = true;
        else if (c == ',') records.back().emplace_back();
        else if (c == '\n') records.emplace_back(1);
        else records.back().back() += c;
    }
    EXPECT_EQ(records.back(), std::vector<std::string>(1)) << "ends with a newline";
    records.pop_back();
    std::vector<Row> rows;
    for (std::size_t r = 1; r < records.size(); ++r) {
        EXPECT_EQ(records[r].size(), records[0].size()) << "record " << r;
        Row row;
        for (std::size_t f = 0; f < records[0].size() && f < records[r].size(); ++f) row[records[0][f]] = records[r][f];
        rows.push_back(row);
    }
    return rows;
}

std::string header(const std::string& text) { return text.substr(0, text.find('\n')); }

const PackFile* file(const std::vector<PackFile>& files, const std::string& path) {
    for (const auto& f : files)
        if (f.path == path) return &f;
    return nullptr;
}

// All rows of a table, its parts joined.
std::vector<Row> table(const std::vector<PackFile>& files, const std::string& base) {
    std::vector<Row> rows;
    for (const auto& f : files)
        if (f.path == base + ".csv" || (f.path.starts_with(base + "-") && f.path.ends_with(".csv")))
            for (auto& r : parseCsv(f.text)) rows.push_back(std::move(r));
    return rows;
}

TEST(NetboxPack, FilesComeInImportOrder) {
    const auto files = pack("4.6");
    std::vector<std::string> order;
    for (const auto& f : files) {
        const std::string group = f.path.substr(0, f.path.find_first_of("/."));
        if (order.empty() || order.back() != group) order.push_back(group);
    }
    EXPECT_EQ(order, (std::vector<std::string>{"00a-manufacturers", "00b-device-types", "00c-device-roles", "01-sites",
                                               "02-locations", "03-racks", "04-power-panels", "05-power-feeds",
                                               "06-devices", "07-cables", "08-power-cables", "README"}));
    const std::string readme = files.back().text;
    EXPECT_LT(readme.find("01-sites.csv"), readme.find("07-cables.csv"));
    EXPECT_NE(readme.find("00b-device-types/"), std::string::npos);
}

TEST(NetboxPack, EveryDeviceAndCableOfTheDesignIsARow) {
    PackSummary summary;
    const auto files = pack("4.6", 5000, &summary);
    const Model& m = superpod().model;
    EXPECT_EQ(table(files, "06-devices").size(), m.devices().size());
    EXPECT_EQ(table(files, "03-racks").size(), m.racks().size());
    std::size_t powerCords = 0;
    m.cables().forEach([&](CableId, const Cable& c) { powerCords += m.links()[c.first].fabric == Fabric::Power; });
    EXPECT_EQ(table(files, "07-cables").size(), m.cables().size() - powerCords);
    EXPECT_EQ(table(files, "08-power-cables").size(), powerCords + m.circuits().size());
    EXPECT_EQ(table(files, "05-power-feeds").size(), m.circuits().size());
    EXPECT_GT(m.circuits().size(), 0U);
    for (const Row& r : table(files, "06-devices")) {
        EXPECT_EQ(r.at("status"), "planned");
        EXPECT_FALSE(r.at("rack").empty()) << r.at("name");
        EXPECT_EQ(r.at("position").empty(), r.at("face").empty()) << r.at("name");
    }
    for (const Row& r : table(files, "07-cables")) {
        EXPECT_TRUE(r.at("label").starts_with("CBL")) << r.at("label");
        EXPECT_EQ(r.at("color").size(), 6U);
        EXPECT_FALSE(r.at("type").empty()) << r.at("label");
        EXPECT_GT(std::stod(r.at("length")), 0.0) << r.at("label");
        EXPECT_EQ(r.at("length_unit"), "m");
    }
}

// Every cable end of `files` names a device of the pack and a port its device type lists.
void expectEndsAreDeviceTypePorts(const std::vector<PackFile>& files) {
    std::map<std::string, std::string> typeOfDevice;  // device name -> device type model
    for (const Row& r : table(files, "06-devices")) typeOfDevice[r.at("name")] = r.at("device_type");
    // model -> content type -> port names, from the YAMLs
    std::map<std::string, std::map<std::string, std::set<std::string>>> ports;
    std::set<std::string> ibTypes;
    for (const auto& f : files) {
        if (!f.path.starts_with("00b-device-types/")) continue;
        const YAML::Node y = YAML::Load(f.text);
        auto& p = ports[y["model"].as<std::string>()];
        for (const auto& [key, type] : {std::pair{"interfaces", "dcim.interface"}, std::pair{"power-ports", "dcim.powerport"},
                                        std::pair{"power-outlets", "dcim.poweroutlet"}})
            for (const auto& item : y[key]) {
                EXPECT_TRUE(p[type].insert(item["name"].as<std::string>()).second) << f.path << " lists a port twice";
                if (item["type"] && item["type"].as<std::string>().starts_with("infiniband")) ibTypes.insert(f.path);
            }
    }
    EXPECT_FALSE(ibTypes.empty()) << "the compute fabric is InfiniBand: its ports get infiniband-* types";
    std::set<std::string> feeds;
    for (const Row& r : table(files, "05-power-feeds")) feeds.insert(r.at("power_panel") + "/" + r.at("name"));
    std::size_t ends = 0;
    for (const char* base : {"07-cables", "08-power-cables"})
        for (const Row& r : table(files, base))
            for (const std::string side : {"side_a_", "side_b_"}) {
                const std::string type = r.at(side + "type"), name = r.at(side + "name");
                ++ends;
                if (type == "dcim.powerfeed") {
                    EXPECT_TRUE(feeds.contains(r.at(side + "power_panel") + "/" + name)) << name;
                    continue;
                }
                const std::string device = r.at(side + "device");
                ASSERT_TRUE(typeOfDevice.contains(device)) << base << ": device " << device << " is not in 06-devices";
                EXPECT_TRUE(ports[typeOfDevice[device]][type].contains(name))
                    << base << " " << r.at("label") << ": " << device << " (" << typeOfDevice[device] << ") has no " << type
                    << " '" << name << "'";
            }
    EXPECT_GT(ends, 100U);
}

TEST(NetboxPack, EveryCableEndIsAPortOfItsDeviceType) { expectEndsAreDeviceTypePorts(pack("4.6")); }

TEST(NetboxPack, CagesSplitOtherwiseThanTheCatalogListTheSubPortsInUse) {
    Model m = superpod().model;
    std::optional<PortId> chosen;
    m.ports().forEach([&](PortId id, const Port& p) {  // one GPU node cage of 2 x 400G used as one port
        if (!chosen && p.split == 2 && m.devices()[p.device].role == DeviceRole::GpuNode) chosen = id;
    });
    ASSERT_TRUE(chosen);
    m.ports()[*chosen].split = 1;
    const std::string cage(m.text(m.ports()[*chosen].name));
    const auto files = netboxPack(m, test::shippedCatalog(), superpod().routes, PackOptions{});
    expectEndsAreDeviceTypePorts(files);
    bool listed = false;
    for (const auto& f : files)
        if (f.path == "00b-device-types/nvidia-dgx-h100.yaml")
            for (const auto& itf : YAML::Load(f.text)["interfaces"]) listed |= itf["name"].as<std::string>() == cage;
    EXPECT_TRUE(listed) << cage << " at split 1 is an interface of the DGX type, beside its default sub-ports";
}

TEST(NetboxPack, DeviceTypesReadBackThroughTheCatalogImporter) {
    const auto files = pack("4.6");
    int read = 0;
    for (const auto& f : files) {
        if (!f.path.starts_with("00b-device-types/")) continue;
        const YAML::Node y = YAML::Load(f.text);
        const NetboxImport back = importNetboxDeviceTypeText(f.text, f.path);
        EXPECT_EQ(back.entry["vendor"], y["manufacturer"].as<std::string>());
        EXPECT_EQ(back.entry["model"], y["model"].as<std::string>());
        std::set<std::string> written, imported;
        for (const char* key : {"interfaces", "power-ports", "power-outlets", "console-ports"})
            for (const auto& item : y[key]) written.insert(item["name"].as<std::string>());
        for (const auto& p : back.entry.value("ports", nlohmann::ordered_json::array())) imported.insert(p["name"].get<std::string>());
        EXPECT_EQ(imported, written) << f.path;
        ++read;
    }
    EXPECT_GE(read, 3);
}

TEST(NetboxPack, LongTablesAreSplitAtTheRowLimit) {
    const auto whole = pack("4.6");
    const auto split = pack("4.6", 100);
    const auto cables = table(whole, "07-cables");
    ASSERT_GT(cables.size(), 200U);
    std::size_t parts = 0;
    for (const auto& f : split)
        if (f.path.starts_with("07-cables-")) {
            ++parts;
            EXPECT_EQ(header(f.text), header(file(whole, "07-cables.csv")->text));
            EXPECT_LE(parseCsv(f.text).size(), 100U);
        }
    EXPECT_EQ(parts, (cables.size() + 99) / 100);
    EXPECT_EQ(file(split, "07-cables.csv"), nullptr);
    EXPECT_EQ(file(split, "07-cables-001.csv")->path, "07-cables-001.csv");
    EXPECT_EQ(table(split, "07-cables"), cables);
}

TEST(NetboxPack, CableColumnsFollowTheTargetVersion) {
    const auto v40 = pack("4.0"), v435 = pack("4.3.5"), v458 = pack("4.5.8");
    EXPECT_EQ(header(file(v40, "07-cables.csv")->text),
              "side_a_device,side_a_type,side_a_name,side_b_device,side_b_type,side_b_name,type,status,label,color,length,"
              "length_unit,description");
    EXPECT_TRUE(header(file(v435, "07-cables.csv")->text).starts_with("side_a_site,side_a_device,side_a_type"));
    EXPECT_EQ(header(file(v435, "07-cables.csv")->text).find("power_panel"), std::string::npos);
    EXPECT_TRUE(header(file(v458, "07-cables.csv")->text).starts_with("side_a_site,side_a_device,side_a_power_panel,"));
    const auto feedEnds = [](const std::vector<PackFile>& files) {
        std::size_t n = 0;
        for (const Row& r : table(files, "08-power-cables")) n += r.at("side_b_type") == "dcim.powerfeed";
        return n;
    };
    EXPECT_EQ(feedEnds(v40), 0U) << "NetBox before 4.5.8 cannot import a cable ending on a power feed";
    EXPECT_EQ(feedEnds(v458), superpod().model.circuits().size());
    EXPECT_NE(v40.back().text.find("before 4.5.8"), std::string::npos) << "the README says what was left out";
}

TEST(NetboxPack, VersionsOutside40To46AreRejected) {
    EXPECT_EQ(parseVersion("4.3.5"), (Version{4, 3, 5}));
    EXPECT_EQ(parseVersion("4.0"), (Version{4, 0, 0}));
    for (const char* bad : {"", "4", "3.7", "4.7", "5.0", "4.x", "4.3.", ".4.3", "4.3.5.1", "v4.3"})
        EXPECT_EQ(parseVersion(bad), std::nullopt) << bad;
}

TEST(NetboxPack, FolderHoldsExactlyOnePack) {
    const auto dir = std::filesystem::temp_directory_path() / ("rw-netbox-pack-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    writePackFolder(dir, pack("4.6", 100));
    std::ofstream(dir / "notes.txt") << "mine";
    writePackFolder(dir, pack("4.6"));
    EXPECT_FALSE(std::filesystem::exists(dir / "07-cables-001.csv")) << "parts of the earlier, split pack are removed";
    EXPECT_TRUE(std::filesystem::exists(dir / "07-cables.csv"));
    EXPECT_TRUE(std::filesystem::exists(dir / "notes.txt")) << "files the pack did not write are kept";
    std::ofstream(dir / "blocker") << "x";
    EXPECT_THROW(writePackFolder(dir / "blocker", pack("4.6")), InputError);
    std::filesystem::remove_all(dir);
}

// A device named like a formula: the cables CSV (opened in Excel) guards the cell with an
// apostrophe; the NetBox pack (read by NetBox's importer) keeps the name exactly, or the imported
// device would be called "'=..." and the cable rows would not find it.
TEST(NetboxPack, OnlySpreadsheetCsvEscapesFormulaCells) {
    Model model = superpod().model;
    DeviceId node;
    model.devices().forEach([&](DeviceId id, const Device& d) {
        if (!node && d.name == "r001-n01") node = id;
    });
    ASSERT_TRUE(node);
    const std::string name = "=cmd|' /C calc'!A0";
    model.devices()[node].name = name;

    std::ostringstream cables;
    writeCablesCsv(cables, model, test::shippedCatalog(), superpod().routes);
    EXPECT_NE(cables.str().find(",'=cmd|' /C calc'!A0,"), std::string::npos) << "the cables CSV guards the cell";
    EXPECT_EQ(cables.str().find(",=cmd"), std::string::npos);

    const auto files = netboxPack(model, test::shippedCatalog(), superpod().routes, PackOptions{});
    std::size_t devices = 0, cableEnds = 0;
    for (const Row& r : table(files, "06-devices")) devices += r.at("name") == name;
    for (const Row& r : table(files, "07-cables")) cableEnds += (r.at("side_a_device") == name) + (r.at("side_b_device") == name);
    EXPECT_EQ(devices, 1u) << "NetBox gets the name as it is";
    EXPECT_GT(cableEnds, 0u);
    for (const auto& f : files) EXPECT_EQ(f.text.find("'=cmd"), std::string::npos) << f.path;
}

}  // namespace
}  // namespace rw::netbox
