#include <gtest/gtest.h>

#include "model/Model.h"

namespace rw {
namespace {

TEST(Table, IdsAreStableAndNeverReused) {
    RackTable t;
    const RackId a = t.add(Rack{.name = "A"});
    const RackId b = t.add(Rack{.name = "B"});
    t.erase(a);
    const RackId c = t.add(Rack{.name = "C"});
    EXPECT_NE(c, a);
    EXPECT_FALSE(t.contains(a));
    EXPECT_EQ(t[b].name, "B");
    EXPECT_EQ(t.size(), 2U);
    EXPECT_EQ(t.capacity(), 3U);
}

TEST(Table, PutRestoresAnErasedSlot) {
    RackTable t;
    const RackId a = t.add(Rack{.name = "A"});
    t.erase(a);
    t.put(a, Rack{.name = "A again"});
    EXPECT_TRUE(t.contains(a));
    EXPECT_EQ(t.size(), 1U);
    EXPECT_EQ(t[a].name, "A again");
}

TEST(Table, ForEachVisitsOnlyLiveRowsInIdOrder) {
    DeviceTable t;
    for (int i = 0; i < 5; ++i) t.add(Device{.name = std::to_string(i)});
    t.erase(DeviceId(1));
    t.erase(DeviceId(3));
    std::string seen;
    t.forEach([&](DeviceId, const Device& d) { seen += d.name; });
    EXPECT_EQ(seen, "024");
}

TEST(Table, EqualityIgnoresCapacityButNotContent) {
    RackTable a, b;
    a.add(Rack{.name = "X"});
    b.put(RackId(0), Rack{.name = "X"});
    EXPECT_EQ(a, b);
    b[RackId(0)].name = "Y";
    EXPECT_NE(a, b);
}

TEST(StringPool, InternsOnce) {
    StringPool p;
    const auto a = p.intern("OSFP1P1");
    const auto b = p.intern("OSFP1P1");
    EXPECT_EQ(a, b);
    EXPECT_EQ(p.view(a), "OSFP1P1");
    EXPECT_TRUE(p.intern("").empty());
    EXPECT_EQ(p.find("nope"), StringId{});
    StringPool copy = p;  // the copy's index must point at its own strings
    EXPECT_EQ(copy.find("OSFP1P1"), a);
}

TEST(Port, StaysSixteenBytes) { EXPECT_LE(sizeof(Port), 16U); }

}  // namespace
}  // namespace rw
