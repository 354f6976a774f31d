// The BOM workbook's costs with a catalog that has list prices (the shipped one has none): a copy
// of the shipped catalog with prices on the rack and on one fibre length; the Summary, Racks and
// devices, Cables and Spares sheets read back from the zip (Info-ZIP unzip) must carry quantity x
// price as numbers, and the Summary must still name the parts without a price.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "exchange/BomWorkbook.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"
#include "support/ShippedCatalog.h"

namespace rw::xlsx {
namespace {

namespace fs = std::filesystem;

// Sets list_price_usd on the entry (or family variant) with `id`, wherever it is in the document.
bool setPrice(nlohmann::json& j, const std::string& id, double price) {
    if (j.is_object() && j.contains("id") && j["id"] == id) {
        j["list_price_usd"] = price;
        return true;
    }
    if (j.is_object() || j.is_array())
        for (auto& child : j)
            if (setPrice(child, id, price)) return true;
    return false;
}

std::string unzipMember(const fs::path& zip, const std::string& member) {
    std::string out;
    if (FILE* p = ::popen(("unzip -p '" + zip.string() + "' " + member).c_str(), "r")) {
        char buffer[65536];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, p)) > 0;) out.append(buffer, n);
        ::pclose(p);
    }
    return out;
}

// The number in `cell` ("F2") of a sheet's XML, or NaN.
double number(const std::string& sheet, const std::string& cell) {
    std::smatch m;
    if (std::regex_search(sheet, m, std::regex("<c r=\"" + cell + R"re("[^>]*><v>([-0-9.E+]+)</v></c>)re"))) return std::stod(m[1]);
    return std::nan("");
}

TEST(BomWorkbook, CostsAreQuantityTimesListPrice) {
    if (std::system("unzip -v >/dev/null 2>&1") != 0) GTEST_SKIP() << "unzip is not installed";
    const fs::path dir = fs::temp_directory_path() / ("rw-bom-workbook-" + std::to_string(::getpid()));
    fs::create_directories(dir / "catalog");
    const fs::path shipped = Catalog::shippedDirectory();
    std::size_t priced = 0;
    for (const auto& entry : fs::directory_iterator(shipped)) {
        if (entry.path().extension() != ".json") continue;
        nlohmann::json j = nlohmann::json::parse(std::ifstream(entry.path()));
        priced += setPrice(j, "apc-netshelter-sx-48u-600x1200", 2500.0);
        priced += setPrice(j, "nvidia-fiber-mmf-mpo-10m", 40.0);
        std::ofstream(dir / "catalog" / entry.path().filename()) << j.dump(1);
    }
    ASSERT_EQ(priced, 2U);
    const Catalog catalog = Catalog::loadFromDirectories({dir / "catalog"});
    const Model model =
        generate(parseSpecFile(std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", catalog), catalog).model;
    const RoutingResult routes = Router(model, catalog).routeAll();
    const BomWorkbookSummary s = writeBomWorkbook(dir / "bom.xlsx", model, catalog, routes);

    const std::string summary = unzipMember(dir / "bom.xlsx", "xl/worksheets/sheet1.xml");
    const std::string racks = unzipMember(dir / "bom.xlsx", "xl/worksheets/sheet2.xml");
    const std::string cables = unzipMember(dir / "bom.xlsx", "xl/worksheets/sheet3.xml");
    const std::string spares = unzipMember(dir / "bom.xlsx", "xl/worksheets/sheet6.xml");
    // Row 2 of Summary is the rack category: 10 racks at 2,500.
    EXPECT_EQ(number(summary, "C2"), 10.0);
    EXPECT_EQ(number(summary, "E2"), 1.0) << "one priced line";
    EXPECT_EQ(number(summary, "F2"), 25000.0);
    EXPECT_EQ(summary.find("no list price: apc-netshelter"), std::string::npos);
    EXPECT_NE(summary.find("no list price: nvidia-dgx-h100"), std::string::npos) << "unpriced devices are named";
    EXPECT_EQ(number(racks, "I2"), 2500.0);
    EXPECT_EQ(number(racks, "J2"), 25000.0);
    // The 10 m fibre's row in the cables and spares sheets: quantity x 40.
    const auto rowOf = [](const std::string& sheet, const std::string& part) {
        std::smatch m;
        return std::regex_search(sheet, m, std::regex(R"re(<c r="A(\d+)" t="inlineStr"><is><t>)re" + part + "</t>")) ? m[1].str()
                                                                                                                  : std::string("?");
    };
    const std::string row = rowOf(cables, "nvidia-fiber-mmf-mpo-10m"), spareRow = rowOf(spares, "nvidia-fiber-mmf-mpo-10m");
    const double tenMetre = number(cables, "H" + row);
    EXPECT_GT(tenMetre, 0.0);
    EXPECT_EQ(number(cables, "I" + row), 40.0);
    EXPECT_EQ(number(cables, "J" + row), 40.0 * tenMetre);
    EXPECT_EQ(number(spares, "I" + spareRow), 40.0 * spareCables(tenMetre, 1.0)) << "spares cost";
    EXPECT_EQ(s.unpriced, s.lines - 2) << "every line but the two priced ones (no NVLink line in an H100 design)";
    fs::remove_all(dir);
}

TEST(BomWorkbook, SparesAreRoundedUpWithAtLeastOne) {
    EXPECT_EQ(spareCables(1, 1.0), 1);
    EXPECT_EQ(spareCables(100, 1.0), 1);
    EXPECT_EQ(spareCables(101, 1.0), 2);
    EXPECT_EQ(spareCables(200, 1.0), 2) << "2.0000000000000004 is 2";
    EXPECT_EQ(spareCables(263, 1.0), 3);
    EXPECT_EQ(spareCables(263, 10.0), 27);
    EXPECT_EQ(spareCables(263, 0.0), 0) << "0 %: no spares";
}

}  // namespace
}  // namespace rw::xlsx
