// The tray network is edited through the commit layer like racks: add, move and delete segments
// are one undo step each, named, announced in the ChangeSet, and refused with a reason.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "edit/Commands.h"
#include "edit/Transaction.h"
#include "support/SampleModel.h"

namespace rw {
namespace {

TraySegment segment(Point3 a, Point3 b) {
    TraySegment t;
    t.hall = HallId(0);
    t.a = a;
    t.b = b;
    t.kind = TrayKind::Fiber;
    t.widthMm = 300;
    return t;
}

TEST(TrayCommands, AddMoveDeleteAreUndoableSteps) {
    Document doc(test::sampleModel());
    const Model initial = doc.model();
    std::vector<ChangeSet> heard;
    doc.subscribe([&](const ChangeSet& cs) { heard.push_back(cs); });

    const TrayId id = cmd::addTray(doc, segment({0, 0, 2800}, {6000, 0, 2800}));
    EXPECT_EQ(doc.undoText(), "Add fiber tray");
    ASSERT_TRUE(doc.model().trays().contains(id));
    ASSERT_EQ(heard.size(), 1U);
    EXPECT_EQ(heard.back().addedOf(EntityKind::Tray), std::vector<std::uint32_t>{id.value});

    cmd::moveTray(doc, id, {0, 600, 2800}, {6000, 600, 2800});
    EXPECT_EQ(doc.undoText(), fmt::format("Move fiber tray #{}", id.value));
    EXPECT_EQ(doc.model().trays()[id].a, (Point3{0, 600, 2800}));
    EXPECT_EQ(doc.model().trays()[id].b, (Point3{6000, 600, 2800}));
    EXPECT_EQ(heard.back().modifiedOf(EntityKind::Tray), std::vector<std::uint32_t>{id.value});

    cmd::deleteTrays(doc, {id});
    EXPECT_FALSE(doc.model().trays().contains(id));
    EXPECT_EQ(heard.back().removedOf(EntityKind::Tray), std::vector<std::uint32_t>{id.value});

    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.model().trays()[id].a, (Point3{0, 600, 2800})) << "undo of delete restores the moved segment";
    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.model().trays()[id].a, (Point3{0, 0, 2800}));
    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.model(), initial);
    while (doc.redo()) {}
    EXPECT_FALSE(doc.model().trays().contains(id));
    EXPECT_TRUE(doc.model().validate().empty());
}

TEST(TrayCommands, BadSegmentsAreRefusedAndChangeNothing) {
    Document doc(test::sampleModel());
    const Model initial = doc.model();
    TraySegment noHall = segment({0, 0, 2800}, {1000, 0, 2800});
    noHall.hall = HallId(42);
    EXPECT_THROW(cmd::addTray(doc, noHall), EditError);
    EXPECT_THROW(cmd::addTray(doc, segment({5, 5, 2800}, {5, 5, 2800})), EditError);
    const TrayId id = cmd::addTray(doc, segment({0, 0, 2800}, {1000, 0, 2800}));
    try {
        cmd::moveTray(doc, id, {7, 7, 7}, {7, 7, 7});
        FAIL() << "zero-length move accepted";
    } catch (const EditError& e) {
        EXPECT_NE(std::string(e.what()).find("both ends are at (7, 7, 7)"), std::string::npos) << e.what();
    }
    EXPECT_THROW(cmd::deleteTrays(doc, {id, TrayId(99999)}), EditError);
    EXPECT_TRUE(doc.model().trays().contains(id)) << "a refused multi-delete deletes nothing";
    ASSERT_TRUE(doc.undo());
    EXPECT_EQ(doc.model(), initial);
}

TEST(TrayCommands, DeletingSeveralIsOneStep) {
    Document doc(test::sampleModel());
    const TrayId a = cmd::addTray(doc, segment({0, 0, 2800}, {1000, 0, 2800}));
    const TrayId b = cmd::addTray(doc, segment({1000, 0, 2800}, {2000, 0, 2800}));
    cmd::deleteTrays(doc, {a, b});
    EXPECT_EQ(doc.undoText(), "Delete 2 tray segments");
    ASSERT_TRUE(doc.undo());
    EXPECT_TRUE(doc.model().trays().contains(a));
    EXPECT_TRUE(doc.model().trays().contains(b));
}

}  // namespace
}  // namespace rw
