// A catalog file (JSON, docs/catalog.md) as `catalog add` or --catalog-dir reads one: the strict
// entry parser, then the reference checks across entries.
#include "FuzzInput.h"
#include "catalog/CatalogLoader.h"
#include "util/Errors.h"

int rw::fuzz::catalogEntryInput(const std::uint8_t* data, std::size_t size) {
    try {
        rw::CatalogLoader loader;
        loader.addText(rw::fuzz::text(data, size), "fuzz-catalog.json");
        (void)loader.finish();
    } catch (const rw::InputError&) {
    }
    return 0;
}

RACKWEAVE_FUZZ_ENTRY(rw::fuzz::catalogEntryInput)
