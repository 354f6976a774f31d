#include "power/PowerAnalysis.h"

#include <algorithm>

#include <QElapsedTimer>

#include "ProjectSession.h"
#include "docks/DesignContext.h"
#include "power/PowerNetworkFromModel.h"

namespace rw::gui {
namespace {

// After the last edit of a burst (a drag, a paste) before the chain is checked again. Shorter
// than the findings' quiet time: the dock shows the figures the user is editing.
constexpr int kQuietMs = 150;

std::uint64_t entityKey(EntityKind kind, std::uint32_t id) { return (std::uint64_t(kind) << 32) | id; }

bool touchesPower(const ChangeSet& c) {
    for (EntityKind k : {EntityKind::Device, EntityKind::Port, EntityKind::Link, EntityKind::Feed, EntityKind::Panel,
                         EntityKind::Circuit, EntityKind::Cooling})
        if (!c.untouched(k)) return true;
    // Moving, turning or renaming racks changes no load or rating; adding or removing them does
    // (the per-rack headroom is indexed by rack).
    return c.siteChanged || !c.addedOf(EntityKind::Rack).empty() || !c.removedOf(EntityKind::Rack).empty();
}

void worsen(power::RackHeadroom& h, power::RackHeadroom::State state, double share) {
    using S = power::RackHeadroom::State;
    if (state == S::Over || h.state == S::Over) h.state = S::Over;
    else if (state == S::Ok) h.state = S::Ok;
    h.share = std::max(h.share, share);
}

}  // namespace

PowerAnalysis::PowerAnalysis(ProjectSession& session, DesignContext& context, QObject* parent)
    : QObject(parent), session_(session), context_(context) {
    debounce_.setSingleShot(true);
    debounce_.setInterval(kQuietMs);
    connect(&debounce_, &QTimer::timeout, this, &PowerAnalysis::recomputeNow);
    connect(&session_, &ProjectSession::documentChanged, this, &PowerAnalysis::onDocumentChanged);
    connect(&context_, &DesignContext::catalogChanged, this, &PowerAnalysis::scheduleRecompute);
    // Another project: a what-if of the old one must not carry over to a namesake element.
    connect(&session_, &ProjectSession::projectReplaced, this, [this] {
        lostLabel_.clear();
        lostUnit_ = CoolingId();
        scheduleRecompute();
    });
    recomputeNow();
}

bool PowerAnalysis::hasCatalog() const noexcept { return context_.catalog() != nullptr; }

void PowerAnalysis::onDocumentChanged(const ChangeSet& changes) {
    if (touchesPower(changes)) scheduleRecompute();
}

void PowerAnalysis::scheduleRecompute() { debounce_.start(); }

void PowerAnalysis::recomputeNow() {
    debounce_.stop();
    QElapsedTimer timer;
    timer.start();
    const Model& model = session_.model();
    if (const Catalog* catalog = context_.catalog()) {
        net_ = power::powerNetworkFromModel(model, *catalog, rules_);
        result_ = power::checkPower(net_, rules_);
        budget_ = power::supplyBudget(net_, result_, rules_);
        cdus_ = power::inRackCduLoads(model, *catalog, coolingRules_);
    } else {
        net_ = {};
        result_ = {};
        budget_.clear();
        cdus_.clear();
    }
    elementRack_.assign(net_.elements.size(), RackId());
    elementByEntity_.clear();
    for (power::ElementIndex e = 0; e < net_.elements.size(); ++e) {
        const power::SupplyElement& el = net_.elements[e];
        elementByEntity_.emplace(entityKey(el.entity, el.entityId), e);
        DeviceId pdu;
        if (el.entity == EntityKind::Device) pdu = DeviceId(el.entityId);
        else if (el.entity == EntityKind::Circuit)
            if (const Circuit* c = model.circuits().find(CircuitId(el.entityId))) pdu = c->pdu;
        if (const Device* d = model.devices().find(pdu)) elementRack_[e] = d->rack;
    }
    // The what-if survives the rebuild when its element or unit still exists.
    lostElement_ = lostLabel_.empty() ? power::kNoElement : power::findElement(net_, lostLabel_);
    if (lostElement_ == power::kNoElement) lostLabel_.clear();
    if (lostUnit_ && !model.coolingUnits().contains(lostUnit_)) lostUnit_ = CoolingId();
    computeScenario();
    lastMs_ = double(timer.nsecsElapsed()) / 1e6;  // the figures, not the views that follow them
    emit updated();
}

void PowerAnalysis::recomputeIfPending() {
    if (debounce_.isActive()) recomputeNow();
}

void PowerAnalysis::clearScenario() {
    lostElement_ = power::kNoElement;
    lostLabel_.clear();
    lostUnit_ = CoolingId();
    applyScenario();
    emit scenarioChosen();
}

void PowerAnalysis::loseElement(power::ElementIndex element) {
    if (element >= net_.elements.size()) return clearScenario();
    lostUnit_ = CoolingId();
    lostElement_ = element;
    lostLabel_ = net_.elements[element].label;
    applyScenario();
    emit scenarioChosen();
}

void PowerAnalysis::loseCoolingUnit(CoolingId unit) {
    lostElement_ = power::kNoElement;
    lostLabel_.clear();
    lostUnit_ = unit;
    applyScenario();
    emit scenarioChosen();
}

QString PowerAnalysis::scenarioName() const {
    if (lostElement_ != power::kNoElement) return tr("%1 lost").arg(QString::fromStdString(net_.elements[lostElement_].label));
    if (const CoolingUnit* u = session_.model().coolingUnits().find(lostUnit_))
        return tr("in-rack CDU %1 lost").arg(QString::fromStdString(u->name));
    return {};
}

void PowerAnalysis::applyScenario() {
    computeScenario();
    emit updated();
}

void PowerAnalysis::computeScenario() {
    states_ = power::elementStates(net_, lostElement_);
    if (lostUnit_) scenarioFindings_ = power::inRackCduLoss(session_.model(), cdus_, lostUnit_);
    else scenarioFindings_ = power::checkScenario(net_, lostElement_, rules_);
    computeRackHeadroom();
}

void PowerAnalysis::computeRackHeadroom() {
    using S = power::RackHeadroom::State;
    const Model& model = session_.model();
    const std::size_t racks = model.racks().capacity();
    powerByRack_.assign(racks, {});
    coolingByRack_.assign(racks, {});
    // Power: every PDU and circuit of the rack; a rack whose every such element is lost is Lost.
    std::vector<int> live(racks, 0), lost(racks, 0);
    for (power::ElementIndex e = 0; e < net_.elements.size(); ++e) {
        const RackId rack = elementRack_[e];
        if (!rack || rack.value >= racks) continue;
        const power::ElementState& s = states_[e];
        if (s.lost) {
            ++lost[rack.value];
            continue;
        }
        ++live[rack.value];
        if (const auto share = power::loadShare(net_.elements[e], s, rules_))
            worsen(powerByRack_[rack.value], *share > 1.0 + 1e-9 ? S::Over : S::Ok, *share);
    }
    for (std::size_t r = 0; r < racks; ++r)
        if (live[r] == 0 && lost[r] > 0) powerByRack_[r].state = S::Lost;
    // A device left short of PSUs (or dark) in the what-if trips its rack, whatever its PDUs carry.
    for (const Finding& f : scenarioFindings_)
        if (f.source == FindingSource::Power && f.kind == EntityKind::Device)
            if (const Device* d = model.devices().find(DeviceId(f.id)); d && d->rack.value < racks)
                if (powerByRack_[d->rack.value].state != S::Lost) powerByRack_[d->rack.value].state = S::Over;

    // Cooling: each in-rack CDU's load over its capacity; the lost unit's rack per the what-if.
    for (const power::CduLoad& l : cdus_) {
        if (l.rack.value >= racks || l.unit == lostUnit_) continue;
        if (l.capacityKw && *l.capacityKw > 0) {
            const double share = l.loadKw / *l.capacityKw;
            worsen(coolingByRack_[l.rack.value], share > 1.0 + 1e-9 ? S::Over : S::Ok, share);
        }
    }
    for (const Finding& f : scenarioFindings_) {
        if (f.source != FindingSource::Cooling) continue;
        for (RackId r : racksOf(f))
            if (r.value < racks) coolingByRack_[r.value].state = f.kind == EntityKind::Rack ? S::Lost : S::Over;
    }
    // A rack whose one unit is lost but carries no heat keeps no figure rather than a stale one.
    if (const CoolingUnit* u = model.coolingUnits().find(lostUnit_))
        if (const Device* d = model.devices().find(u->device); d && d->rack.value < racks) {
            auto& h = coolingByRack_[d->rack.value];
            const bool others = std::any_of(cdus_.begin(), cdus_.end(),
                                            [&](const power::CduLoad& l) { return l.rack == d->rack && l.unit != lostUnit_; });
            if (!others && h.state != S::Lost) h.state = S::NoData;
        }
}

RackId PowerAnalysis::rackOfElement(power::ElementIndex element) const {
    return element < elementRack_.size() ? elementRack_[element] : RackId();
}

std::vector<RackId> PowerAnalysis::racksBelow(power::ElementIndex element) const {
    std::vector<RackId> out;
    if (element >= net_.elements.size()) return out;
    if (const RackId own = rackOfElement(element)) return {own};
    for (power::ElementIndex e = 0; e < net_.elements.size(); ++e)
        if (elementRack_[e] && net_.elements[e].kind == power::ElementKind::Pdu && net_.hangsBelow(e, element))
            out.push_back(elementRack_[e]);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<RackId> PowerAnalysis::racksOf(const Finding& f) const {
    const Model& model = session_.model();
    switch (f.kind) {
        case EntityKind::Rack:
            if (model.racks().contains(RackId(f.id))) return {RackId(f.id)};
            break;
        case EntityKind::Device:
            if (const Device* d = model.devices().find(DeviceId(f.id))) return {d->rack};
            break;
        case EntityKind::Cooling:
            if (const CoolingUnit* u = model.coolingUnits().find(CoolingId(f.id)))
                if (const Device* d = model.devices().find(u->device)) return {d->rack};
            break;
        case EntityKind::Feed:
        case EntityKind::Panel:
        case EntityKind::Circuit:
            if (const auto it = elementByEntity_.find(entityKey(f.kind, f.id)); it != elementByEntity_.end())
                return racksBelow(it->second);
            break;
        default: break;
    }
    return {};
}

std::optional<power::ElementIndex> PowerAnalysis::elementOf(const Finding& f) const {
    const auto it = elementByEntity_.find(entityKey(f.kind, f.id));
    return it == elementByEntity_.end() ? std::nullopt : std::optional(it->second);
}

QString PowerAnalysis::subjectOf(const Finding& f) const {
    const Model& model = session_.model();
    if (const auto e = elementOf(f)) return QString::fromStdString(net_.elements[*e].label);
    switch (f.kind) {
        case EntityKind::Device:
            if (const Device* d = model.devices().find(DeviceId(f.id))) return QString::fromStdString(d->name);
            break;
        case EntityKind::Rack:
            if (const Rack* r = model.racks().find(RackId(f.id))) return tr("rack %1").arg(QString::fromStdString(r->name));
            break;
        case EntityKind::Cooling:
            if (const CoolingUnit* u = model.coolingUnits().find(CoolingId(f.id)))
                return tr("in-rack CDU %1").arg(QString::fromStdString(u->name));
            break;
        default: break;
    }
    return QStringLiteral("%1 #%2").arg(QString::fromUtf8(std::string(toString(f.kind)).c_str())).arg(f.id);
}

}  // namespace rw::gui
