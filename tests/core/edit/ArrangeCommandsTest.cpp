// Align and distribute by footprint, one undo step each.
#include <gtest/gtest.h>

#include "edit/ArrangeCommands.h"
#include "edit/Transaction.h"
#include "project/NewProject.h"

namespace rw {
namespace {

// 600 x 1200 racks; turned a quarter they are 1200 wide.
cmd::FloorExtent footprint(const Model&, const Rack& r) {
    const bool turned = r.rotation == Rotation::R90 || r.rotation == Rotation::R270;
    return turned ? cmd::FloorExtent{1200, 600} : cmd::FloorExtent{600, 1200};
}

class ArrangeCommands : public ::testing::Test {
protected:
    ArrangeCommands() : doc_([] {
        Model m = newProject("Site");
        const HallId hall = m.halls().ids().front();
        m.racks().add({hall, {}, {}, "A", {1000, 5000}, Rotation::R0, RackRole::Other});
        m.racks().add({hall, {}, {}, "B", {2000, 3000}, Rotation::R90, RackRole::Other});
        m.racks().add({hall, {}, {}, "C", {9000, 4000}, Rotation::R0, RackRole::Other});
        return m;
    }()) {}

    [[nodiscard]] Point2 at(std::uint32_t id) const { return doc_.model().racks()[RackId(id)].position; }
    const std::vector<RackId> all_{RackId(0), RackId(1), RackId(2)};
    Document doc_;
};

TEST_F(ArrangeCommands, AlignLeftLinesUpWestEdges) {
    cmd::alignRacks(doc_, all_, cmd::Alignment::Left, footprint);
    // The westmost edge is A's at 700; B is 1200 wide after its turn.
    EXPECT_EQ(at(0), (Point2{1000, 5000}));
    EXPECT_EQ(at(1), (Point2{1300, 3000}));
    EXPECT_EQ(at(2), (Point2{1000, 4000}));
    EXPECT_EQ(doc_.undoText(), "Align 3 racks left");
    EXPECT_EQ(doc_.historySize(), 1U);
    doc_.undo();
    EXPECT_EQ(at(1), (Point2{2000, 3000}));
    EXPECT_EQ(at(2), (Point2{9000, 4000}));
}

TEST_F(ArrangeCommands, AlignRightTopBottomAndCentres) {
    cmd::alignRacks(doc_, all_, cmd::Alignment::Right, footprint);  // east edge 9300
    EXPECT_EQ(at(0).x, 9000);
    EXPECT_EQ(at(1).x, 8700);
    cmd::alignRacks(doc_, all_, cmd::Alignment::Top, footprint);  // north edge 5600
    EXPECT_EQ(at(0).y, 5000);
    EXPECT_EQ(at(1).y, 5300);
    EXPECT_EQ(at(2).y, 5000);
    cmd::alignRacks(doc_, all_, cmd::Alignment::Bottom, footprint);  // south edge 4400
    EXPECT_EQ(at(1).y, 4700);
    cmd::alignRacks(doc_, {RackId(0), RackId(2)}, cmd::Alignment::CentreY, footprint);
    doc_.undo();
    cmd::alignRacks(doc_, {RackId(0), RackId(1)}, cmd::Alignment::CentreX, footprint);
    EXPECT_EQ(at(0).x, at(1).x);
    EXPECT_EQ(doc_.undoText(), "Align 2 racks centres vertically");
}

TEST_F(ArrangeCommands, AlignOneRackIsNoStep) {
    cmd::alignRacks(doc_, {RackId(0)}, cmd::Alignment::Left, footprint);
    EXPECT_FALSE(doc_.canUndo());
    EXPECT_THROW(cmd::alignRacks(doc_, {RackId(0), RackId(8)}, cmd::Alignment::Left, footprint), EditError);
}

TEST_F(ArrangeCommands, DistributeLeavesEqualGapsBetweenFootprints) {
    cmd::distributeRacks(doc_, all_, cmd::Axis::X, footprint);
    // Edges 700 .. 9300 hold 600 + 1200 + 600 of racks: two gaps of 3100 mm.
    EXPECT_EQ(at(0).x, 1000);
    EXPECT_EQ(at(1).x, 700 + 600 + 3100 + 600);
    EXPECT_EQ(at(2).x, 9000);
    EXPECT_EQ(doc_.undoText(), "Distribute 3 racks horizontally");

    cmd::distributeRacks(doc_, all_, cmd::Axis::Y, footprint);
    // By y: B (2700..3300), C (3400..4600), A (4400..5600): 2900 of span holds 3000 of racks, so
    // the "gaps" are -50 mm each: overlaps shared equally, as CAD tools do.
    EXPECT_EQ(at(1).y, 3000);
    EXPECT_EQ(at(2).y, 3300 - 50 + 600);
    EXPECT_EQ(at(0).y, 5000);
    EXPECT_EQ(doc_.historySize(), 2U);
    doc_.undo();
    doc_.undo();
    EXPECT_EQ(at(1), (Point2{2000, 3000}));
    cmd::distributeRacks(doc_, {RackId(0), RackId(1)}, cmd::Axis::X, footprint);
    EXPECT_FALSE(doc_.canUndo()) << "two racks have nothing to distribute";
}

TEST_F(ArrangeCommands, RotateOnGridKeepsAGridRackOnTheGrid) {
    // D's footprint runs x 600..1200, y 1200..2400: its corner on the 600 mm grid.
    const RackId d = doc_.model().racks().ids().size() == 3 ? RackId(3) : RackId{};
    {
        Model m = doc_.model();
        m.racks().add({m.halls().ids().front(), {}, {}, "D", {900, 1800}, Rotation::R0, RackRole::Other});
        doc_.reset(std::move(m));
    }
    cmd::rotateRacksOnGrid(doc_, {d, RackId(0)}, 1, footprint, 600);
    // Turned about its centre D would run x 300..1500; it moves the least to x 600..1800, y 1800..2400.
    EXPECT_EQ(at(3), (Point2{1200, 2100}));
    EXPECT_EQ(doc_.model().racks()[d].rotation, Rotation::R90);
    EXPECT_EQ(at(0), (Point2{1000, 5000})) << "A was off the grid: only turned";
    EXPECT_EQ(doc_.model().racks()[RackId(0)].rotation, Rotation::R90);
    EXPECT_EQ(doc_.undoText(), "Rotate 2 racks");
    doc_.undo();
    EXPECT_EQ(at(3), (Point2{900, 1800}));
    EXPECT_EQ(doc_.model().racks()[d].rotation, Rotation::R0);
}

}  // namespace
}  // namespace rw
