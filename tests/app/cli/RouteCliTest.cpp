// `route`, `generate` (routes by default, --no-route), `stats` routed counts and `export cables`,
// through the real binary.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "RunCli.h"

namespace rw::test {
namespace {

namespace fs = std::filesystem;

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("rw-route-cli-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

const std::string kSpec = std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json";

nlohmann::json stats(const fs::path& design) {
    const CliResult r = runCli({"stats", design.string(), "--json"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return nlohmann::json::parse(r.out);
}

TEST(RouteCli, GenerateNoRouteThenRouteInPlaceCountsRoutedCables) {
    TempDir dir;
    const fs::path design = dir.path / "pod.rackweave";
    CliResult r = runCli({"generate", kSpec, "-o", design.string(), "--no-route", "-q"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    nlohmann::json s = stats(design);
    const int total = s["cables"]["total"];
    EXPECT_EQ(s["cables"]["routed"], 0);
    EXPECT_EQ(s["cables"]["unrouted"], total);

    r = runCli({"route", design.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("shared routes"), std::string::npos) << r.out;
    s = stats(design);
    EXPECT_EQ(s["cables"]["total"], total);
    EXPECT_GT(s["cables"]["routed"].get<int>(), total / 2);
    EXPECT_EQ(s["cables"]["routed"].get<int>() + s["cables"]["unrouted"].get<int>(), total);
    // No temporary files left beside the design.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}), 1);
}

TEST(RouteCli, GenerateRoutesByDefaultAndExportCablesListsEveryCable) {
    TempDir dir;
    const fs::path design = dir.path / "pod.rackweave", csv = dir.path / "cables.csv";
    CliResult r = runCli({"generate", kSpec, "-o", design.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Routed "), std::string::npos) << r.out;
    const int total = stats(design)["cables"]["total"];
    EXPECT_GT(stats(design)["cables"]["routed"].get<int>(), 0);

    r = runCli({"export", "cables", design.string(), "-o", csv.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("no saved routes"), std::string::npos) << r.err;
    std::istringstream in(readAll(csv));
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line,
              "id,fabric,a_rack,a_u,a_device,a_port,b_rack,b_u,b_device,b_port,media,sku,routed_length_m,ordered_length_m,"
              "status,tray_segments");
    int rows = 0, withSegments = 0;
    while (std::getline(in, line)) {
        ++rows;
        std::vector<std::string> f;
        std::stringstream ls(line);
        for (std::string cell; std::getline(ls, cell, ',');) f.push_back(cell);
        ASSERT_GE(f.size(), 15U) << line;
        if (f[14] == "routed" || f[14] == "in-rack") {
            EXPECT_FALSE(f[11].empty()) << line;
            EXPECT_GE(std::stod(f[13]), std::stod(f[12])) << line;
            EXPECT_GT(std::stod(f[12]), 0.0) << line;
        }
        if (f[14] == "routed") {
            ASSERT_EQ(f.size(), 16U) << line;
            EXPECT_FALSE(f[15].empty()) << line;
            ++withSegments;
        }
    }
    EXPECT_EQ(rows, total);
    EXPECT_GT(withSegments, 0);
}

TEST(RouteCli, ExportCablesNamesTheSubPortNotTheCage) {
    // A DGX H100's OSFP cages are split in two (OSFP4P1, OSFP4P2), each sub-port its own cable:
    // the port columns must say which one, so every cable end is a distinct (rack, device, port).
    TempDir dir;
    const fs::path design = dir.path / "pod.rackweave";
    ASSERT_EQ(runCli({"generate", kSpec, "-o", design.string(), "-q"}).exitCode, 0);
    const CliResult r = runCli({"export", "cables", design.string(), "-o", "-"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::istringstream in(r.out);
    std::string line;
    std::getline(in, line);
    std::set<std::string> ends;
    int subPorts = 0, rows = 0;
    const std::regex subPort("OSFP[0-9]+P[12]");
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream ls(line);
        for (std::string cell; std::getline(ls, cell, ',');) f.push_back(cell);
        ASSERT_GE(f.size(), 10U) << line;
        ++rows;
        for (std::size_t at : {std::size_t{2}, std::size_t{6}}) {
            const std::string end = f[at] + "|" + f[at + 2] + "|" + f[at + 3];
            EXPECT_TRUE(ends.insert(end).second) << "two cables at " << end;
            subPorts += std::regex_match(f[at + 3], subPort);
        }
    }
    EXPECT_GT(rows, 0);
    EXPECT_GT(subPorts, 0);
}

TEST(RouteCli, MissingDesignIsBadInput) {
    TempDir dir;
    EXPECT_EQ(runCli({"route", (dir.path / "nope.rackweave").string()}).exitCode, 2);
    EXPECT_EQ(runCli({"export", "cables", (dir.path / "nope.rackweave").string(), "-o", "-"}).exitCode, 2);
}

}  // namespace
}  // namespace rw::test
