// Physical layer: cables for links, and transceivers in the cages the links use.
// Two links between the same pair of cages share one two-link cable (a twin-port cable);
// every other link gets its own. See docs/model-conventions.md.
#include <fmt/format.h>

#include <map>
#include <tuple>
#include <unordered_map>

#include "generator/GeneratorContext.h"

namespace rw::gen {

namespace {

bool takesModule(PortKind k) {
    return k == PortKind::OSFP || k == PortKind::QSFP112 || k == PortKind::QSFP56 || k == PortKind::QSFP28 ||
           k == PortKind::SFP28 || k == PortKind::SFP;
}

/// Picks the catalog transceiver for a cage: same form factor, sub-port speed and port count;
/// flat-top for hosts, finned for switches when the catalog says; multimode first (cheaper,
/// lower power, 50 m reach covers a hall). The router revisits this when it picks media.
class OpticPicker {
public:
    explicit OpticPicker(const Catalog& catalog) : catalog_(catalog) {}

    const CatalogEntry* pick(PortKind kind, int speed, int ports, bool host) {
        const auto key = std::make_tuple(kind, speed, ports, host);
        if (auto it = cache_.find(key); it != cache_.end()) return it->second;
        const CatalogEntry* best = nullptr;
        int bestScore = -1;
        for (const CatalogEntry* e : catalog_.ofKind(CatalogKind::Transceiver)) {
            const TransceiverSpec& t = *e->transceiver;
            if (t.formFactor != kind || t.speedGbps != speed || t.ports != ports) continue;
            const int score = (t.flatTop == host ? 2 : 0) + (t.media == Media::MultimodeFiber ? 1 : 0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        cache_.emplace(key, best);
        return best;
    }

private:
    const Catalog& catalog_;
    std::map<std::tuple<PortKind, int, int, bool>, const CatalogEntry*> cache_;
};

void makeCables(Context& ctx) {
    Model& m = ctx.model;
    const std::uint32_t n = m.links().capacity();
    std::vector<LinkId> partner(n);
    std::unordered_map<std::uint64_t, LinkId> open;  // (cage a, cage b) -> a link waiting for its twin
    open.reserve(1024);
    m.links().forEach([&](LinkId id, const Link& l) {
        if (l.fabric == Fabric::Power || m.ports()[l.a].split < 2 || m.ports()[l.b].split < 2) return;
        const std::uint64_t key = (static_cast<std::uint64_t>(l.a.value) << 32) | l.b.value;
        if (auto [it, fresh] = open.emplace(key, id); !fresh) {
            partner[id.value] = it->second;
            partner[it->second.value] = id;
            open.erase(it);
        }
    });
    m.cables().reserve(m.links().size());
    m.links().forEach([&](LinkId id, const Link& l) {
        const LinkId twin = partner[id.value];
        if (twin && twin.value < id.value) return;  // cabled with its twin
        const Media media = l.fabric == Fabric::Power ? Media::PowerCord : l.fabric == Fabric::Nvlink ? Media::NvlinkCopper : Media::Auto;
        m.cables().add(Cable{id, twin, media, {}, 0});
    });
}

void makeOptics(Context& ctx) {
    Model& m = ctx.model;
    OpticPicker picker(ctx.catalog);
    std::vector<std::uint8_t> seated(m.ports().capacity(), 0);
    int missing = 0;
    std::string missingExample;
    const auto seat = [&](PortId port) {
        if (seated[port.value]) return;
        seated[port.value] = 1;
        const Port& p = m.ports()[port];
        if (!takesModule(p.kind)) return;
        const DeviceRole role = m.devices()[p.device].role;
        const bool host = role == DeviceRole::GpuNode || role == DeviceRole::Appliance || role == DeviceRole::Storage;
        if (const CatalogEntry* optic = picker.pick(p.kind, p.speedGbps, p.split, host)) {
            m.transceivers().add(Transceiver{port, m.strings.intern(optic->id)});
        } else if (missing++ == 0) {
            missingExample = fmt::format("{} {}x{}G", toString(p.kind), p.split, p.speedGbps);
        }
    };
    m.links().forEach([&](LinkId, const Link& l) {
        if (l.fabric == Fabric::Power || l.fabric == Fabric::Nvlink) return;  // NVLink is passive copper
        seat(l.a);
        seat(l.b);
    });
    if (missing > 0)
        ctx.notes.push_back(fmt::format("{} cages have no matching transceiver in the catalog (for example {}); they are left empty.",
                                        missing, missingExample));
}

}  // namespace

void makeCablesAndOptics(Context& ctx) {
    makeCables(ctx);
    makeOptics(ctx);
}

}  // namespace rw::gen
