// rackweave-cli export xlsx as a user runs it: the workbook unzipped (unzip -p) and its sheet XML
// checked: sheet names, a frozen header row, an autofilter, as many rows as `export bom` and
// `export cables` write lines, lengths and quantities as numbers, the same bytes on every run.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <sstream>

#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using test::runCli;
using ExportXlsxCli = test::ReportCliTest;

// One member of the zip, via Info-ZIP's unzip (no shell quoting needed: fixed member names).
std::string unzipMember(const std::string& zip, const std::string& member) {
    const std::string command = "unzip -p '" + zip + "' " + member;
    std::string out;
    if (FILE* p = ::popen(command.c_str(), "r")) {
        char buffer[65536];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, p)) > 0;) out.append(buffer, n);
        ::pclose(p);
    }
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

std::size_t lines(const std::string& text) { return count(text, "\n"); }

TEST_F(ExportXlsxCli, SheetsHoldTheRowsOfTheCsvExports) {
    if (std::system("unzip -v >/dev/null 2>&1") != 0) GTEST_SKIP() << "unzip is not installed";
    const auto design = path("su1.rackweave");
    ASSERT_EQ(runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design}).exitCode, 0);
    const auto book = path("hall.xlsx");
    const auto r = runCli({"export", "xlsx", design, "-o", book});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(runCli({"export", "bom", design, "-o", path("bom.csv")}).exitCode, 0);
    ASSERT_EQ(runCli({"export", "cables", design, "-o", path("cables.csv")}).exitCode, 0);

    const std::string workbook = unzipMember(book, "xl/workbook.xml");
    EXPECT_NE(workbook.find(R"(<sheet name="BOM" sheetId="1")"), std::string::npos) << workbook;
    EXPECT_NE(workbook.find(R"(<sheet name="Cables" sheetId="2")"), std::string::npos) << workbook;
    EXPECT_NE(workbook.find(R"(<sheet name="Racks" sheetId="3")"), std::string::npos) << workbook;

    const std::string bom = unzipMember(book, "xl/worksheets/sheet1.xml");
    const std::string cables = unzipMember(book, "xl/worksheets/sheet2.xml");
    const std::string racks = unzipMember(book, "xl/worksheets/sheet3.xml");
    EXPECT_EQ(count(bom, "<row "), lines(test::readAll(path("bom.csv"))));
    EXPECT_EQ(count(cables, "<row "), lines(test::readAll(path("cables.csv"))));
    EXPECT_EQ(count(racks, "<row "), 11U) << "header and the 10 racks";
    for (const std::string* sheet : {&bom, &cables, &racks}) {
        EXPECT_NE(sheet->find(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"), std::string::npos);
        EXPECT_NE(sheet->find("<autoFilter ref=\"A1:"), std::string::npos);
    }
    // Row 2 of the cables sheet: routed_length_m (column M) and ordered_length_m (N) are numbers.
    EXPECT_TRUE(std::regex_search(cables, std::regex(R"(<c r="M2" s="\d+"><v>[0-9.]+</v></c><c r="N2" s="\d+"><v>[0-9.]+</v></c>)")))
        << cables.substr(0, 3000);
    EXPECT_TRUE(std::regex_search(bom, std::regex(R"(<c r="D2"( s="\d+")?><v>[0-9.]+</v></c>)"))) << bom.substr(0, 2000);
    EXPECT_NE(unzipMember(book, "xl/styles.xml").find("<b/>"), std::string::npos) << "bold header";

    ASSERT_EQ(runCli({"export", "xlsx", design, "-o", path("again.xlsx")}).exitCode, 0);
    EXPECT_EQ(test::readAll(path("again.xlsx")), test::readAll(book)) << "one design, one set of bytes";
}

TEST_F(ExportXlsxCli, BadInputExitsTwo) {
    const auto design = saveDesign();
    const auto csvName = runCli({"export", "xlsx", design, "-o", path("hall.csv")});
    EXPECT_EQ(csvName.exitCode, 2);
    EXPECT_NE(csvName.err.find(".xlsx"), std::string::npos) << csvName.err;
    const auto missing = runCli({"export", "xlsx", path("nope.rackweave"), "-o", path("hall.xlsx")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("nope.rackweave"), std::string::npos) << missing.err;
    const auto unwritable = runCli({"--catalog", catalogDir(), "export", "xlsx", design, "-o", path("no/such/dir/hall.xlsx")});
    EXPECT_EQ(unwritable.exitCode, 2) << unwritable.err;
    EXPECT_NE(unwritable.err.find("no/such/dir/hall.xlsx"), std::string::npos) << unwritable.err;
    EXPECT_FALSE(fs::exists(path("hall.xlsx")));
}

}  // namespace
}  // namespace rw
