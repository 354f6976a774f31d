// Each kind of bad spec is refused with the file, the JSON path and the reason.
#include <gtest/gtest.h>

#include "catalog/Catalog.h"
#include "support/ShippedCatalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "util/Errors.h"

#include <map>

namespace rw {
namespace {

const Catalog& catalog() { return test::shippedCatalog(); }

struct BadSpec {
    const char* name;
    const char* json;
    const char* expected;  // must appear in the message
};

class BadSpecs : public ::testing::TestWithParam<BadSpec> {};

TEST_P(BadSpecs, AreRefusedWithPathAndReason) {
    const BadSpec& bad = GetParam();
    try {
        const ClusterSpec spec = parseSpecText(bad.json, "bad.json", catalog());
        (void)generate(spec, catalog());
        FAIL() << bad.name << " was accepted";
    } catch (const InputError& e) {
        const std::string what = e.what();
        EXPECT_EQ(what.rfind("bad.json: ", 0), 0U) << what;
        EXPECT_NE(what.find(bad.expected), std::string::npos) << what;
    }
}

#define DGX R"("compute": {"system": "nvidia-dgx-h100", "nodes": 31})"

INSTANTIATE_TEST_SUITE_P(
    Spec, BadSpecs,
    ::testing::Values(
        BadSpec{"NotJson", "{\n  \"name\": \"x\",\n  oops\n}", "line 3, column 3"},
        BadSpec{"NotAnObject", "[1, 2]", "$: expected a JSON object"},
        BadSpec{"MissingCompute", R"({"name": "x"})", "$.compute: required field is missing"},
        BadSpec{"MissingSystem", R"({"compute": {"nodes": 3}})", "$.compute.system: required field is missing"},
        BadSpec{"UnknownTopKey", R"({)" DGX R"(, "colour": "blue"})", "colour"},
        BadSpec{"UnknownNestedKey", R"({)" DGX R"(, "fabrics": {"compute": {"switch": "nvidia-qm9700", "speed": 1}}})",
                "$.fabrics.compute.speed"},
        BadSpec{"WrongType", R"({"compute": {"system": "nvidia-dgx-h100", "nodes": "many"}})", "$.compute.nodes"},
        BadSpec{"UnknownCatalogId", R"({"compute": {"system": "acme-gpu-9000", "nodes": 1}})", "unknown catalog id 'acme-gpu-9000'"},
        BadSpec{"WrongKindOfPart", R"({"compute": {"system": "nvidia-qm9700", "nodes": 1}})", "$.compute.system: 'nvidia-qm9700' is a switch"},
        BadSpec{"ZeroNodes", R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 0}})", "$.compute.nodes"},
        BadSpec{"BadTiers", R"({)" DGX R"(, "fabrics": {"compute": {"tiers": 7}}})", "$.fabrics.compute.tiers: expected \"auto\" or an integer 1..4"},
        // 2^32 + 1 and 2^64 - 1 once wrapped to 1 and -1 on the way to int and were taken as 1 tier / refused as -1.
        BadSpec{"TiersWrappingToOne", R"({)" DGX R"(, "fabrics": {"compute": {"tiers": 4294967297}}})", "$.fabrics.compute.tiers"},
        BadSpec{"NodesAboveInt64", R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 18446744073709551615}})",
                "$.compute.nodes: 18446744073709551615 is out of range"},
        // Found by fuzz_spec: nlohmann throws out_of_range (not parse_error) for a number beyond double.
        BadSpec{"NumberBeyondDouble", R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 814741910e616}})",
                "not valid JSON ([json.exception.out_of_range.406] number overflow parsing '814741910e616')"},
        BadSpec{"BadRatio", R"({)" DGX R"(, "fabrics": {"compute": {"oversubscription": "1:2"}}})", "$.fabrics.compute.oversubscription"},
        BadSpec{"FabricTrue", R"({)" DGX R"(, "fabrics": {"storage": true}})", "$.fabrics.storage: use an object"},
        BadSpec{"TooManyForTwoTiers", R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 300}, "fabrics": {"compute": {"tiers": 2}}})",
                "2 tiers of 64-port switches hold at most 2,048"},
        BadSpec{"SpeedTheSwitchCannotRun", R"({)" DGX R"(, "fabrics": {"compute": {"switch": "nvidia-sn4600c"}}})",
                "$.fabrics.compute.port_speed_gbps: 'nvidia-sn4600c' has no data ports that run at 400 Gb/s"},
        BadSpec{"NodesDoNotFitRack", R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 8, "nodes_per_rack": 7}})", "has no room for"},
        BadSpec{"HallTooSmall", R"({)" DGX R"(, "hall": {"width_m": 6, "depth_m": 6, "max_halls": 1}})", "hall"},
        BadSpec{"RacksDoNotFit", R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 400}, "hall": {"width_m": 10, "depth_m": 10, "max_halls": 2}})",
                "raise hall.max_halls"},
        BadSpec{"PartialRackScaleSystem", R"({"compute": {"system": "nvidia-gb200-nvl72", "nodes": 20}})", "not a whole number of systems"},
        BadSpec{"BadOobScope", R"({)" DGX R"(, "fabrics": {"oob": {"per": "hall"}}})", "$.fabrics.oob.per"},
        BadSpec{"FeedsOutOfRange", R"({)" DGX R"(, "power": {"feeds": 5}})", "$.power.feeds"},
        BadSpec{"UnknownRedundancy", R"({)" DGX R"(, "power": {"redundancy": "3N"}})", "$.power.redundancy: '3N' is not"},
        BadSpec{"RedundancyAgainstFeeds", R"({)" DGX R"(, "power": {"redundancy": "2N", "feeds": 3}})", "means 2 feeds per rack, but feeds is 3"},
        BadSpec{"DeratingOutOfRange", R"({)" DGX R"(, "power": {"derating": 1.5}})", "$.power.derating"},
        BadSpec{"InstallNotAnObject", R"({)" DGX R"(, "install": 3})", "$.install: expected an object"},
        BadSpec{"InstallUnknownTrade", R"({)" DGX R"(, "install": {"crews": {"plumbing": 3}}})",
                "$.install.crews.plumbing: unknown trade 'plumbing' (known: rigging, electrical, mechanical, copper, fibre, commissioning)"},
        BadSpec{"InstallZeroCrews", R"({)" DGX R"(, "install": {"crews": {"fibre": 0}}})", "$.install.crews.fibre"},
        BadSpec{"InstallImpossibleDate", R"({)" DGX R"(, "install": {"start": "2027-02-30"}})",
                "$.install.start: '2027-02-30' is not a date: 2027-02 has 28 days"},
        BadSpec{"InstallShiftTooLong", R"({)" DGX R"(, "install": {"shift_hours": 25}})", "$.install.shift_hours"},
        BadSpec{"InstallWeekTooLong", R"({)" DGX R"(, "install": {"working_days_per_week": 8}})", "$.install.working_days_per_week"},
        BadSpec{"InstallZeroTarget", R"({)" DGX R"(, "install": {"target_days": 0}})", "$.install.target_days"},
        BadSpec{"InstallZeroPerRow", R"({)" DGX R"(, "install": {"crews_per_row": 0}})", "$.install.crews_per_row"},
        BadSpec{"InstallUnknownKey", R"({)" DGX R"(, "install": {"shifts": 2}})", "$.install.shifts: unknown field"}),
    [](const ::testing::TestParamInfo<BadSpec>& info) { return std::string(info.param.name); });

TEST(SpecParser, MissingFileNamesIt) {
    try {
        (void)parseSpecFile("/nonexistent/spec.json", catalog());
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/spec.json"), std::string::npos);
    }
}

TEST(SpecParser, DefaultsComeFromTheCatalog) {
    const ClusterSpec s = parseSpecText(R"({)" DGX R"(, "fabrics": {"compute": {}, "oob": {}}})", "ok.json", catalog());
    ASSERT_EQ(s.groups.size(), 1U);
    EXPECT_EQ(s.groups[0].nodesPerRack, catalog().get("nvidia-dgx-h100").compute->defaultNodesPerRack);
    EXPECT_EQ(s.groups[0].rack->id, catalog().get("nvidia-dgx-h100").compute->defaultRack);
    ASSERT_TRUE(s.compute);
    EXPECT_NE(s.compute->switchEntry, nullptr);
    EXPECT_EQ(s.compute->oversubscription, (Oversubscription{1, 1}));
    EXPECT_FALSE(s.storage);
    ASSERT_TRUE(s.oob);
    EXPECT_EQ(s.hall.coldAisleM, 1.2);
    EXPECT_EQ(s.hall.hotAisleM, 1.0);
}

}  // namespace
}  // namespace rw

namespace rw {
namespace {

TEST(ComputeGroups, ShareOneFabricInNodeOrder) {
    const ClusterSpec s = parseSpecText(R"({"compute": [
        {"system": "supermicro-hgx-h100-4u-liquid", "nodes": 40},
        {"system": "supermicro-hgx-h200-4u-liquid", "nodes": 24}],
      "fabrics": {"compute": {"switch": "nvidia-sn5600", "port_speed_gbps": 400}}})", "groups.json", catalog());
    ASSERT_EQ(s.groups.size(), 2U);
    EXPECT_EQ(s.nodes, 64);
    EXPECT_EQ(s.groups[1].firstNode, 40);
    const Model m = generate(s, catalog()).model;
    EXPECT_TRUE(m.validate().empty());
    std::map<std::string, int> nodesByCatalog;
    m.devices().forEach([&](DeviceId, const Device& d) {
        if (d.role == DeviceRole::GpuNode) nodesByCatalog[std::string(m.text(d.catalog))]++;
    });
    EXPECT_EQ(nodesByCatalog["supermicro-hgx-h100-4u-liquid"], 40);
    EXPECT_EQ(nodesByCatalog["supermicro-hgx-h200-4u-liquid"], 24);
    int nodeLinks = 0;
    m.links().forEach([&](LinkId, const Link& l) { nodeLinks += l.fabric == Fabric::Compute && l.role == LinkRole::NodeLeaf; });
    EXPECT_EQ(nodeLinks, 64 * 8);
}

TEST(ComputeGroups, DifferentRailCountsAreRefused) {
    try {
        (void)generate(parseSpecText(R"({"compute": [
            {"system": "nvidia-dgx-h100", "nodes": 4},
            {"system": "nvidia-gb200-nvl72", "nodes": 18}],
          "fabrics": {"compute": {}}})", "mixed.json", catalog()), catalog());
        FAIL() << "accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("mixed.json: $.compute[1].system"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("same number of rails"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace rw
