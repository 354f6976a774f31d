// A .rackweave project file opened from memory (sqlite3_deserialize, openProjectBytes) with the
// same guards as a file: it opens or is refused with rw::ProjectFileError, and what opens is a
// valid model.
#include "FuzzInput.h"
#include "persistence/ProjectFile.h"

int rw::fuzz::projectInput(const std::uint8_t* data, std::size_t size) {
    try {
        const rw::OpenedProject opened = rw::openProjectBytes(rw::fuzz::text(data, size), "fuzz.rackweave");
        rw::fuzz::requireFuzz(opened.model.validate().empty(), "an opened project must be a valid model");
    } catch (const rw::ProjectFileError&) {
    }
    return 0;
}

RACKWEAVE_FUZZ_ENTRY(rw::fuzz::projectInput)
