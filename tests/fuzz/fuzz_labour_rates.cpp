// The labour rates file (JSON, assets/labour/rates.json, docs/install.md), as `plan --rates` reads it.
#include "FuzzInput.h"
#include "install/LabourRates.h"
#include "util/Errors.h"

int rw::fuzz::labourRatesInput(const std::uint8_t* data, std::size_t size) {
    try {
        (void)rw::install::parseLabourRatesText(rw::fuzz::text(data, size), "fuzz-rates.json");
    } catch (const rw::InputError&) {
    }
    return 0;
}

RACKWEAVE_FUZZ_ENTRY(rw::fuzz::labourRatesInput)
