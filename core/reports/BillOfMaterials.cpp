#include "reports/BillOfMaterials.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>
#include <tuple>

#include "catalog/Catalog.h"
#include "reports/DesignStats.h"
#include "util/Csv.h"

namespace rw {

namespace {

// Category order of the printed list: what a planner orders first comes first.
constexpr std::string_view kCategories[] = {"rack", "device", "transceiver", "cable", "tray", "power", "nvlink"};

int categoryRank(std::string_view c) {
    for (std::size_t i = 0; i < std::size(kCategories); ++i)
        if (kCategories[i] == c) return static_cast<int>(i);
    return static_cast<int>(std::size(kCategories));
}

std::string describe(const Catalog& catalog, std::string_view id) {
    const CatalogEntry* e = catalog.find(id);
    if (e == nullptr) return "not in the catalog";
    return fmt::format("{} {}", e->vendor, e->model);
}

/// Accumulates quantities per (category, part, description).
class Tally {
public:
    void add(std::string category, std::string part, std::string description, double quantity, BomUnit unit) {
        auto& q = lines_[{std::move(category), std::move(part), std::move(description), unit}];
        q += quantity;
    }
    [[nodiscard]] std::vector<BomLine> lines() const {
        std::vector<BomLine> out;
        for (const auto& [key, quantity] : lines_) {
            const auto& [category, part, description, unit] = key;
            out.push_back({category, part, description, quantity, unit});
        }
        std::stable_sort(out.begin(), out.end(), [](const BomLine& a, const BomLine& b) {
            return std::tuple(categoryRank(a.category), a.part, a.description) <
                   std::tuple(categoryRank(b.category), b.part, b.description);
        });
        return out;
    }

private:
    std::map<std::tuple<std::string, std::string, std::string, BomUnit>, double> lines_;
};

void addCables(Tally& tally, const Model& m, const Catalog& catalog, const RoutingResult* routes) {
    m.cables().forEach([&](CableId id, const Cable& c) {
        const CableRoute* r = routes ? routes->find(id) : nullptr;
        if (r != nullptr && r->sku != kNoRoute && r->sku < routes->skus.size()) {
            const std::string& sku = routes->skus[r->sku];
            tally.add("cable", sku, describe(catalog, sku), 1, BomUnit::Each);
        } else if (c.sku.value != 0) {
            const std::string sku(m.text(c.sku));
            tally.add("cable", sku, describe(catalog, sku), 1, BomUnit::Each);
        } else {
            const std::string why = r == nullptr ? std::string("not routed yet") : std::string(toString(r->reason));
            tally.add("cable", "", fmt::format("no part yet: {} cable, {}", toString(m.links()[c.first].fabric), why), 1,
                      BomUnit::Each);
        }
    });
}

/// The catalog's optic like `like` (cage, speed, links served, top) in `media`: one of the optics
/// the ordered fibre lists when it lists any (a duplex-LC cable takes FR4/LR4, an MPO one DR4),
/// else one with the same connector.
const CatalogEntry* equivalentOptic(const Catalog& catalog, const TransceiverSpec& like, Media media, const CableSpec* fibre) {
    const bool listed = fibre != nullptr && !fibre->transceivers.empty();
    for (const CatalogEntry* e : catalog.ofKind(CatalogKind::Transceiver)) {
        const TransceiverSpec& t = *e->transceiver;
        if (t.media != media || t.formFactor != like.formFactor || t.speedGbps != like.speedGbps || t.ports != like.ports) continue;
        if (listed ? std::find(fibre->transceivers.begin(), fibre->transceivers.end(), e->id) != fibre->transceivers.end()
                   : (t.flatTop == like.flatTop && t.connector == like.connector))
            return e;
    }
    return nullptr;
}

// The generator puts an optic in every cage a link uses, multimode first; what is bought follows
// from the media the router chose for the cables plugged into it: a single-mode cable needs the
// catalog's single-mode equivalent at both ends, copper and active optical cables need no optic.
// Unrouted cables keep the generator's choice.
void addTransceivers(Tally& tally, const Model& m, const Catalog& catalog, const RoutingResult* routes) {
    constexpr std::uint8_t kMultimode = 1, kSinglemode = 2, kNoOptic = 4;
    std::vector<TransceiverId> atPort(m.ports().capacity());
    m.transceivers().forEach([&](TransceiverId id, const Transceiver& t) {
        if (t.port.value < atPort.size()) atPort[t.port.value] = id;
    });
    std::vector<std::uint8_t> need(m.transceivers().capacity(), 0);
    std::vector<const CableSpec*> singlemodeFibre(m.transceivers().capacity(), nullptr);  // the ordered fibre at the cage
    if (routes != nullptr)
        m.cables().forEach([&](CableId id, const Cable& c) {
            const CableRoute* r = routes->find(id);
            if (r == nullptr || r->status == RouteStatus::Unrouted) return;
            const std::uint8_t bit = r->media == Media::MultimodeFiber    ? kMultimode
                                     : r->media == Media::SinglemodeFiber ? kSinglemode
                                                                          : kNoOptic;
            for (LinkId link : {c.first, c.second}) {
                if (!link) continue;
                const Link& l = m.links()[link];
                for (PortId p : {l.a, l.b})
                    if (p.value < atPort.size() && atPort[p.value]) {
                        need[atPort[p.value].value] |= bit;
                        if (bit == kSinglemode && r->sku < routes->skus.size())
                            if (const CatalogEntry* sku = catalog.find(routes->skus[r->sku]);
                                sku && sku->cable && sku->cable->media == Media::SinglemodeFiber)
                                singlemodeFibre[atPort[p.value].value] = &*sku->cable;
                    }
            }
        });
    m.transceivers().forEach([&](TransceiverId id, const Transceiver& t) {
        std::string part(m.text(t.catalog));
        const std::uint8_t n = need[id.value];
        if (n == kNoOptic) return;
        const CatalogEntry* own = catalog.find(part);
        if (own != nullptr && own->transceiver && (n & (kMultimode | kSinglemode)) != 0) {
            // One module serves both ports of a twin cage: single-mode if either cable is.
            const Media want = (n & kSinglemode) != 0 ? Media::SinglemodeFiber : Media::MultimodeFiber;
            const CableSpec* fibre = want == Media::SinglemodeFiber ? singlemodeFibre[id.value] : nullptr;
            const bool fits = fibre == nullptr || fibre->transceivers.empty() ||
                              std::find(fibre->transceivers.begin(), fibre->transceivers.end(), part) != fibre->transceivers.end();
            if (own->transceiver->media != want || !fits)
                if (const CatalogEntry* other = equivalentOptic(catalog, *own->transceiver, want, fibre)) part = other->id;
        }
        tally.add("transceiver", part, describe(catalog, part), 1, BomUnit::Each);
    });
}

}  // namespace

std::string_view toString(BomUnit unit) noexcept {
    switch (unit) {
        case BomUnit::Each: return "ea";
        case BomUnit::Metre: return "m";
        case BomUnit::Link: return "links";
    }
    return "?";
}

std::vector<BomLine> billOfMaterials(const Model& m, const Catalog& catalog, const RoutingResult* routes) {
    Tally tally;
    m.racks().forEach([&](RackId, const Rack& r) {
        const std::string id(m.text(r.catalog));
        tally.add("rack", id, describe(catalog, id), 1, BomUnit::Each);
    });
    m.devices().forEach([&](DeviceId, const Device& d) {
        const std::string id(m.text(d.catalog));
        tally.add("device", id, describe(catalog, id), 1, BomUnit::Each);
    });
    addTransceivers(tally, m, catalog, routes);
    addCables(tally, m, catalog, routes);
    m.trays().forEach([&](TrayId, const TraySegment& t) {
        const std::string id(m.text(t.catalog));
        const double metres = std::hypot(double(t.b.x - t.a.x), double(t.b.y - t.a.y), double(t.b.z - t.a.z)) / 1000.0;
        tally.add("tray", id, describe(catalog, id), metres, BomUnit::Metre);
    });
    // The power chain above the racks: UPS blocks (feeds), busway runs (panels) and tap-off units
    // (circuits), where the design names their catalog part.
    const auto addPower = [&](StringId part) {
        if (part.empty()) return;
        const std::string id(m.text(part));
        tally.add("power", id, describe(catalog, id), 1, BomUnit::Each);
    };
    m.feeds().forEach([&](FeedId, const Feed& f) { addPower(f.catalog); });
    m.panels().forEach([&](PanelId, const PowerPanel& p) { addPower(p.catalog); });
    m.circuits().forEach([&](CircuitId, const Circuit& c) { addPower(c.catalog); });
    DesignStatsInputs inputs;
    inputs.catalog = &catalog;
    if (const auto stats = computeDesignStats(m, inputs); stats.nvlinkInRack)
        tally.add("nvlink", "", "NVLink links through the NVLink spine of rack-scale systems: come with the rack, nothing to order or route",
                  static_cast<double>(*stats.nvlinkInRack), BomUnit::Link);
    return tally.lines();
}

void writeBomCsv(std::ostream& out, const std::vector<BomLine>& lines) {
    out << "category,part,description,quantity,unit\n";
    for (const BomLine& l : lines) {
        // Whole units print as integers; metres of tray to the centimetre.
        const std::string quantity = l.unit == BomUnit::Metre ? fmt::format("{:.2f}", l.quantity)
                                                              : fmt::format("{}", std::llround(l.quantity));
        out << l.category << ',' << spreadsheetCsvField(l.part) << ',' << spreadsheetCsvField(l.description) << ',' << quantity << ','
            << toString(l.unit) << '\n';
    }
}

}  // namespace rw
