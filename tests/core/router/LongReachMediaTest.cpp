// Links longer than DR4's 500 m (between distant halls) and 100G in-band links longer than SR4's
// 100 m have orderable parts: duplex-LC single-mode with 2xFR4 (400G) or LR4 (100G) optics. A
// 43,750-node DGX H100 hall left 199,680 such links "no catalog cable fits" before (issue #13).
#include <gtest/gtest.h>

#include <string>

#include "model/Model.h"
#include "router/RuleResolver.h"
#include "support/ShippedCatalog.h"

namespace rw {
namespace {

/// Two switch ports of `kind` at `speed`, one cable between them (`links` 400G links on a twin cage).
struct TwoPorts {
    Model m;
    CableId cable;
    TwoPorts(PortKind kind, int speed, int links) {
        const DeviceId a = m.devices().add({RackId(0), m.strings.intern("x"), "a", 1, Face::Front, DeviceRole::Leaf});
        const DeviceId b = m.devices().add({RackId(0), m.strings.intern("x"), "b", 1, Face::Front, DeviceRole::Spine});
        const auto lanes = static_cast<std::uint8_t>(kind == PortKind::OSFP ? 8 : 4);
        const PortId pa = m.ports().add({a, m.strings.intern("p"), static_cast<std::uint16_t>(speed), kind, lanes, 1, Split1});
        const PortId pb = m.ports().add({b, m.strings.intern("p"), static_cast<std::uint16_t>(speed), kind, lanes, 1, Split1});
        const LinkId first = m.links().add({pa, pb, 0, 0, Fabric::Compute, LinkRole::SpineCore, static_cast<std::uint16_t>(speed)});
        LinkId second;
        if (links == 2) second = m.links().add({pa, pb, 1, 1, Fabric::Compute, LinkRole::SpineCore, static_cast<std::uint16_t>(speed)});
        cable = m.cables().add({first, second, Media::Auto, {}, 0});
    }
};

std::string skuFor(const MediaOption* o, std::uint32_t mm) {
    const CatalogEntry* e = o ? o->skuFor(mm) : nullptr;
    return e ? e->id : "";
}

TEST(LongReachMedia, FourHundredGigBeyondDr4ReachTakesFr4OverDuplexLc) {
    TwoPorts twin(PortKind::OSFP, 400, 2);
    RuleResolver resolver(twin.m, test::shippedCatalog());
    const MediaOption* smf = resolver.optionOf(twin.cable, Media::SinglemodeFiber);
    ASSERT_NE(smf, nullptr);
    EXPECT_EQ(smf->reachMm, 2'000'000.0) << "FR4's 2 km";
    EXPECT_EQ(skuFor(smf, 400'000), "smf-mpo12-apc-trunk-400m") << "within DR4 reach the MPO trunk stays first";
    EXPECT_EQ(skuFor(smf, 700'000), "smf-lc-duplex-os2-750m");
    EXPECT_EQ(skuFor(smf, 2'100'000), "") << "past 2 km nothing reaches";
}

TEST(LongReachMedia, HundredGigInbandBeyondSr4ReachTakesLr4) {
    TwoPorts inband(PortKind::QSFP28, 100, 1);
    RuleResolver resolver(inband.m, test::shippedCatalog());
    const MediaOption* mmf = resolver.optionOf(inband.cable, Media::MultimodeFiber);
    ASSERT_NE(mmf, nullptr);
    EXPECT_EQ(skuFor(mmf, 150'000), "") << "SR4 reaches 100 m at most";
    const MediaOption* smf = resolver.optionOf(inband.cable, Media::SinglemodeFiber);
    ASSERT_NE(smf, nullptr) << "a 100G single-mode optic must exist";
    EXPECT_EQ(skuFor(smf, 150'000), "smf-lc-duplex-os2-200m");
}

}  // namespace
}  // namespace rw
