#include <gtest/gtest.h>

#include "model/Model.h"
#include "support/SampleModel.h"

namespace rw {
namespace {

bool mentions(const std::vector<ModelProblem>& problems, EntityKind kind, const std::string& text) {
    for (const auto& p : problems)
        if (p.kind == kind && p.message.find(text) != std::string::npos) return true;
    return false;
}

TEST(ModelValidate, SampleModelIsValid) {
    const Model m = test::sampleModel();
    EXPECT_TRUE(m.validate().empty());
}

TEST(ModelValidate, DanglingRackReferenceIsReported) {
    Model m = test::sampleModel();
    m.racks().erase(RackId(0));  // its devices now dangle
    const auto problems = m.validate();
    EXPECT_TRUE(mentions(problems, EntityKind::Device, "missing rack 0"));
}

TEST(ModelValidate, PortUsedByTwoLinksIsReported) {
    Model m = test::sampleModel(1);
    const Link first = m.links()[LinkId(0)];
    m.links().add(first);
    EXPECT_TRUE(mentions(m.validate(), EntityKind::Link, "already carries a link"));
}

TEST(ModelValidate, SplitCageServesTwoLinks) {
    Model m = test::sampleModel(1);
    // The switch cage (split 2) already serves sub-port 1; a second node may use sub-port 0.
    const DeviceId node2 = m.devices().add({RackId(0), {}, "n2", 10, Face::Front, DeviceRole::GpuNode});
    const PortId nic2 = m.ports().add({node2, {}, 400, PortKind::OSFP, 4, 1, Split1});
    const PortId cage = m.links()[LinkId(0)].b;
    m.links().add({nic2, cage, 0, 0, Fabric::Compute, LinkRole::NodeLeaf, 400});
    EXPECT_TRUE(m.validate().empty());
    m.links().add({nic2, cage, 0, 2, Fabric::Compute, LinkRole::NodeLeaf, 400});
    EXPECT_TRUE(mentions(m.validate(), EntityKind::Link, "exceeds its split"));
}

TEST(ModelValidate, LinkInTwoCablesIsReported) {
    Model m = test::sampleModel(1);
    m.cables().add({LinkId(0), {}, Media::Dac, {}, 0});
    EXPECT_TRUE(mentions(m.validate(), EntityKind::Cable, "already carried"));
}

TEST(ModelValidate, SplitModeMustBeSupported) {
    Model m = test::sampleModel(1);
    m.ports()[PortId(0)].split = 4;
    EXPECT_TRUE(mentions(m.validate(), EntityKind::Port, "split 4"));
}

TEST(ModelValidate, ZeroLengthTrayIsReported) {
    Model m = test::sampleModel(1);
    m.trays()[TrayId(0)].b = m.trays()[TrayId(0)].a;
    EXPECT_TRUE(mentions(m.validate(), EntityKind::Tray, "zero length"));
}

TEST(ModelEquality, DetectsAnyFieldChange) {
    const Model a = test::sampleModel();
    Model b = test::sampleModel();
    EXPECT_EQ(a, b);
    b.ports()[PortId(1)].speedGbps = 800;
    EXPECT_NE(a, b);
}

}  // namespace
}  // namespace rw
