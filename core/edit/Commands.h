#pragma once
// The user-level edits, each one undo step with a readable description ("Move rack R12").
// The GUI and the CLI call these; they throw EditError on bad arguments and leave the model
// unchanged in that case.
#include <string_view>
#include <vector>

#include "edit/Document.h"

namespace rw::cmd {

RackId addRack(Document& doc, Rack rack);
void moveRack(Document& doc, RackId id, Point2 to);
/// Moves several racks by the same offset in one step.
void moveRacks(Document& doc, const std::vector<RackId>& ids, Point2 offset);
void rotateRack(Document& doc, RackId id, Rotation rotation);
/// Turns each rack a quarter turn clockwise `quarterTurns` times about its own centre, in one step.
void rotateRacks(Document& doc, const std::vector<RackId>& ids, int quarterTurns = 1);
void renameRack(Document& doc, RackId id, std::string name);
/// Deletes racks with everything mounted in them and every link and cable attached.
void deleteRacks(Document& doc, const std::vector<RackId>& ids);
void setProperty(Document& doc, EntityRef ref, std::string_view key, std::string_view value);

/// Tray segments (issue 5: the tray network is edited through the commit layer like racks).
/// Kind, width, depth, level, fill and load are properties (setProperty); these add, move and
/// delete segments. A segment must join two different points in an existing hall.
TrayId addTray(Document& doc, TraySegment tray);
/// Moves a segment's end points to `a` and `b` (both ends at once: one step).
void moveTray(Document& doc, TrayId id, Point3 a, Point3 b);
void deleteTrays(Document& doc, const std::vector<TrayId>& ids);

}  // namespace rw::cmd
