#include "exchange/DesignedFabric.h"

#include <fmt/format.h>

#include <set>
#include <string>

#include "exchange/PackFolder.h"
#include "reports/IbnetdiscoverExport.h"
#include "util/Errors.h"

namespace rw {

IbnetdiscoverCapture designedFabric(const Model& model, std::string_view designFile, Fabric fabric, const Catalog& catalog) {
    try {
        const std::string text = ibnetdiscoverText(model, fabric, &catalog);
        return parseIbnetdiscoverText(text, fmt::format("{} (fabric {})", designFile, toString(fabric)));
    } catch (const InputError& e) {
        throw InputError(fmt::format("{}: {}", designFile, e.what()));  // name the design the problem is in
    }
}

}  // namespace rw

namespace rw::opensm {

namespace {

// The GPU nodes' names: their HCAs are ftree's compute nodes; storage and appliances are I/O nodes.
std::set<std::string> computeServers(const Model& model) {
    std::set<std::string> names;
    model.devices().forEach([&](DeviceId, const Device& d) {
        if (d.role == DeviceRole::GpuNode) names.insert(d.name);
    });
    return names;
}

}  // namespace

DesignGuidFiles ftreeGuidFilesFor(const Model& model, const Catalog& catalog, Fabric fabric, std::string_view designFile,
                                  std::string_view inventoryText, std::string_view inventorySource) {
    const IbnetdiscoverCapture designed = designedFabric(model, designFile, fabric, catalog);
    const GuidInventory inventory = readGuidInventory(inventoryText, inventorySource);
    return {ftreeGuidFiles(designed, computeServers(model), inventory, inventorySource, designFile), designed.nodes.size()};
}

void writeGuidFolder(const std::filesystem::path& dir, const GuidFiles& files) {
    netbox::writePackFolder(dir, {{"root_guid_file", files.rootGuids},
                                  {"cn_guid_file", files.cnGuids},
                                  {"node-name-map", files.nodeNameMap}});
}

}  // namespace rw::opensm
