// Fragments: what a copy takes, JSON round trips, pasting with fresh ids and names, undo.
#include <gtest/gtest.h>

#include <limits>

#include "edit/Fragment.h"
#include "edit/NameAllocator.h"
#include "edit/PlacementCommands.h"
#include "project/NewProject.h"
#include "support/SampleModel.h"
#include "util/Errors.h"

namespace rw {
namespace {

std::vector<RackId> racksNamed(const Model& m, std::initializer_list<std::string_view> names) {
    std::vector<RackId> ids;
    for (std::string_view n : names)
        m.racks().forEach([&](RackId id, const Rack& r) {
            if (r.name == n) ids.push_back(id);
        });
    return ids;
}

TEST(NameAllocator, KeepsFreeNamesAndContinuesNumbering) {
    NameAllocator names;
    for (const char* n : {"R1", "R2", "R3", "r001", "r007", "spare"}) names.reserve(n);
    EXPECT_EQ(names.take("R9"), "R9");
    EXPECT_EQ(names.take("R1"), "R10") << "one past the highest number in use";
    EXPECT_EQ(names.take("r001"), "r008") << "zero padding kept";
    EXPECT_EQ(names.take("spare"), "spare2");
    EXPECT_EQ(names.take("spare"), "spare3");
    EXPECT_TRUE(names.taken("R10"));
}

TEST(Fragment, CopyTakesRacksWithContentsAndOnlyTheirOwnLinks) {
    Model m = test::sampleModel(3);
    // A link from rack R1's node to rack R3's switch leaves any fragment of R1 and R2.
    PortId r1Nic, r3Cage;
    m.ports().forEach([&](PortId id, const Port& p) {
        const Device& d = m.devices()[p.device];
        if (d.name == "r1-n01" && m.text(p.name) == "PSU1") r1Nic = id;
        if (d.name == "r3-leaf") r3Cage = id;
    });
    const LinkId crossing = m.links().add({r1Nic, r3Cage, 0, 1, Fabric::Compute, LinkRole::NodeLeaf, 400});
    m.cables().add({crossing, {}, Media::Auto, {}, 0});

    const Fragment f = copyFragment(m, racksNamed(m, {"R2", "R1"}));
    ASSERT_EQ(f.racks.size(), 2U);
    EXPECT_EQ(f.racks[0].name, "R1") << "in id order";
    EXPECT_EQ(f.racks[1].position, (Point2{1800, 2400}));
    EXPECT_EQ(f.racks[0].catalog, "rack-48u-600x1200");
    EXPECT_EQ(f.devices.size(), 6U);
    EXPECT_EQ(f.ports.size(), 8U);
    EXPECT_EQ(f.transceivers.size(), 2U);
    EXPECT_EQ(f.links.size(), 4U) << "the crossing link stays behind";
    EXPECT_EQ(f.cables.size(), 4U);
    EXPECT_EQ(f.cables[1].sku, "power-cord-c19-c20-2m");
    EXPECT_TRUE(copyFragment(m, {RackId(99)}).empty());
}

Fragment twinCableFragment() {
    Fragment f;
    f.racks = {{"rack-a", "A1", {600, 1200}, Rotation::R90, RackRole::Network}};
    f.devices = {{0, "switch-x", "A1-sw", 20, Face::Rear, DeviceRole::Leaf}, {0, "row-cdu", "A1-cdu", 1, Face::Front, DeviceRole::Cdu}};
    f.ports = {{0, "OSFP1", 400, PortKind::OSFP, 8, 2, Split1 | Split2}, {0, "OSFP2", 400, PortKind::OSFP, 8, 2, Split2}};
    f.transceivers = {{1, "optic-2x400"}};
    f.links = {{0, 1, 0, 0, Fabric::Compute, LinkRole::LeafSpine, 400}, {0, 1, 1, 1, Fabric::Compute, LinkRole::LeafSpine, 400}};
    f.cables = {{0, 1U, Media::MultimodeFiber, "mpo-3m", 3000}};
    f.cooling = {{1, "row-cdu", "CDU-A1", CoolingKind::Cdu, 80.5}};
    return f;
}

TEST(Fragment, JsonRoundTripKeepsEverything) {
    const Model m = test::sampleModel(2);
    const Fragment copied = copyFragment(m, m.racks().ids());
    EXPECT_EQ(fragmentFromJson(fragmentToJson(copied)), copied);
    const Fragment twin = twinCableFragment();
    EXPECT_EQ(fragmentFromJson(fragmentToJson(twin)), twin);
}

TEST(Fragment, BadJsonNamesTheSourceAndPath) {
    const auto messageOf = [](std::string_view text) {
        try {
            (void)fragmentFromJson(text, "clipboard");
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    std::string json = fragmentToJson(twinCableFragment());
    EXPECT_NE(messageOf("{nope").find("clipboard: $: not JSON"), std::string::npos);
    EXPECT_NE(messageOf(R"({"version": 1e999})").find("clipboard: $: not JSON"), std::string::npos);  // out_of_range
    EXPECT_NE(messageOf(R"({"format":"something-else","version":1})").find("$.format"), std::string::npos);
    std::string badX = json;
    badX.replace(badX.find("\"x_mm\":600"), 10, "\"x_mm\":\"far\"");
    EXPECT_NE(messageOf(badX).find("clipboard: $.racks[0].x_mm: expected an integer"), std::string::npos) << messageOf(badX);
    // Above INT64_MAX: nlohmann keeps it unsigned, and reading it as int64 once wrapped it to -1.
    std::string hugeLength = json;
    hugeLength.replace(hugeLength.find("\"length_mm\":3000"), 16, "\"length_mm\":18446744073709551615");
    EXPECT_NE(messageOf(hugeLength).find("$.cables[0].length_mm: 18446744073709551615 is out of range"), std::string::npos)
        << messageOf(hugeLength);
    // A rack at the edge of int32 would overflow when pasted at an offset (undefined behaviour).
    std::string farX = json;
    farX.replace(farX.find("\"x_mm\":600"), 10, "\"x_mm\":2147483000");
    EXPECT_NE(messageOf(farX).find("$.racks[0].x_mm: 2147483000 mm is farther than 100000000 mm"), std::string::npos)
        << messageOf(farX);
    // What the model refuses (Model::validate) is refused here, not pasted (found by fuzz_fragment:
    // split_modes 0 made a port whose split is none of its modes).
    std::string noSplitMode = json;
    noSplitMode.replace(noSplitMode.find("\"split_modes\":"), 14, "\"split_modes\":0,\"was\":");
    EXPECT_NE(messageOf(noSplitMode).find("$.ports[0].split: split 2 is not among the cage's split modes (0)"), std::string::npos)
        << messageOf(noSplitMode);
    std::string groundU = json;
    groundU.replace(groundU.find("\"u\":"), 4, "\"u\":0,\"was\":");
    EXPECT_NE(messageOf(groundU).find("$.devices[0].u: U position must be 1 or more"), std::string::npos) << messageOf(groundU);
    std::string dangling = json;
    dangling.replace(dangling.find("\"first\":0"), 9, "\"first\":7");
    EXPECT_NE(messageOf(dangling).find("cable 0 refers to a missing entry 7"), std::string::npos) << messageOf(dangling);
}

TEST(Fragment, PasteIntoSameModelGivesFreshIdsAndNamesAndUndoRestoresExactly) {
    Document doc(test::sampleModel(3));
    const Model before = doc.model();
    const Fragment f = copyFragment(doc.model(), racksNamed(doc.model(), {"R1", "R2"}));
    const HallId hall = doc.model().halls().ids().front();

    const PastedIds pasted = cmd::pasteFragment(doc, f, {hall, {0, 3000}});
    EXPECT_EQ(doc.undoText(), "Paste 2 racks");
    ASSERT_EQ(pasted.racks.size(), 2U);
    const Model& m = doc.model();
    EXPECT_EQ(m.racks().size(), 5U);
    EXPECT_EQ(m.racks()[pasted.racks[0]].name, "R4");
    EXPECT_EQ(m.racks()[pasted.racks[1]].name, "R5");
    EXPECT_EQ(m.racks()[pasted.racks[1]].position, (Point2{1800, 5400}));
    EXPECT_FALSE(m.racks()[pasted.racks[0]].row.valid()) << "pasted racks stand alone";
    EXPECT_EQ(m.devices().size(), 9U + 6U);
    EXPECT_EQ(m.cables().size(), 6U + 4U);
    EXPECT_EQ(m.circuits().size(), 3U) << "circuits are not copied";
    EXPECT_TRUE(m.validate().empty());
    // Every device name is unique, and pasted cables join pasted devices only.
    NameAllocator seen;
    m.devices().forEach([&](DeviceId, const Device& d) {
        EXPECT_FALSE(seen.taken(d.name)) << d.name;
        seen.reserve(d.name);
    });
    for (CableId c : pasted.cables) {
        const Link& l = m.links()[m.cables()[c].first];
        for (PortId p : {l.a, l.b}) {
            const RackId rack = m.devices()[m.ports()[p].device].rack;
            EXPECT_TRUE(rack == pasted.racks[0] || rack == pasted.racks[1]);
        }
    }
    const Model after = m;

    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.model(), before);
    ASSERT_TRUE(doc.redo());
    EXPECT_EQ(doc.model(), after);
    EXPECT_EQ(doc.model().racks()[pasted.racks[0]].name, "R4") << "redo brings back the same ids";
}

TEST(Fragment, DeviceNamedAfterItsRackFollowsTheRename) {
    Model target = newProject("Target");
    const HallId hall = target.halls().ids().front();
    target.racks().add({hall, {}, target.strings.intern("rack-a"), "A1", {0, 0}, Rotation::R0, RackRole::Other});
    target.racks().add({hall, {}, target.strings.intern("rack-a"), "A7", {600, 0}, Rotation::R0, RackRole::Other});
    Document doc(std::move(target));

    const PastedIds pasted = cmd::pasteFragment(doc, twinCableFragment(), {hall, {}}, "Duplicate");
    const Model& m = doc.model();
    EXPECT_EQ(doc.undoText(), "Duplicate rack A8");
    EXPECT_EQ(m.racks()[pasted.racks[0]].name, "A8");
    EXPECT_EQ(m.racks()[pasted.racks[0]].rotation, Rotation::R90);
    EXPECT_EQ(m.devices()[pasted.devices[0]].name, "A8-sw");
    EXPECT_EQ(m.devices()[pasted.devices[1]].name, "A8-cdu");
    ASSERT_EQ(pasted.cables.size(), 1U);
    const Cable& twin = m.cables()[pasted.cables[0]];
    EXPECT_TRUE(twin.second.valid());
    EXPECT_EQ(m.text(twin.sku), "mpo-3m");
    EXPECT_EQ(m.links()[twin.second].bSub, 1);
    EXPECT_EQ(m.coolingUnits().size(), 1U);
    m.coolingUnits().forEach([&](CoolingId, const CoolingUnit& u) { EXPECT_EQ(u.device, pasted.devices[1]); });
    EXPECT_TRUE(m.validate().empty());
}

TEST(Fragment, PasteIntoAnotherProjectKeepsFreeNames) {
    const Model source = test::sampleModel(2);
    Document doc(newProject("Other"));
    const HallId hall = doc.model().halls().ids().front();
    const PastedIds pasted = cmd::pasteFragment(doc, copyFragment(source, source.racks().ids()), {hall, {}});
    EXPECT_EQ(doc.model().racks()[pasted.racks[0]].name, "R1");
    EXPECT_EQ(doc.model().devices()[pasted.devices[0]].name, "r1-n01");
    EXPECT_EQ(doc.model().racks()[pasted.racks[0]].hall, hall);
}

TEST(Fragment, PasteBeyondTheCoordinateLimitIsRefusedAndChangesNothing) {
    Document doc(test::sampleModel(1));
    const Model before = doc.model();
    const HallId hall = doc.model().halls().ids().front();
    Fragment f = twinCableFragment();
    f.racks[0].position = {kFragmentCoordinateLimitMm - 500, 0};
    EXPECT_THROW(cmd::pasteFragment(doc, f, {hall, {1000, 0}}), EditError);
    f.racks[0].position = {0, -kFragmentCoordinateLimitMm};
    EXPECT_THROW(cmd::pasteFragment(doc, f, {hall, {0, std::numeric_limits<std::int32_t>::min()}}), EditError);
    EXPECT_EQ(doc.model(), before);
    EXPECT_FALSE(doc.canUndo());
}

// Found by fuzz_fragment: a link carried by two cables, or twice by one, must not paste.
TEST(Fragment, ALinkCarriedTwiceIsRefusedAndChangesNothing) {
    Document doc(test::sampleModel(1));
    const Model before = doc.model();
    const HallId hall = doc.model().halls().ids().front();
    Fragment twoCables = twinCableFragment();
    twoCables.cables = {{0, std::nullopt, Media::MultimodeFiber, "mpo-3m", 3000}, {0, std::nullopt, Media::MultimodeFiber, "mpo-3m", 3000}};
    EXPECT_THROW(cmd::pasteFragment(doc, twoCables, {hall, {1000, 0}}), EditError);
    Fragment sameTwice = twinCableFragment();
    sameTwice.cables = {{1, 1U, Media::MultimodeFiber, "mpo-3m", 3000}};
    EXPECT_THROW(cmd::pasteFragment(doc, sameTwice, {hall, {1000, 0}}), EditError);
    EXPECT_EQ(doc.model(), before);
    EXPECT_FALSE(doc.canUndo());
}

// Whatever the reader lets through, the model's rules refuse: here a sub-port used by two links.
TEST(Fragment, AFragmentThatBreaksAModelRuleIsRefusedAndChangesNothing) {
    Document doc(test::sampleModel(1));
    const Model before = doc.model();
    const HallId hall = doc.model().halls().ids().front();
    Fragment f = twinCableFragment();
    f.links[1].aSub = 0;  // port 0's sub-port 0 now in both links
    EXPECT_THROW(cmd::pasteFragment(doc, fragmentFromJson(fragmentToJson(f)), {hall, {1000, 0}}), EditError);
    EXPECT_EQ(doc.model(), before);
    EXPECT_FALSE(doc.canUndo());
}

TEST(Fragment, PasteIntoMissingHallChangesNothing) {
    Document doc(test::sampleModel(1));
    const Model before = doc.model();
    const Fragment f = copyFragment(doc.model(), doc.model().racks().ids());
    EXPECT_THROW(cmd::pasteFragment(doc, f, {HallId(42), {}}), EditError);
    EXPECT_EQ(doc.model(), before);
    EXPECT_FALSE(doc.canUndo());
}

}  // namespace
}  // namespace rw
