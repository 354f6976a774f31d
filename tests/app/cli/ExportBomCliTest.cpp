// rackweave-cli export bom as a user runs it: the CSV, its summary line and exit codes.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"

namespace rw {
namespace {

using test::runCli;
using ExportBomCli = test::ReportCliTest;

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

TEST_F(ExportBomCli, ListsTheGeneratedSuperpodsParts) {
    const auto design = path("su1.rackweave");
    const auto gen = runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design});
    ASSERT_EQ(gen.exitCode, 0) << gen.err;
    const auto bom = path("bom.csv");
    const auto r = runCli({"export", "bom", design, "-o", bom});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("bom.csv: "), std::string::npos) << r.out;
    EXPECT_EQ(r.err.find("no saved routes"), std::string::npos) << "generate saved the routes";
    const auto rows = lines(test::readAll(bom));
    ASSERT_GT(rows.size(), 5U);
    EXPECT_EQ(rows[0], "category,part,description,quantity,unit");
    EXPECT_NE(std::find(rows.begin(), rows.end(), "device,nvidia-dgx-h100,NVIDIA DGX H100,31,ea"), rows.end());
    // QM9700: 8 leaves + 4 spines of the compute fabric (RA table 4) and 2 leaves + 1 spine of storage.
    EXPECT_NE(std::find(rows.begin(), rows.end(), "device,nvidia-qm9700,NVIDIA Quantum-2 QM9700 NDR InfiniBand switch,15,ea"),
              rows.end())
        << test::readAll(bom);
    bool trayInMetres = false;
    for (const std::string& row : rows)
        if (row.rfind("tray,", 0) == 0) trayInMetres = row.size() > 2 && row.substr(row.size() - 2) == ",m";
    EXPECT_TRUE(trayInMetres);

    const auto stdoutRun = runCli({"export", "bom", design, "-o", "-"});
    ASSERT_EQ(stdoutRun.exitCode, 0);
    EXPECT_EQ(stdoutRun.out, test::readAll(bom));
}

TEST_F(ExportBomCli, BadInputExitsTwoAndWritesNothing) {
    const auto bom = path("bom.csv");
    const auto missing = runCli({"export", "bom", path("nope.rackweave"), "-o", bom});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("nope.rackweave"), std::string::npos) << missing.err;
    EXPECT_EQ(runCli({"export", "bom", saveDesign()}).exitCode, 2) << "-o is required";
    EXPECT_FALSE(std::filesystem::exists(bom));
}

}  // namespace
}  // namespace rw
