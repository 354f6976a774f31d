// Incremental power check. Every sum is linear in the devices' shares, so a device's edit is
// "take its old shares away, add its new ones" on the normal sums and on each failure's delta,
// and only the elements above its cords (old and new) are judged again. The judging itself is
// the same code for the first build and for every edit, so the result equals a full check.
#include "power/PowerCheckSession.h"

#include <algorithm>
#include <map>

#include "catalog/Catalog.h"
#include "edit/ChangeSet.h"
#include "power/CoolingNetworkFromModel.h"
#include "power/PowerNetworkFromModel.h"
#include "power/PowerNetworkParts.h"

namespace rw::power {
namespace {

bool sameCords(const std::vector<PsuCord>& a, const std::vector<PsuCord>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const PsuCord& x, const PsuCord& y) { return x.element == y.element && x.leg == y.leg; });
}

bool sameDevice(const PoweredDevice& a, const PoweredDevice& b) {
    return a.deviceId == b.deviceId && a.name == b.name && a.maxW == b.maxW && a.powerFactor == b.powerFactor &&
           a.psuCount == b.psuCount && a.needed == b.needed && sameCords(a.cords, b.cords);
}

/// Same place in the tree and the same words: only ratings, voltage or phases may differ.
bool samePlace(const SupplyElement& a, const SupplyElement& b) {
    return a.kind == b.kind && a.entity == b.entity && a.entityId == b.entityId && a.label == b.label && a.parent == b.parent;
}

bool sameRatings(const SupplyElement& a, const SupplyElement& b) {
    return a.volts == b.volts && a.phases == b.phases && a.ratedAmps == b.ratedAmps && a.capacityKw == b.capacityKw;
}

std::uint64_t entityKey(EntityKind kind, std::uint32_t id) { return (std::uint64_t{static_cast<std::uint8_t>(kind)} << 32) | id; }

std::string_view panelWord(PanelKind kind) {
    return kind == PanelKind::Busway ? "busway" : kind == PanelKind::Rpp ? "RPP" : "tap-off";
}

bool touchesAny(const ChangeSet& changes, std::initializer_list<EntityKind> kinds) {
    return std::any_of(kinds.begin(), kinds.end(), [&](EntityKind k) { return !changes.untouched(k); });
}

}  // namespace

PowerCheckSession::PowerCheckSession(PowerNetwork net, PowerRules rules) : net_(std::move(net)), rules_(rules) { rebuild(); }

PowerCheckSession::PowerCheckSession(const Model& model, const Catalog& catalog, PowerRules rules, CoolingRules cooling)
    : net_(powerNetworkFromModel(model, catalog, rules)), rules_(rules), coolingRules_(cooling) {
    rebuild();
    coolingNet_ = coolingNetworkFromModel(model, catalog, coolingRules_);
    cooling_ = checkCooling(coolingNet_, coolingRules_);
}

void PowerCheckSession::rebuild() {
    const std::size_t n = net_.elements.size();
    FailureSweep sweep(net_);
    normal_ = sweep.normal();
    outcomes_ = sweep.normalOutcomes();
    devicesUnder_ = sweep.devicesUnder();
    scenarios_.assign(n, {});
    for (ElementIndex failed = 0; failed < n; ++failed)
        if (sweptAsFailure(net_.elements[failed]))
            sweep.run(failed, [&](ElementIndex e, const ElementLoad& delta) {
                scenarios_[e].failed.push_back(failed);
                scenarios_[e].delta.push_back(delta);
            });
    judged_.resize(n, net_.devices.size());
    affectedFlag_.assign(n, 0);
    affected_.clear();
    for (ElementIndex e = 0; e < n; ++e) evaluateElement(e);
    for (std::size_t d = 0; d < net_.devices.size(); ++d) judged_.judgeDevice(net_, d, outcomes_[d]);
    pduElement_.clear();
    deviceIndex_.clear();
    for (ElementIndex e = 0; e < n; ++e)
        if (net_.elements[e].kind == ElementKind::Pdu && net_.elements[e].entity == EntityKind::Device)
            pduElement_.emplace(net_.elements[e].entityId, e);
    for (std::size_t d = 0; d < net_.devices.size(); ++d) deviceIndex_.emplace(net_.devices[d].deviceId, d);
    banks_ = banksByPdu(net_);
    supplyElement_.clear();
    for (ElementIndex e = 0; e < n; ++e) {
        const SupplyElement& element = net_.elements[e];
        if (element.entity == EntityKind::Feed || element.entity == EntityKind::Panel || element.entity == EntityKind::Circuit)
            supplyElement_.emplace(entityKey(element.entity, element.entityId), e);
    }
}

void PowerCheckSession::evaluateElement(ElementIndex e) {
    ElementJudge judge(net_, e, normal_[e], rules_);
    const Scenarios& s = scenarios_[e];
    for (std::size_t k = 0; k < s.failed.size(); ++k) judge.offer(s.failed[k], s.delta[k]);
    judged_.store(e, std::move(judge));
}

ElementLoad& PowerCheckSession::entry(ElementIndex e, ElementIndex failed) {
    Scenarios& s = scenarios_[e];
    const auto it = std::lower_bound(s.failed.begin(), s.failed.end(), failed);
    const auto k = it - s.failed.begin();
    if (it == s.failed.end() || *it != failed) {
        s.failed.insert(it, failed);
        s.delta.insert(s.delta.begin() + k, ElementLoad{});
    }
    return s.delta[static_cast<std::size_t>(k)];
}

void PowerCheckSession::markAffected(ElementIndex e) {
    if (affectedFlag_[e]) return;
    affectedFlag_[e] = 1;
    affected_.push_back(e);
}

void PowerCheckSession::reevaluateAffected() {
    for (ElementIndex e : affected_) {
        evaluateElement(e);
        affectedFlag_[e] = 0;
    }
    affected_.clear();
}

void PowerCheckSession::account(std::size_t d, double sign) {
    const PoweredDevice& device = net_.devices[d];
    const PsuOutcome& normal = outcomes_[d];
    const double pf = powerFactorOf(device);
    for (const PsuCord& cord : device.cords) {
        if (!cordLive(net_, cord, kNoElement)) continue;
        net_.forEachUpstream(cord.element, [&](ElementIndex e) {
            addShare(normal_[e], net_.elements[e], cord.leg, sign * normal.wattsPerPsu, pf);
            markAffected(e);
        });
    }
    for (ElementIndex failed : upstreamOf(net_, device)) {
        if (sweptAsFailure(net_.elements[failed]))
            forEachShift(net_, device, normal, failed, [&](ElementIndex e, int leg, double change) {
                addShare(entry(e, failed), net_.elements[e], leg, sign * change, pf);
                markAffected(e);
            });
        auto& under = devicesUnder_[failed];
        if (sign > 0) under.push_back(d);
        else under.erase(std::remove(under.begin(), under.end(), d), under.end());
    }
}

void PowerCheckSession::replaceDevice(std::size_t index, PoweredDevice device) {
    account(index, -1.0);
    net_.devices[index] = std::move(device);
    outcomes_[index] = psuOutcome(net_, net_.devices[index]);
    account(index, +1.0);
    reevaluateAffected();
    judged_.judgeDevice(net_, index, outcomes_[index]);
}

void PowerCheckSession::replaceElement(ElementIndex index, SupplyElement element) {
    if (!samePlace(net_.elements[index], element)) {
        net_.elements[index] = std::move(element);
        rebuild();
        return;
    }
    if (net_.elements[index].phases != element.phases) {
        // Phases decide how a cord's share spreads over the element's legs: redo the shares below it.
        const std::vector<std::size_t> under = devicesUnder_[index];
        for (std::size_t d : under) account(d, -1.0);
        net_.elements[index] = std::move(element);
        for (std::size_t d : under) account(d, +1.0);
    } else {
        net_.elements[index] = std::move(element);
    }
    markAffected(index);
    reevaluateAffected();
}

bool PowerCheckSession::applyDeviceEdits(const Model& model, const Catalog& catalog, const ChangeSet& changes,
                                         std::size_t& reworked, const std::unordered_set<std::uint32_t>& spliced) {
    if (!changes.untouched(EntityKind::Port) || !changes.untouched(EntityKind::Link)) return false;
    for (EntityKind k : {EntityKind::Device, EntityKind::Feed, EntityKind::Panel, EntityKind::Circuit})
        if (!changes.addedOf(k).empty() || !changes.removedOf(k).empty()) return false;
    // Judge every edit first, so a refusal leaves the session untouched for the full reading.
    std::vector<std::pair<ElementIndex, SupplyElement>> elements;
    if (!supplyEdits(model, changes, elements)) return false;
    std::map<std::size_t, PoweredDevice> devices;            // by index
    std::unordered_map<std::uint32_t, bool> recorded;        // devices whose cords a PDU edit may move
    std::map<ElementIndex, std::vector<SupplyElement>> rebanked;  // PDUs with another number of banks
    static const std::vector<ElementIndex> kNoBanks;
    for (std::uint32_t id : changes.modifiedOf(EntityKind::Device)) {
        const Device* device = model.devices().find(DeviceId{id});
        if (!device) return false;
        if (spliced.contains(id)) continue;
        if (const auto e = pduElement_.find(id); e != pduElement_.end()) {
            const auto found = banks_.find(e->second);
            const std::vector<ElementIndex>& banks = found == banks_.end() ? kNoBanks : found->second;
            auto next = pduWithBanksOf(model, catalog, *device, net_, e->second);
            if (!next || !samePlace(next->front(), net_.elements[e->second])) return false;
            if (next->size() != banks.size() + 1) {
                // Banks sit right behind their PDU (powerNetworkFromModel); splice them below.
                for (std::size_t b = 0; b < banks.size(); ++b)
                    if (banks[b] != e->second + 1 + b) return false;
                rebanked.emplace(e->second, std::move(*next));
                continue;
            }
            for (std::size_t b = 0; b < banks.size(); ++b) {
                if (!samePlace((*next)[b + 1], net_.elements[banks[b]])) return false;
                elements.emplace_back(banks[b], std::move((*next)[b + 1]));
            }
            elements.emplace_back(e->second, std::move(next->front()));
            // Another bank layout can move the cords of the devices below it.
            for (std::size_t d : devicesUnder_[e->second]) recorded.emplace(net_.devices[d].deviceId, true);
        } else if (const auto d = deviceIndex_.find(id); d != deviceIndex_.end()) {
            auto next = poweredDeviceOf(model, catalog, *device, net_.devices[d->second], rules_);
            if (!next) return false;
            devices.emplace(d->second, std::move(*next));
        } else {
            return false;  // a device outside the network may feed a shelf's busbar or join the network
        }
    }
    if (!rebanked.empty()) {
        // Last PDU first, so the indices of those still to splice stay put; then the edit again,
        // every PDU now with its banks, for the other changes it holds.
        std::unordered_set<std::uint32_t> done;
        for (auto it = rebanked.rbegin(); it != rebanked.rend(); ++it) {
            done.insert(net_.elements[it->first].entityId);
            reworked += spliceBanks(model, catalog, it->first, std::move(it->second));
        }
        return applyDeviceEdits(model, catalog, changes, reworked, done);
    }
    if (!recorded.empty()) {
        auto cordsById = cordsOf(model, catalog, pduElement_, banks_, recorded);
        if (cordsById.size() != recorded.size()) return false;
        for (auto& [id, cords] : cordsById) {
            const std::size_t d = deviceIndex_.at(id);
            auto it = devices.try_emplace(d, net_.devices[d]).first;
            if (cords.size() != it->second.cords.size()) return false;  // links did not change: a cord went missing
            it->second.cords = std::move(cords);
        }
    }
    for (auto& [e, element] : elements)
        if (!sameRatings(element, net_.elements[e])) {
            replaceElement(e, std::move(element));
            ++reworked;
        }
    for (auto& [d, device] : devices)
        if (!sameDevice(device, net_.devices[d])) {
            replaceDevice(d, std::move(device));
            ++reworked;
        }
    return true;
}

bool PowerCheckSession::supplyEdits(const Model& model, const ChangeSet& changes,
                                    std::vector<std::pair<ElementIndex, SupplyElement>>& out) const {
    const auto elementOf = [&](EntityKind kind, std::uint32_t id) {
        const auto it = supplyElement_.find(entityKey(kind, id));
        return it == supplyElement_.end() ? kNoElement : it->second;
    };
    for (std::uint32_t id : changes.modifiedOf(EntityKind::Feed)) {
        const Feed* f = model.feeds().find(FeedId{id});
        const ElementIndex e = elementOf(EntityKind::Feed, id);
        // A new voltage reaches the panels below (their volts are the feed's): read it all again.
        if (!f || e == kNoElement || net_.elements[e].label != "feed " + f->name || net_.elements[e].volts != f->voltage)
            return false;
        SupplyElement next = net_.elements[e];
        next.capacityKw = f->capacityKw;
        next.capacityKva = f->capacityKva;
        out.emplace_back(e, std::move(next));
    }
    for (std::uint32_t id : changes.modifiedOf(EntityKind::Panel)) {
        const PowerPanel* p = model.panels().find(PanelId{id});
        const ElementIndex e = elementOf(EntityKind::Panel, id);
        if (!p || e == kNoElement || net_.elements[e].parent != elementOf(EntityKind::Feed, p->feed.value) ||
            net_.elements[e].label != std::string(panelWord(p->kind)) + " " + p->name)
            return false;
        SupplyElement next = net_.elements[e];
        next.ratedAmps = p->ratedAmps;
        out.emplace_back(e, std::move(next));
    }
    for (std::uint32_t id : changes.modifiedOf(EntityKind::Circuit)) {
        const Circuit* c = model.circuits().find(CircuitId{id});
        const ElementIndex e = elementOf(EntityKind::Circuit, id);
        if (!c || e == kNoElement || net_.elements[e].parent != elementOf(EntityKind::Panel, c->panel.value)) return false;
        const PowerPanel* panel = model.panels().find(c->panel);
        const Device* pdu = model.devices().find(c->pdu);
        const auto pduElement = pduElement_.find(c->pdu.value);
        // Its words, its PDU and (for a PDU with no catalog data) the PDU's volts must stay.
        if (!panel || !pdu || pduElement == pduElement_.end() || net_.elements[pduElement->second].parent != e ||
            net_.elements[e].label != "circuit " + panel->name + " to " + pdu->name || net_.elements[e].volts != c->voltage ||
            net_.elements[e].phases != c->phases)
            return false;
        SupplyElement next = net_.elements[e];
        next.ratedAmps = c->breakerAmps;
        out.emplace_back(e, std::move(next));
    }
    return true;
}

std::size_t PowerCheckSession::applyNetwork(PowerNetwork next) {
    bool structural = next.elements.size() != net_.elements.size() || next.devices.size() != net_.devices.size();
    for (ElementIndex e = 0; !structural && e < next.elements.size(); ++e)
        structural = !samePlace(next.elements[e], net_.elements[e]);
    for (std::size_t d = 0; !structural && d < next.devices.size(); ++d)
        structural = next.devices[d].deviceId != net_.devices[d].deviceId;
    if (structural) {
        net_ = std::move(next);
        rebuild();
        return net_.elements.size() + net_.devices.size();
    }
    std::size_t reworked = 0;
    for (ElementIndex e = 0; e < next.elements.size(); ++e)
        if (!sameRatings(next.elements[e], net_.elements[e])) {
            replaceElement(e, std::move(next.elements[e]));
            ++reworked;
        }
    for (std::size_t d = 0; d < next.devices.size(); ++d)
        if (!sameDevice(next.devices[d], net_.devices[d])) {
            replaceDevice(d, std::move(next.devices[d]));
            ++reworked;
        }
    return reworked;
}

std::size_t PowerCheckSession::spliceBanks(const Model& model, const Catalog& catalog, ElementIndex pdu,
                                          std::vector<SupplyElement> next) {
    const auto found = banks_.find(pdu);
    const std::size_t erased = found == banks_.end() ? 0 : found->second.size(), inserted = next.size() - 1;
    const ElementIndex first = pdu + 1;
    const auto end = static_cast<ElementIndex>(first + erased);
    const std::vector<std::size_t> under = devicesUnder_[pdu];
    for (std::size_t d : under) account(d, -1.0);
    // Which cords of the devices below hang on this PDU (their outlets then find the new banks).
    std::vector<std::vector<bool>> onPdu(under.size());
    for (std::size_t k = 0; k < under.size(); ++k)
        for (const PsuCord& cord : net_.devices[under[k]].cords) onPdu[k].push_back(cord.element == pdu || (cord.element >= first && cord.element < end));
    std::vector<ElementIndex> pending;  // marked by the removal: judged once the shares are back
    pending.swap(affected_);
    for (ElementIndex e : pending) affectedFlag_[e] = 0;

    // Old index -> new index (kNoElement for the banks that go).
    const auto remap = [&](ElementIndex e) {
        if (e == kNoElement || e < first) return e;
        return e < end ? kNoElement : static_cast<ElementIndex>(e - erased + inserted);
    };
    const auto splice = [&](auto& v, const auto& blank) { spliceRange(v, first, erased, inserted, blank); };
    auto& elements = net_.elements;
    elements[pdu] = std::move(next.front());
    elements.erase(elements.begin() + first, elements.begin() + end);
    elements.insert(elements.begin() + first, std::make_move_iterator(next.begin() + 1), std::make_move_iterator(next.end()));
    for (SupplyElement& e : elements) e.parent = remap(e.parent);  // the new banks' parent is the PDU, before them
    for (PoweredDevice& device : net_.devices)
        for (PsuCord& cord : device.cords) cord.element = remap(cord.element);
    splice(normal_, ElementLoad{});
    splice(scenarios_, Scenarios{});
    // Banks are never swept as failures, so only failures behind the banks move; each list is
    // sorted by failure, and its tail from the first such failure on shifts.
    for (Scenarios& s : scenarios_)
        for (auto it = std::lower_bound(s.failed.begin(), s.failed.end(), end); it != s.failed.end(); ++it) *it = remap(*it);
    splice(devicesUnder_, std::vector<std::size_t>{});
    splice(affectedFlag_, std::uint8_t{0});
    judged_.spliceElements(first, erased, inserted, remap);
    for (auto& [id, e] : pduElement_) e = remap(e);
    for (auto& [key, e] : supplyElement_) e = remap(e);
    // PDUs before this one keep their banks; those behind it move, re-keyed without reallocating.
    std::vector<BanksByPdu::node_type> moved;
    for (auto it = banks_.begin(); it != banks_.end();) {
        if (it->first < first) {
            it = it->first == pdu ? banks_.erase(it) : std::next(it);
            continue;
        }
        auto node = banks_.extract(it++);
        node.key() = remap(node.key());
        for (ElementIndex& b : node.mapped()) b = remap(b);
        moved.push_back(std::move(node));
    }
    for (auto& node : moved) banks_.insert(std::move(node));
    for (ElementIndex b = first; b < first + inserted; ++b) banks_[pdu].push_back(b);
    for (ElementIndex e : pending)
        if (remap(e) != kNoElement) markAffected(remap(e));

    // The devices below go back on, each cord in this PDU on the new bank holding its outlet.
    const Device& pduDevice = model.devices()[DeviceId{net_.elements[pdu].entityId}];
    const CatalogEntry* entry = catalog.find(model.text(pduDevice.catalog));
    const PowerDistributionSpec* pds = entry && inserted > 0 ? &*entry->powerDistribution : nullptr;
    const auto bankOfOutlet = pds ? bankIndexByOutlet(model, *entry) : std::unordered_map<std::uint32_t, std::size_t>{};
    for (std::size_t k = 0; k < under.size(); ++k) {
        PoweredDevice& device = net_.devices[under[k]];
        for (std::size_t c = 0; c < device.cords.size(); ++c) {
            PsuCord& cord = device.cords[c];
            if (!onPdu[k][c]) continue;
            cord = pds ? cordOnBanks(pdu, first, bankOfOutlet, *pds, cord.outlet) : PsuCord{pdu, -1, cord.outlet};
        }
        outcomes_[under[k]] = psuOutcome(net_, device);
        account(under[k], +1.0);
    }
    for (ElementIndex e = pdu; e < first + inserted; ++e) markAffected(e);
    reevaluateAffected();
    for (std::size_t d : under) judged_.judgeDevice(net_, d, outcomes_[d]);
    return under.size() + 1 + inserted;
}

bool PowerCheckSession::onlyPdusEdited(const Model& model, const Catalog& catalog, const ChangeSet& changes) const {
    if (!changes.addedOf(EntityKind::Device).empty() || !changes.removedOf(EntityKind::Device).empty()) return false;
    for (std::uint32_t id : changes.modifiedOf(EntityKind::Device)) {
        const Device* d = model.devices().find(DeviceId{id});
        if (!d || !pduElement_.contains(id) || !isPdu(*d, catalog.find(model.text(d->catalog)))) return false;
    }
    return true;
}

std::size_t PowerCheckSession::apply(const Model& model, const Catalog& catalog, const ChangeSet& changes) {
    // A PDU before and after the edit sends no heat anywhere (coolingNetworkFromModel counts the
    // devices it feeds), so editing PDUs alone leaves the cooling check as it is.
    const bool coolingKept = !touchesAny(changes, {EntityKind::Hall, EntityKind::Row, EntityKind::Rack, EntityKind::Cooling}) &&
                             onlyPdusEdited(model, catalog, changes);
    std::size_t reworked = 0;
    if (touchesAny(changes, {EntityKind::Device, EntityKind::Port, EntityKind::Link, EntityKind::Feed, EntityKind::Panel,
                             EntityKind::Circuit}) &&
        !applyDeviceEdits(model, catalog, changes, reworked))
        reworked = applyNetwork(powerNetworkFromModel(model, catalog, rules_));
    if (!coolingKept &&
        touchesAny(changes, {EntityKind::Hall, EntityKind::Row, EntityKind::Rack, EntityKind::Device, EntityKind::Cooling})) {
        coolingNet_ = coolingNetworkFromModel(model, catalog, coolingRules_);
        cooling_ = checkCooling(coolingNet_, coolingRules_);
    }
    return reworked;
}

PowerCheckResult PowerCheckSession::result() const { return judged_.assemble(); }

}  // namespace rw::power
