#include "edit/Properties.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <functional>
#include <utility>

#include "install/CableLabels.h"

namespace rw {

namespace {

template <class N>
N parseNumber(std::string_view key, std::string_view text, N lo, N hi) {
    N v{};
    const auto* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || p != end)
        throw EditError(fmt::format("{}: '{}' is not a number", key, text));
    if (v < lo || v > hi) throw EditError(fmt::format("{}: {} is outside {}..{}", key, text, lo, hi));
    return v;
}

template <class E>
E parseEnumValue(std::string_view key, std::string_view text) {
    if (auto e = parseEnum<E>(text)) return *e;
    std::string allowed;
    for (const auto& [v, name] : EnumNames<E>::table) allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    throw EditError(fmt::format("{}: '{}' is not one of {}", key, text, allowed));
}

Rotation parseRotation(std::string_view key, std::string_view text) {
    const int deg = parseNumber<int>(key, text, -270, 270);
    Rotation r{};
    if (!rotationFromDegrees(deg, r)) throw EditError(fmt::format("{}: {} is not a multiple of 90", key, text));
    return r;
}

/// A new name for one of `table`'s entities (now called `current`): refused when another entity
/// of the table already has it. Labels, the BOM and the exports address racks and devices by name.
template <class TableT>
std::string uniqueName(const TableT& table, std::string_view what, const std::string& current, std::string_view wanted) {
    if (wanted == current) return current;
    if (wanted.empty()) throw EditError(fmt::format("name: a {} needs a name", what));
    bool taken = false;
    table.forEach([&](auto, const auto& other) { taken = taken || other.name == wanted; });
    if (taken)
        throw EditError(fmt::format("name: '{}' is already the name of another {}; {} names must be unique", wanted, what, what));
    return std::string(wanted);
}

constexpr std::int32_t kMaxCoord = 10'000'000;  // 10 km: far beyond any hall, far inside int32

/// The outline's lowest and highest x (`alongX`) or y.
std::pair<std::int32_t, std::int32_t> outlineSpan(const Polygon& outline, bool alongX) {
    if (outline.empty()) return {0, 0};
    std::int32_t lo = alongX ? outline.front().x : outline.front().y, hi = lo;
    for (Point2 p : outline) {
        lo = std::min(lo, alongX ? p.x : p.y);
        hi = std::max(hi, alongX ? p.x : p.y);
    }
    return {lo, hi};
}

/// What a hall's width (x) and depth (y) read: its outline's extent.
std::int32_t outlineExtent(const Polygon& outline, bool alongX) {
    const auto [lo, hi] = outlineSpan(outline, alongX);
    return hi - lo;
}

/// A hall's width (x) or depth (y) set to `mm`: its far edge moves, the south-west corner stays.
/// Only a rectangular outline has one width; any other shape is refused rather than distorted.
void setOutlineExtent(Polygon& outline, bool alongX, std::string_view key, std::string_view text) {
    const std::int32_t mm = parseNumber<std::int32_t>(key, text, 1'000, kMaxCoord);
    if (outline.size() != 4) throw EditError(fmt::format("{}: the hall's outline is not a rectangle", key));
    const auto [lo, hi] = outlineSpan(outline, alongX);
    for (Point2& p : outline) {
        std::int32_t& v = alongX ? p.x : p.y;
        if (v != lo && v != hi) throw EditError(fmt::format("{}: the hall's outline is not a rectangle", key));
        if (v == hi) v = lo + mm;
    }
}

template <class T>
struct Field {
    std::string_view key;
    std::function<std::string(const T&, const Model&)> get;
    std::function<void(T&, Transaction&, std::string_view)> set;  // empty: read-only
};

template <class T>
const std::vector<Field<T>>& fieldsOf();

template <>
const std::vector<Field<Rack>>& fieldsOf<Rack>() {
    static const std::vector<Field<Rack>> f = {
        {"name", [](const Rack& r, const Model&) { return r.name; },
         [](Rack& r, Transaction& tx, std::string_view v) { r.name = uniqueName(tx.model().racks(), "rack", r.name, v); }},
        {"catalog", [](const Rack& r, const Model& m) { return std::string(m.text(r.catalog)); }, {}},
        {"x_mm", [](const Rack& r, const Model&) { return std::to_string(r.position.x); },
         [](Rack& r, Transaction&, std::string_view v) { r.position.x = parseNumber("x_mm", v, -kMaxCoord, kMaxCoord); }},
        {"y_mm", [](const Rack& r, const Model&) { return std::to_string(r.position.y); },
         [](Rack& r, Transaction&, std::string_view v) { r.position.y = parseNumber("y_mm", v, -kMaxCoord, kMaxCoord); }},
        {"rotation", [](const Rack& r, const Model&) { return std::to_string(degrees(r.rotation)); },
         [](Rack& r, Transaction&, std::string_view v) { r.rotation = parseRotation("rotation", v); }},
        {"role", [](const Rack& r, const Model&) { return std::string(toString(r.role)); },
         [](Rack& r, Transaction&, std::string_view v) { r.role = parseEnumValue<RackRole>("role", v); }},
    };
    return f;
}

template <>
const std::vector<Field<Device>>& fieldsOf<Device>() {
    static const std::vector<Field<Device>> f = {
        {"name", [](const Device& d, const Model&) { return d.name; },
         [](Device& d, Transaction& tx, std::string_view v) { d.name = uniqueName(tx.model().devices(), "device", d.name, v); }},
        {"catalog", [](const Device& d, const Model& m) { return std::string(m.text(d.catalog)); }, {}},
        {"rack", [](const Device& d, const Model& m) {
             const Rack* r = m.racks().find(d.rack);
             return r ? r->name : std::string();
         }, {}},
        {"u", [](const Device& d, const Model&) { return std::to_string(d.uPosition); },
         [](Device& d, Transaction&, std::string_view v) { d.uPosition = static_cast<std::uint8_t>(parseNumber<int>("u", v, 1, 60)); }},
        {"face", [](const Device& d, const Model&) { return std::string(toString(d.face)); },
         [](Device& d, Transaction&, std::string_view v) { d.face = parseEnumValue<Face>("face", v); }},
        {"role", [](const Device& d, const Model&) { return std::string(toString(d.role)); },
         [](Device& d, Transaction&, std::string_view v) { d.role = parseEnumValue<DeviceRole>("role", v); }},
    };
    return f;
}

template <>
const std::vector<Field<Hall>>& fieldsOf<Hall>() {
    static const std::vector<Field<Hall>> f = {
        {"name", [](const Hall& h, const Model&) { return h.name; },
         [](Hall& h, Transaction&, std::string_view v) { h.name = v; }},
        {"width_mm", [](const Hall& h, const Model&) { return std::to_string(outlineExtent(h.outline, true)); },
         [](Hall& h, Transaction&, std::string_view v) { setOutlineExtent(h.outline, true, "width_mm", v); }},
        {"depth_mm", [](const Hall& h, const Model&) { return std::to_string(outlineExtent(h.outline, false)); },
         [](Hall& h, Transaction&, std::string_view v) { setOutlineExtent(h.outline, false, "depth_mm", v); }},
        {"floor_load_kg_m2", [](const Hall& h, const Model&) { return fmt::format("{}", h.floorLoadKgPerM2); },
         [](Hall& h, Transaction&, std::string_view v) { h.floorLoadKgPerM2 = parseNumber("floor_load_kg_m2", v, 1.0, 100000.0); }},
        {"ceiling_height_mm", [](const Hall& h, const Model&) { return std::to_string(h.ceilingHeightMm); },
         [](Hall& h, Transaction&, std::string_view v) { h.ceilingHeightMm = parseNumber("ceiling_height_mm", v, 2000, 30000); }},
        {"cooling_capacity_kw", [](const Hall& h, const Model&) { return fmt::format("{}", h.coolingCapacityKw); },
         [](Hall& h, Transaction&, std::string_view v) { h.coolingCapacityKw = parseNumber("cooling_capacity_kw", v, 0.0, 1.0e7); }},
        {"water_supply_c", [](const Hall& h, const Model&) { return fmt::format("{}", h.waterSupplyC); },
         [](Hall& h, Transaction&, std::string_view v) { h.waterSupplyC = parseNumber("water_supply_c", v, 5.0, 60.0); }},
    };
    return f;
}

// Ratings of the power chain: what a user changes to answer a power finding.
template <>
const std::vector<Field<Feed>>& fieldsOf<Feed>() {
    static const std::vector<Field<Feed>> f = {
        {"name", [](const Feed& x, const Model&) { return x.name; }, [](Feed& x, Transaction&, std::string_view v) { x.name = v; }},
        {"catalog", [](const Feed& x, const Model& m) { return std::string(m.text(x.catalog)); }, {}},
        {"capacity_kw", [](const Feed& x, const Model&) { return fmt::format("{}", x.capacityKw); },
         [](Feed& x, Transaction&, std::string_view v) { x.capacityKw = parseNumber("capacity_kw", v, 0.0, 1.0e7); }},
        {"capacity_kva", [](const Feed& x, const Model&) { return fmt::format("{}", x.capacityKva); },
         [](Feed& x, Transaction&, std::string_view v) { x.capacityKva = parseNumber("capacity_kva", v, 0.0, 1.0e7); }},
    };
    return f;
}

template <>
const std::vector<Field<PowerPanel>>& fieldsOf<PowerPanel>() {
    using P = PowerPanel;
    static const std::vector<Field<P>> f = {
        {"name", [](const P& x, const Model&) { return x.name; }, [](P& x, Transaction&, std::string_view v) { x.name = v; }},
        {"catalog", [](const P& x, const Model& m) { return std::string(m.text(x.catalog)); }, {}},
        {"rated_amps", [](const P& x, const Model&) { return std::to_string(x.ratedAmps); },
         [](P& x, Transaction&, std::string_view v) { x.ratedAmps = parseNumber<std::uint16_t>("rated_amps", v, 0, 10000); }},
    };
    return f;
}

template <>
const std::vector<Field<Circuit>>& fieldsOf<Circuit>() {
    static const std::vector<Field<Circuit>> f = {
        {"catalog", [](const Circuit& x, const Model& m) { return std::string(m.text(x.catalog)); }, {}},
        {"breaker_amps", [](const Circuit& x, const Model&) { return std::to_string(x.breakerAmps); },
         [](Circuit& x, Transaction&, std::string_view v) { x.breakerAmps = parseNumber<std::uint16_t>("breaker_amps", v, 0, 4000); }},
        {"voltage", [](const Circuit& x, const Model&) { return std::to_string(x.voltage); },
         [](Circuit& x, Transaction&, std::string_view v) { x.voltage = parseNumber<std::uint16_t>("voltage", v, 100, 1000); }},
    };
    return f;
}

template <>
const std::vector<Field<CoolingUnit>>& fieldsOf<CoolingUnit>() {
    using C = CoolingUnit;
    static const std::vector<Field<C>> f = {
        {"name", [](const C& x, const Model&) { return x.name; }, [](C& x, Transaction&, std::string_view v) { x.name = v; }},
        {"catalog", [](const C& x, const Model& m) { return std::string(m.text(x.catalog)); }, {}},
        {"capacity_kw", [](const C& x, const Model&) { return fmt::format("{}", x.capacityKw); },
         [](C& x, Transaction&, std::string_view v) { x.capacityKw = parseNumber("capacity_kw", v, 0.0, 1.0e6); }},
    };
    return f;
}

template <>
const std::vector<Field<Row>>& fieldsOf<Row>() {
    static const std::vector<Field<Row>> f = {
        {"name", [](const Row& r, const Model&) { return r.name; },
         [](Row& r, Transaction&, std::string_view v) { r.name = v; }},
    };
    return f;
}

template <>
const std::vector<Field<TraySegment>>& fieldsOf<TraySegment>() {
    using T = TraySegment;
    static const std::vector<Field<T>> f = {
        {"kind", [](const T& t, const Model&) { return std::string(toString(t.kind)); },
         [](T& t, Transaction&, std::string_view v) { t.kind = parseEnumValue<TrayKind>("kind", v); }},
        {"width_mm", [](const T& t, const Model&) { return std::to_string(t.widthMm); },
         [](T& t, Transaction&, std::string_view v) { t.widthMm = parseNumber<std::uint16_t>("width_mm", v, 50, 2000); }},
        {"depth_mm", [](const T& t, const Model&) { return std::to_string(t.depthMm); },
         [](T& t, Transaction&, std::string_view v) { t.depthMm = parseNumber<std::uint16_t>("depth_mm", v, 20, 500); }},
        {"level", [](const T& t, const Model&) { return std::to_string(t.level); },
         [](T& t, Transaction&, std::string_view v) { t.level = static_cast<std::uint8_t>(parseNumber<int>("level", v, 0, 15)); }},
        {"max_fill_percent", [](const T& t, const Model&) { return std::to_string(t.maxFillPercent); },
         [](T& t, Transaction&, std::string_view v) { t.maxFillPercent = static_cast<std::uint8_t>(parseNumber<int>("max_fill_percent", v, 1, 100)); }},
        {"max_load_kg_m", [](const T& t, const Model&) { return fmt::format("{}", t.maxLoadKgPerM); },
         [](T& t, Transaction&, std::string_view v) { t.maxLoadKgPerM = parseNumber<float>("max_load_kg_m", v, 0.1F, 10000.0F); }},
    };
    return f;
}

// A cable's requested media and pinned length (docs/file-format.md); the router picks the part
// and the length from its route when they are "auto" and 0, and reroutes a cable edited here.
template <>
const std::vector<Field<Cable>>& fieldsOf<Cable>() {
    static const std::vector<Field<Cable>> f = {
        {"media", [](const Cable& c, const Model&) { return std::string(toString(c.media)); },
         [](Cable& c, Transaction&, std::string_view v) { c.media = parseEnumValue<Media>("media", v); }},
        {"length_mm", [](const Cable& c, const Model&) { return std::to_string(c.lengthMm); },
         [](Cable& c, Transaction&, std::string_view v) { c.lengthMm = parseNumber<std::uint32_t>("length_mm", v, 0, 1'000'000); }},
        {"pinned_part", [](const Cable& c, const Model& m) { return std::string(m.text(c.sku)); }, {}},
    };
    return f;
}

// Dispatches on the kinds that have editable fields; others get an empty field list.
template <class F>
bool dispatch(EntityKind kind, F&& f) {
    switch (kind) {
        case EntityKind::Rack: f(static_cast<Rack*>(nullptr)); return true;
        case EntityKind::Device: f(static_cast<Device*>(nullptr)); return true;
        case EntityKind::Hall: f(static_cast<Hall*>(nullptr)); return true;
        case EntityKind::Row: f(static_cast<Row*>(nullptr)); return true;
        case EntityKind::Tray: f(static_cast<TraySegment*>(nullptr)); return true;
        case EntityKind::Feed: f(static_cast<Feed*>(nullptr)); return true;
        case EntityKind::Panel: f(static_cast<PowerPanel*>(nullptr)); return true;
        case EntityKind::Circuit: f(static_cast<Circuit*>(nullptr)); return true;
        case EntityKind::Cooling: f(static_cast<CoolingUnit*>(nullptr)); return true;
        case EntityKind::Cable: f(static_cast<Cable*>(nullptr)); return true;
        default: return false;
    }
}

}  // namespace

std::string describe(const Model& model, EntityRef ref) {
    std::string name;
    switch (ref.kind) {
        case EntityKind::Rack:
            if (auto* r = model.racks().find(RackId(ref.id))) name = r->name;
            break;
        case EntityKind::Device:
            if (auto* d = model.devices().find(DeviceId(ref.id))) name = d->name;
            break;
        case EntityKind::Hall:
            if (auto* h = model.halls().find(HallId(ref.id))) name = h->name;
            break;
        case EntityKind::Row:
            if (auto* r = model.rows().find(RowId(ref.id))) name = r->name;
            break;
        case EntityKind::Feed:
            if (auto* x = model.feeds().find(FeedId(ref.id))) name = x->name;
            break;
        case EntityKind::Panel:
            if (auto* x = model.panels().find(PanelId(ref.id))) name = x->name;
            break;
        case EntityKind::Cooling:
            if (auto* x = model.coolingUnits().find(CoolingId(ref.id))) name = x->name;
            break;
        case EntityKind::Cable:  // its id as on its labels and in the cable CSV
            if (model.cables().contains(CableId(ref.id))) name = install::cableIdText(CableId(ref.id));
            break;
        default: break;
    }
    return name.empty() ? fmt::format("{} #{}", toString(ref.kind), ref.id) : fmt::format("{} {}", toString(ref.kind), name);
}

namespace {
template <class E>
std::vector<std::string> namesOf() {
    std::vector<std::string> out;
    for (const auto& [v, name] : EnumNames<E>::table) out.emplace_back(name);
    return out;
}
}  // namespace

std::vector<std::string> propertyChoices(EntityKind kind, std::string_view key) {
    if (kind == EntityKind::Rack && key == "rotation") return {"0", "90", "180", "270"};
    if (kind == EntityKind::Rack && key == "role") return namesOf<RackRole>();
    if (kind == EntityKind::Device && key == "role") return namesOf<DeviceRole>();
    if (kind == EntityKind::Device && key == "face") return namesOf<Face>();
    if (kind == EntityKind::Tray && key == "kind") return namesOf<TrayKind>();
    if (kind == EntityKind::Cable && key == "media") return namesOf<Media>();
    return {};
}

std::vector<PropertyValue> properties(const Model& model, EntityRef ref) {
    std::vector<PropertyValue> out;
    dispatch(ref.kind, [&]<class T>(T*) {
        using IdT = typename EntityTraits<T>::TableType::Id;
        const T* value = model.table<T>().find(IdT(ref.id));
        if (!value) return;
        for (const auto& field : fieldsOf<T>())
            out.push_back({std::string(field.key), field.get(*value, model), static_cast<bool>(field.set)});
    });
    return out;
}

void setProperty(Transaction& tx, EntityRef ref, std::string_view key, std::string_view value) {
    const std::string who = describe(tx.model(), ref);
    const bool known = dispatch(ref.kind, [&]<class T>(T*) {
        using IdT = typename EntityTraits<T>::TableType::Id;
        if (!tx.model().table<T>().contains(IdT(ref.id))) throw EditError(who + " does not exist");
        for (const auto& field : fieldsOf<T>()) {
            if (field.key != key) continue;
            if (!field.set) throw EditError(fmt::format("{}: {} is read-only", who, key));
            T updated = tx.model().table<T>()[IdT(ref.id)];
            try {
                field.set(updated, tx, value);
            } catch (const EditError& e) {
                throw EditError(fmt::format("{}: {}", who, e.what()));
            }
            tx.modify<T>(IdT(ref.id), [&](T& v) { v = std::move(updated); });
            return;
        }
        throw EditError(fmt::format("{} has no property '{}'", who, key));
    });
    if (!known) throw EditError(fmt::format("{} has no editable properties", who));
}

}  // namespace rw
