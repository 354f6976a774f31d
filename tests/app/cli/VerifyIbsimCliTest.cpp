// The as-built check against a real fabric: the 1-SU DGX H100 SuperPOD's compute fabric is
// exported, two node cables are swapped and one leaf-spine cable is removed in the topology,
// ibsim simulates that fabric, the real `ibnetdiscover` discovers it, and `verify` must name
// exactly those faults. ibsim 0.10 cannot simulate NDR (it falls back to SDR), so the topology
// runs at HDR: the exact-faults check uses --ignore-rate and a second run checks that every
// link's rate as ibnetdiscover reports it is compared.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <fstream>
#include <sstream>

#include "../../core/reports/IbsimHarness.h"
#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"

namespace rw {
namespace {

using test::runCli;
class VerifyAgainstIbsim : public test::ReportCliTest {
protected:
    // ibsim, libumad2sim and ibnetdiscover into tools_, or the test skipped (failed where required).
    void requireIbsim() {
        tools_ = test::findIbsimTools();
        if (tools_ && !tools_->ibnetdiscover.empty()) return;
        if (test::ibsimRequired()) FAIL() << "ibsim, libumad2sim.so or ibnetdiscover not found and RACKWEAVE_REQUIRE_IBSIM=1";
        GTEST_SKIP() << "ibsim, libumad2sim.so or ibnetdiscover is not installed (Debian: ibsim-utils libumad2sim0 "
                        "infiniband-diags)";
    }
    std::optional<test::IbsimTools> tools_;
    // The 1-SU SuperPOD generated and its compute fabric exported: (design, topology) paths.
    std::pair<std::string, std::string> designAndFabric() {
        const auto design = path("su1.rackweave"), topo = path("compute.topo");
        EXPECT_EQ(runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design}).exitCode, 0);
        EXPECT_EQ(runCli({"export", "fabric", design, "-o", topo}).exitCode, 0);
        return {design, topo};
    }
};

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& l : lines) text += l + "\n";
    return text;
}

// One port line of a switch block: "[port]\t\"remote\"[remotePort]...# \"desc\" ..."
struct PortLine {
    std::size_t index = 0;
    int port = 0;
    std::string remote;
    int remotePort = 0;
    std::string remoteDesc;
};

std::optional<PortLine> parsePortLine(const std::vector<std::string>& lines, std::size_t i) {
    static const std::regex re(R"re(^\[(\d+)\]\t"([SH]-[0-9a-f]+)"\[(\d+)\][^#]*# "([^"]*)")re");
    std::smatch m;
    if (!std::regex_search(lines[i], m, re)) return std::nullopt;
    return PortLine{i, std::stoi(m[1]), m[2], std::stoi(m[3]), m[4]};
}

// The line in `node`'s block that goes to `remote`[remotePort].
std::size_t findLine(const std::vector<std::string>& lines, const std::string& node, const std::string& remote, int remotePort) {
    const std::string header = "\"" + node + "\"";
    const std::string target = "\"" + remote + "\"[" + std::to_string(remotePort) + "]";
    bool inBlock = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].rfind("Switch\t", 0) == 0 || lines[i].rfind("Ca\t", 0) == 0) inBlock = lines[i].find(header) != std::string::npos;
        if (inBlock && lines[i].find(target) != std::string::npos) return i;
    }
    ADD_FAILURE() << "no line to " << target << " in " << node;
    return 0;
}

struct Faults {
    std::string leaf, leafId, caA, caB, spine;
    int portA = 0, portB = 0, leafUplink = 0, spinePort = 0;
};

// Swaps the first two CAs of the first leaf between their leaf ports and removes that leaf's
// first uplink, at both ends of each link.
Faults injectFaults(std::vector<std::string>& lines) {
    Faults f;
    std::size_t header = 0;
    while (header < lines.size() && lines[header].rfind("Switch\t", 0) != 0) ++header;
    std::smatch m;
    const std::regex headerRe(R"re("(S-[0-9a-f]+)"\t\t# "([^"]*)")re");
    if (!std::regex_search(lines.at(header), m, headerRe)) throw std::runtime_error("no switch header");
    f.leafId = m[1];
    f.leaf = m[2];
    std::vector<PortLine> cas;
    std::optional<PortLine> uplink;
    for (std::size_t i = header + 1; i < lines.size() && !lines[i].empty(); ++i) {
        const auto p = parsePortLine(lines, i);
        if (!p) continue;
        if (p->remote[0] == 'H') cas.push_back(*p);
        if (p->remote[0] == 'S' && !uplink) uplink = p;
    }
    if (cas.size() < 2 || !uplink) throw std::runtime_error("the first leaf has fewer than two CAs or no uplink");
    const PortLine a = cas[0], b = cas[1];
    f.caA = a.remoteDesc, f.caB = b.remoteDesc, f.portA = a.port, f.portB = b.port;
    // The leaf's two lines exchange their far ends; each CA's line names the other leaf port.
    const std::string restA = lines[a.index].substr(lines[a.index].find(']') + 1);
    const std::string restB = lines[b.index].substr(lines[b.index].find(']') + 1);
    lines[a.index] = "[" + std::to_string(a.port) + "]" + restB;
    lines[b.index] = "[" + std::to_string(b.port) + "]" + restA;
    const std::size_t caLineA = findLine(lines, a.remote, f.leafId, a.port);
    const std::size_t caLineB = findLine(lines, b.remote, f.leafId, b.port);
    const std::string fromA = "\"" + f.leafId + "\"[" + std::to_string(a.port) + "]";
    const std::string fromB = "\"" + f.leafId + "\"[" + std::to_string(b.port) + "]";
    lines[caLineA].replace(lines[caLineA].find(fromA), fromA.size(), fromB);
    lines[caLineB].replace(lines[caLineB].find(fromB), fromB.size(), fromA);
    // The uplink disappears from both blocks.
    f.spine = uplink->remoteDesc, f.leafUplink = uplink->port, f.spinePort = uplink->remotePort;
    const std::size_t spineLine = findLine(lines, uplink->remote, f.leafId, uplink->port);
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(std::max(spineLine, uplink->index)));
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(std::min(spineLine, uplink->index)));
    return f;
}

bool sameLink(const nlohmann::json& link, const std::string& a, int aPort, const std::string& b, int bPort) {
    auto is = [](const nlohmann::json& end, const std::string& device, int port) {
        return end["device"] == device && end["port"] == port;
    };
    return (is(link["a"], a, aPort) && is(link["b"], b, bPort)) || (is(link["a"], b, bPort) && is(link["b"], a, aPort));
}

TEST_F(VerifyAgainstIbsim, NamesExactlyTheSwappedAndTheMissingCables) {
    requireIbsim();
    if (IsSkipped() || HasFailure()) return;
    const auto& tools = tools_;
    const auto [design, topo] = designAndFabric();
    if (HasFailure()) return;

    std::vector<std::string> lines = splitLines(test::readAll(topo));
    const Faults f = injectFaults(lines);
    std::string built = joinLines(lines);
    built = std::regex_replace(built, std::regex("4xNDR"), "4xHDR");  // the fastest rate ibsim 0.10 simulates
    const auto builtTopo = path("as-built.topo");
    std::ofstream(builtTopo) << built;

    test::IbsimFabric ibsim(*tools, builtTopo, dir_, 300, 12);
    ASSERT_TRUE(ibsim.ready()) << ibsim.output().substr(0, 2000);
    std::string error;
    const auto capture = test::runIbnetdiscover(*tools, ibsim, dir_, error);
    ibsim.stop();
    ASSERT_TRUE(capture) << error;
    ASSERT_NE(capture->find("Initiated from node"), std::string::npos) << "not the real tool's output:\n" << capture->substr(0, 500);
    const auto captureFile = path("capture.txt");
    std::ofstream(captureFile) << *capture;

    const auto result = runCli({"verify", design, "--ibnetdiscover", captureFile, "--json", "--ignore-rate"});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    const auto j = nlohmann::json::parse(result.out);
    EXPECT_EQ(j["matches"], false);
    ASSERT_EQ(j["findings"].size(), 2U) << j["findings"].dump(2);
    const auto& swap = j["findings"][0];
    EXPECT_EQ(swap["kind"], "swapped") << swap.dump(2);
    ASSERT_EQ(swap["designed"].size(), 2U);
    EXPECT_TRUE(sameLink(swap["designed"][0], f.leaf, f.portA, f.caA, 1)) << swap.dump(2);
    EXPECT_TRUE(sameLink(swap["designed"][1], f.leaf, f.portB, f.caB, 1)) << swap.dump(2);
    EXPECT_TRUE(sameLink(swap["found"][0], f.leaf, f.portA, f.caB, 1) || sameLink(swap["found"][1], f.leaf, f.portA, f.caB, 1))
        << swap.dump(2);
    const auto& missing = j["findings"][1];
    EXPECT_EQ(missing["kind"], "missing") << missing.dump(2);
    EXPECT_TRUE(sameLink(missing["designed"][0], f.leaf, f.leafUplink, f.spine, f.spinePort)) << missing.dump(2);
    const auto& counts = j["counts"];
    EXPECT_EQ(counts["found_links"].get<long>() + 1, counts["designed_links"].get<long>());
    EXPECT_EQ(counts["matched_links"].get<long>() + 3, counts["designed_links"].get<long>());

    // Without --ignore-rate every matched link shows as HDR where the design has NDR: the rate
    // ibnetdiscover prints is read and compared.
    const auto rated = runCli({"verify", design, "--ibnetdiscover", captureFile, "--json"});
    EXPECT_EQ(rated.exitCode, 1);
    const auto r = nlohmann::json::parse(rated.out);
    EXPECT_EQ(r["counts"]["wrong_rate"], r["counts"]["matched_links"]);
    EXPECT_EQ(r["counts"]["swapped"], 1);
    EXPECT_EQ(r["counts"]["missing"], 1);
    for (const auto& finding : r["findings"])
        if (finding["kind"] == "wrong_rate") {
            EXPECT_NE(finding["message"].get<std::string>().find("runs at 4xHDR, designed 4xNDR"), std::string::npos)
                << finding["message"];
            break;
        }
}

// `export opensm` with the real GUIDs: the designed 1-SU fabric runs in ibsim, the real
// ibnetdiscover captures it, the capture is the inventory, and real OpenSM's ftree engine routes the
// fabric with the exported root_guid_file, cn_guid_file and node-name map.
TEST_F(VerifyAgainstIbsim, OpensmFtreeRoutesWithTheExportedGuidFiles) {
    requireIbsim();
    if (IsSkipped() || HasFailure()) return;
    const auto& tools = tools_;
    const auto [design, topo] = designAndFabric();
    if (HasFailure()) return;
    const auto builtTopo = path("as-built.topo");
    std::ofstream(builtTopo) << std::regex_replace(test::readAll(topo), std::regex("4xNDR"), "4xHDR");

    test::IbsimFabric ibsim(*tools, builtTopo, dir_, 300, 12);
    ASSERT_TRUE(ibsim.ready()) << ibsim.output().substr(0, 2000);
    std::string error;
    const auto capture = test::runIbnetdiscover(*tools, ibsim, dir_, error);
    ASSERT_TRUE(capture) << error;
    ASSERT_NE(capture->find("Initiated from node"), std::string::npos);
    const auto captureFile = path("capture.txt");
    std::ofstream(captureFile) << *capture;

    const auto files = path("opensm");
    const auto exported = runCli({"export", "opensm", design, "--guids", captureFile, "-o", files});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const auto lines = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& l : splitLines(text))
            if (!l.empty() && l[0] != '#') out.push_back(l);
        return out;
    };
    const auto roots = lines(test::readAll(files + "/root_guid_file"));
    const auto cns = lines(test::readAll(files + "/cn_guid_file"));
    const auto names = lines(test::readAll(files + "/node-name-map"));
    EXPECT_EQ(roots.size(), 4U) << "the four spines";
    EXPECT_EQ(cns.size(), 31U * 8U) << "eight HCA ports of each of the 31 DGX";
    // Every GUID is one the capture names, and the spines' GUIDs are the spines' ids in it.
    for (const auto& g : roots) EXPECT_NE(capture->find("S-" + g.substr(2)), std::string::npos) << g;
    for (const auto& g : cns) {
        std::string hex = g.substr(2);  // ibnetdiscover prints port GUIDs without leading zeros: "[1](2c9000100d051)"
        hex.erase(0, hex.find_first_not_of('0'));
        EXPECT_NE(capture->find("(" + hex + ")"), std::string::npos) << g;
    }
    const std::regex nameLine(R"re(^0x[0-9a-f]{16} "[^"]+"$)re");
    for (const auto& l : names) EXPECT_TRUE(std::regex_match(l, nameLine)) << l;

    // The first CA of the capture is where OpenSM attaches.
    std::smatch ca;
    ASSERT_TRUE(std::regex_search(*capture, ca, std::regex(R"re(\nCa\t\d+ "(H-[0-9a-f]+)")re")));
    const auto run = test::runFtreeOn(*tools, ibsim, ca[1], dir_,
                                      {"-a", files + "/root_guid_file", "-u", files + "/cn_guid_file"},
                                      "node_name_map_name " + files + "/node-name-map\n");
    ibsim.stop();
    EXPECT_TRUE(run.ftreeRouted()) << run.opensmLog.substr(run.opensmLog.size() > 6000 ? run.opensmLog.size() - 6000 : 0);
    EXPECT_NE(run.opensmLog.find("Fabric has 4 switches at rank 0 (roots)"), std::string::npos)
        << "ftree takes the four spines of root_guid_file as roots";
    EXPECT_EQ(run.opensmLog.find("minhop tables configured"), std::string::npos) << "no fallback to min-hop";
}

}  // namespace
}  // namespace rw
