#include "model/Model.h"

#include <algorithm>
#include <fmt/format.h>

namespace rw {

std::string_view toString(EntityKind kind) noexcept {
    static constexpr std::array<std::string_view, kEntityKindCount> names = {
        "hall", "row", "rack", "device", "port", "link", "cable", "transceiver", "tray", "feed", "panel",
        "circuit", "cooling"};
    return names[static_cast<std::size_t>(kind)];
}

namespace {

class Validator {
public:
    explicit Validator(const Model& m) : m_(m) {}

    std::vector<ModelProblem> run() {
        checkLayout();
        checkEquipment();
        checkConnectivity();
        checkInfrastructure();
        return std::move(problems_);
    }

private:
    template <class IdT>
    void fail(EntityKind kind, IdT id, std::string message) {
        problems_.push_back({kind, id.value, std::move(message)});
    }

    template <class T, class RefId>
    void requireRef(EntityKind kind, typename EntityTraits<T>::TableType::Id id, std::string_view field,
                    const auto& table, RefId ref, bool optional = false) {
        if (optional && !ref.valid()) return;
        if (!table.contains(ref))
            fail(kind, id, fmt::format("{} refers to missing {} {}", field, refLabel(table), ref.value));
    }

    template <class TableT>
    static std::string_view refLabel(const TableT&) {
        return EntityTraits<typename TableT::Value>::label;
    }

    void checkLayout() {
        m_.rows().forEach([&](RowId id, const Row& r) { requireRef<Row>(EntityKind::Row, id, "hall", m_.halls(), r.hall); });
        m_.racks().forEach([&](RackId id, const Rack& r) {
            requireRef<Rack>(EntityKind::Rack, id, "hall", m_.halls(), r.hall);
            requireRef<Rack>(EntityKind::Rack, id, "row", m_.rows(), r.row, true);
            if (static_cast<int>(r.rotation) > 3) fail(EntityKind::Rack, id, "rotation is not a quarter turn");
        });
        m_.halls().forEach([&](HallId id, const Hall& h) {
            if (!h.outline.empty() && h.outline.size() < 3)
                fail(EntityKind::Hall, id, "outline needs at least 3 vertices");
        });
    }

    void checkEquipment() {
        m_.devices().forEach([&](DeviceId id, const Device& d) {
            requireRef<Device>(EntityKind::Device, id, "rack", m_.racks(), d.rack);
            if (d.uPosition < 1) fail(EntityKind::Device, id, "U position must be 1 or more");
        });
        m_.ports().forEach([&](PortId id, const Port& p) {
            requireRef<Port>(EntityKind::Port, id, "device", m_.devices(), p.device);
            if (p.split == 0 || (p.splitModes & p.split) == 0)
                fail(EntityKind::Port, id, fmt::format("split {} is not among the cage's split modes", p.split));
        });
        std::vector<std::uint8_t> seated(m_.ports().capacity(), 0);
        m_.transceivers().forEach([&](TransceiverId id, const Transceiver& t) {
            requireRef<Transceiver>(EntityKind::Transceiver, id, "port", m_.ports(), t.port);
            if (t.port.value < seated.size() && seated[t.port.value]++)
                fail(EntityKind::Transceiver, id, fmt::format("port {} already holds a transceiver", t.port.value));
        });
    }

    void checkConnectivity() {
        std::vector<std::uint8_t> used(m_.ports().capacity(), 0);  // bit per sub-port
        auto usePort = [&](LinkId id, PortId port, std::uint8_t sub) {
            const Port* p = m_.ports().find(port);
            if (!p) return;
            if (sub >= p->split) {
                fail(EntityKind::Link, id, fmt::format("sub-port {} of port {} exceeds its split {}", sub, port.value, p->split));
                return;
            }
            const auto bit = static_cast<std::uint8_t>(1U << sub);
            if (used[port.value] & bit)
                fail(EntityKind::Link, id, fmt::format("port {} sub-port {} already carries a link", port.value, sub));
            used[port.value] |= bit;
        };
        m_.links().forEach([&](LinkId id, const Link& l) {
            requireRef<Link>(EntityKind::Link, id, "a", m_.ports(), l.a);
            requireRef<Link>(EntityKind::Link, id, "b", m_.ports(), l.b);
            if (l.a == l.b && l.aSub == l.bSub) fail(EntityKind::Link, id, "link connects a port to itself");
            usePort(id, l.a, l.aSub);
            usePort(id, l.b, l.bSub);
        });
        std::vector<std::uint8_t> carried(m_.links().capacity(), 0);
        auto carry = [&](CableId id, LinkId link) {
            if (!m_.links().contains(link)) return;
            if (carried[link.value]++) fail(EntityKind::Cable, id, fmt::format("link {} is already carried by another cable", link.value));
        };
        m_.cables().forEach([&](CableId id, const Cable& c) {
            requireRef<Cable>(EntityKind::Cable, id, "first link", m_.links(), c.first);
            requireRef<Cable>(EntityKind::Cable, id, "second link", m_.links(), c.second, true);
            if (c.first == c.second) fail(EntityKind::Cable, id, "cable lists the same link twice");
            carry(id, c.first);
            if (c.second.valid() && c.second != c.first) carry(id, c.second);
        });
    }

    void checkInfrastructure() {
        m_.trays().forEach([&](TrayId id, const TraySegment& t) {
            requireRef<TraySegment>(EntityKind::Tray, id, "hall", m_.halls(), t.hall);
            if (t.a == t.b) fail(EntityKind::Tray, id, "segment has zero length");
            if (t.maxFillPercent == 0 || t.maxFillPercent > 100) fail(EntityKind::Tray, id, "max fill must be 1..100 %");
        });
        m_.panels().forEach([&](PanelId id, const PowerPanel& p) {
            requireRef<PowerPanel>(EntityKind::Panel, id, "feed", m_.feeds(), p.feed);
            requireRef<PowerPanel>(EntityKind::Panel, id, "hall", m_.halls(), p.hall, true);
        });
        m_.circuits().forEach([&](CircuitId id, const Circuit& c) {
            requireRef<Circuit>(EntityKind::Circuit, id, "panel", m_.panels(), c.panel);
            requireRef<Circuit>(EntityKind::Circuit, id, "pdu", m_.devices(), c.pdu);
        });
        m_.coolingUnits().forEach([&](CoolingId id, const CoolingUnit& c) {
            requireRef<CoolingUnit>(EntityKind::Cooling, id, "hall", m_.halls(), c.hall);
            requireRef<CoolingUnit>(EntityKind::Cooling, id, "device", m_.devices(), c.device, true);
            requireRef<CoolingUnit>(EntityKind::Cooling, id, "row", m_.rows(), c.row, true);
        });
    }

    const Model& m_;
    std::vector<ModelProblem> problems_;
};

// Two pools describe the same ids when one extends the other: the pool only ever grows.
bool poolsAgree(const StringPool& a, const StringPool& b) {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::uint32_t i = 0; i < n; ++i)
        if (a.view(StringId{i}) != b.view(StringId{i})) return false;
    return true;
}

}  // namespace

std::vector<ModelProblem> Model::validate() const { return Validator(*this).run(); }

bool operator==(const Model& a, const Model& b) {
    return a.site == b.site && poolsAgree(a.strings, b.strings) && a.tables_ == b.tables_;
}

}  // namespace rw
