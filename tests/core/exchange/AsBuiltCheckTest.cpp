// The as-built comparison on small hand-written fabrics: a match, and one test per kind of fault.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "exchange/AsBuiltCheck.h"

namespace rw {
namespace {

struct L {
    std::string a;
    int aPort;
    std::string b;
    int bPort;
    std::string rate = "4xNDR";
};

// ibnetdiscover text for `links`, every link printed from both ends as the tool does. A name
// with a '/' is a one-port CA ("node-01/P1"), others are 64-port switches. `guidBase` changes
// every GUID, as a real fabric's differ from the design's.
std::string capture(const std::vector<L>& links, int guidBase = 0) {
    std::map<std::string, std::vector<std::string>> ports;
    std::map<std::string, int> ids;
    auto id = [&](const std::string& name) {
        ids.try_emplace(name, guidBase + static_cast<int>(ids.size()) + 1);
        return (name.find('/') != std::string::npos ? "H-" : "S-") + std::to_string(ids[name]);
    };
    for (const L& l : links) {
        ports[l.a].push_back("[" + std::to_string(l.aPort) + "]\t\"" + id(l.b) + "\"[" + std::to_string(l.bPort) + "]\t\t# \"" +
                             l.b + "\" lid 0 " + l.rate);
        ports[l.b].push_back("[" + std::to_string(l.bPort) + "]\t\"" + id(l.a) + "\"[" + std::to_string(l.aPort) + "]\t\t# \"" +
                             l.a + "\" lid 0 " + l.rate);
    }
    std::string text = "# hand-written capture\n";
    for (const auto& [name, lines] : ports) {
        const bool ca = name.find('/') != std::string::npos;
        text += "\nvendid=0x0\ndevid=0x0\n";
        text += std::string(ca ? "Ca\t1 \"" : "Switch\t64 \"") + id(name) + "\"\t\t# \"" + name + "\"" +
                (ca ? "\n" : " enhanced port 0 lid 0 lmc 0\n");
        for (const std::string& line : lines) text += line + "\n";
    }
    return text;
}

const std::vector<L> kDesign = {
    {"leaf-01", 1, "node-01/P1", 1}, {"leaf-01", 2, "node-02/P1", 1}, {"leaf-01", 3, "node-03/P1", 1},
    {"leaf-01", 33, "spine-01", 1},  {"leaf-01", 34, "spine-01", 2},  {"leaf-01", 35, "spine-02", 1},
};

AsBuiltReport check(const std::vector<L>& found, const AsBuiltOptions& options = {}) {
    return checkAsBuilt(parseIbnetdiscoverText(capture(kDesign), "design"),
                        parseIbnetdiscoverText(capture(found, 1000), "found.txt"), options);
}

std::string messages(const AsBuiltReport& r) {
    std::string all;
    for (const AsBuiltFinding& f : r.findings) all += std::string(toString(f.kind)) + ": " + f.message + "\n";
    return all;
}

TEST(AsBuiltCheck, SameCablingWithOtherGuidsMatches) {
    const AsBuiltReport r = check(kDesign);
    EXPECT_TRUE(r.matches()) << messages(r);
    EXPECT_EQ(r.designedLinks, 6);
    EXPECT_EQ(r.foundLinks, 6);
    EXPECT_EQ(r.matchedLinks, 6);
}

TEST(AsBuiltCheck, MissingAndExtraLinks) {
    std::vector<L> found = kDesign;
    found.erase(found.begin() + 4);                  // leaf-01[34] - spine-01[2] not cabled
    found.push_back({"spine-02", 9, "leaf-01", 40});  // a cable the design does not have
    const AsBuiltReport r = check(found);
    ASSERT_EQ(r.findings.size(), 2U) << messages(r);
    EXPECT_EQ(r.findings[0].kind, AsBuiltKind::Missing);
    EXPECT_EQ(r.findings[0].message, "missing: leaf-01[34] - spine-01[2] (4xNDR)");
    EXPECT_EQ(r.findings[1].kind, AsBuiltKind::Extra);
    EXPECT_EQ(r.findings[1].found.at(0).a.device, "leaf-01");
    EXPECT_EQ(r.findings[1].found.at(0).a.port, 40);
    EXPECT_EQ(r.matchedLinks, 5);
}

TEST(AsBuiltCheck, TwoCablesInEachOthersPortsAreOneSwap) {
    std::vector<L> found = kDesign;
    found[0].aPort = 2;  // node-01 on leaf-01[2], node-02 on leaf-01[1]
    found[1].aPort = 1;
    const AsBuiltReport r = check(found);
    ASSERT_EQ(r.findings.size(), 1U) << messages(r);
    EXPECT_EQ(r.findings[0].kind, AsBuiltKind::Swapped);
    EXPECT_EQ(r.findings[0].designed.size(), 2U);
    EXPECT_EQ(r.findings[0].found.size(), 2U);
    EXPECT_NE(r.findings[0].message.find("designed leaf-01[1] - node-01/P1[1] and leaf-01[2] - node-02/P1[1]"),
              std::string::npos)
        << r.findings[0].message;
}

TEST(AsBuiltCheck, CableOnAFreePortIsMiswiredNotMissingPlusExtra) {
    std::vector<L> found = kDesign;
    found[3].aPort = 36;  // the leaf-01[33] uplink plugged into leaf-01[36]
    found[5].b = "spine-01";  // leaf-01[35] cabled to spine-01[1]... already taken: a wrong device
    found[5].bPort = 7;
    const AsBuiltReport r = check(found);
    ASSERT_EQ(r.findings.size(), 2U) << messages(r);
    EXPECT_EQ(r.findings[0].kind, AsBuiltKind::Miswired);
    EXPECT_EQ(r.findings[0].message,
              "miswired (wrong port): spine-01[1] should go to leaf-01[33], found on leaf-01[36] (capture line 9)");
    EXPECT_EQ(r.findings[1].kind, AsBuiltKind::Miswired);
    EXPECT_NE(r.findings[1].message.find("(wrong device): leaf-01[35] should go to spine-02[1], found on spine-01[7]"),
              std::string::npos)
        << r.findings[1].message;
}

TEST(AsBuiltCheck, SpeedAndWidthMismatch) {
    std::vector<L> found = kDesign;
    found[2].rate = "4xHDR";
    found[3].rate = "2xNDR";
    const AsBuiltReport r = check(found);
    ASSERT_EQ(r.findings.size(), 2U) << messages(r);
    EXPECT_EQ(r.count(AsBuiltKind::WrongRate), 2);
    EXPECT_NE(messages(r).find("wrong speed: leaf-01[3] - node-03/P1[1] runs at 4xHDR, designed 4xNDR"), std::string::npos)
        << messages(r);
    EXPECT_NE(messages(r).find("wrong width: leaf-01[33] - spine-01[1] runs at 2xNDR"), std::string::npos) << messages(r);
    EXPECT_TRUE(check(found, AsBuiltOptions{false}).matches()) << "--ignore-rate";
}

TEST(AsBuiltCheck, UnknownDeviceCarriesItsLinks) {
    std::vector<L> found = kDesign;
    found[2].b = "localhost mlx5_0";  // node-03 booted without its node description
    const AsBuiltReport r = check(found);
    ASSERT_EQ(r.findings.size(), 2U) << messages(r);
    EXPECT_EQ(r.findings[0].kind, AsBuiltKind::Missing);
    EXPECT_EQ(r.findings[1].kind, AsBuiltKind::UnknownDevice);
    EXPECT_EQ(r.findings[1].device, "localhost mlx5_0");
    EXPECT_NE(r.findings[1].message.find("is not a device of the design; 1 link(s) to leaf-01[3]"), std::string::npos)
        << r.findings[1].message;
}

TEST(AsBuiltCheck, SecondNodeWithOneDescriptionIsUnknown) {
    // Two switches both report "leaf-01" (a replacement switch configured from the old one's
    // backup): the second is not taken for the design's leaf-01.
    std::vector<L> found = kDesign;
    const std::string text = capture(found, 1000) +
                             "\nSwitch\t64 \"S-9999\"\t\t# \"leaf-01\" enhanced port 0 lid 0 lmc 0\n"
                             "[7]\t\"S-1006\"[9]\t\t# \"spine-02\" lid 0 4xNDR\n";
    const AsBuiltReport r = checkAsBuilt(parseIbnetdiscoverText(capture(kDesign), "design"),
                                         parseIbnetdiscoverText(text, "found.txt"));
    ASSERT_EQ(r.findings.size(), 1U) << messages(r);
    EXPECT_EQ(r.findings[0].kind, AsBuiltKind::UnknownDevice);
    EXPECT_NE(r.findings[0].message.find("repeats the description of the node on capture line"), std::string::npos)
        << r.findings[0].message;
    EXPECT_EQ(r.matchedLinks, 6);
}

}  // namespace
}  // namespace rw
