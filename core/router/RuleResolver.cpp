#include "router/RuleResolver.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace rw {

namespace {

std::optional<Connector> connectorOf(PortKind k) {
    switch (k) {
        case PortKind::OSFP: return Connector::OSFP;
        case PortKind::QSFP112: return Connector::QSFP112;
        case PortKind::QSFP56: return Connector::QSFP56;
        case PortKind::QSFP28: return Connector::QSFP28;
        case PortKind::SFP28: return Connector::SFP28;
        case PortKind::SFP: return Connector::SFP;
        case PortKind::RJ45: return Connector::RJ45;
        case PortKind::C13: return Connector::C13;
        case PortKind::C14: return Connector::C14;
        case PortKind::C19: return Connector::C19;
        case PortKind::C20: return Connector::C20;
        case PortKind::Iec60309_32A: return Connector::Iec60309_32A;
        case PortKind::Other: return Connector::Other;  // only cords listing "other" ends (a power shelf's input) take it
        default: return std::nullopt;
    }
}

bool endsMatch(const CableSpec& c, std::optional<Connector> a, std::optional<Connector> b) {
    if (!a || !b) return false;
    return (c.endA == *a && c.endB == *b) || (c.endA == *b && c.endB == *a);
}

/// Whether a cage takes a module of another form factor: QSFP cages are backward compatible
/// (SFF-8665 family: a QSFP112 cage takes QSFP56 and QSFP28 modules, a QSFP56 cage QSFP28 ones),
/// so a 100G link from a 400G QSFP112 NIC uses a 100G QSFP28 optic. OSFP takes only OSFP.
bool cageTakes(PortKind cage, PortKind module) {
    const auto qsfpGeneration = [](PortKind k) {
        switch (k) {
            case PortKind::QSFP28: return 1;
            case PortKind::QSFP56: return 2;
            case PortKind::QSFP112: return 3;
            default: return 0;
        }
    };
    if (cage == module) return true;
    return qsfpGeneration(module) > 0 && qsfpGeneration(cage) >= qsfpGeneration(module);
}

bool transceiverFits(const Catalog& catalog, const CableSpec& fibre, Media media, PortKind port, int speed) {
    for (const CatalogEntry* t : catalog.ofKind(CatalogKind::Transceiver))
        if (t->transceiver->media == media && cageTakes(port, t->transceiver->formFactor) && t->transceiver->speedGbps == speed &&
            (fibre.transceivers.empty() || std::find(fibre.transceivers.begin(), fibre.transceivers.end(), t->id) != fibre.transceivers.end()))
            return true;
    return false;
}

double transceiverReachMm(const Catalog& catalog, Media media, PortKind port, int speed) {
    double reach = 0.0;
    for (const CatalogEntry* t : catalog.ofKind(CatalogKind::Transceiver))
        if (t->transceiver->media == media && cageTakes(port, t->transceiver->formFactor) && t->transceiver->speedGbps == speed)
            reach = std::max(reach, t->transceiver->reachM * 1000.0);
    return reach;
}

}  // namespace

TrayKind trayFor(Media m) noexcept {
    switch (m) {
        case Media::Aoc:
        case Media::MultimodeFiber:
        case Media::SinglemodeFiber: return TrayKind::Fiber;
        case Media::PowerCord: return TrayKind::Power;
        default: return TrayKind::Data;
    }
}

const CatalogEntry* MediaOption::skuFor(std::uint32_t lengthMm) const noexcept {
    if (lengthMm > reachMm + 1e-6) return nullptr;
    for (const CatalogEntry* e : skus)
        if (e->cable->lengthM * 1000.0 + 1e-6 >= lengthMm) return e;
    return nullptr;
}

const std::vector<MediaOption>& RuleResolver::optionsFor(CableId id) {
    const Cable& c = model_.cables()[id];
    const Link& l = model_.links()[c.first];
    const Port& a = model_.ports()[l.a];
    const Port& b = model_.ports()[l.b];
    const int links = c.second ? 2 : 1;
    const bool power = c.media == Media::PowerCord || l.fabric == Fabric::Power;
    const Key key{static_cast<int>(std::min(a.kind, b.kind)), static_cast<int>(std::max(a.kind, b.kind)), l.speedGbps, links,
                  static_cast<int>(c.media), power};
    auto it = cache_.find(key);
    if (it == cache_.end()) it = cache_.emplace(key, compute(key)).first;
    return it->second;
}

const MediaOption* RuleResolver::optionOf(CableId cable, Media media) {
    for (const MediaOption& o : optionsFor(cable))
        if (o.media == media) return &o;
    return nullptr;
}

std::vector<MediaOption> RuleResolver::compute(const Key& key) const {
    // Plain variables, not a structured binding: the lambdas below capture them, and clang 14
    // (Debian 12's, which builds the fuzz targets) refuses to capture a binding (C++20 allows it).
    const int kindA = std::get<0>(key), kindB = std::get<1>(key), speed = std::get<2>(key);
    const int links = std::get<3>(key), requestedInt = std::get<4>(key);
    const bool power = std::get<5>(key);
    const PortKind pa = static_cast<PortKind>(kindA), pb = static_cast<PortKind>(kindB);
    const Media requested = static_cast<Media>(requestedInt);
    const auto ca = connectorOf(pa), cb = connectorOf(pb);
    std::vector<MediaOption> out;

    const auto addOption = [&](Media media, std::vector<const CatalogEntry*> skus, double extraReachMm, int perCable) {
        if (skus.empty()) return;
        std::stable_sort(skus.begin(), skus.end(),
                         [](const CatalogEntry* x, const CatalogEntry* y) { return x->cable->lengthM < y->cable->lengthM; });
        MediaOption o;
        o.media = media;
        o.tray = trayFor(media);
        const CableSpec& spec = *skus.front()->cable;
        double reach = 0.0;
        for (const CatalogEntry* e : skus) reach = std::max(reach, e->cable->maxReachM > 0 ? e->cable->maxReachM * 1000.0 : e->cable->lengthM * 1000.0);
        if (extraReachMm > 0) reach = std::min(reach, extraReachMm);
        o.reachMm = reach;
        o.strands = std::max(1, (links + perCable - 1) / perCable);
        o.areaMm2 = o.strands * std::numbers::pi / 4.0 * spec.outerDiameterMm * spec.outerDiameterMm;
        o.kgPerM = o.strands * spec.weightKgPerM;
        o.skus = std::move(skus);
        out.push_back(std::move(o));
    };
    const auto wanted = [&](Media m) { return requested == Media::Auto || requested == m; };

    if (power) {
        std::vector<const CatalogEntry*> skus;
        for (const CatalogEntry* e : catalog_.ofKind(CatalogKind::PowerCord))
            if (e->cable && endsMatch(*e->cable, ca, cb)) skus.push_back(e);
        addOption(Media::PowerCord, std::move(skus), 0.0, 1);
        return out;
    }
    const auto copperLike = [&](Media media) {
        std::vector<const CatalogEntry*> skus;
        for (const CatalogEntry* e : catalog_.cablesFor(CableQuery{media, 0.0, ca, 0, 0})) {
            const CableSpec& c = *e->cable;
            if (!endsMatch(c, ca, cb)) continue;
            if (media != Media::Copper && (c.speedGbps != speed || c.linksCarried != links)) continue;
            skus.push_back(e);
        }
        addOption(media, std::move(skus), 0.0, links);
    };
    if (pa == PortKind::RJ45 || pb == PortKind::RJ45) {
        if (wanted(Media::Copper)) copperLike(Media::Copper);
        return out;
    }
    if (wanted(Media::Dac)) copperLike(Media::Dac);
    if (wanted(Media::Acc)) copperLike(Media::Acc);
    for (Media fibre : {Media::MultimodeFiber, Media::SinglemodeFiber}) {
        if (!wanted(fibre)) continue;
        std::vector<const CatalogEntry*> skus;
        int perCable = 1;
        for (const CatalogEntry* e : catalog_.cablesFor(CableQuery{fibre, 0.0, std::nullopt, 0, 0})) {
            const CableSpec& c = *e->cable;
            // A passive fibre that lists its optics runs at their speeds; the optics decide.
            if (c.transceivers.empty() && c.speedGbps != 0 && c.speedGbps != speed) continue;
            if (!transceiverFits(catalog_, c, fibre, pa, speed) || !transceiverFits(catalog_, c, fibre, pb, speed)) continue;
            perCable = c.linksCarried;
            skus.push_back(e);
        }
        const double reach = std::min(transceiverReachMm(catalog_, fibre, pa, speed), transceiverReachMm(catalog_, fibre, pb, speed));
        addOption(fibre, std::move(skus), reach, std::max(1, perCable));
    }
    if (wanted(Media::Aoc)) copperLike(Media::Aoc);
    return out;
}

}  // namespace rw
