#include "reports/IbnetdiscoverExport.h"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "catalog/Catalog.h"
#include "util/Errors.h"

namespace rw {

namespace ib {

bool isDataCage(PortKind kind) noexcept {
    switch (kind) {
        case PortKind::OSFP:
        case PortKind::QSFP112:
        case PortKind::QSFP56:
        case PortKind::QSFP28:
        case PortKind::SFP28:
        case PortKind::SFP: return true;
        default: return false;
    }
}

std::string linkRate(std::uint16_t speedGbps, int lanes) {
    if (lanes <= 0 || speedGbps == 0) return {};
    // Per-lane signalling rates of the InfiniBand generations, Gb/s (data rate after encoding,
    // as ibnetdiscover names them).
    static constexpr std::pair<double, std::string_view> kRates[] = {
        {2.5, "SDR"}, {5.0, "DDR"}, {10.0, "QDR"}, {14.0, "FDR"}, {25.0, "EDR"}, {50.0, "HDR"}, {100.0, "NDR"}, {200.0, "XDR"}};
    const double perLane = static_cast<double>(speedGbps) / lanes;
    for (const auto& [rate, name] : kRates)
        if (perLane == rate) return fmt::format("{}x{}", lanes, name);
    return {};
}

}  // namespace ib

namespace {

enum class SwitchTier : std::uint8_t { None, Leaf, Spine, Core };

// One cabled port as the other end of its link. Plain numbers: a 100,000-node fabric has
// 600,000 of these; names and ids are formatted only when the file is written.
struct FarEnd {
    std::uint32_t index = 0;  // the far switch's device id, or the far CA's index in cas_
    std::uint16_t port = 0;   // port number on the far node; 0 = this port is not cabled
    std::uint8_t rate = 0;    // index into rates_
    bool isCa = false;
};

struct SwitchRecord {
    DeviceId device;
    SwitchTier tier = SwitchTier::None;
    std::vector<FarEnd> ports;  // indexed by local port number; [0] unused
};

struct CaRecord {
    DeviceId device;
    PortId port;
    std::uint8_t sub = 0;
    std::uint8_t rate = 0;
    std::uint16_t switchPort = 0;
    DeviceId switchDevice;
    [[nodiscard]] std::uint64_t guid() const noexcept { return ib::caGuid(port, sub); }
};

std::string nodeId(char kind, std::uint64_t guid) { return fmt::format("{}-{:016x}", kind, guid); }

// Node descriptions end at a double quote in the format; keep them printable.
std::string sanitize(std::string_view text) {
    std::string s(text);
    std::replace(s.begin(), s.end(), '"', '\'');
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
}

class Exporter {
public:
    Exporter(const Model& model, Fabric fabric, const Catalog* catalog)
        : model_(model), fabric_(fabric), catalog_(catalog) {}

    IbExportSummary write(std::ostream& out) {
        collectLinks();
        requireInfiniBandSwitches();
        numberSwitchPorts();
        buildChannelAdapters();
        buildSwitches();
        emit(out);
        return summary_;
    }

private:
    void collectLinks() {
        tiers_.assign(model_.devices().capacity(), SwitchTier::None);
        std::int64_t skipped = 0;
        model_.links().forEach([&](LinkId id, const Link& link) {
            if (link.fabric != fabric_) return;
            if (link.role != LinkRole::NodeLeaf && link.role != LinkRole::LeafSpine && link.role != LinkRole::SpineCore) {
                ++skipped;
                return;
            }
            const Port* a = model_.ports().find(link.a);
            const Port* b = model_.ports().find(link.b);
            if (a == nullptr || b == nullptr) return;  // Model::validate() reports dangling links
            links_.push_back(id);
            if (link.role == LinkRole::NodeLeaf) {
                raiseTier(b->device, SwitchTier::Leaf);
            } else {
                raiseTier(a->device, link.role == LinkRole::LeafSpine ? SwitchTier::Leaf : SwitchTier::Spine);
                raiseTier(b->device, link.role == LinkRole::LeafSpine ? SwitchTier::Spine : SwitchTier::Core);
            }
        });
        if (links_.empty())
            throw InputError(fmt::format("the design has no node_leaf, leaf_spine or spine_core links in fabric '{}': "
                                         "nothing to export",
                                         toString(fabric_)));
        if (skipped > 0)
            summary_.warnings.push_back(fmt::format("{} link(s) of fabric '{}' with other roles are not InfiniBand "
                                                    "switch links and were left out",
                                                    skipped, toString(fabric_)));
    }

    // An Ethernet fabric (Spectrum switches, RoCE) written in this format would load in ibsim as if
    // it were InfiniBand and mislead whoever simulates it, so the catalog's protocol decides.
    void requireInfiniBandSwitches() const {
        if (catalog_ == nullptr) return;
        for (std::uint32_t d = 0; d < tiers_.size(); ++d) {
            if (tiers_[d] == SwitchTier::None) continue;
            const Device& device = model_.devices()[DeviceId(d)];
            const CatalogEntry* entry = catalog_->find(model_.text(device.catalog));
            if (entry == nullptr || !entry->switching || entry->switching->protocol == "infiniband") continue;
            throw InputError(fmt::format("fabric '{}' is not InfiniBand: switch '{}' is a {} ({} protocol); the "
                                         "ibnetdiscover format describes InfiniBand fabrics only",
                                         toString(fabric_), device.name, entry->id, entry->switching->protocol));
        }
    }

    void raiseTier(DeviceId device, SwitchTier tier) {
        SwitchTier& t = tiers_[device.value];
        t = std::max(t, tier);
    }
    [[nodiscard]] bool isSwitch(DeviceId device) const noexcept { return tiers_[device.value] != SwitchTier::None; }

    // First port number of every data cage of every switch: cages in port-id order, one number
    // per sub-port (docs/model-conventions.md).
    void numberSwitchPorts() {
        firstNumber_.assign(model_.ports().capacity(), 0);
        portCount_.assign(model_.devices().capacity(), 0);
        model_.ports().forEach([&](PortId id, const Port& port) {
            if (!isSwitch(port.device) || !ib::isDataCage(port.kind)) return;
            int& next = portCount_[port.device.value];
            firstNumber_[id.value] = next + 1;
            next += std::max<int>(port.split, 1);
        });
        for (std::uint32_t device = 0; device < portCount_.size(); ++device)
            if (portCount_[device] > 254)
                throw InputError(fmt::format("switch '{}' has {} InfiniBand ports; a switch has at most 254",
                                             model_.devices()[DeviceId(device)].name, portCount_[device]));
    }

    [[nodiscard]] std::uint16_t switchPortNumber(PortId port, int sub) const {
        const int first = firstNumber_[port.value];
        if (first == 0) {
            const Port& p = model_.ports()[port];
            throw InputError(fmt::format("port '{}' of switch '{}' is not a network cage (kind {}) but carries a "
                                         "{} link",
                                         model_.text(p.name), model_.devices()[p.device].name, toString(p.kind),
                                         toString(fabric_)));
        }
        return static_cast<std::uint16_t>(first + sub);
    }

    [[nodiscard]] std::string portLabel(const Port& port, int sub) const {
        const std::string_view cage = model_.text(port.name);
        if (port.split <= 1) return std::string(cage);
        if (catalog_ != nullptr) {
            const Device& device = model_.devices()[port.device];
            if (const CatalogEntry* entry = catalog_->find(model_.text(device.catalog)); entry && entry->device)
                if (const PortSpec* spec = entry->device->findPort(cage);
                    spec && spec->split == port.split && sub < static_cast<int>(spec->subPorts.size()))
                    return spec->subPorts[static_cast<std::size_t>(sub)].name;
        }
        return fmt::format("{}/{}", cage, sub + 1);
    }

    [[nodiscard]] std::string caDescription(const CaRecord& ca) const {
        return sanitize(fmt::format("{}/{}", model_.devices()[ca.device].name, portLabel(model_.ports()[ca.port], ca.sub)));
    }

    // The rate of a link, interned: both ends print the same text (ibsim refuses mismatches).
    std::uint8_t rateOf(const Link& link) {
        const Port& a = model_.ports()[link.a];
        const Port& b = model_.ports()[link.b];
        const Port& ref = b.lanes > 0 ? b : a;
        const int lanes = ref.lanes > 0 ? ref.lanes / std::max<int>(ref.split, 1) : 4;
        const std::uint16_t speed = link.speedGbps > 0 ? link.speedGbps : ref.speedGbps;
        const std::string rate = ib::linkRate(speed, lanes);
        for (std::size_t i = 0; i < rates_.size(); ++i)
            if (rates_[i] == rate) return static_cast<std::uint8_t>(i);
        rates_.push_back(rate);
        return static_cast<std::uint8_t>(rates_.size() - 1);
    }

    // One CA per cabled NIC sub-port, ordered by server, then port, then sub-port.
    void buildChannelAdapters() {
        for (const LinkId id : links_) {
            const Link& link = model_.links()[id];
            if (link.role != LinkRole::NodeLeaf) continue;
            cas_.push_back(CaRecord{model_.ports()[link.a].device, link.a, link.aSub, rateOf(link),
                                    switchPortNumber(link.b, link.bSub), model_.ports()[link.b].device});
        }
        std::sort(cas_.begin(), cas_.end(), [](const CaRecord& x, const CaRecord& y) {
            return std::tuple(x.device.value, x.port.value, x.sub) < std::tuple(y.device.value, y.port.value, y.sub);
        });
        for (std::size_t i = 1; i < cas_.size(); ++i)
            if (cas_[i].port == cas_[i - 1].port && cas_[i].sub == cas_[i - 1].sub)
                throw InputError(fmt::format("NIC port '{}' of '{}' carries two links of fabric '{}'",
                                             portLabel(model_.ports()[cas_[i].port], cas_[i].sub),
                                             model_.devices()[cas_[i].device].name, toString(fabric_)));
    }

    SwitchRecord& switchRecord(DeviceId device) {
        auto [it, fresh] = switches_.try_emplace(device.value);
        if (fresh) {
            it->second.device = device;
            it->second.tier = tiers_[device.value];
            it->second.ports.resize(static_cast<std::size_t>(portCount_[device.value]) + 1);
        }
        return it->second;
    }

    void claimSwitchPort(DeviceId device, std::uint16_t number, FarEnd far) {
        FarEnd& slot = switchRecord(device).ports[number];
        if (slot.port != 0)
            throw InputError(fmt::format("port {} of switch '{}' carries two links of fabric '{}'", number,
                                         model_.devices()[device].name, toString(fabric_)));
        slot = far;
    }

    void buildSwitches() {
        for (std::size_t i = 0; i < cas_.size(); ++i)
            claimSwitchPort(cas_[i].switchDevice, cas_[i].switchPort, FarEnd{static_cast<std::uint32_t>(i), 1, cas_[i].rate, true});
        for (const LinkId id : links_) {
            const Link& link = model_.links()[id];
            if (link.role == LinkRole::NodeLeaf) continue;
            const DeviceId lower = model_.ports()[link.a].device, upper = model_.ports()[link.b].device;
            const std::uint16_t aNumber = switchPortNumber(link.a, link.aSub), bNumber = switchPortNumber(link.b, link.bSub);
            const std::uint8_t rate = rateOf(link);
            claimSwitchPort(upper, bNumber, FarEnd{lower.value, aNumber, rate, false});
            claimSwitchPort(lower, aNumber, FarEnd{upper.value, bNumber, rate, false});
        }
        // Leaves first, then spines and cores, each by device id.
        for (auto& [device, record] : switches_) sortedSwitches_.push_back(&record);
        std::sort(sortedSwitches_.begin(), sortedSwitches_.end(), [](const SwitchRecord* x, const SwitchRecord* y) {
            return std::pair(x->tier, x->device.value) < std::pair(y->tier, y->device.value);
        });
        summary_.switches = static_cast<std::int64_t>(sortedSwitches_.size());
        summary_.channelAdapters = static_cast<std::int64_t>(cas_.size());
        summary_.links = static_cast<std::int64_t>(links_.size());
        if (!cas_.empty()) summary_.firstCaNodeId = nodeId('H', cas_.front().guid());
    }

    [[nodiscard]] std::string remoteComment(std::string_view description, std::uint8_t rate) const {
        return rates_[rate].empty() ? fmt::format("\"{}\" lid 0", description)
                                    : fmt::format("\"{}\" lid 0 {}", description, rates_[rate]);
    }

    void emit(std::ostream& out) const {
        fmt::memory_buffer buf;
        auto flush = [&](bool force) {
            if (force || buf.size() > (1U << 20)) {
                out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
                buf.clear();
            }
        };
        fmt::format_to(std::back_inserter(buf),
                       "#\n# Topology file: generated by Rackweave {} from design \"{}\", fabric {}\n#\n"
                       "# {} switches, {} channel adapters, {} links. GUIDs are placeholders derived from\n"
                       "# Rackweave ids; LIDs are 0 until a subnet manager assigns them.\n#\n\n",
                       RACKWEAVE_VERSION, sanitize(model_.site.name), toString(fabric_), summary_.switches,
                       summary_.channelAdapters, summary_.links);
        for (const SwitchRecord* sw : sortedSwitches_) {
            const std::uint64_t guid = ib::switchGuid(sw->device);
            fmt::format_to(std::back_inserter(buf),
                           "vendid=0x0\ndevid=0x0\nsysimgguid={0:#x}\nswitchguid={0:#x}({0:x})\n"
                           "Switch\t{1} \"S-{0:016x}\"\t\t# \"{2}\" enhanced port 0 lid 0 lmc 0\n",
                           guid, sw->ports.size() - 1, sanitize(model_.devices()[sw->device].name));
            for (std::size_t number = 1; number < sw->ports.size(); ++number) {
                const FarEnd& far = sw->ports[number];
                if (far.port == 0) continue;
                if (far.isCa) {
                    const CaRecord& ca = cas_[far.index];
                    fmt::format_to(std::back_inserter(buf), "[{}]\t\"H-{:016x}\"[1]({:x}) \t\t# {}\n", number, ca.guid(),
                                   ca.guid() + 1, remoteComment(caDescription(ca), far.rate));
                } else {
                    fmt::format_to(std::back_inserter(buf), "[{}]\t\"S-{:016x}\"[{}]\t\t# {}\n", number,
                                   ib::switchGuid(DeviceId(far.index)), far.port,
                                   remoteComment(sanitize(model_.devices()[DeviceId(far.index)].name), far.rate));
                }
            }
            buf.push_back('\n');
            flush(false);
        }
        for (const CaRecord& ca : cas_) {
            const std::uint64_t guid = ca.guid();
            fmt::format_to(std::back_inserter(buf),
                           "vendid=0x0\ndevid=0x0\nsysimgguid={:#x}\ncaguid={:#x}\n"
                           "Ca\t1 \"H-{:016x}\"\t\t# \"{}\"\n[1]({:x}) \t\"S-{:016x}\"[{}]\t\t# lid 0 lmc 0 {}\n\n",
                           ib::systemImageGuid(ca.device), guid, guid, caDescription(ca), guid + 1,
                           ib::switchGuid(ca.switchDevice), ca.switchPort,
                           remoteComment(sanitize(model_.devices()[ca.switchDevice].name), ca.rate));
            flush(false);
        }
        flush(true);
    }

    const Model& model_;
    Fabric fabric_;
    const Catalog* catalog_;
    IbExportSummary summary_;
    std::vector<LinkId> links_;
    std::vector<SwitchTier> tiers_;          // by device id; None = not a switch of this fabric
    std::vector<int> portCount_;             // by device id: InfiniBand ports of a switch
    std::vector<int> firstNumber_;           // by port id: first port number of a switch cage, 0 = none
    std::vector<std::string> rates_;
    std::unordered_map<std::uint32_t, SwitchRecord> switches_;
    std::vector<const SwitchRecord*> sortedSwitches_;
    std::vector<CaRecord> cas_;
};

}  // namespace

IbExportSummary writeIbnetdiscover(std::ostream& out, const Model& model, Fabric fabric, const Catalog* catalog) {
    return Exporter(model, fabric, catalog).write(out);
}

std::string ibnetdiscoverText(const Model& model, Fabric fabric, const Catalog* catalog, IbExportSummary* summary) {
    std::ostringstream out;
    IbExportSummary s = writeIbnetdiscover(out, model, fabric, catalog);
    if (summary != nullptr) *summary = std::move(s);
    return out.str();
}

}  // namespace rw
