// `print labels` and `print work-orders` through the real binary, checked with the tools a user
// would trust: pdfinfo (page count), pdftotext (cable ids, label texts), pdftoppm + zbarimg (every
// QR code on a rendered page decodes to its cable id; Debian poppler-utils and zbar-tools), and
// the ZPL's structure. Bad input: unknown stock, crew, day.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "RunCli.h"

namespace rw::test {
namespace {

namespace fs = std::filesystem;

/// Runs a shell command (the poppler and zbar tools) and returns its standard output.
std::string shell(const std::string& command) {
    std::string out;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        std::size_t n = 0;
        while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
        ::pclose(pipe);
    }
    return out;
}

int pdfPages(const std::string& pdf) {
    const std::string info = shell("pdfinfo '" + pdf + "'");
    std::smatch m;
    return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : -1;
}

/// Every QR code zbarimg finds on page `page` rendered at 300 dpi, in the order it reports them.
std::multiset<std::string> qrCodesOn(const std::string& pdf, int page, const fs::path& dir) {
    const std::string png = (dir / ("page-" + std::to_string(page))).string();
    shell("pdftoppm -r 300 -f " + std::to_string(page) + " -l " + std::to_string(page) + " -png -singlefile '" + pdf + "' '" + png + "'");
    std::multiset<std::string> codes;
    std::istringstream lines(shell("zbarimg -q --raw '" + png + ".png' 2>/dev/null"));
    for (std::string line; std::getline(lines, line);)
        if (!line.empty()) codes.insert(line);
    return codes;
}

/// The QR codes in each label cell of a sheet page, one cell rendered at a time: zbar's QR finder
/// loses most codes when fifty identical-looking symbols stand in a grid on one image, while each
/// cell alone decodes (checked by hand), so each label is checked on its own.
std::multiset<std::string> qrCodesInCells(const std::string& pdf, int page, const fs::path& dir, int columns, int rows,
                                          double leftMm, double topMm, double pitchXMm, double pitchYMm) {
    std::multiset<std::string> codes;
    const auto px = [](double mm) { return std::to_string(static_cast<int>(mm * 300 / 25.4)); };
    const std::string png = (dir / "cell").string();
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            shell("pdftoppm -r 300 -f " + std::to_string(page) + " -l " + std::to_string(page) + " -x " + px(leftMm + c * pitchXMm) +
                  " -y " + px(topMm + r * pitchYMm) + " -W " + px(pitchXMm) + " -H " + px(pitchYMm) + " -png -singlefile '" + pdf +
                  "' '" + png + "'");
            std::istringstream lines(shell("zbarimg -q --raw '" + png + ".png' 2>/dev/null"));
            for (std::string line; std::getline(lines, line);)
                if (!line.empty()) codes.insert(line);
        }
    return codes;
}

std::set<std::string> cableIdsIn(const std::string& text) {
    std::set<std::string> ids;
    static const std::regex id(R"(\bCBL\d+\b)");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), id); it != std::sregex_iterator(); ++it) ids.insert(it->str());
    return ids;
}

struct CsvCable {
    std::string id, aRack, aU, aPort, bRack, bU, bPort, status;
};

/// The cable CSV (`export cables`) as rows, to build the expected label texts independently.
std::vector<CsvCable> cablesCsv(const std::string& file) {
    std::vector<CsvCable> out;
    std::istringstream in(readAll(file));
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream s(line);
        for (std::string cell; std::getline(s, cell, ',');) f.push_back(cell);
        out.push_back({"CBL" + f[0], f[2], f[3], f[5], f[6], f[7], f[9], f[14]});
    }
    return out;
}

std::string endId(const std::string& rack, const std::string& u, std::string port) {
    std::replace(port.begin(), port.end(), '/', '.');  // '/' separates the ends on a label
    return "HALL1." + rack + "-" + (u.size() < 2 ? "0" + u : u) + ":" + port;
}

class PrintCli : public CliTestDir {
protected:
    static void SetUpTestSuite() {
#ifndef RACKWEAVE_HAVE_PRINT
        GTEST_SKIP() << "built without RACKWEAVE_BUILD_PRINT: the CLI has no print command";
#endif
        shared_ = fs::temp_directory_path() / ("rw-print-cli-" + std::to_string(::getpid()));
        fs::create_directories(shared_);
        const CliResult r = runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o",
                                    (shared_ / "su1.rackweave").string(), "--no-route", "-q"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const CliResult c = runCli({"export", "cables", design(), "-o", (shared_ / "cables.csv").string()});
        ASSERT_EQ(c.exitCode, 0) << c.err;
    }
    static void TearDownTestSuite() { fs::remove_all(shared_); }
    static std::string design() { return (shared_ / "su1.rackweave").string(); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    static inline fs::path shared_;
};

TEST_F(PrintCli, LabelsCarryBothEndsNearEndFirstAndDecodableQrCodes) {
    const CliResult r = runCli({"print", "labels", design(), "--stock", "a4-sheet-38x25", "-o", path("labels.pdf"), "--zpl",
                                path("labels.zpl")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<CsvCable> cables = cablesCsv((shared_ / "cables.csv").string());
    ASSERT_FALSE(cables.empty());
    const int perPage = 50;  // 5 x 10 on the A4 sheet stock
    EXPECT_EQ(pdfPages(path("labels.pdf")), static_cast<int>((cables.size() * 2 + perPage - 1) / perPage));
    EXPECT_NE(r.out.find(std::to_string(cables.size() * 2) + " labels"), std::string::npos) << r.out;

    // Page 1 holds the first 25 cables, each twice: A end reads A/B, B end reads B/A.
    const std::string text = shell("pdftotext -f 1 -l 1 '" + path("labels.pdf") + "' -");
    for (std::size_t i = 0; i < perPage / 2; ++i) {
        const CsvCable& c = cables[i];
        const std::string a = endId(c.aRack, c.aU, c.aPort), b = endId(c.bRack, c.bU, c.bPort);
        EXPECT_NE(text.find(a + "/"), std::string::npos) << c.id << ": " << a << "\n" << text.substr(0, 600);
        EXPECT_NE(text.find(b + "/"), std::string::npos) << c.id << ": " << b;
        EXPECT_NE(text.find(c.id + " end A"), std::string::npos) << c.id;
        EXPECT_NE(text.find(c.id + " end B"), std::string::npos) << c.id;
    }
    // Every QR code on the page decodes, to the cable ids of its labels, two of each.
    std::multiset<std::string> expected;
    for (std::size_t i = 0; i < perPage / 2; ++i) expected.insert({cables[i].id, cables[i].id});
    // The a4-sheet-38x25 geometry from assets/labels/stocks.json.
    EXPECT_EQ(qrCodesInCells(path("labels.pdf"), 1, dir_, 5, 10, 10.0, 21.5, 38.0, 25.4), expected);

    // ZPL: one ^XA..^XZ format per label, in the PDF's order, each with its QR and texts.
    const std::string zpl = readAll(path("labels.zpl"));
    std::size_t formats = 0, at = 0;
    while ((at = zpl.find("^XA", at)) != std::string::npos) {
        const std::size_t end = zpl.find("^XZ", at);
        ASSERT_NE(end, std::string::npos);
        ASSERT_EQ(zpl.find("^XA", at + 3) < end, false) << "nested format at " << at;
        const std::string format = zpl.substr(at, end - at);
        const CsvCable& c = cables[formats / 2];
        const bool aEnd = formats % 2 == 0;
        EXPECT_NE(format.find("^BQN,2,"), std::string::npos);
        EXPECT_NE(format.find("^FDMA," + c.id + "^FS"), std::string::npos) << format;
        const std::string nearEnd = aEnd ? endId(c.aRack, c.aU, c.aPort) : endId(c.bRack, c.bU, c.bPort);
        EXPECT_NE(format.find("^FD" + nearEnd + "/^FS"), std::string::npos) << format;
        ++formats;
        at = end;
    }
    EXPECT_EQ(formats, cables.size() * 2);
}

TEST_F(PrintCli, RollStockPrintsOneLabelPerPage) {
    const CliResult r = runCli({"print", "labels", design(), "-o", path("roll.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<CsvCable> cables = cablesCsv((shared_ / "cables.csv").string());
    EXPECT_EQ(pdfPages(path("roll.pdf")), static_cast<int>(cables.size() * 2));
    const std::string size = shell("pdfinfo -f 1 -l 1 '" + path("roll.pdf") + "'");
    EXPECT_NE(size.find("108 x 72 pts"), std::string::npos) << size;  // 38 x 25.4 mm = 107.7 x 72 pt
    EXPECT_EQ(qrCodesOn(path("roll.pdf"), 2, dir_), std::multiset<std::string>{cables[0].id});
    // One label a page, so each page's text is exactly one label: near end, far end, cable id.
    for (std::size_t i = 0; i < 4; ++i) {
        const CsvCable& c = cables[i];
        const std::string a = endId(c.aRack, c.aU, c.aPort), b = endId(c.bRack, c.bU, c.bPort);
        for (int end = 0; end < 2; ++end) {
            const int page = static_cast<int>(2 * i) + end + 1;
            std::string text = shell("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + path("roll.pdf") + "' -");
            text = std::regex_replace(text, std::regex(R"(\s+)"), " ");
            const std::string expected = end == 0 ? a + "/ " + b + " " + c.id + " end A" : b + "/ " + a + " " + c.id + " end B";
            EXPECT_NE(text.find(expected), std::string::npos) << "page " << page << ": '" << text << "' lacks '" << expected << "'";
        }
    }
}

TEST_F(PrintCli, WorkOrderBookListsEveryPlannedCableWithDecodableQrCodes) {
    const CliResult r = runCli({"print", "work-orders", design(), "--start", "2027-03-01", "-o", path("book.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("has no saved routes; routing now"), std::string::npos) << r.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"((\d+) pages, (\d+) cables)"))) << r.out;
    EXPECT_EQ(pdfPages(path("book.pdf")), std::stoi(m[1]));
    std::set<std::string> routed;
    for (const CsvCable& c : cablesCsv((shared_ / "cables.csv").string()))
        if (c.status.rfind("unrouted", 0) != 0) routed.insert(c.id);
    EXPECT_EQ(std::stoul(m[2]), routed.size());
    const std::string text = shell("pdftotext -layout '" + path("book.pdf") + "' -");
    EXPECT_EQ(cableIdsIn(text), routed);
    EXPECT_NE(text.find("Install work orders: su1"), std::string::npos);
    EXPECT_NE(text.find("Sign-off"), std::string::npos);
    // The cutsheet rides along as an attachment.
    EXPECT_NE(shell("pdfdetach -list '" + path("book.pdf") + "'").find("cutsheet.csv"), std::string::npos);

    // The first order page with cables: its QR codes are exactly the cable ids printed on it.
    // Each row's QR cell is rendered alone (see qrCodesInCells); the geometry is WorkOrderBook's:
    // the QR column starts 277 mm from the left, rows are 10 mm, the table's first row is at
    // 74 mm on an order's first page (below the packages) and at 32 mm on the others.
    for (int page = 2; page <= std::stoi(m[1]); ++page) {
        const std::string pageText = shell("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
                                           path("book.pdf") + "' -");
        const std::set<std::string> ids = cableIdsIn(pageText);
        if (ids.empty()) continue;
        const bool firstOfOrder = pageText.find("page 1 of") != std::string::npos;
        const std::multiset<std::string> codes = qrCodesInCells(path("book.pdf"), page, dir_, 1, static_cast<int>(ids.size()),
                                                                276.5, firstOfOrder ? 74.0 : 32.0, 11.0, 10.0);
        EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()), ids) << "page " << page;
        EXPECT_EQ(codes.size(), ids.size()) << "page " << page;
        break;
    }
}

TEST_F(PrintCli, WorkOrdersForOneCrewAndDay) {
    // Cabling waits for the survey, busways, racks and power-on: take the first day fibre-01 works.
    const std::regex header(R"(Work order \d+: crew ([a-z]+-\d+), working day (\d+))");
    int orders = 0;
    for (int day = 1; day <= 10 && orders == 0; ++day) {
        const CliResult r = runCli({"print", "work-orders", design(), "--start", "2027-03-01", "--crew", "fibre-01", "--day",
                                    std::to_string(day), "-o", path("crew.pdf")});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const std::string text = shell("pdftotext '" + path("crew.pdf") + "' -");
        for (auto it = std::sregex_iterator(text.begin(), text.end(), header); it != std::sregex_iterator(); ++it, ++orders) {
            EXPECT_EQ((*it)[1], "fibre-01");
            EXPECT_EQ((*it)[2], std::to_string(day));
        }
    }
    EXPECT_GT(orders, 0) << "fibre-01 has work in the first ten days";
}

/// Pixels of page `page` (rendered at 30 dpi) inside the box [x0, x1) x [y0, y1) mm whose colour
/// is within 40 of (r, g, b) on every channel.
int pixelsLike(const std::string& pdf, int page, const fs::path& dir, double x0, double y0, double x1, double y1, int r, int g, int b) {
    const std::string base = (dir / "colour").string();
    shell("pdftoppm -r 30 -f " + std::to_string(page) + " -l " + std::to_string(page) + " -singlefile '" + pdf + "' '" + base + "'");
    std::ifstream in(base + ".ppm", std::ios::binary);
    std::string magic;
    int width = 0, height = 0, maxValue = 0;
    in >> magic >> width >> height >> maxValue;
    in.get();
    if (magic != "P6" || maxValue != 255) return -1;
    std::vector<unsigned char> rgb(static_cast<std::size_t>(width) * height * 3);
    in.read(reinterpret_cast<char*>(rgb.data()), static_cast<std::streamsize>(rgb.size()));
    const auto px = [](double mm) { return static_cast<int>(mm * 30 / 25.4); };
    int count = 0;
    for (int y = px(y0); y < std::min(height, px(y1)); ++y)
        for (int x = px(x0); x < std::min(width, px(x1)); ++x) {
            const unsigned char* c = &rgb[(static_cast<std::size_t>(y) * width + x) * 3];
            count += std::abs(c[0] - r) < 40 && std::abs(c[1] - g) < 40 && std::abs(c[2] - b) < 40;
        }
    return count;
}

TEST_F(PrintCli, EachOrderEndsWithItsRackElevationsAndAFloorMapOfItsTrayRuns) {
    const CliResult r = runCli({"print", "work-orders", design(), "--start", "2027-03-01", "--crew", "fibre-01", "-o", path("crew.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const int pages = pdfPages(path("crew.pdf"));
    // The first order's pages: its header says "page K of N"; page N is the drawings page.
    const std::string first = shell("pdftotext -f 2 -l 2 '" + path("crew.pdf") + "' -");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(first, m, std::regex(R"(page 1 of (\d+) of this order)"))) << first;
    const int drawings = 1 + std::stoi(m[1]);  // after the cover
    ASSERT_LE(drawings, pages);
    const std::string text = shell("pdftotext -f " + std::to_string(drawings) + " -l " + std::to_string(drawings) + " '" +
                                   path("crew.pdf") + "' -");
    EXPECT_NE(text.find("Floor map of"), std::string::npos) << text;
    EXPECT_NE(text.find("Rack elevations"), std::string::npos) << text;
    EXPECT_TRUE(cableIdsIn(text).empty()) << "the cutsheet is on the pages before";
    // Every rack at either end of the order's cables is drawn (by name) or listed under the elevations.
    const std::string sheets = shell("pdftotext -layout -f 2 -l " + std::to_string(drawings - 1) + " '" + path("crew.pdf") + "' -");
    std::set<std::string> racks;
    static const std::regex end(R"(\b([A-Z]\d{3}) U\d+ )");
    for (auto it = std::sregex_iterator(sheets.begin(), sheets.end(), end); it != std::sregex_iterator(); ++it) racks.insert((*it)[1]);
    ASSERT_FALSE(racks.empty()) << sheets.substr(0, 2000);
    for (const std::string& rack : racks) EXPECT_NE(text.find(rack), std::string::npos) << rack;
    // The map alone (10-130 mm across, 31-200 mm down; pdftotext crops in points at -r 72) names
    // the rows and each of the order's racks, each label once: none is left out or overprinted here.
    const std::string map = shell("pdftotext -r 72 -x 28 -y 88 -W 340 -H 479 -f " + std::to_string(drawings) + " -l " +
                                  std::to_string(drawings) + " '" + path("crew.pdf") + "' -");
    std::set<std::string> rows;
    static const std::regex rowName(R"(H\d+-Row\d{2})");
    for (auto it = std::sregex_iterator(map.begin(), map.end(), rowName); it != std::sregex_iterator(); ++it) rows.insert(it->str());
    EXPECT_EQ(rows, std::set<std::string>{"H1-Row01"}) << map;  // the 1-SU example stands in one row
    for (const std::string& rack : racks) {
        const std::size_t at = map.find(rack);
        EXPECT_NE(at, std::string::npos) << rack << " not named on the map:\n" << map;
        if (at != std::string::npos) {
            EXPECT_EQ(map.find(rack, at + 1), std::string::npos) << rack << " named twice";
        }
    }
    // The map (left, 10-130 mm) shows the order's tray runs in blue and its racks in orange; the
    // elevations (right) mark the devices its cables land on in orange.
    EXPECT_GT(pixelsLike(path("crew.pdf"), drawings, dir_, 10, 31, 130, 200, 30, 90, 200), 5);
    EXPECT_GT(pixelsLike(path("crew.pdf"), drawings, dir_, 10, 31, 130, 200, 240, 150, 40), 5);
    EXPECT_GT(pixelsLike(path("crew.pdf"), drawings, dir_, 136, 31, 287, 200, 240, 150, 40), 20);
    EXPECT_EQ(pixelsLike(path("crew.pdf"), drawings - 1, dir_, 10, 31, 130, 200, 30, 90, 200), 0) << "a cutsheet page has no map";
}

TEST_F(PrintCli, BadInputIsAUsageErrorNamingTheOption) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"print", "labels", design(), "-o", path("x.pdf"), "--stock", "brady-xyz"}, "--stock: unknown label stock 'brady-xyz' (known: te-sbp100375"},
        {{"print", "work-orders", design(), "-o", path("x.pdf"), "--crew", "plumber-01"}, "--crew: unknown crew 'plumber-01'; expected TRADE-NN"},
        {{"print", "work-orders", design(), "-o", path("x.pdf"), "--crew", "fibre-99"}, "--crew: unknown crew 'fibre-99' (this plan has fibre-01 to fibre-04)"},
        {{"print", "work-orders", design(), "-o", path("x.pdf"), "--day", "0"}, "--day: 0 is not a working day"},
        {{"print", "work-orders", design(), "-o", path("x.pdf"), "--day", "999"}, "--day: 999 is outside this plan's working days (1 to "},
        {{"print", "labels", path("missing.rackweave"), "-o", path("x.pdf")}, "missing.rackweave"},
        {{"print", "nothing", design()}, "rackweave-cli:"},
    };
    for (const auto& [args, message] : cases) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << args[1] << " " << message << "\n" << r.err;
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(path("x.pdf")));
    }
}

}  // namespace
}  // namespace rw::test
