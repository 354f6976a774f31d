// `export opensm` without a fabric: the design's own `export fabric` text is valid ibnetdiscover
// output with GUIDs, so it serves as the inventory (and, rewritten, as a GUID list); bad
// inventories exit 2 naming file and line. The run against real OpenSM and ibsim is in
// VerifyIbsimCliTest.cpp.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"

namespace rw {
namespace {

using test::runCli;
using ExportOpensmCli = test::ReportCliTest;

std::vector<std::string> dataLines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        if (!l.empty() && l[0] != '#') out.push_back(l);
    return out;
}

class ExportOpensm : public ExportOpensmCli {
protected:
    void SetUp() override {
        ExportOpensmCli::SetUp();
        design_ = path("su1.rackweave");
        ASSERT_EQ(runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design_}).exitCode, 0);
        topo_ = path("compute.topo");
        ASSERT_EQ(runCli({"export", "fabric", design_, "-o", topo_}).exitCode, 0);
    }
    // "name guid" for every node of the exported fabric, from its headers.
    std::string guidList() const {
        std::string list = "# design name, node GUID\n";
        const std::regex header(R"re((?:Switch|Ca)\t\d+ "[SH]-([0-9a-f]+)"\t+# "([^"]+)")re");
        const std::string text = test::readAll(topo_);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), header); it != std::sregex_iterator(); ++it)
            list += (*it)[2].str() + " 0x" + (*it)[1].str() + "\n";
        return list;
    }
    std::string design_, topo_;
};

TEST_F(ExportOpensm, CaptureAndGuidListGiveTheSameFiles) {
    const auto fromCapture = runCli({"export", "opensm", design_, "--guids", topo_, "-o", path("a")});
    ASSERT_EQ(fromCapture.exitCode, 0) << fromCapture.err;
    const auto roots = dataLines(test::readAll(path("a/root_guid_file")));
    EXPECT_EQ(roots.size(), 4U) << "the four spines of the 1-SU fabric";
    EXPECT_EQ(dataLines(test::readAll(path("a/cn_guid_file"))).size(), 31U * 8U) << "the DGX HCA ports, not the UFM";
    const auto names = dataLines(test::readAll(path("a/node-name-map")));
    EXPECT_EQ(names.size(), dataLines(guidList()).size()) << "every node named";
    EXPECT_TRUE(std::regex_match(names.front(), std::regex(R"re(0x[0-9a-f]{16} "[^"]+")re"))) << names.front();
    // Each root is a spine: its GUID names a switch whose description starts with "spine".
    for (const auto& g : roots)
        EXPECT_TRUE(std::regex_search(test::readAll(topo_), std::regex("\"S-" + g.substr(2) + "\"\\t+# \"spine"))) << g;

    std::ofstream(path("guids.txt")) << guidList();
    const auto fromList = runCli({"export", "opensm", design_, "--guids", path("guids.txt"), "-o", path("b")});
    ASSERT_EQ(fromList.exitCode, 0) << fromList.err;
    for (const char* f : {"root_guid_file", "node-name-map"})
        EXPECT_EQ(test::readAll(path(std::string("b/") + f)), test::readAll(path(std::string("a/") + f))) << f;
    EXPECT_EQ(dataLines(test::readAll(path("b/cn_guid_file"))).size(), 31U * 8U);
}

TEST_F(ExportOpensm, BadInventoriesExitTwoNamingFileAndLine) {
    const auto expectError = [&](const std::string& name, const std::string& text, const std::string& what) {
        std::ofstream(path(name)) << text;
        const auto r = runCli({"export", "opensm", design_, "--guids", path(name), "-o", path("out")});
        EXPECT_EQ(r.exitCode, 2) << name << ": " << r.err;
        EXPECT_NE(r.err.find(what), std::string::npos) << r.err;
    };
    const std::vector<std::string> list = dataLines(guidList());
    expectError("unknown.txt", list[0] + "\n" + list[1] + "\nnot-a-switch 0x1234\n", "unknown.txt:3: \"not-a-switch\" is not a node");
    const std::string guidOfFirst = list[0].substr(list[0].rfind(' ') + 1);
    expectError("dup.txt", list[0] + "\n" + list[1].substr(0, list[1].rfind(' ')) + " " + guidOfFirst + "\n",
                "dup.txt:2: GUID ");
    expectError("dup.txt", list[0] + "\n" + list[1].substr(0, list[1].rfind(' ')) + " " + guidOfFirst + "\n", "on line 1");
    expectError("twice.txt", list[0] + "\n" + list[0] + "\n", "twice.txt:2:");
    expectError("prose.txt", "These are the GUIDs we got from the vendor\n", "prose.txt:1: expected");
    expectError("badguid.txt", list[0].substr(0, list[0].rfind(' ')) + " 0xnotahex\n", "badguid.txt:1: ");
    expectError("badguid.txt", list[0].substr(0, list[0].rfind(' ')) + " 0xnotahex\n", "'0xnotahex' is not a GUID");
    expectError("broken.topo", "vendid=0x2c9\nSwitch\t64 \"S-0001\"\t\t# \"spine1\" enhanced port 0 lid 1 lmc 0\nthis is not a port line\n",
                "broken.topo:3: not ibnetdiscover output");
    const auto missing = runCli({"export", "opensm", design_, "--guids", path("nope.txt"), "-o", path("out")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("nope.txt"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace rw
