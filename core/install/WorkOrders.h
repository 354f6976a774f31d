#pragma once
// Work orders (issue 12, printouts): the install plan cut into the sheets a crew is handed, one
// per crew, working day (shift: the calendar has one shift a day) and zone (hall), with the
// packages that crew works on that day, what each waits for, and the cutsheet of their cables in
// pull order. A package longer than what is left of the shift is split at the shift's end: its
// next piece is on the same crew's order of the next working day, with the cables left to pull. Data only, built without Qt; render/print paints it. A work order holds package
// indices and cable ids, not rows: cutsheet rows are made as a page is painted, so a book of the
// whole of Colossus does not hold 370,000 rows of text at once.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "install/InstallPlan.h"

namespace rw {
class Catalog;
}

namespace rw::install {

/// The share of one package a work order holds: one working day of it.
struct PackagePart {
    int piece = 1;              ///< which of the package's working days this is, from 1
    int pieces = 1;             ///< working days the package spans
    int start = 0;              ///< working minutes of this day's share
    int finish = 0;
    std::size_t cables = 0;     ///< cables pulled in this share (the next ones in pull order)
};

struct WorkOrder {
    std::string crew;            ///< "fibre-07"
    Trade trade = Trade::Fibre;
    int day = 1;                 ///< the working day, from 1
    std::string zone;            ///< the hall's space identifier ("HALL1")
    std::vector<int> packages;   ///< package indices, in order of start (a package carried over first)
    std::vector<PackagePart> parts;  ///< for each of `packages`, the share done this day
    std::vector<CableId> cables; ///< the cables of those shares, in pull order
};

/// Which work orders to make: a crew name and/or a working day; none = all.
struct WorkOrderFilter {
    std::optional<std::string> crew;
    std::optional<int> day;
};

/// Checks a filter against the plan: an unknown crew (trade not known, or a number above the
/// plan's crews of that trade) or a day outside 1..working days is an rw::InputError naming the
/// option, e.g. "--crew: unknown crew 'fibre-99' (this plan has fibre-01 to fibre-04)".
void checkWorkOrderFilter(const InstallPlan& plan, const WorkOrderFilter& filter);

/// The work orders of `plan` that pass `filter`, by day, then crew, then zone. Milestones (no
/// crew) are on none. A package split at shift ends is on one order per working day it spans,
/// its cables shared out in pull order in proportion to the working time of each day. Cables are in pull order: a package's cables grouped by the route they
/// share (one bundle is pulled together), longest ordered length first within a bundle so the
/// long pulls lie at the bottom of the tray and the short ones are dressed on top of them (a
/// convention of this tool, not a figure from a source), then by id.
[[nodiscard]] std::vector<WorkOrder> buildWorkOrders(const InstallPlan& plan, const Model& model, const RoutingResult& routes,
                                                     const WorkOrderFilter& filter = {});

/// One line of a cutsheet.
struct CutsheetRow {
    int pullOrder = 0;                        ///< 1-based within its work order
    std::string cableId;                      ///< "CBL1234"
    std::string aRack, aPort, bRack, bPort;   ///< port as the cable CSV names it
    int aU = 0, bU = 0;
    std::string aDevice, bDevice;
    std::string media, sku;
    double orderedMetres = 0.0;
    std::string trayPath;                     ///< compactTrayPath; "in rack" when none
    std::string label;                        ///< the A end's label text (near end first)
};

/// A route's tray segments in order, a run of consecutive ids written as its ends: "T54-T67 T80 T81"
/// (the generator numbers a straight tray run's segments one after another, so most routes
/// collapse to a few runs that fit a cutsheet cell).
[[nodiscard]] std::string compactTrayPath(const std::vector<TrayId>& segments);

[[nodiscard]] CutsheetRow cutsheetRow(const Model& model, const Catalog& catalog, const RoutingResult& routes, CableId cable,
                                      int pullOrder);

/// What a package waits for, as a line each: "rack R012 set (rigging-02, day 2)".
[[nodiscard]] std::vector<std::string> prerequisiteLines(const InstallPlan& plan, int package);

/// The cutsheet of `orders` as CSV (one line per cable: crew, day, pull order and the row's
/// fields), for the PDF's attachment and for scripts.
void writeCutsheetCsv(std::ostream& out, const Model& model, const Catalog& catalog, const RoutingResult& routes,
                      const std::vector<WorkOrder>& orders);

}  // namespace rw::install
