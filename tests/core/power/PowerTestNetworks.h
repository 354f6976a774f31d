#pragma once
// Small supply trees built by hand for the power tests: one feed -> panel -> circuit -> PDU
// chain per side, and racks of DGX H100 (10.2 kW max, 6 PSUs, 4 needed: NVIDIA's figures).
#include <string>
#include <vector>

#include "power/PowerNetwork.h"

namespace rw::power::test {

/// Indices of one feed -> panel -> circuit -> PDU chain.
struct Chain {
    ElementIndex feed = kNoElement;
    ElementIndex panel = kNoElement;
    ElementIndex circuit = kNoElement;
    ElementIndex pdu = kNoElement;
};

struct ChainRatings {
    double feedKw = 0;       // 0 = unrated
    double panelAmps = 0;
    double circuitAmps = 60;
    double pduAmps = 60;
    double volts = 415;
    int phases = 3;
};

/// Adds a chain under a new feed named `side` (or under an existing feed / panel when given).
inline Chain addChain(PowerNetwork& net, const std::string& side, const ChainRatings& r = {},
                      ElementIndex feed = kNoElement, ElementIndex panel = kNoElement) {
    Chain c;
    const auto id = static_cast<std::uint32_t>(net.elements.size());
    c.feed = feed != kNoElement ? feed
                                : net.add({ElementKind::Feed, EntityKind::Feed, id, "feed " + side, kNoElement, r.volts, 3, 0, r.feedKw});
    c.panel = panel != kNoElement ? panel
                                  : net.add({ElementKind::Panel, EntityKind::Panel, id, "busway B-" + side, c.feed, r.volts, 3, r.panelAmps, 0});
    c.circuit = net.add({ElementKind::Circuit, EntityKind::Circuit, id, "circuit C-" + side + std::to_string(id), c.panel,
                         r.volts, r.phases, r.circuitAmps, 0});
    c.pdu = net.add({ElementKind::Pdu, EntityKind::Device, id, "PDU P-" + side + std::to_string(id), c.circuit, r.volts,
                     r.phases, r.pduAmps, 0});
    return c;
}

/// A DGX H100 named `name` with `perPdu[i]` PSUs corded to `pdus[i]`.
inline PoweredDevice dgxH100(const std::string& name, const std::vector<ElementIndex>& pdus, const std::vector<int>& perPdu,
                             double powerFactor = 1.0) {
    PoweredDevice d{static_cast<std::uint32_t>(name.size()), name, 10200.0, powerFactor, 6, 4, {}};
    for (std::size_t i = 0; i < pdus.size(); ++i)
        for (int k = 0; k < perPdu[i]; ++k) d.cords.push_back({pdus[i], -1});
    return d;
}

}  // namespace rw::power::test
