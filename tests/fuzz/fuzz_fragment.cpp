// The clipboard's rack fragment (JSON, core/edit/Fragment.h), as Paste reads it from another
// process: parsed, then pasted into a one-hall project. A paste either throws (and changes
// nothing) or leaves a valid model, and undo gives the model back exactly.
#include "FuzzInput.h"
#include "edit/Document.h"
#include "edit/Fragment.h"
#include "edit/PlacementCommands.h"
#include "edit/Transaction.h"
#include "project/NewProject.h"
#include "util/Errors.h"

int rw::fuzz::fragmentInput(const std::uint8_t* data, std::size_t size) {
    rw::Fragment fragment;
    try {
        fragment = rw::fragmentFromJson(rw::fuzz::text(data, size), "clipboard");
    } catch (const rw::InputError&) {
        return 0;
    }
    static const rw::Model empty = rw::newProject("Fuzz site");
    rw::Document doc{rw::Model(empty)};
    const rw::HallId hall = doc.model().halls().ids().front();
    try {
        (void)rw::cmd::pasteFragment(doc, fragment, {hall, {1000, 1000}});
    } catch (const rw::EditError&) {
        rw::fuzz::requireFuzz(doc.model() == empty, "a refused paste must change nothing");
        return 0;
    } catch (const rw::InputError&) {
        rw::fuzz::requireFuzz(doc.model() == empty, "a refused paste must change nothing");
        return 0;
    }
    rw::fuzz::requireFuzz(doc.model().validate().empty(), "a pasted fragment must leave a valid model");
    doc.undo();
    rw::fuzz::requireFuzz(doc.model() == empty, "undo must give back the model before the paste");
    return 0;
}

RACKWEAVE_FUZZ_ENTRY(rw::fuzz::fragmentInput)
