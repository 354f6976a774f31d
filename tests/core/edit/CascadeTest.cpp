#include <gtest/gtest.h>

#include "edit/Commands.h"
#include "support/SampleModel.h"

namespace rw {
namespace {

TEST(Cascade, DeletingARackRemovesEverythingThatDependsOnIt) {
    Document doc(test::sampleModel(3));
    const auto before = doc.model();
    cmd::deleteRacks(doc, {RackId(1)});
    const Model& m = doc.model();
    EXPECT_EQ(doc.undoText(), "Delete rack R2");
    EXPECT_EQ(m.racks().size(), 2U);
    EXPECT_EQ(m.devices().size(), before.devices().size() - 3);
    EXPECT_EQ(m.ports().size(), before.ports().size() - 4);
    EXPECT_EQ(m.links().size(), before.links().size() - 2);
    EXPECT_EQ(m.cables().size(), before.cables().size() - 2);
    EXPECT_EQ(m.transceivers().size(), before.transceivers().size() - 1);
    EXPECT_EQ(m.circuits().size(), before.circuits().size() - 1);
    EXPECT_TRUE(m.validate().empty()) << "nothing may dangle after a cascade";
    doc.undo();
    EXPECT_EQ(doc.model(), before);
}

TEST(Cascade, DeletingManyRacksIsOneStep) {
    Document doc(test::sampleModel(4));
    cmd::deleteRacks(doc, {RackId(0), RackId(3)});
    EXPECT_EQ(doc.undoText(), "Delete 2 racks");
    EXPECT_EQ(doc.model().racks().size(), 2U);
    EXPECT_TRUE(doc.model().validate().empty());
}

}  // namespace
}  // namespace rw
