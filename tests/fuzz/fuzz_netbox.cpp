// A NetBox device-type YAML file (devicetype-library), as `catalog import-netbox` reads it.
#include "FuzzInput.h"
#include "catalog/NetboxImport.h"
#include "util/Errors.h"

int rw::fuzz::netboxInput(const std::uint8_t* data, std::size_t size) {
    try {
        const rw::NetboxImport imported = rw::importNetboxDeviceTypeText(rw::fuzz::text(data, size), "fuzz-device.yaml");
        (void)imported.entry.dump();  // the entry is written out as JSON: it must serialise
    } catch (const rw::InputError&) {
    }
    return 0;
}

RACKWEAVE_FUZZ_ENTRY(rw::fuzz::netboxInput)
