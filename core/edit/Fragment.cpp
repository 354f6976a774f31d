#include "edit/Fragment.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "edit/NameAllocator.h"
#include "util/Errors.h"
#include "util/JsonInteger.h"

namespace rw {
namespace {

using Json = nlohmann::json;
constexpr std::string_view kFormat = "rackweave-fragment";
constexpr int kVersion = 1;

/// Dense index of each copied entity, by its id in the source model.
template <class IdT>
class IndexOf {
public:
    explicit IndexOf(std::uint32_t capacity) : index_(capacity, kNone) {}
    void set(IdT id, std::uint32_t i) { index_[id.value] = i; }
    [[nodiscard]] std::optional<std::uint32_t> operator[](IdT id) const {
        if (!id.valid() || id.value >= index_.size() || index_[id.value] == kNone) return std::nullopt;
        return index_[id.value];
    }

private:
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> index_;
};

}  // namespace

Fragment copyFragment(const Model& model, const std::vector<RackId>& ids) {
    Fragment f;
    std::vector<RackId> racks;
    for (RackId id : ids)
        if (model.racks().contains(id)) racks.push_back(id);
    std::sort(racks.begin(), racks.end());
    racks.erase(std::unique(racks.begin(), racks.end()), racks.end());

    IndexOf<RackId> rackIndex(model.racks().capacity());
    for (RackId id : racks) {
        const Rack& r = model.racks()[id];
        rackIndex.set(id, std::uint32_t(f.racks.size()));
        f.racks.push_back({std::string(model.text(r.catalog)), r.name, r.position, r.rotation, r.role});
    }
    IndexOf<DeviceId> deviceIndex(model.devices().capacity());
    model.devices().forEach([&](DeviceId id, const Device& d) {
        const auto rack = rackIndex[d.rack];
        if (!rack) return;
        deviceIndex.set(id, std::uint32_t(f.devices.size()));
        f.devices.push_back({*rack, std::string(model.text(d.catalog)), d.name, d.uPosition, d.face, d.role});
    });
    IndexOf<PortId> portIndex(model.ports().capacity());
    model.ports().forEach([&](PortId id, const Port& p) {
        const auto device = deviceIndex[p.device];
        if (!device) return;
        portIndex.set(id, std::uint32_t(f.ports.size()));
        f.ports.push_back({*device, std::string(model.text(p.name)), p.speedGbps, p.kind, p.lanes, p.split, p.splitModes});
    });
    model.transceivers().forEach([&](TransceiverId, const Transceiver& t) {
        if (const auto port = portIndex[t.port]) f.transceivers.push_back({*port, std::string(model.text(t.catalog))});
    });
    IndexOf<LinkId> linkIndex(model.links().capacity());
    model.links().forEach([&](LinkId id, const Link& l) {
        const auto a = portIndex[l.a], b = portIndex[l.b];
        if (!a || !b) return;  // runs to a device outside the fragment
        linkIndex.set(id, std::uint32_t(f.links.size()));
        f.links.push_back({*a, *b, l.aSub, l.bSub, l.fabric, l.role, l.speedGbps});
    });
    model.cables().forEach([&](CableId, const Cable& c) {
        const auto first = linkIndex[c.first];
        if (!first) return;
        std::optional<std::uint32_t> second;
        if (c.second.valid()) {
            second = linkIndex[c.second];
            if (!second) return;  // a twin cable whose other link leaves the fragment
        }
        f.cables.push_back({*first, second, c.media, std::string(model.text(c.sku)), c.lengthMm});
    });
    model.coolingUnits().forEach([&](CoolingId, const CoolingUnit& u) {
        if (const auto device = deviceIndex[u.device])
            f.cooling.push_back({*device, std::string(model.text(u.catalog)), u.name, u.kind, u.capacityKw});
    });
    return f;
}

namespace {

void checkIndices(const Fragment& f) {
    const auto check = [](std::uint32_t index, std::size_t size, std::string_view what, std::size_t at) {
        if (index >= size) throw EditError(fmt::format("fragment {} {} refers to a missing entry {}", what, at, index));
    };
    for (std::size_t i = 0; i < f.devices.size(); ++i) check(f.devices[i].rack, f.racks.size(), "device", i);
    for (std::size_t i = 0; i < f.ports.size(); ++i) check(f.ports[i].device, f.devices.size(), "port", i);
    for (std::size_t i = 0; i < f.transceivers.size(); ++i) check(f.transceivers[i].port, f.ports.size(), "transceiver", i);
    for (std::size_t i = 0; i < f.links.size(); ++i) {
        check(f.links[i].a, f.ports.size(), "link", i);
        check(f.links[i].b, f.ports.size(), "link", i);
    }
    // A link is carried by one cable at most (Model::validate): found by fuzzing, a fragment
    // whose two cables carried the same link pasted into an invalid model.
    std::vector<std::uint8_t> carried(f.links.size(), 0);
    const auto carry = [&](std::uint32_t link, std::size_t at) {
        if (carried[link]++)
            throw EditError(fmt::format("fragment cable {} carries link {}, which another cable already carries", at, link));
    };
    for (std::size_t i = 0; i < f.cables.size(); ++i) {
        check(f.cables[i].first, f.links.size(), "cable", i);
        if (f.cables[i].second) check(*f.cables[i].second, f.links.size(), "cable", i);
        carry(f.cables[i].first, i);
        if (f.cables[i].second) carry(*f.cables[i].second, i);  // the same link twice in one cable too
    }
    for (std::size_t i = 0; i < f.cooling.size(); ++i) check(f.cooling[i].device, f.devices.size(), "cooling unit", i);
}

}  // namespace

std::vector<std::string> freshRackNames(const Model& model, const Fragment& fragment) {
    NameAllocator names = NameAllocator::forRacks(model);
    std::vector<std::string> fresh;
    fresh.reserve(fragment.racks.size());
    for (const FragmentRack& r : fragment.racks) fresh.push_back(names.take(r.name));
    return fresh;
}

PastedIds insertFragment(Transaction& tx, const Fragment& f, const PasteOptions& options) {
    if (!tx.model().halls().contains(options.hall))
        throw EditError(fmt::format("cannot paste: hall {} does not exist", options.hall.value));
    checkIndices(f);

    // In 64 bits: a far offset on a far rack is refused (the transaction rolls back), not wrapped around.
    const auto moved = [&](std::int32_t at, std::int32_t by, const FragmentRack& r) {
        const std::int64_t to = std::int64_t{at} + by;
        if (to < -kFragmentCoordinateLimitMm || to > kFragmentCoordinateLimitMm)
            throw EditError(fmt::format("cannot paste: rack {} would stand {} mm from the hall's origin, beyond {} mm",
                                        r.name, to, kFragmentCoordinateLimitMm));
        return static_cast<std::int32_t>(to);
    };

    PastedIds pasted;
    const std::vector<std::string> rackNames = freshRackNames(tx.model(), f);
    for (std::size_t i = 0; i < f.racks.size(); ++i) {
        const FragmentRack& r = f.racks[i];
        Rack rack{options.hall, RowId{}, tx.intern(r.catalog), rackNames[i],
                  Point2{moved(r.position.x, options.offset.x, r), moved(r.position.y, options.offset.y, r)}, r.rotation, r.role};
        pasted.racks.push_back(tx.add(std::move(rack)));
    }
    NameAllocator deviceNames = NameAllocator::forDevices(tx.model());
    for (const FragmentDevice& d : f.devices) {
        const std::string& oldRack = f.racks[d.rack].name;
        const RackId rack = pasted.racks[d.rack];
        std::string name = d.name;
        // "R3-n01" in rack R3 pasted as R41 becomes "R41-n01".
        if (!oldRack.empty() && name.starts_with(oldRack)) name = tx.model().racks()[rack].name + name.substr(oldRack.size());
        pasted.devices.push_back(tx.add(Device{rack, tx.intern(d.catalog), deviceNames.take(name), d.uPosition, d.face, d.role}));
    }
    std::vector<PortId> ports;
    ports.reserve(f.ports.size());
    for (const FragmentPort& p : f.ports)
        ports.push_back(tx.add(Port{pasted.devices[p.device], tx.intern(p.name), p.speedGbps, p.kind, p.lanes, p.split, p.splitModes}));
    for (const FragmentTransceiver& t : f.transceivers) tx.add(Transceiver{ports[t.port], tx.intern(t.catalog)});
    std::vector<LinkId> links;
    links.reserve(f.links.size());
    for (const FragmentLink& l : f.links)
        links.push_back(tx.add(Link{ports[l.a], ports[l.b], l.aSub, l.bSub, l.fabric, l.role, l.speedGbps}));
    for (const FragmentCable& c : f.cables) {
        const StringId sku = c.sku.empty() ? StringId{} : tx.intern(c.sku);
        pasted.cables.push_back(
            tx.add(Cable{links[c.first], c.second ? links[*c.second] : LinkId{}, c.media, sku, c.lengthMm}));
    }
    for (const FragmentCooling& u : f.cooling) {
        CoolingUnit unit;
        unit.hall = options.hall;
        unit.catalog = tx.intern(u.catalog);
        unit.name = u.name;
        unit.kind = u.kind;
        unit.capacityKw = u.capacityKw;
        unit.device = pasted.devices[u.device];
        tx.add(std::move(unit));
    }
    return pasted;
}

CentreBounds centreBounds(const Fragment& fragment) noexcept {
    if (fragment.racks.empty()) return {};
    CentreBounds b{fragment.racks.front().position, fragment.racks.front().position};
    for (const FragmentRack& r : fragment.racks) {
        b.min = {std::min(b.min.x, r.position.x), std::min(b.min.y, r.position.y)};
        b.max = {std::max(b.max.x, r.position.x), std::max(b.max.y, r.position.y)};
    }
    return b;
}

// ---- JSON ----------------------------------------------------------------------------------

std::string fragmentToJson(const Fragment& f) {
    Json racks = Json::array(), devices = Json::array(), ports = Json::array(), optics = Json::array(),
         links = Json::array(), cables = Json::array(), cooling = Json::array();
    for (const auto& r : f.racks)
        racks.push_back({{"catalog", r.catalog}, {"name", r.name}, {"x_mm", r.position.x}, {"y_mm", r.position.y},
                         {"rotation", degrees(r.rotation)}, {"role", toString(r.role)}});
    for (const auto& d : f.devices)
        devices.push_back({{"rack", d.rack}, {"catalog", d.catalog}, {"name", d.name}, {"u", d.uPosition},
                           {"face", toString(d.face)}, {"role", toString(d.role)}});
    for (const auto& p : f.ports)
        ports.push_back({{"device", p.device}, {"name", p.name}, {"speed_gbps", p.speedGbps}, {"kind", toString(p.kind)},
                         {"lanes", p.lanes}, {"split", p.split}, {"split_modes", p.splitModes}});
    for (const auto& t : f.transceivers) optics.push_back({{"port", t.port}, {"catalog", t.catalog}});
    for (const auto& l : f.links)
        links.push_back({{"a", l.a}, {"b", l.b}, {"a_sub", l.aSub}, {"b_sub", l.bSub}, {"fabric", toString(l.fabric)},
                         {"role", toString(l.role)}, {"speed_gbps", l.speedGbps}});
    for (const auto& c : f.cables) {
        Json cable{{"first", c.first}, {"media", toString(c.media)}, {"sku", c.sku}, {"length_mm", c.lengthMm}};
        if (c.second) cable["second"] = *c.second;
        cables.push_back(std::move(cable));
    }
    for (const auto& u : f.cooling)
        cooling.push_back({{"device", u.device}, {"catalog", u.catalog}, {"name", u.name}, {"kind", toString(u.kind)},
                           {"capacity_kw", u.capacityKw}});
    const Json doc{{"format", kFormat}, {"version", kVersion}, {"racks", racks}, {"devices", devices}, {"ports", ports},
                   {"transceivers", optics}, {"links", links}, {"cables", cables}, {"cooling", cooling}};
    return doc.dump();
}

namespace {

/// Reads fields and says where a bad one is: "clipboard: $.racks[2].x_mm: expected an integer".
class FieldReader {
public:
    explicit FieldReader(std::string_view source) : source_(source) {}

    [[noreturn]] void fail(const std::string& path, std::string_view what) const {
        throw InputError(fmt::format("{}: {}: {}", source_, path, what));
    }
    const Json& member(const Json& object, const std::string& path, std::string_view key) const {
        if (!object.is_object()) fail(path, "expected an object");
        const auto it = object.find(key);
        if (it == object.end()) fail(path, fmt::format("missing field '{}'", key));
        return *it;
    }
    std::string text(const Json& object, const std::string& path, std::string_view key) const {
        const Json& v = member(object, path, key);
        if (!v.is_string()) fail(fieldPath(path, key), "expected a string");
        return v.get<std::string>();
    }
    template <class Int>
    Int integer(const Json& object, const std::string& path, std::string_view key) const {
        const Json& v = member(object, path, key);
        if (!v.is_number_integer()) fail(fieldPath(path, key), "expected an integer");
        if (!jsonIntegerIn(v, std::int64_t(std::numeric_limits<Int>::min()), std::int64_t(std::numeric_limits<Int>::max())))
            fail(fieldPath(path, key), fmt::format("{} is out of range", v.dump()));
        return Int(v.get<std::int64_t>());
    }
    /// A rack coordinate in mm, within kFragmentCoordinateLimitMm of the origin.
    std::int32_t coordinate(const Json& object, const std::string& path, std::string_view key) const {
        const Json& v = member(object, path, key);
        if (!v.is_number_integer()) fail(fieldPath(path, key), "expected an integer");
        if (!jsonIntegerIn(v, -kFragmentCoordinateLimitMm, kFragmentCoordinateLimitMm))
            fail(fieldPath(path, key), fmt::format("{} mm is farther than {} mm from the hall's origin", v.dump(),
                                                   kFragmentCoordinateLimitMm));
        return v.get<std::int32_t>();
    }
    double number(const Json& object, const std::string& path, std::string_view key) const {
        const Json& v = member(object, path, key);
        if (!v.is_number()) fail(fieldPath(path, key), "expected a number");
        return v.get<double>();
    }
    template <class E>
    E name(const Json& object, const std::string& path, std::string_view key) const {
        const std::string s = text(object, path, key);
        const auto e = parseEnum<E>(s);
        if (!e) fail(fieldPath(path, key), fmt::format("unknown value '{}'", s));
        return *e;
    }
    /// Calls read(element, path) for each element of the array `key`.
    template <class F>
    void each(const Json& doc, std::string_view key, F&& read) const {
        const std::string path = fieldPath("$", key);
        const Json& array = member(doc, "$", key);
        if (!array.is_array()) fail(path, "expected an array");
        for (std::size_t i = 0; i < array.size(); ++i) read(array[i], fmt::format("{}[{}]", path, i));
    }
    static std::string fieldPath(const std::string& path, std::string_view key) { return fmt::format("{}.{}", path, key); }

private:
    std::string_view source_;
};

}  // namespace

Fragment fragmentFromJson(std::string_view text, std::string_view sourceName) {
    const FieldReader in(sourceName);
    Json doc;
    try {
        doc = Json::parse(text);
    } catch (const Json::exception& e) {  // parse_error, or out_of_range for a number beyond double
        in.fail("$", fmt::format("not JSON ({})", e.what()));
    }
    if (in.text(doc, "$", "format") != kFormat) in.fail("$.format", fmt::format("expected '{}'", kFormat));
    if (const int version = in.integer<int>(doc, "$", "version"); version > kVersion)
        in.fail("$.version", fmt::format("version {} is newer than this program reads ({})", version, kVersion));

    Fragment f;
    in.each(doc, "racks", [&](const Json& r, const std::string& at) {
        Rotation rotation{};
        if (!rotationFromDegrees(in.integer<int>(r, at, "rotation"), rotation))
            in.fail(FieldReader::fieldPath(at, "rotation"), "expected a multiple of 90");
        f.racks.push_back({in.text(r, at, "catalog"), in.text(r, at, "name"),
                           Point2{in.coordinate(r, at, "x_mm"), in.coordinate(r, at, "y_mm")}, rotation,
                           in.name<RackRole>(r, at, "role")});
    });
    // The model's own rules for a device and a port (Model::validate), checked here so that a
    // paste is refused with the field's path instead of leaving an invalid model (found by fuzz_fragment).
    in.each(doc, "devices", [&](const Json& d, const std::string& at) {
        f.devices.push_back({in.integer<std::uint32_t>(d, at, "rack"), in.text(d, at, "catalog"), in.text(d, at, "name"),
                             in.integer<std::uint8_t>(d, at, "u"), in.name<Face>(d, at, "face"),
                             in.name<DeviceRole>(d, at, "role")});
        if (f.devices.back().uPosition < 1) in.fail(FieldReader::fieldPath(at, "u"), "U position must be 1 or more");
    });
    in.each(doc, "ports", [&](const Json& p, const std::string& at) {
        f.ports.push_back({in.integer<std::uint32_t>(p, at, "device"), in.text(p, at, "name"),
                           in.integer<std::uint16_t>(p, at, "speed_gbps"), in.name<PortKind>(p, at, "kind"),
                           in.integer<std::uint8_t>(p, at, "lanes"), in.integer<std::uint8_t>(p, at, "split"),
                           in.integer<std::uint8_t>(p, at, "split_modes")});
        const FragmentPort& port = f.ports.back();
        if (port.split == 0 || (port.splitModes & port.split) == 0)
            in.fail(FieldReader::fieldPath(at, "split"),
                    fmt::format("split {} is not among the cage's split modes ({})", port.split, port.splitModes));
    });
    in.each(doc, "transceivers", [&](const Json& t, const std::string& at) {
        f.transceivers.push_back({in.integer<std::uint32_t>(t, at, "port"), in.text(t, at, "catalog")});
    });
    in.each(doc, "links", [&](const Json& l, const std::string& at) {
        f.links.push_back({in.integer<std::uint32_t>(l, at, "a"), in.integer<std::uint32_t>(l, at, "b"),
                           in.integer<std::uint8_t>(l, at, "a_sub"), in.integer<std::uint8_t>(l, at, "b_sub"),
                           in.name<Fabric>(l, at, "fabric"), in.name<LinkRole>(l, at, "role"),
                           in.integer<std::uint16_t>(l, at, "speed_gbps")});
    });
    in.each(doc, "cables", [&](const Json& c, const std::string& at) {
        FragmentCable cable{in.integer<std::uint32_t>(c, at, "first"), std::nullopt, in.name<Media>(c, at, "media"),
                            in.text(c, at, "sku"), in.integer<std::uint32_t>(c, at, "length_mm")};
        if (c.contains("second")) cable.second = in.integer<std::uint32_t>(c, at, "second");
        f.cables.push_back(std::move(cable));
    });
    in.each(doc, "cooling", [&](const Json& u, const std::string& at) {
        f.cooling.push_back({in.integer<std::uint32_t>(u, at, "device"), in.text(u, at, "catalog"), in.text(u, at, "name"),
                             in.name<CoolingKind>(u, at, "kind"), in.number(u, at, "capacity_kw")});
    });
    try {
        checkIndices(f);
    } catch (const EditError& e) {
        in.fail("$", e.what());
    }
    return f;
}

}  // namespace rw
