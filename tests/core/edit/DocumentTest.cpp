#include <gtest/gtest.h>

#include "edit/Commands.h"
#include "edit/Transaction.h"
#include "support/SampleModel.h"

namespace rw {
namespace {

TEST(Document, CommitPushesOneUndoStepWithItsDescription) {
    Document doc(test::sampleModel());
    cmd::moveRack(doc, RackId(1), {5000, 6000});
    EXPECT_EQ(doc.model().racks()[RackId(1)].position, (Point2{5000, 6000}));
    EXPECT_EQ(doc.undoText(), "Move rack R2");
    EXPECT_TRUE(doc.undo());
    EXPECT_EQ(doc.model().racks()[RackId(1)].position, (Point2{1800, 2400}));
    EXPECT_EQ(doc.redoText(), "Move rack R2");
    EXPECT_TRUE(doc.redo());
    EXPECT_EQ(doc.model().racks()[RackId(1)].position, (Point2{5000, 6000}));
}

TEST(Document, TransactionWithoutCommitRollsBack) {
    const Model before = test::sampleModel();
    Document doc(test::sampleModel());
    {
        auto tx = doc.begin("Abandoned");
        tx.modify<Rack>(RackId(0), [](Rack& r) { r.name = "changed"; });
        tx.add(Rack{.hall = HallId(0), .name = "new"});
        tx.remove<Cable>(CableId(0));
    }
    EXPECT_EQ(doc.model(), before);
    EXPECT_FALSE(doc.canUndo());
}

TEST(Document, SubscribersHearWhatChanged) {
    Document doc(test::sampleModel());
    std::vector<ChangeSet> heard;
    doc.subscribe([&](const ChangeSet& cs) { heard.push_back(cs); });
    const RackId added = cmd::addRack(doc, Rack{.hall = HallId(0), .name = "R9"});
    cmd::moveRack(doc, added, {100, 100});
    doc.undo();
    doc.undo();
    ASSERT_EQ(heard.size(), 4U);
    EXPECT_EQ(heard[0].addedOf(EntityKind::Rack), std::vector<std::uint32_t>{added.value});
    EXPECT_EQ(heard[1].modifiedOf(EntityKind::Rack), std::vector<std::uint32_t>{added.value});
    EXPECT_EQ(heard[2].modifiedOf(EntityKind::Rack), std::vector<std::uint32_t>{added.value});
    EXPECT_EQ(heard[3].removedOf(EntityKind::Rack), std::vector<std::uint32_t>{added.value});
    EXPECT_TRUE(heard[3].untouched(EntityKind::Device));
}

TEST(Document, NoOpEditLeavesNoUndoStep) {
    Document doc(test::sampleModel());
    const Point2 same = doc.model().racks()[RackId(0)].position;
    cmd::moveRack(doc, RackId(0), same);
    EXPECT_FALSE(doc.canUndo());
}

TEST(Document, NewEditDropsRedoBranch) {
    Document doc(test::sampleModel());
    cmd::moveRack(doc, RackId(0), {1, 1});
    doc.undo();
    cmd::rotateRack(doc, RackId(0), Rotation::R90);
    EXPECT_FALSE(doc.canRedo());
    EXPECT_EQ(doc.undoText(), "Rotate rack R1");
}

TEST(Document, ModifiedFlagFollowsSavePoint) {
    Document doc(test::sampleModel());
    EXPECT_FALSE(doc.isModified());
    cmd::moveRack(doc, RackId(0), {1, 1});
    EXPECT_TRUE(doc.isModified());
    doc.markSaved();
    EXPECT_FALSE(doc.isModified());
    doc.undo();
    EXPECT_TRUE(doc.isModified());
    doc.redo();
    EXPECT_FALSE(doc.isModified());
}

TEST(Document, OnlyOneTransactionAtATime) {
    Document doc;
    auto tx = doc.begin("first");
    EXPECT_THROW((void)doc.begin("second"), EditError);
}

TEST(Document, FailedCommandLeavesModelUnchanged) {
    const Model before = test::sampleModel();
    Document doc(test::sampleModel());
    EXPECT_THROW(cmd::moveRack(doc, RackId(99), {0, 0}), EditError);
    EXPECT_THROW(cmd::deleteRacks(doc, {RackId(0), RackId(99)}), EditError);
    EXPECT_EQ(doc.model(), before);
    EXPECT_FALSE(doc.canUndo());
}

TEST(Document, MultiRackMoveIsOneStep) {
    Document doc(test::sampleModel());
    cmd::moveRacks(doc, {RackId(0), RackId(2)}, {0, 600});
    EXPECT_EQ(doc.undoText(), "Move 2 racks");
    EXPECT_EQ(doc.model().racks()[RackId(2)].position.y, 3000);
    doc.undo();
    EXPECT_EQ(doc.model().racks()[RackId(2)].position.y, 2400);
}

}  // namespace
}  // namespace rw

namespace rw {
namespace {

TEST(Document, RotatingManyRacksIsOneStep) {
    Document doc(test::sampleModel());
    doc.subscribe([](const ChangeSet&) {});
    cmd::rotateRacks(doc, {RackId(0), RackId(2)});
    EXPECT_EQ(doc.undoText(), "Rotate 2 racks");
    EXPECT_EQ(doc.model().racks()[RackId(0)].rotation, Rotation::R90);
    EXPECT_EQ(doc.model().racks()[RackId(1)].rotation, Rotation::R0);
    cmd::rotateRacks(doc, {RackId(0)}, 3);
    EXPECT_EQ(doc.model().racks()[RackId(0)].rotation, Rotation::R0);
    EXPECT_EQ(doc.undoText(), "Rotate rack R1");
    doc.undo();
    doc.undo();
    EXPECT_EQ(doc.model().racks()[RackId(2)].rotation, Rotation::R0);
    EXPECT_FALSE(doc.canUndo());
}

}  // namespace
}  // namespace rw
