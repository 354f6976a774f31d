// Property test: random sequences of edits, then undo all gives the initial model and redo all
// the final one; every reported ChangeSet matches the actual difference between the models.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "edit/Cascade.h"
#include "edit/Commands.h"
#include "edit/Transaction.h"
#include "support/SampleModel.h"

namespace rw {
namespace {

/// The difference between two models, in ChangeSet form, sorted.
ChangeSet diff(const Model& a, const Model& b) {
    ChangeSet cs;
    cs.siteChanged = !(a.site == b.site);
    const auto compare = [&](const auto& ta, const auto& tb) {
        using T = typename std::decay_t<decltype(ta)>::Value;
        using IdT = typename std::decay_t<decltype(ta)>::Id;
        const auto k = ChangeSet::index(EntityTraits<T>::kind);
        const std::uint32_t n = std::max(ta.capacity(), tb.capacity());
        for (std::uint32_t i = 0; i < n; ++i) {
            const bool inA = ta.contains(IdT(i)), inB = tb.contains(IdT(i));
            if (!inA && inB) cs.added[k].push_back(i);
            else if (inA && !inB) cs.removed[k].push_back(i);
            else if (inA && inB && !(ta[IdT(i)] == tb[IdT(i)])) cs.modified[k].push_back(i);
        }
    };
    compare(a.halls(), b.halls());
    compare(a.rows(), b.rows());
    compare(a.racks(), b.racks());
    compare(a.devices(), b.devices());
    compare(a.ports(), b.ports());
    compare(a.links(), b.links());
    compare(a.cables(), b.cables());
    compare(a.transceivers(), b.transceivers());
    compare(a.trays(), b.trays());
    compare(a.feeds(), b.feeds());
    compare(a.panels(), b.panels());
    compare(a.circuits(), b.circuits());
    compare(a.coolingUnits(), b.coolingUnits());
    return cs;
}

ChangeSet sorted(ChangeSet cs) {
    for (auto* lists : {&cs.added, &cs.removed, &cs.modified})
        for (auto& l : *lists) std::sort(l.begin(), l.end());
    return cs;
}

void expectSame(const ChangeSet& reported, const ChangeSet& actual) {
    const ChangeSet r = sorted(reported);
    for (std::size_t k = 0; k < kEntityKindCount; ++k) {
        const auto kind = toString(static_cast<EntityKind>(k));
        EXPECT_EQ(r.added[k], actual.added[k]) << "added " << kind;
        EXPECT_EQ(r.removed[k], actual.removed[k]) << "removed " << kind;
        EXPECT_EQ(r.modified[k], actual.modified[k]) << "modified " << kind;
    }
    EXPECT_EQ(r.siteChanged, actual.siteChanged);
}

class RandomEditor {
public:
    explicit RandomEditor(unsigned seed) : rng_(seed) {}

    void editOnce(Document& doc) {
        auto tx = doc.begin("random edit");
        const int ops = pick(1, 4);
        for (int i = 0; i < ops; ++i) oneOperation(tx);
        if (pick(0, 9) == 0) return;  // abandoned: the destructor rolls back
        tx.commit();
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

    template <class TableT>
    auto randomId(const TableT& table) {
        const auto ids = table.ids();
        return ids.empty() ? typename TableT::Id() : ids[static_cast<std::size_t>(pick(0, static_cast<int>(ids.size()) - 1))];
    }

    void oneOperation(Transaction& tx) {
        const Model& m = tx.model();
        const RackId rack = randomId(m.racks());
        switch (pick(0, 8)) {
            case 0:
                tx.add(Rack{.hall = HallId(0), .name = "X" + std::to_string(pick(0, 999)), .position = {pick(0, 50000), pick(0, 30000)}});
                break;
            case 1:
                if (rack) tx.modify<Rack>(rack, [&](Rack& r) { r.position = {pick(0, 50000), pick(0, 30000)}; });
                break;
            case 2:
                if (rack) tx.modify<Rack>(rack, [&](Rack& r) { r.rotation = static_cast<Rotation>(pick(0, 3)); });
                break;
            case 3:
                if (rack && pick(0, 2) == 0) removeRacks(tx, {rack});
                break;
            case 4:
                if (rack) {
                    const DeviceId d = tx.add(Device{.rack = rack, .name = "d", .uPosition = static_cast<std::uint8_t>(pick(1, 40))});
                    tx.add(Port{.device = d, .name = tx.intern("P" + std::to_string(pick(1, 9))), .speedGbps = 400});
                }
                break;
            case 5: addLinkBetweenFreePorts(tx); break;
            case 6:
                if (auto tray = randomId(m.trays())) tx.modify<TraySegment>(tray, [&](TraySegment& t) { t.widthMm = static_cast<std::uint16_t>(pick(1, 6) * 100); });
                break;
            case 7:
                if (auto cable = randomId(m.cables())) tx.remove<Cable>(cable);
                break;
            case 8: tx.setSite(Site{"Site " + std::to_string(pick(0, 3))}); break;
        }
    }

    void addLinkBetweenFreePorts(Transaction& tx) {
        const Model& m = tx.model();
        std::vector<bool> used(m.ports().capacity(), false);
        m.links().forEach([&](LinkId, const Link& l) { used[l.a.value] = used[l.b.value] = true; });
        std::vector<PortId> free;
        m.ports().forEach([&](PortId id, const Port& p) {
            if (!used[id.value] && p.split == 1) free.push_back(id);
        });
        if (free.size() < 2) return;
        std::shuffle(free.begin(), free.end(), rng_);
        const LinkId link = tx.add(Link{.a = free[0], .b = free[1], .fabric = Fabric::Storage, .speedGbps = 400});
        tx.add(Cable{.first = link});
    }

    std::mt19937 rng_;
};

class RandomEdits : public ::testing::TestWithParam<unsigned> {};

TEST_P(RandomEdits, UndoAllRestoresInitialAndRedoAllRestoresFinal) {
    Document doc(test::sampleModel(4));
    const Model initial = doc.model();
    Model lastSeen = doc.model();
    doc.subscribe([&](const ChangeSet& cs) {
        expectSame(cs, diff(lastSeen, doc.model()));
        lastSeen = doc.model();
    });

    RandomEditor editor(GetParam());
    for (int i = 0; i < 60; ++i) {
        editor.editOnce(doc);
        ASSERT_TRUE(doc.model().validate().empty()) << "edit " << i << " broke an invariant";
        ASSERT_EQ(doc.model(), lastSeen) << "a rolled-back or committed edit left unreported changes";
    }
    const Model final = doc.model();

    while (doc.undo()) {}
    EXPECT_EQ(doc.model(), initial);
    while (doc.redo()) {}
    EXPECT_EQ(doc.model(), final);
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomEdits, ::testing::Values(1U, 2U, 3U, 17U, 2026U));

}  // namespace
}  // namespace rw
