// rackweave-cli export xlsx and export bom -o X.xlsx as a user runs them: the workbook unzipped (unzip -p) and its sheet XML
// checked: sheet names, a frozen header row, an autofilter, as many rows as `export bom` and
// `export cables` write lines, lengths and quantities as numbers, the same bytes on every run.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>
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

// The numbers of one column of a sheet, by row: <c r="F7" ...><v>3</v></c>.
std::map<int, double> column(const std::string& sheet, char letter) {
    std::map<int, double> out;
    const std::regex cell(std::string(R"(<c r=")") + letter + R"re((\d+)"[^>]*><v>([-0-9.E+]+)</v></c>)re");
    for (auto it = std::sregex_iterator(sheet.begin(), sheet.end(), cell); it != std::sregex_iterator(); ++it)
        out[std::stoi((*it)[1])] = std::stod((*it)[2]);
    return out;
}

// `export bom -o X.xlsx`: the purchasing workbook, its sheets holding the CSV's lines by category
// and a spare cable per started 100 (1 %, at least one) or as --spares-percent says.
TEST_F(ExportXlsxCli, BomWorkbookSplitsTheBomByCategoryWithSpares) {
    if (std::system("unzip -v >/dev/null 2>&1") != 0) GTEST_SKIP() << "unzip is not installed";
    const auto design = path("su1.rackweave");
    ASSERT_EQ(runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design}).exitCode, 0);
    const auto book = path("bom.xlsx");
    const auto r = runCli({"export", "bom", design, "-o", book});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(runCli({"export", "bom", design, "-o", path("bom.csv")}).exitCode, 0);
    const std::string csv = test::readAll(path("bom.csv"));
    std::map<std::string, std::size_t> perCategory;
    {
        std::istringstream in(csv);
        std::string line;
        std::getline(in, line);
        while (std::getline(in, line)) ++perCategory[line.substr(0, line.find(','))];
    }
    ASSERT_GT(perCategory["cable"], 0u);

    const std::string workbook = unzipMember(book, "xl/workbook.xml");
    const char* names[] = {"Summary", "Racks and devices", "Cables by SKU and length", "Optics", "Trays and power parts", "Spares"};
    for (int i = 0; i < 6; ++i)
        EXPECT_NE(workbook.find(std::string("<sheet name=\"") + names[i] + "\" sheetId=\"" + std::to_string(i + 1) + "\""),
                  std::string::npos)
            << names[i] << "\n" << workbook;
    std::vector<std::string> sheets;
    for (int i = 1; i <= 6; ++i) sheets.push_back(unzipMember(book, "xl/worksheets/sheet" + std::to_string(i) + ".xml"));
    for (const std::string& sheet : sheets) {
        EXPECT_NE(sheet.find(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"), std::string::npos);
        EXPECT_NE(sheet.find("<autoFilter ref=\"A1:"), std::string::npos);
        EXPECT_NE(sheet.find("<cols>"), std::string::npos) << "column widths";
    }
    EXPECT_EQ(count(sheets[0], "<row "), 1 + perCategory.size() + 1) << "header, a row per category, spares";
    EXPECT_EQ(count(sheets[1], "<row "), 1 + perCategory["rack"] + perCategory["device"] + perCategory["nvlink"]);
    EXPECT_EQ(count(sheets[2], "<row "), 1 + perCategory["cable"]);
    EXPECT_EQ(count(sheets[3], "<row "), 1 + perCategory["transceiver"]);
    EXPECT_EQ(count(sheets[4], "<row "), 1 + perCategory["tray"] + perCategory["power"]);
    EXPECT_EQ(unzipMember(book, "xl/styles.xml").find("<b/>") != std::string::npos, true) << "bold header";

    // Spares: column D ordered, F spares, G total -- numbers, 1 % rounded up, at least one.
    const auto spares = [&](const std::string& sheet, double percent) {
        const auto ordered = column(sheet, 'D'), extra = column(sheet, 'F'), total = column(sheet, 'G');
        EXPECT_EQ(ordered.size(), perCategory["cable"]);
        double all = 0;
        for (const auto& [row, q] : ordered) {
            EXPECT_EQ(extra.at(row), std::max(1.0, std::ceil(q * percent / 100.0))) << "row " << row << " ordered " << q;
            EXPECT_EQ(total.at(row), q + extra.at(row));
            all += extra.at(row);
        }
        return all;
    };
    const double onePercent = spares(sheets[5], 1.0);
    EXPECT_GE(onePercent, static_cast<double>(perCategory["cable"]));
    // The Summary's spares row (the last row) holds the same total in column C.
    EXPECT_EQ(column(sheets[0], 'C').rbegin()->second, onePercent);

    ASSERT_EQ(runCli({"export", "bom", design, "-o", path("bom10.xlsx"), "--spares-percent", "10"}).exitCode, 0);
    EXPECT_GT(spares(unzipMember(path("bom10.xlsx"), "xl/worksheets/sheet6.xml"), 10.0), onePercent);

    ASSERT_EQ(runCli({"export", "bom", design, "-o", path("again.xlsx")}).exitCode, 0);
    EXPECT_EQ(test::readAll(path("again.xlsx")), test::readAll(book)) << "one design, one set of bytes";

    const auto csvWithSpares = runCli({"export", "bom", design, "-o", path("b.csv"), "--spares-percent", "2"});
    EXPECT_EQ(csvWithSpares.exitCode, 2);
    EXPECT_NE(csvWithSpares.err.find("b.csv"), std::string::npos) << csvWithSpares.err;
    EXPECT_EQ(runCli({"export", "bom", design, "-o", path("c.xlsx"), "--spares-percent", "-1"}).exitCode, 2);
    EXPECT_EQ(runCli({"export", "bom", design, "-o", path("no/such/dir/b.xlsx")}).exitCode, 2);
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
