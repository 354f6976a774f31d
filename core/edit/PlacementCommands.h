#pragma once
// Edits that put new things on the floor or in racks: place a rack, place a row of racks, mount a
// catalog device in the lowest free U span, paste a Fragment, cut racks. Each is one undo step
// with a readable description; bad arguments throw EditError and leave the model unchanged.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edit/Document.h"
#include "edit/Fragment.h"

namespace rw {
class Catalog;
struct CatalogEntry;
}

namespace rw::cmd {

/// Adds `rack` as "Place rack R5". An empty name gets the next free "R<n>".
RackId placeRack(Document& doc, Rack rack);

/// A straight row of identical racks. They step east from `first` (north when turned a quarter),
/// `pitchMm` centre to centre, and belong to a new Row named `rowName` (empty: next free "Row <n>").
struct RackRowRequest {
    HallId hall;
    std::string catalog;            // rack type
    RackRole role = RackRole::Other;
    int count = 1;
    Point2 first;                   // centre of the first rack
    Rotation rotation = Rotation::R0;
    std::int32_t pitchMm = 600;
    std::string rowName;
};
inline constexpr int kMaxRowRacks = 1000;
/// Places the row as one step "Place row of N racks"; the racks get the next free "R<n>" names.
std::vector<RackId> placeRackRow(Document& doc, const RackRowRequest& request);

/// Rack units a rack offers: its catalog type's usable height; nullopt when the type is unknown.
[[nodiscard]] std::optional<int> rackUnits(const Model& model, const Catalog& catalog, RackId rack);
/// The lowest U where `height` free units start in `rack` (devices of unknown types count as
/// 1 U; front and rear both block a unit, as full-depth servers do), nullopt when none.
[[nodiscard]] std::optional<int> lowestFreeSpan(const Model& model, const Catalog& catalog, RackId rack, int height);
/// Whether the catalog entry is a device that mountDevice() accepts.
[[nodiscard]] bool isMountable(const CatalogEntry& entry) noexcept;
/// Mounts catalog entry `entryId` with all its ports in the lowest free span of `rack` ("Mount DGX
/// H100 in rack R1 at U5"); 0 U parts (vertical PDUs) go on the rear at U1. The first device in a
/// rack of role Other gives the rack its role (a GPU server makes it compute). Throws EditError
/// when the entry is not a rack-mountable device or no span is free.
DeviceId mountDevice(Document& doc, const Catalog& catalog, RackId rack, std::string_view entryId);

/// Inserts `fragment` (see insertFragment) as one step "<verb> rack R41" / "<verb> 3 racks".
PastedIds pasteFragment(Document& doc, const Fragment& fragment, const PasteOptions& options,
                        std::string_view verb = "Paste");
/// deleteRacks() described as "Cut ...".
void cutRacks(Document& doc, const std::vector<RackId>& ids);

}  // namespace rw::cmd
