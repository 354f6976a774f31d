// The ibnetdiscover reader on hand-written captures: what it keeps, and the errors that name the
// file and line of anything that is not ibnetdiscover output.
#include <gtest/gtest.h>

#include <string>

#include "exchange/IbnetdiscoverCapture.h"
#include "util/Errors.h"

namespace rw {
namespace {

// As infiniband-diags 44 prints it (ibnetdiscover against ibsim; GUIDs as ibsim assigns them).
constexpr const char* kCapture = R"(#
# Topology file: generated on Thu Dec  3 09:30:28 2026
#
# Initiated from node 0000000000200000 port 0000000000200000

vendid=0x0
devid=0x0
sysimgguid=0x200001
switchguid=0x200001(200001)
Switch	8 "S-0000000000200001"		# "spine-01" base port 0 lid 0 lmc 0
[3]	"S-0000000000200000"[3]		# "leaf-01" lid 0 4xNDR

vendid=0x0
devid=0x0
sysimgguid=0x200000
switchguid=0x200000(200000)
Switch	8 "S-0000000000200000"		# "leaf-01" enhanced port 0 lid 0 lmc 0
[1]	"H-0000000000100000"[1](100001) 		# "node-01/OSFP1P1" lid 0 4xNDR
[3]	"S-0000000000200001"[3]		# "spine-01" lid 0 4xNDR

vendid=0x0
devid=0x0
sysimgguid=0x100000
caguid=0x100000
Ca	2 "H-0000000000100000"		# "node-01/OSFP1P1"
[1](100001) 	"S-0000000000200000"[1]		# lid 0 lmc 0 "leaf-01" lid 0 4xNDR
)";

std::string errorOf(const std::string& text) {
    try {
        (void)parseIbnetdiscoverText(text, "fabric.txt");
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

TEST(IbnetdiscoverCapture, ReadsNodesAndEachLinkOnce) {
    const IbnetdiscoverCapture c = parseIbnetdiscoverText(kCapture, "fabric.txt");
    ASSERT_EQ(c.nodes.size(), 3U);
    EXPECT_EQ(c.nodes[0].description, "spine-01");
    EXPECT_EQ(c.nodes[0].type, IbNodeType::Switch);
    EXPECT_EQ(c.nodes[0].ports, 8);
    EXPECT_EQ(c.nodes[1].description, "leaf-01");
    EXPECT_EQ(c.nodes[2].description, "node-01/OSFP1P1");
    EXPECT_EQ(c.nodes[2].type, IbNodeType::Ca);
    EXPECT_EQ(c.nodes[2].line, 25);
    ASSERT_EQ(c.links.size(), 2U) << "each link is printed from both ends";
    EXPECT_EQ(c.links[0].line, 11);
    EXPECT_EQ(c.nodes[c.links[0].a].description, "spine-01");
    EXPECT_EQ(c.links[0].aPort, 3);
    EXPECT_EQ(c.nodes[c.links[0].b].description, "leaf-01");
    EXPECT_EQ(c.links[0].bPort, 3);
    EXPECT_EQ(c.links[0].rate, "4xNDR");
    EXPECT_EQ(c.links[1].line, 18);
    EXPECT_EQ(c.links[1].aPort, 1);
    EXPECT_EQ(c.nodes[c.links[1].b].description, "node-01/OSFP1P1");
}

TEST(IbnetdiscoverCapture, RemoteOnlyNodeTakesItsDescriptionFromTheComment) {
    const IbnetdiscoverCapture c = parseIbnetdiscoverText(
        "Switch\t4 \"S-01\"\t\t# \"leaf-01\" enhanced port 0 lid 0 lmc 0\n[2]\t\"S-02\"[7]\t\t# \"spine-09\" lid 5 4xHDR\n",
        "partial.txt");
    ASSERT_EQ(c.nodes.size(), 2U);
    EXPECT_EQ(c.nodes[1].description, "spine-09");
    EXPECT_EQ(c.nodes[1].line, 0);
    ASSERT_EQ(c.links.size(), 1U);
    EXPECT_EQ(c.links[0].rate, "4xHDR");
}

TEST(IbnetdiscoverCapture, MalformedInputNamesFileAndLine) {
    EXPECT_EQ(errorOf("name,row,rack\nnode-01,1,r01\n"),
              "fabric.txt:1: not ibnetdiscover output: expected a node header (Switch, Ca, Rt), a port line '[n] \"id\"[m]', "
              "a vendid/devid/guid line or a '#' comment");
    EXPECT_EQ(errorOf("# only comments\n\n"), "fabric.txt: not ibnetdiscover output: no Switch or Ca node in 2 line(s)");
    EXPECT_EQ(errorOf("[1]\t\"S-01\"[1]\n"), "fabric.txt:1: not ibnetdiscover output: a port line before any node header");
    EXPECT_EQ(errorOf("Switch\t4 \"S-01\"\n[9]\t\"S-02\"[1]\n"),
              "fabric.txt:2: port line: expected '[n]' with n from 1 to 4 (the node's port count)");
    EXPECT_EQ(errorOf("Switch\t4 \"S-01\"\n[1]\t\"S-02\"\n"), "fabric.txt:2: port line: expected the remote end as \"id\"[port]");
    EXPECT_EQ(errorOf("Switch\t4 \"S-01\"\nSwitch\t4 \"S-01\"\n"), "fabric.txt:2: node S-01 is listed twice (first on line 1)");
    EXPECT_EQ(errorOf("Switch\tmany \"S-01\"\n"), "fabric.txt:1: node header: expected the port count (1-255)");
    EXPECT_EQ(errorOf("Ca\t1 \"H-01\"\n[1](1a)\t\"S-01\"[1]\tjunk\n"),
              "fabric.txt:2: port line: unexpected text after the remote end (a comment starts with '#')");
    // Descriptions reach `verify --json`, whose writer throws on bytes that are not UTF-8.
    EXPECT_EQ(errorOf("Switch\t4 \"S-01\"\t# \"leaf-\xC6\"\n"), "fabric.txt:1: not UTF-8 text");
}

TEST(IbnetdiscoverCapture, SplitsRates) {
    EXPECT_EQ(splitIbRate("4xNDR").width, "4x");
    EXPECT_EQ(splitIbRate("4xNDR").speed, "NDR");
    EXPECT_EQ(splitIbRate("12xFDR10").speed, "FDR10");
    EXPECT_EQ(splitIbRate("lmc").width, "");
}

}  // namespace
}  // namespace rw
