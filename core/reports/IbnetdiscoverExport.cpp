#include "reports/IbnetdiscoverExport.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <ostream>
#include <sstream>
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

// One end of a written link as the other side sees it.
struct FarEnd {
    std::string nodeId;       // "S-..." or "H-..."
    int port = 0;             // port number on that node
    std::uint64_t caPortGuid = 0;  // non-zero when the far end is a CA (printed in parentheses)
    std::string description;  // node description of the far end
    std::string rate;         // "4xNDR", may be empty
};

struct SwitchRecord {
    DeviceId device;
    SwitchTier tier = SwitchTier::None;
    int portCount = 0;
    std::map<int, FarEnd> ports;  // by local port number
};

struct CaRecord {
    DeviceId device;
    PortId port;
    int sub = 0;
    std::string description;
    FarEnd far;
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
        numberSwitchPorts();
        buildRecords();
        emit(out);
        return summary_;
    }

private:
    void collectLinks() {
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

    void raiseTier(DeviceId device, SwitchTier tier) {
        SwitchTier& t = tiers_[device.value];
        t = std::max(t, tier);
    }

    // First port number of every data cage of every switch: cages in port-id order, one number
    // per sub-port (docs/model-conventions.md).
    void numberSwitchPorts() {
        model_.ports().forEach([&](PortId id, const Port& port) {
            auto it = tiers_.find(port.device.value);
            if (it == tiers_.end() || !ib::isDataCage(port.kind)) return;
            int& next = portCount_[port.device.value];
            firstNumber_[id.value] = next + 1;
            next += std::max<int>(port.split, 1);
        });
        for (const auto& [device, count] : portCount_) {
            if (count > 254)
                throw InputError(fmt::format("switch '{}' has {} InfiniBand ports; a switch has at most 254",
                                             model_.devices()[DeviceId(device)].name, count));
        }
    }

    int switchPortNumber(PortId port, int sub) const {
        auto it = firstNumber_.find(port.value);
        if (it == firstNumber_.end()) {
            const Port& p = model_.ports()[port];
            throw InputError(fmt::format("port '{}' of switch '{}' is not a network cage (kind {}) but carries a "
                                         "{} link",
                                         model_.text(p.name), model_.devices()[p.device].name, toString(p.kind),
                                         toString(fabric_)));
        }
        return it->second + sub;
    }

    std::string portLabel(const Port& port, int sub) const {
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

    std::string rateOf(const Link& link, const Port& a, const Port& b) const {
        const Port& ref = b.lanes > 0 ? b : a;
        const int lanes = ref.lanes > 0 ? ref.lanes / std::max<int>(ref.split, 1) : 4;
        const std::uint16_t speed = link.speedGbps > 0 ? link.speedGbps : ref.speedGbps;
        return ib::linkRate(speed, lanes);
    }

    SwitchRecord& switchRecord(DeviceId device) {
        auto [it, fresh] = switches_.try_emplace(device.value);
        if (fresh) {
            it->second.device = device;
            it->second.tier = tiers_.at(device.value);
            auto count = portCount_.find(device.value);
            it->second.portCount = count == portCount_.end() ? 0 : count->second;
        }
        return it->second;
    }

    void claimSwitchPort(SwitchRecord& sw, int number, FarEnd far) {
        if (!sw.ports.emplace(number, std::move(far)).second)
            throw InputError(fmt::format("port {} of switch '{}' carries two links of fabric '{}'", number,
                                         model_.devices()[sw.device].name, toString(fabric_)));
    }

    void buildRecords() {
        std::map<std::pair<std::uint32_t, int>, std::size_t> caIndex;  // (port, sub) -> cas_
        for (const LinkId id : links_) {
            const Link& link = model_.links()[id];
            const Port& a = model_.ports()[link.a];
            const Port& b = model_.ports()[link.b];
            const std::string rate = rateOf(link, a, b);
            const Device& bDevice = model_.devices()[b.device];
            SwitchRecord& upper = switchRecord(b.device);
            const int bNumber = switchPortNumber(link.b, link.bSub);
            const std::string upperId = nodeId('S', ib::switchGuid(b.device));
            if (link.role == LinkRole::NodeLeaf) {
                const std::uint64_t guid = ib::caGuid(link.a, link.aSub);
                if (!caIndex.emplace(std::pair{link.a.value, int{link.aSub}}, cas_.size()).second)
                    throw InputError(fmt::format("NIC port '{}' of '{}' carries two links of fabric '{}'",
                                                 portLabel(a, link.aSub), model_.devices()[a.device].name,
                                                 toString(fabric_)));
                CaRecord ca{a.device, link.a, link.aSub,
                            sanitize(fmt::format("{}/{}", model_.devices()[a.device].name, portLabel(a, link.aSub))),
                            FarEnd{upperId, bNumber, 0, sanitize(bDevice.name), rate}};
                claimSwitchPort(upper, bNumber, FarEnd{nodeId('H', guid), 1, guid + 1, ca.description, rate});
                cas_.push_back(std::move(ca));
            } else {
                SwitchRecord& lower = switchRecord(a.device);
                const int aNumber = switchPortNumber(link.a, link.aSub);
                const std::string lowerId = nodeId('S', ib::switchGuid(a.device));
                claimSwitchPort(upper, bNumber, FarEnd{lowerId, aNumber, 0, sanitize(model_.devices()[a.device].name), rate});
                claimSwitchPort(lower, aNumber, FarEnd{upperId, bNumber, 0, sanitize(bDevice.name), rate});
            }
        }
        // Leaves first, then spines and cores, each by device id; CAs by server, then port.
        for (auto& [device, record] : switches_) sortedSwitches_.push_back(&record);
        std::sort(sortedSwitches_.begin(), sortedSwitches_.end(), [](const SwitchRecord* x, const SwitchRecord* y) {
            return std::pair(x->tier, x->device.value) < std::pair(y->tier, y->device.value);
        });
        std::sort(cas_.begin(), cas_.end(), [](const CaRecord& x, const CaRecord& y) {
            return std::tuple(x.device.value, x.port.value, x.sub) < std::tuple(y.device.value, y.port.value, y.sub);
        });
        summary_.switches = static_cast<std::int64_t>(sortedSwitches_.size());
        summary_.channelAdapters = static_cast<std::int64_t>(cas_.size());
        summary_.links = static_cast<std::int64_t>(links_.size());
        if (!cas_.empty()) summary_.firstCaNodeId = nodeId('H', ib::caGuid(cas_.front().port, cas_.front().sub));
    }

    static std::string remoteComment(const FarEnd& far) {
        return far.rate.empty() ? fmt::format("\"{}\" lid 0", far.description)
                                : fmt::format("\"{}\" lid 0 {}", far.description, far.rate);
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
                           "Switch\t{1} \"{2}\"\t\t# \"{3}\" enhanced port 0 lid 0 lmc 0\n",
                           guid, sw->portCount, nodeId('S', guid), sanitize(model_.devices()[sw->device].name));
            for (const auto& [number, far] : sw->ports) {
                if (far.caPortGuid != 0)
                    fmt::format_to(std::back_inserter(buf), "[{}]\t\"{}\"[{}]({:x}) \t\t# {}\n", number, far.nodeId,
                                   far.port, far.caPortGuid, remoteComment(far));
                else
                    fmt::format_to(std::back_inserter(buf), "[{}]\t\"{}\"[{}]\t\t# {}\n", number, far.nodeId, far.port,
                                   remoteComment(far));
            }
            buf.push_back('\n');
            flush(false);
        }
        for (const CaRecord& ca : cas_) {
            const std::uint64_t guid = ib::caGuid(ca.port, ca.sub);
            fmt::format_to(std::back_inserter(buf),
                           "vendid=0x0\ndevid=0x0\nsysimgguid={:#x}\ncaguid={:#x}\n"
                           "Ca\t1 \"{}\"\t\t# \"{}\"\n[1]({:x}) \t\"{}\"[{}]\t\t# lid 0 lmc 0 {}\n\n",
                           ib::systemImageGuid(ca.device), guid, nodeId('H', guid), ca.description, guid + 1,
                           ca.far.nodeId, ca.far.port, remoteComment(ca.far));
            flush(false);
        }
        flush(true);
    }

    const Model& model_;
    Fabric fabric_;
    const Catalog* catalog_;
    IbExportSummary summary_;
    std::vector<LinkId> links_;
    std::unordered_map<std::uint32_t, SwitchTier> tiers_;     // switch device id -> tier
    std::unordered_map<std::uint32_t, int> portCount_;        // switch device id -> IB ports
    std::unordered_map<std::uint32_t, int> firstNumber_;      // switch cage port id -> first number
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
