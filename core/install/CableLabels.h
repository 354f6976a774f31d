#pragma once
// Cable labels (issue 12, printouts): the TIA-606-style identifier of each cable end and the text
// printed at each end, the same text at both ends with the near end first (install-practice.md
// s.4: Express Corp's 606-B example "4BK01-55:50/DC.C03-14:04", H3C/HPE's local-end-first rule).
// An end reads SPACE.CABINET-RU:PORT: the hall, the rack, the device's lowest U (two digits) and
// the port the cable plugs into, e.g. "HALL1.R012-07:OSFP1P1" ('/' in a port name becomes '.',
// since '/' separates the ends). Data only: the print library
// paints these and writeZpl writes them for Zebra printers.
#include <array>
#include <iosfwd>
#include <string>
#include <vector>

#include "install/LabelStock.h"
#include "model/Model.h"

namespace rw {
class Catalog;
}

namespace rw::install {

struct CableLabel {
    CableId cable;
    std::string cableId;  ///< "CBL1234": what the QR code holds; 1234 is the cable CSV's id column. Not
                          ///< "C1234": C13/C19 name the IEC power connectors on the same cutsheets.
    std::string nearEnd;  ///< the end this label is wrapped on
    std::string farEnd;
    char end = 'A';       ///< which end of the cable (A = the link's first port)
    /// "NEAR/FAR", the text both ends carry in their own order.
    [[nodiscard]] std::string text() const { return nearEnd + "/" + farEnd; }
};

/// "CBL1234".
[[nodiscard]] std::string cableIdText(CableId cable);
/// The space part of an identifier: the hall's name in capitals without spaces or punctuation
/// ("Hall 1" -> "HALL1"), since '.', '-', ':' and '/' separate the identifier's parts.
[[nodiscard]] std::string spaceIdentifier(const Model& model, HallId hall);
/// The identifier of cable `cable`'s A end (`aEnd`) or B end.
[[nodiscard]] std::string cableEndIdentifier(const Model& model, const Catalog& catalog, CableId cable, bool aEnd);
/// The labels of one cable: A end first, then B end.
[[nodiscard]] std::array<CableLabel, 2> cableLabels(const Model& model, const Catalog& catalog, CableId cable);
/// Every live cable, in id order (the order labels are printed in, so they match the cable CSV).
[[nodiscard]] std::vector<CableId> labelledCables(const Model& model);

/// One ZPL II format (^XA..^XZ) per label, sized for `stock` at its dpi: a QR code with the cable
/// id, the near end, the far end and the cable id as text. Field data is written with ^FH so a
/// '^', '~' or '_' in a name cannot end a field early.
void writeZpl(std::ostream& out, const Model& model, const Catalog& catalog, const std::vector<CableId>& cables,
              const LabelStock& stock);

}  // namespace rw::install
