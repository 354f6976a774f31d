#pragma once
// One kind of object the properties inspector can show beyond its own properties (edit/Properties):
// the figures derived from the catalog, the routes or the power chain (a tray's fill, a PDU's
// load), and edits that need more than the plain property (a device's U, checked against its
// neighbours with the catalog). The inspector asks every page that shows() an entity; each adds
// its rows after the entity's own. A page never changes the model but through cmd:: commands.
#include <string>
#include <vector>

#include "edit/ChangeSet.h"
#include "edit/Properties.h"

namespace rw {
class Document;
}

namespace rw::gui {

class InspectorPage {
public:
    virtual ~InspectorPage() = default;
    /// Whether this page has something to say about `ref`.
    [[nodiscard]] virtual bool shows(const Model& model, EntityRef ref) const = 0;
    /// Read-only rows shown after the entity's own properties.
    [[nodiscard]] virtual std::vector<PropertyValue> rows(const Model& model, EntityRef ref) const = 0;
    /// Makes the edit of `key` itself, as one undo step, and returns true; false leaves it to the
    /// plain property edit. Throws EditError (model unchanged) for a refused value.
    virtual bool edit(Document& /*doc*/, EntityRef /*ref*/, const std::string& /*key*/, const std::string& /*value*/) const {
        return false;
    }
};

}  // namespace rw::gui
