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

/// One rack to put on the floor; the catalog type by its id.
struct RackPlacement {
    HallId hall;
    std::string catalog;
    Point2 position;  // footprint centre
    Rotation rotation = Rotation::R0;
    RackRole role = RackRole::Other;
    std::string name;  // empty: the next free "R<n>"
};
/// Adds the rack as one step "Place rack R5".
RackId placeRack(Document& doc, const RackPlacement& placement);

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
    /// The first rack's name; the others continue its numbering ("R033" -> R034, R035...). A name
    /// in use continues past the highest of its prefix. Empty: "R1".
    std::string firstName;
};
inline constexpr int kMaxRowRacks = 1000;
/// Places the row as one step "Place row of N racks"; the racks get the next free names from `firstName`.
std::vector<RackId> placeRackRow(Document& doc, const RackRowRequest& request);

/// The hall whose floor outline contains `point` (the first such), invalid when none does.
[[nodiscard]] HallId hallAt(const Model& model, Point2 point);

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

/// A rack-scale system (GB200 NVL72): a rack of the system's rack type, role compute, with every
/// member part mounted at the vendor's U positions ("Place GB200 NVL72 as rack R5"). `placement`'s
/// catalog is the system's id; its role is ignored.
RackId placeRackScaleSystem(Document& doc, const Catalog& catalog, const RackPlacement& placement);

/// Inserts `fragment` (see insertFragment) as one step "<verb> rack R41" / "<verb> 3 racks".
PastedIds pasteFragment(Document& doc, const Fragment& fragment, const PasteOptions& options,
                        std::string_view verb = "Paste");
/// deleteRacks() described as "Cut ...".
void cutRacks(Document& doc, const std::vector<RackId>& ids);

}  // namespace rw::cmd
