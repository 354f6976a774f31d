// rackweave-cli export netbox as a user runs it: the pack folder, the summary line, the device
// types it writes read back by `catalog import`, and exit 2 for bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using test::runCli;
using ExportNetboxCli = test::ReportCliTest;

TEST_F(ExportNetboxCli, WritesThePackOfTheGeneratedSuperpod) {
    const auto design = path("su1.rackweave");
    const auto gen = runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design});
    ASSERT_EQ(gen.exitCode, 0) << gen.err;
    const fs::path dir = path("netbox");
    const auto r = runCli({"export", "netbox", design, "-o", dir.string(), "--netbox-version", "4.5.8", "--rows-per-file", "500"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("NetBox 4.5.8 pack: "), std::string::npos) << r.out;
    for (const char* f : {"README.md", "01-sites.csv", "02-locations.csv", "03-racks.csv", "04-power-panels.csv",
                          "05-power-feeds.csv", "06-devices.csv", "07-cables-001.csv", "08-power-cables.csv",
                          "00b-device-types/nvidia-dgx-h100.yaml", "00b-device-types/nvidia-qm9700.yaml"})
        EXPECT_TRUE(fs::exists(dir / f)) << f;
    EXPECT_EQ(test::readAll(dir / "01-sites.csv").substr(0, 17), "name,slug,status\n");
    // `catalog import` (the NetBox device-type importer) takes what the pack wrote.
    const std::string yaml = test::readAll(dir / "00b-device-types/nvidia-qm9700.yaml");
    const auto first = yaml.find("- name: ");
    ASSERT_NE(first, std::string::npos) << yaml;
    const std::string port = yaml.substr(first + 8, yaml.find('\n', first) - first - 8);
    const auto back = runCli({"catalog", "import", (dir / "00b-device-types/nvidia-qm9700.yaml").string()});
    EXPECT_EQ(back.exitCode, 0) << back.err;
    EXPECT_NE(back.out.find("\"" + port + "\""), std::string::npos) << port << "\n" << back.out;
}

TEST_F(ExportNetboxCli, BadInputExitsTwoNamingTheProblem) {
    const auto design = saveDesign();
    const auto version = runCli({"export", "netbox", design, "--netbox-version", "3.7", "-o", path("nb")});
    EXPECT_EQ(version.exitCode, 2);
    EXPECT_NE(version.err.find("--netbox-version '3.7'"), std::string::npos) << version.err;
    const auto missing = runCli({"export", "netbox", path("nope.rackweave"), "-o", path("nb")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("nope.rackweave"), std::string::npos) << missing.err;
    std::ofstream(path("file")) << "x";
    const auto notFolder = runCli({"export", "netbox", design, "-o", path("file")});
    EXPECT_EQ(notFolder.exitCode, 2);
    EXPECT_NE(notFolder.err.find("not a folder"), std::string::npos) << notFolder.err;
    EXPECT_EQ(runCli({"export", "netbox", design, "--rows-per-file", "0", "-o", path("nb")}).exitCode, 2);
    EXPECT_FALSE(fs::exists(path("nb")));
}

}  // namespace
}  // namespace rw
