// The cluster spec (JSON, docs/spec.md) against the shipped catalog: parseSpecText must accept it
// or throw rw::InputError.
#include "FuzzInput.h"
#include "catalog/Catalog.h"
#include "generator/SpecParser.h"
#include "util/Errors.h"

int rw::fuzz::specInput(const std::uint8_t* data, std::size_t size) {
    static const rw::Catalog catalog = rw::Catalog::loadShipped();
    try {
        (void)rw::parseSpecText(rw::fuzz::text(data, size), "fuzz-spec.json", catalog);
    } catch (const rw::InputError&) {
    }
    return 0;
}

RACKWEAVE_FUZZ_ENTRY(rw::fuzz::specInput)
