// Placing racks and rows, mounting catalog devices in free U spans, cutting.
#include <gtest/gtest.h>

#include "edit/Commands.h"
#include "edit/PlacementCommands.h"
#include "edit/Transaction.h"
#include "project/NewProject.h"
#include "support/SampleModel.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

constexpr std::string_view kRack42 = "apc-netshelter-sx-42u-600x1200";

class PlacementCommands : public ::testing::Test {
protected:
    PlacementCommands() : doc_(newProject("Site")), hall_(doc_.model().halls().ids().front()) {}

    RackId emptyRack(std::string name = {}) {
        return cmd::placeRack(doc_, {hall_, std::string(kRack42), {3000, 3000}, Rotation::R0, RackRole::Other, std::move(name)});
    }
    [[nodiscard]] std::vector<std::uint8_t> usIn(RackId rack) const {
        std::vector<std::uint8_t> us;
        doc_.model().devices().forEach([&](DeviceId, const Device& d) {
            if (d.rack == rack) us.push_back(d.uPosition);
        });
        return us;
    }

    Document doc_;
    HallId hall_;
    const Catalog& catalog_ = test::shippedCatalog();
};

TEST_F(PlacementCommands, PlaceRackNamesItTheNextFreeR) {
    const RackId first = emptyRack();
    EXPECT_EQ(doc_.model().racks()[first].name, "R1");
    EXPECT_EQ(doc_.undoText(), "Place rack R1");
    const RackId second = emptyRack();
    EXPECT_EQ(doc_.model().racks()[second].name, "R2");
    EXPECT_EQ(doc_.model().text(doc_.model().racks()[second].catalog), kRack42);
    EXPECT_THROW(cmd::placeRack(doc_, {HallId(9), std::string(kRack42)}), EditError);
    EXPECT_THROW(cmd::placeRack(doc_, {hall_, ""}), EditError);
}

TEST_F(PlacementCommands, RowOfRacksIsOneStepWithItsOwnRow) {
    emptyRack("R1");
    const std::vector<RackId> ids = cmd::placeRackRow(
        doc_, {hall_, std::string(kRack42), RackRole::Compute, 5, {6'300, 9'600}, Rotation::R180, 600, {}});
    ASSERT_EQ(ids.size(), 5U);
    EXPECT_EQ(doc_.undoText(), "Place row of 5 racks");
    const Model& m = doc_.model();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const Rack& r = m.racks()[ids[i]];
        EXPECT_EQ(r.position, (Point2{6'300 + 600 * std::int32_t(i), 9'600}));
        EXPECT_EQ(r.rotation, Rotation::R180);
        EXPECT_EQ(r.role, RackRole::Compute);
        EXPECT_EQ(r.name, "R" + std::to_string(i + 2));
        EXPECT_EQ(r.row, m.racks()[ids[0]].row);
    }
    ASSERT_TRUE(m.rows().contains(m.racks()[ids[0]].row));
    EXPECT_EQ(m.rows()[m.racks()[ids[0]].row].name, "Row 1");

    EXPECT_TRUE(doc_.undo());
    EXPECT_EQ(doc_.model().racks().size(), 1U);
    EXPECT_EQ(doc_.model().rows().size(), 0U);

    // Turned a quarter, the row runs north.
    const auto north = cmd::placeRackRow(doc_, {hall_, std::string(kRack42), RackRole::Other, 2, {0, 0}, Rotation::R90, 800, "B"});
    EXPECT_EQ(doc_.model().racks()[north[1]].position, (Point2{0, 800}));
    EXPECT_THROW(cmd::placeRackRow(doc_, {hall_, std::string(kRack42), RackRole::Other, 0, {}, Rotation::R0, 600, {}}), EditError);
    EXPECT_THROW(cmd::placeRackRow(doc_, {hall_, std::string(kRack42), RackRole::Other, 2, {}, Rotation::R0, 0, {}}), EditError);
}

TEST_F(PlacementCommands, MountFillsTheLowestFreeSpanAndRefusesAFullRack) {
    const RackId rack = emptyRack();
    const CatalogEntry& dgx = catalog_.get("nvidia-dgx-h100");
    ASSERT_EQ(dgx.uHeight, 8);
    const DeviceId first = cmd::mountDevice(doc_, catalog_, rack, dgx.id);
    const Model& m = doc_.model();
    EXPECT_EQ(m.devices()[first].uPosition, 1);
    EXPECT_EQ(m.devices()[first].role, DeviceRole::GpuNode);
    EXPECT_EQ(m.devices()[first].name, "R1-U01");
    EXPECT_EQ(doc_.undoText(), "Mount " + dgx.model + " in rack R1 at U1");
    EXPECT_EQ(m.racks()[rack].role, RackRole::Compute) << "the first device gives an Other rack its role";
    std::size_t ports = 0;
    m.ports().forEach([&](PortId, const Port& p) { ports += p.device == first; });
    EXPECT_EQ(ports, dgx.device->ports.size());

    for (int i = 0; i < 4; ++i) cmd::mountDevice(doc_, catalog_, rack, dgx.id);
    EXPECT_EQ(usIn(rack), (std::vector<std::uint8_t>{1, 9, 17, 25, 33}));
    EXPECT_EQ(cmd::lowestFreeSpan(m, catalog_, rack, 2), 41);
    const Model full = m;
    try {
        cmd::mountDevice(doc_, catalog_, rack, dgx.id);
        ADD_FAILURE() << "a sixth 8 U server does not fit in 42 U";
    } catch (const EditError& e) {
        EXPECT_STREQ(e.what(), ("rack R1 has no free 8 U span for " + dgx.model + " (42 U rack)").c_str());
    }
    EXPECT_EQ(doc_.model(), full);

    // A gap left by a removed server is found again.
    std::vector<DeviceId> atU9;
    m.devices().forEach([&](DeviceId id, const Device& d) {
        if (d.uPosition == 9) atU9.push_back(id);
    });
    {
        auto tx = doc_.begin("remove");
        tx.remove<Device>(atU9.front());
        tx.commit();
    }
    const DeviceId leaf = cmd::mountDevice(doc_, catalog_, rack, "nvidia-qm9700");
    EXPECT_EQ(m.devices()[leaf].uPosition, 9);
    EXPECT_EQ(m.devices()[leaf].face, Face::Front);
}

TEST_F(PlacementCommands, ZeroUPduGoesOnTheRearAndRacksAreNotMountable) {
    const RackId rack = emptyRack();
    const DeviceId pdu = cmd::mountDevice(doc_, catalog_, rack, "pdu-415v-3ph-60a-0u");
    EXPECT_EQ(doc_.model().devices()[pdu].face, Face::Rear);
    EXPECT_EQ(doc_.model().devices()[pdu].uPosition, 1);
    EXPECT_EQ(doc_.model().racks()[rack].role, RackRole::Power);
    EXPECT_EQ(cmd::lowestFreeSpan(doc_.model(), catalog_, rack, 42), 1) << "0 U takes no units";
    EXPECT_THROW(cmd::mountDevice(doc_, catalog_, rack, kRack42), EditError);
    EXPECT_THROW(cmd::mountDevice(doc_, catalog_, rack, "no-such-part"), EditError);
    EXPECT_THROW(cmd::mountDevice(doc_, catalog_, RackId(77), "nvidia-qm9700"), EditError);
}

TEST_F(PlacementCommands, RackScaleSystemComesWithItsPartsAtTheVendorsUs) {
    const CatalogEntry& nvl72 = catalog_.get("nvidia-gb200-nvl72");
    const RackId rack = cmd::placeRackScaleSystem(doc_, catalog_, {hall_, nvl72.id, {6'300, 3'600}});
    const Model& m = doc_.model();
    EXPECT_EQ(doc_.undoText(), "Place " + nvl72.model + " as rack R1");
    EXPECT_EQ(m.text(m.racks()[rack].catalog), nvl72.rackScale->rack);
    EXPECT_EQ(m.racks()[rack].role, RackRole::Compute);
    int members = 0, nodes = 0;
    for (const RackScaleMember& member : nvl72.rackScale->members) members += member.count;
    m.devices().forEach([&](DeviceId, const Device& d) {
        EXPECT_EQ(d.rack, rack);
        nodes += d.role == DeviceRole::GpuNode;
    });
    EXPECT_EQ(int(m.devices().size()), members);
    EXPECT_EQ(nodes, nvl72.rackScale->computeNodes);
    EXPECT_EQ(usIn(rack).front(), nvl72.rackScale->members.front().uPositions.front());
    EXPECT_TRUE(m.validate().empty());
    EXPECT_EQ(doc_.historySize(), 1U);
    doc_.undo();
    EXPECT_TRUE(doc_.model().racks().empty());
    EXPECT_TRUE(doc_.model().devices().empty());
    EXPECT_THROW(cmd::placeRackScaleSystem(doc_, catalog_, {hall_, "nvidia-dgx-h100"}), EditError);
}

TEST_F(PlacementCommands, HallAtFindsTheHallUnderAPoint) {
    Model m = newProject("Two halls");  // hall 0: 60 m x 40 m from the origin
    const HallId second = m.halls().add(Hall{"L-shaped", {{70'000, 0}, {90'000, 0}, {90'000, 10'000}, {80'000, 10'000},
                                                          {80'000, 30'000}, {70'000, 30'000}}});
    EXPECT_EQ(cmd::hallAt(m, {1'000, 1'000}), m.halls().ids().front());
    EXPECT_EQ(cmd::hallAt(m, {75'000, 20'000}), second);
    EXPECT_FALSE(cmd::hallAt(m, {85'000, 20'000}).valid()) << "the L's notch";
    EXPECT_FALSE(cmd::hallAt(m, {30'000, -10}).valid());
    EXPECT_FALSE(cmd::hallAt(m, {65'000, 5'000}).valid()) << "between the halls";
}

TEST_F(PlacementCommands, CutDeletesWithItsOwnDescription) {
    Document doc(test::sampleModel(3));
    const Model before = doc.model();
    cmd::cutRacks(doc, {RackId(0), RackId(2)});
    EXPECT_EQ(doc.undoText(), "Cut 2 racks");
    EXPECT_EQ(doc.model().racks().size(), 1U);
    EXPECT_EQ(doc.model().devices().size(), 3U);
    doc.undo();
    EXPECT_EQ(doc.model(), before);
    EXPECT_THROW(cmd::cutRacks(doc, {RackId(9)}), EditError);
}

}  // namespace
}  // namespace rw
