#include "edit/Cascade.h"

namespace rw {

namespace {

template <class IdT>
std::vector<bool> maskOf(const std::vector<IdT>& ids, std::uint32_t capacity) {
    std::vector<bool> mask(capacity, false);
    for (IdT id : ids)
        if (id.value < capacity) mask[id.value] = true;
    return mask;
}

template <class IdT>
bool inMask(const std::vector<bool>& mask, IdT id) {
    return id.valid() && id.value < mask.size() && mask[id.value];
}

}  // namespace

void removeLinks(Transaction& tx, const std::vector<LinkId>& links) {
    const Model& m = tx.model();
    const auto linkMask = maskOf(links, m.links().capacity());
    std::vector<CableId> cables;
    m.cables().forEach([&](CableId id, const Cable& c) {
        if (inMask(linkMask, c.first) || inMask(linkMask, c.second)) cables.push_back(id);
    });
    for (CableId id : cables) tx.remove<Cable>(id);
    for (LinkId id : links)
        if (m.links().contains(id)) tx.remove<Link>(id);
}

void removeDevices(Transaction& tx, const std::vector<DeviceId>& devices) {
    const Model& m = tx.model();
    const auto deviceMask = maskOf(devices, m.devices().capacity());
    std::vector<PortId> ports;
    m.ports().forEach([&](PortId id, const Port& p) {
        if (inMask(deviceMask, p.device)) ports.push_back(id);
    });
    const auto portMask = maskOf(ports, m.ports().capacity());
    std::vector<LinkId> links;
    m.links().forEach([&](LinkId id, const Link& l) {
        if (inMask(portMask, l.a) || inMask(portMask, l.b)) links.push_back(id);
    });
    removeLinks(tx, links);

    std::vector<TransceiverId> optics;
    m.transceivers().forEach([&](TransceiverId id, const Transceiver& t) {
        if (inMask(portMask, t.port)) optics.push_back(id);
    });
    for (auto id : optics) tx.remove<Transceiver>(id);

    std::vector<CircuitId> circuits;
    m.circuits().forEach([&](CircuitId id, const Circuit& c) {
        if (inMask(deviceMask, c.pdu)) circuits.push_back(id);
    });
    for (auto id : circuits) tx.remove<Circuit>(id);

    std::vector<CoolingId> cooling;
    m.coolingUnits().forEach([&](CoolingId id, const CoolingUnit& c) {
        if (inMask(deviceMask, c.device)) cooling.push_back(id);
    });
    for (auto id : cooling) tx.remove<CoolingUnit>(id);

    for (PortId id : ports) tx.remove<Port>(id);
    for (DeviceId id : devices)
        if (m.devices().contains(id)) tx.remove<Device>(id);
}

void removeRacks(Transaction& tx, const std::vector<RackId>& racks) {
    const Model& m = tx.model();
    const auto rackMask = maskOf(racks, m.racks().capacity());
    std::vector<DeviceId> devices;
    m.devices().forEach([&](DeviceId id, const Device& d) {
        if (inMask(rackMask, d.rack)) devices.push_back(id);
    });
    removeDevices(tx, devices);
    for (RackId id : racks)
        if (m.racks().contains(id)) tx.remove<Rack>(id);
}

void removeTrays(Transaction& tx, const std::vector<TrayId>& trays) {
    for (TrayId id : trays)
        if (tx.model().trays().contains(id)) tx.remove<TraySegment>(id);
}

}  // namespace rw
