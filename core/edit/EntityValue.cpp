#include "edit/EntityValue.h"

namespace rw {

namespace {
// Calls f with a default-constructed value of the type whose kind is `kind`.
template <class F>
decltype(auto) withType(EntityKind kind, F&& f) {
    switch (kind) {
        case EntityKind::Hall: return f(Hall{});
        case EntityKind::Row: return f(Row{});
        case EntityKind::Rack: return f(Rack{});
        case EntityKind::Device: return f(Device{});
        case EntityKind::Port: return f(Port{});
        case EntityKind::Link: return f(Link{});
        case EntityKind::Cable: return f(Cable{});
        case EntityKind::Transceiver: return f(Transceiver{});
        case EntityKind::Tray: return f(TraySegment{});
        case EntityKind::Feed: return f(Feed{});
        case EntityKind::Panel: return f(PowerPanel{});
        case EntityKind::Circuit: return f(Circuit{});
        case EntityKind::Cooling: return f(CoolingUnit{});
    }
    return f(Hall{});
}
static_assert(std::variant_size_v<EntityValue> == kEntityKindCount);
}  // namespace

void applyEntity(Model& model, EntityKind kind, std::uint32_t id, const std::optional<EntityValue>& value) {
    withType(kind, [&]<class T>(const T&) {
        auto& table = model.table<T>();
        using IdT = typename EntityTraits<T>::TableType::Id;
        if (value) {
            table.put(IdT(id), std::get<T>(*value));
        } else if (table.contains(IdT(id))) {
            table.erase(IdT(id));
        }
    });
}

std::optional<EntityValue> readEntity(const Model& model, EntityKind kind, std::uint32_t id) {
    return withType(kind, [&]<class T>(const T&) -> std::optional<EntityValue> {
        using IdT = typename EntityTraits<T>::TableType::Id;
        if (const T* v = model.table<T>().find(IdT(id))) return EntityValue(*v);
        return std::nullopt;
    });
}

}  // namespace rw
