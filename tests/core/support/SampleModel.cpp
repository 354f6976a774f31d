#include "support/SampleModel.h"

#include <string>

#include "project/NewProject.h"

namespace rw::test {

Model sampleModel(int racks) {
    Model m = newProject("Sample site");
    const HallId hall = m.halls().ids().front();
    m.halls()[hall].obstacles.push_back({ObstacleKind::Column, {{10000, 10000}, {10600, 10000}, {10600, 10600}, {10000, 10600}}});
    const RowId row = m.rows().add({hall, "Row A", {1200, 2400}, Rotation::R0});
    m.halls()[hall].coolingCapacityKw = 3000.0;
    m.halls()[hall].waterSupplyC = 30.0;
    const FeedId feedA = m.feeds().add({"Utility A", FeedSide::A, 415, 2000.0, 2105.0, m.strings.intern("ups-block-2mw")});
    const PanelId busway = m.panels().add({feedA, hall, "Busway A1", PanelKind::Busway, 800, m.strings.intern("busway-800a")});
    const auto rackType = m.strings.intern("rack-48u-600x1200");
    const auto nodeType = m.strings.intern("nvidia-dgx-h100");
    const auto switchType = m.strings.intern("nvidia-qm9700");
    const auto pduType = m.strings.intern("pdu-415v-3ph-60a");
    for (int i = 0; i < racks; ++i) {
        const std::string n = std::to_string(i + 1);
        const RackId rack = m.racks().add({hall, row, rackType, "R" + n, {1200 + 600 * i, 2400}, Rotation::R0, RackRole::Compute});
        const DeviceId node = m.devices().add({rack, nodeType, "r" + n + "-n01", 2, Face::Front, DeviceRole::GpuNode});
        const DeviceId sw = m.devices().add({rack, switchType, "r" + n + "-leaf", 40, Face::Rear, DeviceRole::Leaf});
        const DeviceId pdu = m.devices().add({rack, pduType, "r" + n + "-pdu-a", 1, Face::Rear, DeviceRole::Pdu});
        const PortId nic = m.ports().add({node, m.strings.intern("OSFP1P1"), 400, PortKind::OSFP, 4, 1, Split1});
        const PortId cage = m.ports().add({sw, m.strings.intern("OSFP1"), 400, PortKind::OSFP, 8, 2, Split1 | Split2});
        const PortId psu = m.ports().add({node, m.strings.intern("PSU1"), 0, PortKind::C20, 0, 1, Split1});
        const PortId outlet = m.ports().add({pdu, m.strings.intern("C19-1"), 0, PortKind::C19, 0, 1, Split1});
        const LinkId data = m.links().add({nic, cage, 0, 1, Fabric::Compute, LinkRole::NodeLeaf, 400});
        const LinkId power = m.links().add({psu, outlet, 0, 0, Fabric::Power, LinkRole::PowerCord, 0});
        m.cables().add({data, {}, Media::Auto, {}, 0});
        m.cables().add({power, {}, Media::PowerCord, m.strings.intern("power-cord-c19-c20-2m"), 2000});
        m.transceivers().add({cage, m.strings.intern("nvidia-osfp-2x400g-sr8")});
        m.circuits().add({busway, pdu, 60, 415, 3, m.strings.intern("tap-off-63a-3ph")});
    }
    m.trays().add({hall, {1200, 2400, 2800}, {1200 + 600 * racks, 2400, 2800}, 600, 100, 0, TrayKind::Data, 40, 75.0F, {}});
    m.trays().add({hall, {1200, 2400, 3100}, {1200 + 600 * racks, 2400, 3100}, 300, 100, 1, TrayKind::Power, 40, 100.0F, {}});
    m.coolingUnits().add({hall, m.strings.intern("row-cdu-2mw"), "CDU-1", CoolingKind::Cdu, {30000, 5000}, Rotation::R90, 2000.0, {}, row});
    return m;
}

void addBulkDevices(Model& model, int devices, int portsPerDevice) {
    const RackId rack = model.racks().ids().front();
    const auto name = model.strings.intern("OSFP");
    for (int d = 0; d < devices; ++d) {
        const DeviceId dev = model.devices().add({rack, {}, "bulk-" + std::to_string(d), 1, Face::Front, DeviceRole::Other});
        const PortId first(model.ports().capacity());
        for (int p = 0; p < portsPerDevice; ++p) model.ports().add({dev, name, 400, PortKind::OSFP, 4, 1, Split1});
        for (int p = 0; p + 1 < portsPerDevice; p += 2)
            model.links().add({PortId(first.value + p), PortId(first.value + p + 1), 0, 0, Fabric::Storage, LinkRole::Other, 400});
    }
}

}  // namespace rw::test
