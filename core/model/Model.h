#pragma once
// The authored design: every entity the user (or the generator) creates, in one table per type.
// Plain data, no GUI types, no derived data: routes, lengths, totals and findings are computed
// from this and never stored here.
#include <string>
#include <tuple>
#include <vector>

#include "model/Connectivity.h"
#include "model/Equipment.h"
#include "model/Infrastructure.h"
#include "model/Layout.h"
#include "model/StringPool.h"
#include "model/Table.h"

namespace rw {

/// Every entity type; used to report changes and address entities generically.
enum class EntityKind : std::uint8_t {
    Hall, Row, Rack, Device, Port, Link, Cable, Transceiver, Tray, Feed, Panel, Circuit, Cooling
};
inline constexpr std::size_t kEntityKindCount = 13;

using HallTable = Table<Hall, HallId>;
using RowTable = Table<Row, RowId>;
using RackTable = Table<Rack, RackId>;
using DeviceTable = Table<Device, DeviceId>;
using PortTable = Table<Port, PortId>;
using LinkTable = Table<Link, LinkId>;
using CableTable = Table<Cable, CableId>;
using TransceiverTable = Table<Transceiver, TransceiverId>;
using TrayTable = Table<TraySegment, TrayId>;
using FeedTable = Table<Feed, FeedId>;
using PanelTable = Table<PowerPanel, PanelId>;
using CircuitTable = Table<Circuit, CircuitId>;
using CoolingTable = Table<CoolingUnit, CoolingId>;

/// Maps an entity value type to its kind and table.
template <class T> struct EntityTraits;
#define RW_ENTITY(T, K, TABLE, LABEL)                          \
    template <> struct EntityTraits<T> {                       \
        static constexpr EntityKind kind = EntityKind::K;      \
        using TableType = TABLE;                               \
        static constexpr std::string_view label = LABEL;       \
    };
RW_ENTITY(Hall, Hall, HallTable, "hall")
RW_ENTITY(Row, Row, RowTable, "row")
RW_ENTITY(Rack, Rack, RackTable, "rack")
RW_ENTITY(Device, Device, DeviceTable, "device")
RW_ENTITY(Port, Port, PortTable, "port")
RW_ENTITY(Link, Link, LinkTable, "link")
RW_ENTITY(Cable, Cable, CableTable, "cable")
RW_ENTITY(Transceiver, Transceiver, TransceiverTable, "transceiver")
RW_ENTITY(TraySegment, Tray, TrayTable, "tray")
RW_ENTITY(Feed, Feed, FeedTable, "feed")
RW_ENTITY(PowerPanel, Panel, PanelTable, "panel")
RW_ENTITY(Circuit, Circuit, CircuitTable, "circuit")
RW_ENTITY(CoolingUnit, Cooling, CoolingTable, "cooling")
#undef RW_ENTITY

std::string_view toString(EntityKind kind) noexcept;

/// A broken invariant found by Model::validate().
struct ModelProblem {
    EntityKind kind;
    std::uint32_t id;
    std::string message;
};

class Model final {
public:
    Site site;
    StringPool strings;

    template <class T> [[nodiscard]] typename EntityTraits<T>::TableType& table() noexcept {
        return std::get<typename EntityTraits<T>::TableType>(tables_);
    }
    template <class T> [[nodiscard]] const typename EntityTraits<T>::TableType& table() const noexcept {
        return std::get<typename EntityTraits<T>::TableType>(tables_);
    }

    HallTable& halls() noexcept { return table<Hall>(); }
    RowTable& rows() noexcept { return table<Row>(); }
    RackTable& racks() noexcept { return table<Rack>(); }
    DeviceTable& devices() noexcept { return table<Device>(); }
    PortTable& ports() noexcept { return table<Port>(); }
    LinkTable& links() noexcept { return table<Link>(); }
    CableTable& cables() noexcept { return table<Cable>(); }
    TransceiverTable& transceivers() noexcept { return table<Transceiver>(); }
    TrayTable& trays() noexcept { return table<TraySegment>(); }
    FeedTable& feeds() noexcept { return table<Feed>(); }
    PanelTable& panels() noexcept { return table<PowerPanel>(); }
    CircuitTable& circuits() noexcept { return table<Circuit>(); }
    CoolingTable& coolingUnits() noexcept { return table<CoolingUnit>(); }
    const HallTable& halls() const noexcept { return table<Hall>(); }
    const RowTable& rows() const noexcept { return table<Row>(); }
    const RackTable& racks() const noexcept { return table<Rack>(); }
    const DeviceTable& devices() const noexcept { return table<Device>(); }
    const PortTable& ports() const noexcept { return table<Port>(); }
    const LinkTable& links() const noexcept { return table<Link>(); }
    const CableTable& cables() const noexcept { return table<Cable>(); }
    const TransceiverTable& transceivers() const noexcept { return table<Transceiver>(); }
    const TrayTable& trays() const noexcept { return table<TraySegment>(); }
    const FeedTable& feeds() const noexcept { return table<Feed>(); }
    const PanelTable& panels() const noexcept { return table<PowerPanel>(); }
    const CircuitTable& circuits() const noexcept { return table<Circuit>(); }
    const CoolingTable& coolingUnits() const noexcept { return table<CoolingUnit>(); }

    /// Calls f(table) for every table, in dependency order (referenced tables first).
    template <class F> void forEachTable(F&& f) {
        std::apply([&](auto&... t) { (f(t), ...); }, tables_);
    }
    template <class F> void forEachTable(F&& f) const {
        std::apply([&](const auto&... t) { (f(t), ...); }, tables_);
    }

    /// Text of an interned string (port label, catalog id).
    [[nodiscard]] std::string_view text(StringId id) const noexcept { return strings.view(id); }

    /// Checks every invariant the rest of the program relies on: references point at live
    /// entities, U positions are in range, no port serves more links than its split allows, no link
    /// is carried by two cables. Returns every problem found (empty = valid).
    [[nodiscard]] std::vector<ModelProblem> validate() const;

    /// Same content, compared entity by entity (interned strings compared by text).
    friend bool operator==(const Model& a, const Model& b);

private:
    std::tuple<HallTable, RowTable, RackTable, DeviceTable, PortTable, LinkTable, CableTable,
               TransceiverTable, TrayTable, FeedTable, PanelTable, CircuitTable, CoolingTable>
        tables_;
};

}  // namespace rw
