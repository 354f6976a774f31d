#pragma once
// A one-rack model with a real power chain, for the power check and `rackweave-cli check`:
// a DGX H100 (6 PSUs, 4 needed) whose PSUs alternate over `feeds` feeds, each feed with its own
// busway (rated `buswayAmps`, 0 = unknown), circuit (60 A) and 415 V 60 A three-phase PDU.
// Figures come from the shipped catalog. The cords plug into outlets named outside the PDU's
// catalog banks ("outlet-1"...), so their legs are unknown and their load spreads over the three
// (Schneider IT Advisor's assumption); `cordToCatalogOutlet` moves one onto a named outlet.
// Header-only so the CLI tests can use it too.
#include <string>
#include <vector>

#include "model/Model.h"
#include "project/NewProject.h"

namespace rw::test {

struct PowerSample {
    Model model = newProject("Power");
    DeviceId dgx;
    std::vector<DeviceId> pdus;
};

inline PowerSample dgxRackOnFeeds(int feeds, std::uint16_t buswayAmps = 0) {
    PowerSample s;
    Model& m = s.model;
    const HallId hall = m.halls().ids().front();
    const RackId rack = m.racks().add({hall, {}, m.strings.intern("apc-netshelter-sx-48u-600x1200"), "r012", {3000, 3000},
                                       Rotation::R0, RackRole::Compute});
    s.dgx = m.devices().add({rack, m.strings.intern("nvidia-dgx-h100"), "r012-n03", 10, Face::Front, DeviceRole::GpuNode});
    for (int f = 0; f < feeds; ++f) {
        const auto side = static_cast<FeedSide>(f);
        const std::string name(toString(side));
        const FeedId feed = m.feeds().add({"Utility " + name, side, 415, 100.0});
        const PanelId busway = m.panels().add({feed, hall, "Busway R1-" + name, PanelKind::Busway, buswayAmps});
        const DeviceId pdu = m.devices().add({rack, m.strings.intern("pdu-415v-3ph-60a-0u"), "r012-pdu-" + name + "1", 1,
                                              Face::Rear, DeviceRole::Pdu});
        m.circuits().add({busway, pdu, 60, 415, 3});
        s.pdus.push_back(pdu);
    }
    for (int i = 0; i < 6; ++i) {
        const PortId psu = m.ports().add({s.dgx, m.strings.intern("PSU" + std::to_string(i + 1)), 0, PortKind::C20, 0, 1, Split1});
        const PortId outlet = m.ports().add({s.pdus[static_cast<std::size_t>(i % feeds)],
                                             m.strings.intern("outlet-" + std::to_string(i + 1)), 0, PortKind::C19, 0, 1, Split1});
        const LinkId cord = m.links().add({psu, outlet, 0, 0, Fabric::Power, LinkRole::PowerCord, 0});
        m.cables().add({cord, {}, Media::PowerCord, {}, 0});  // every cord is a cable, as generated
    }
    return s;
}

}  // namespace rw::test
