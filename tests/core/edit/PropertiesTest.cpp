#include <gtest/gtest.h>

#include "edit/Commands.h"
#include "edit/DeviceCommands.h"
#include "edit/PlacementCommands.h"
#include "edit/PropertyCommands.h"
#include "edit/Properties.h"
#include "project/NewProject.h"
#include "support/SampleModel.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

std::string valueOf(const Model& m, EntityRef ref, const std::string& key) {
    for (const auto& p : properties(m, ref))
        if (p.key == key) return p.value;
    return "<none>";
}

TEST(Properties, ListsRackFields) {
    const Model m = test::sampleModel();
    const EntityRef rack{EntityKind::Rack, 0};
    EXPECT_EQ(valueOf(m, rack, "name"), "R1");
    EXPECT_EQ(valueOf(m, rack, "catalog"), "rack-48u-600x1200");
    EXPECT_EQ(valueOf(m, rack, "rotation"), "0");
}

TEST(Properties, SetIsUndoableAndDescribed) {
    Document doc(test::sampleModel());
    cmd::setProperty(doc, {EntityKind::Rack, 0}, "rotation", "270");
    EXPECT_EQ(doc.model().racks()[RackId(0)].rotation, Rotation::R270);
    EXPECT_EQ(doc.undoText(), "Set rotation of rack R1");
    doc.undo();
    EXPECT_EQ(doc.model().racks()[RackId(0)].rotation, Rotation::R0);
}

TEST(Properties, PowerAndCoolingRatingsAreEditable) {
    Document doc(test::sampleModel());
    EXPECT_EQ(valueOf(doc.model(), {EntityKind::Circuit, 0}, "breaker_amps"), "60");
    EXPECT_EQ(valueOf(doc.model(), {EntityKind::Panel, 0}, "catalog"), "busway-800a");
    EXPECT_EQ(valueOf(doc.model(), {EntityKind::Hall, 0}, "water_supply_c"), "30");
    cmd::setProperty(doc, {EntityKind::Circuit, 0}, "breaker_amps", "100");
    EXPECT_EQ(doc.model().circuits()[CircuitId(0)].breakerAmps, 100);
    cmd::setProperty(doc, {EntityKind::Panel, 0}, "rated_amps", "1000");
    cmd::setProperty(doc, {EntityKind::Feed, 0}, "capacity_kva", "2500");
    cmd::setProperty(doc, {EntityKind::Hall, 0}, "cooling_capacity_kw", "4200");
    EXPECT_EQ(doc.undoText(), "Set cooling_capacity_kw of hall Hall 1");
    EXPECT_EQ(doc.model().feeds()[FeedId(0)].capacityKva, 2500.0);
    for (int i = 0; i < 4; ++i) doc.undo();
    EXPECT_EQ(doc.model().circuits()[CircuitId(0)].breakerAmps, 60);
    EXPECT_EQ(doc.model().panels()[PanelId(0)].ratedAmps, 800);
}

TEST(Properties, BadValuesAreRefusedWithReason) {
    Document doc(test::sampleModel());
    const auto expectError = [&](EntityRef ref, const char* key, const char* value, const char* text) {
        try {
            cmd::setProperty(doc, ref, key, value);
            ADD_FAILURE() << key << "=" << value << " was accepted";
        } catch (const EditError& e) {
            EXPECT_NE(std::string(e.what()).find(text), std::string::npos) << e.what();
        }
    };
    expectError({EntityKind::Rack, 0}, "rotation", "45", "not a multiple of 90");
    expectError({EntityKind::Rack, 0}, "x_mm", "abc", "not a number");
    expectError({EntityKind::Rack, 0}, "catalog", "x", "read-only");
    expectError({EntityKind::Rack, 0}, "colour", "red", "no property 'colour'");
    expectError({EntityKind::Rack, 0}, "role", "kitchen", "not one of");
    expectError({EntityKind::Tray, 0}, "max_fill_percent", "120", "outside 1..100");
    expectError({EntityKind::Rack, 42}, "name", "x", "does not exist");
    expectError({EntityKind::Hall, 0}, "water_supply_c", "90", "outside");
    expectError({EntityKind::Panel, 0}, "catalog", "x", "read-only");
    EXPECT_FALSE(doc.canUndo());
}

TEST(Properties, RackAndDeviceNamesStayUnique) {
    Document doc(test::sampleModel());
    const auto refused = [&](EntityRef ref, const char* value) -> std::string {
        try {
            cmd::setProperty(doc, ref, "name", value);
        } catch (const EditError& e) {
            return e.what();
        }
        return "accepted";
    };
    EXPECT_EQ(refused({EntityKind::Rack, 1}, "R1"),
              "rack R2: name: 'R1' is already the name of another rack; rack names must be unique");
    EXPECT_NE(refused({EntityKind::Device, 1}, "r1-n01").find("already the name of another device"), std::string::npos);
    EXPECT_NE(refused({EntityKind::Rack, 1}, "").find("needs a name"), std::string::npos);
    EXPECT_FALSE(doc.canUndo()) << "nothing changed";
    cmd::setProperty(doc, {EntityKind::Rack, 0}, "name", "R1");  // its own name: no change of meaning
    cmd::setProperty(doc, {EntityKind::Rack, 1}, "name", "R99");
    EXPECT_EQ(doc.model().racks()[RackId(1)].name, "R99");
}

TEST(Properties, OneChangeOnManyRacksIsOneUndoStep) {
    Document doc(test::sampleModel());
    const std::vector<EntityRef> racks{{EntityKind::Rack, 0}, {EntityKind::Rack, 1}};
    cmd::setPropertyOfAll(doc, racks, "role", "storage");
    EXPECT_EQ(doc.model().racks()[RackId(0)].role, RackRole::Storage);
    EXPECT_EQ(doc.model().racks()[RackId(1)].role, RackRole::Storage);
    EXPECT_EQ(doc.undoText(), "Set role of 2 racks");
    doc.undo();
    EXPECT_EQ(doc.model().racks()[RackId(0)].role, RackRole::Compute);
    EXPECT_EQ(doc.model().racks()[RackId(1)].role, RackRole::Compute);
    EXPECT_FALSE(doc.canUndo());
    // One name for two racks: the second is refused, and the first keeps its own name.
    EXPECT_THROW(cmd::setPropertyOfAll(doc, racks, "name", "Twin"), EditError);
    EXPECT_EQ(doc.model().racks()[RackId(0)].name, "R1");
    EXPECT_FALSE(doc.canUndo());
}

TEST(Properties, ClosedListsOfferTheirChoices) {
    EXPECT_EQ(propertyChoices(EntityKind::Rack, "rotation"), (std::vector<std::string>{"0", "90", "180", "270"}));
    const auto roles = propertyChoices(EntityKind::Rack, "role");
    EXPECT_EQ(roles.front(), "compute");
    EXPECT_EQ(roles.size(), 7U);
    EXPECT_EQ(propertyChoices(EntityKind::Device, "face"), (std::vector<std::string>{"front", "rear"}));
    EXPECT_TRUE(propertyChoices(EntityKind::Rack, "name").empty());
    // Every choice offered is accepted.
    Document doc(test::sampleModel());
    for (const std::string& role : roles) cmd::setProperty(doc, {EntityKind::Rack, 0}, "role", role);
}

TEST(Properties, ACablesMediaAndPinnedLengthAreEditable) {
    Document doc(test::sampleModel());
    const EntityRef data{EntityKind::Cable, 0}, cord{EntityKind::Cable, 1};
    EXPECT_EQ(valueOf(doc.model(), data, "media"), "auto");
    EXPECT_EQ(valueOf(doc.model(), data, "length_mm"), "0");
    EXPECT_EQ(valueOf(doc.model(), cord, "pinned_part"), "power-cord-c19-c20-2m");
    EXPECT_EQ(propertyChoices(EntityKind::Cable, "media").front(), "auto");
    cmd::setProperty(doc, data, "media", "aoc");
    EXPECT_EQ(doc.model().cables()[CableId(0)].media, Media::Aoc);
    EXPECT_EQ(doc.undoText(), "Set media of cable CBL0");
    cmd::setProperty(doc, data, "length_mm", "12500");
    EXPECT_EQ(doc.model().cables()[CableId(0)].lengthMm, 12'500U);
    doc.undo();
    doc.undo();
    EXPECT_EQ(doc.model().cables()[CableId(0)].media, Media::Auto);
    EXPECT_THROW(cmd::setProperty(doc, data, "media", "string"), EditError);
    EXPECT_THROW(cmd::setProperty(doc, data, "length_mm", "-3"), EditError);
    EXPECT_THROW(cmd::setProperty(doc, cord, "pinned_part", "x"), EditError) << "read-only";
}

// The edits the inspector's hall and device pages make: a hall's width and depth (its rectangle's
// far edges), a device's U position refused where it would overlap a neighbour or leave the rack.
TEST(InspectorEdits, AHallsWidthAndDepthMoveItsFarEdges) {
    Document doc(newProject("Site"));
    const HallId hall = doc.model().halls().ids().front();
    const EntityRef ref{EntityKind::Hall, hall.value};
    const std::string width = valueOf(doc.model(), ref, "width_mm");
    ASSERT_NE(width, "<none>");
    cmd::setProperty(doc, ref, "width_mm", "24000");
    cmd::setProperty(doc, ref, "depth_mm", "18000");
    EXPECT_EQ(valueOf(doc.model(), ref, "width_mm"), "24000");
    EXPECT_EQ(valueOf(doc.model(), ref, "depth_mm"), "18000");
    EXPECT_EQ(doc.undoText(), "Set depth_mm of hall " + doc.model().halls()[hall].name);
    EXPECT_EQ(cmd::hallAt(doc.model(), Point2{23'000, 17'000}), hall);
    EXPECT_FALSE(cmd::hallAt(doc.model(), Point2{25'000, 10'000}).valid()) << "the east edge moved in";
    doc.undo();
    doc.undo();
    EXPECT_EQ(valueOf(doc.model(), ref, "width_mm"), width);
    EXPECT_THROW(cmd::setProperty(doc, ref, "width_mm", "12 m"), EditError);
}

TEST(InspectorEdits, AnLShapedHallHasNoOneWidthToSet) {
    Model model = newProject("Site");
    Hall& hall = model.halls()[model.halls().ids().front()];
    hall.outline = {{0, 0}, {20'000, 0}, {20'000, 10'000}, {10'000, 10'000}, {10'000, 20'000}, {0, 20'000}};
    Document doc(std::move(model));
    try {
        cmd::setProperty(doc, {EntityKind::Hall, doc.model().halls().ids().front().value}, "width_mm", "30000");
        ADD_FAILURE() << "an L-shaped hall was stretched";
    } catch (const EditError& e) {
        EXPECT_NE(std::string(e.what()).find("not a rectangle"), std::string::npos) << e.what();
    }
}

TEST(InspectorEdits, ADeviceMovesToFreeUnitsOnlyAndNamesItsRack) {
    Document doc(newProject("Site"));
    const Catalog& catalog = test::shippedCatalog();
    const HallId hall = doc.model().halls().ids().front();
    const RackId rack = cmd::placeRack(doc, {hall, "apc-netshelter-sx-42u-600x1200", {3000, 3000}, Rotation::R0, RackRole::Other, {}});
    const DeviceId low = cmd::mountDevice(doc, catalog, rack, "nvidia-dgx-h100");   // U1-8
    const DeviceId high = cmd::mountDevice(doc, catalog, rack, "nvidia-dgx-h100");  // U9-16
    EXPECT_EQ(valueOf(doc.model(), {EntityKind::Device, high.value}, "rack"), "R1");

    cmd::setDeviceU(doc, catalog, high, 20);
    EXPECT_EQ(doc.model().devices()[high].uPosition, 20);
    EXPECT_EQ(doc.undoText(), "Set u of device " + doc.model().devices()[high].name);

    const auto refused = [&](DeviceId d, int u, const char* text) {
        const int before = doc.model().devices()[d].uPosition;
        try {
            cmd::setDeviceU(doc, catalog, d, u);
            ADD_FAILURE() << "U" << u << " was accepted";
        } catch (const EditError& e) {
            EXPECT_NE(std::string(e.what()).find(text), std::string::npos) << e.what();
        }
        EXPECT_EQ(doc.model().devices()[d].uPosition, before);
    };
    refused(low, 14, "would overlap");     // U14-21 runs into U20-27
    refused(high, 36, "run past the rack");  // U36-43 in a 42 U rack
    cmd::setDeviceU(doc, catalog, low, 12);  // U12-19: free
    EXPECT_EQ(doc.model().devices()[low].uPosition, 12);
}

}  // namespace
}  // namespace rw
