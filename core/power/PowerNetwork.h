#pragma once
// The power chain as the power check sees it: supply elements in a tree (feed -> panel ->
// circuit -> PDU) and the devices whose PSUs plug into the PDUs. A narrow, plain-data view:
// built from the model by powerNetworkFromModel() or by hand in tests, with no catalog or model
// lookups left for the check to do.
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "model/Model.h"

namespace rw::power {

using ElementIndex = std::uint32_t;
inline constexpr ElementIndex kNoElement = std::numeric_limits<ElementIndex>::max();

/// Feed -> Panel -> Circuit -> Pdu [-> Bank]. A Bank is an outlet group behind its own branch
/// breaker inside a PDU: single-phase at the PDU's outlet voltage (line-to-neutral on a wye),
/// its cords carrying the bank's leg so the PDU above sees the load on that phase. The model
/// does not describe banks yet (the catalog has no bank layout); hand-built networks may.
enum class ElementKind : std::uint8_t { Feed, Panel, Circuit, Pdu, Bank };

/// One element of the supply tree. Ratings of 0 mean "not known": the check reports the
/// element once as unrated and does not compare its load.
struct SupplyElement {
    ElementKind kind = ElementKind::Pdu;
    EntityKind entity = EntityKind::Device;  // what a finding about it points at
    std::uint32_t entityId = 0;
    std::string label;                       // "feed Utility A", "busway Busway R03-A", "PDU r012-pdu-A1"
    ElementIndex parent = kNoElement;        // the element feeding it; kNoElement at the top
    double volts = 0.0;                      // line-to-line for three phases
    int phases = 3;
    double ratedAmps = 0.0;                  // per phase; panels, circuits (breaker), PDUs (input)
    double capacityKw = 0.0;                 // feeds (utility / UPS block)
    double capacityKva = 0.0;                // feeds: apparent-power rating; 0 = not known (kW alone is checked)
};

/// One PSU's cord: the element it plugs into (a PDU) and, when known, the leg of a three-phase
/// PDU its outlet is wired to (0..2 = L1..L3 on a wye, L1-L2..L3-L1 on a delta). An unknown
/// leg spreads the PSU's load evenly over the three, as Schneider's IT Advisor assumes.
struct PsuCord {
    ElementIndex element = kNoElement;
    int leg = -1;
    std::uint32_t outlet = 0;  // the PDU outlet's name (string id) when read from the model; 0 = not known
};

/// A device drawing power: its maximum power shared by its live PSUs. `needed` PSUs must stay
/// live for it to run at full power (the N of its N+M redundancy).
struct PoweredDevice {
    std::uint32_t deviceId = 0;
    std::string name;
    double maxW = 0.0;
    double powerFactor = 1.0;
    int psuCount = 0;             // PSUs the device has, corded or not
    int needed = 0;
    std::vector<PsuCord> cords;   // corded PSUs only
};

struct PowerNetwork {
    std::vector<SupplyElement> elements;
    std::vector<PoweredDevice> devices;

    ElementIndex add(SupplyElement element) {
        elements.push_back(std::move(element));
        return static_cast<ElementIndex>(elements.size() - 1);
    }
    /// Calls f(index) for `from` and every element above it, bottom-up.
    template <class F>
    void forEachUpstream(ElementIndex from, F&& f) const {
        for (ElementIndex e = from; e != kNoElement; e = elements[e].parent) f(e);
    }
    /// True when `from` is `element` or hangs below it (losing `element` loses `from`).
    [[nodiscard]] bool hangsBelow(ElementIndex from, ElementIndex element) const noexcept {
        for (ElementIndex e = from; e != kNoElement; e = elements[e].parent)
            if (e == element) return true;
        return false;
    }
};

}  // namespace rw::power
