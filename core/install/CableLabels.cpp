#include "install/CableLabels.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ostream>

#include "reports/CablesCsv.h"

namespace rw::install {
namespace {

/// ZPL field data through ^FH (hex escapes with '_'): the three characters that would end or
/// change a field become _5E, _7E, _5F.
std::string zplField(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '^') out += "_5E";
        else if (c == '~') out += "_7E";
        else if (c == '_') out += "_5F";
        else out += c;
    }
    return out;
}

}  // namespace

std::string cableIdText(CableId cable) { return fmt::format("CBL{}", cable.value); }

std::string spaceIdentifier(const Model& model, HallId hall) {
    const Hall* h = model.halls().find(hall);
    std::string out;
    if (h)
        for (unsigned char c : h->name)
            if (std::isalnum(c)) out += static_cast<char>(std::toupper(c));
    return out.empty() ? fmt::format("H{}", hall.value + 1) : out;
}

std::string cableEndIdentifier(const Model& model, const Catalog& catalog, CableId cable, bool aEnd) {
    const Cable& c = model.cables()[cable];
    const Link& link = model.links()[c.first];
    const Link* second = c.second ? &model.links()[c.second] : nullptr;
    const PortId port = aEnd ? link.a : link.b;
    const Device& device = model.devices()[model.ports()[port].device];
    const Rack* rack = model.racks().find(device.rack);
    const std::string space = rack ? spaceIdentifier(model, rack->hall) : std::string("NOHALL");
    // '/' separates the two ends on a label, so a port named like a breakout ("1/2") is written
    // "1.2" here; a '.' after the ':' cannot be taken for the space separator.
    std::string portName = cableEndPortName(model, catalog, port, aEnd ? link.aSub : link.bSub, second);
    std::replace(portName.begin(), portName.end(), '/', '.');
    return fmt::format("{}.{}-{:02}:{}", space, rack ? rack->name : device.name, device.uPosition, portName);
}

std::array<CableLabel, 2> cableLabels(const Model& model, const Catalog& catalog, CableId cable) {
    const std::string id = cableIdText(cable);
    std::string a = cableEndIdentifier(model, catalog, cable, true);
    std::string b = cableEndIdentifier(model, catalog, cable, false);
    return {CableLabel{cable, id, a, b, 'A'}, CableLabel{cable, id, b, a, 'B'}};
}

std::vector<CableId> labelledCables(const Model& model) {
    std::vector<CableId> out;
    out.reserve(model.cables().size());
    model.cables().forEach([&](CableId id, const Cable&) { out.push_back(id); });
    return out;
}

void writeZpl(std::ostream& out, const Model& model, const Catalog& catalog, const std::vector<CableId>& cables,
              const LabelStock& stock) {
    const double dotsPerMm = stock.dpi / 25.4;
    const int width = static_cast<int>(std::lround(stock.widthMm * dotsPerMm));
    const int height = static_cast<int>(std::lround(stock.heightMm * dotsPerMm));
    const int margin = static_cast<int>(std::lround(1.0 * dotsPerMm));
    // A version-1 QR (21 modules) holds a cable id; magnify it to about half the label's height
    // (ZPL allows 1-10), which keeps modules above 0.25 mm for a hand scanner.
    const int magnification = std::clamp(static_cast<int>((height * 0.5) / 21), 1, 10);
    const int qrSide = 21 * magnification;
    const int textX = margin * 2 + qrSide;
    const int textWidth = std::max(width - textX - margin, 1);
    const int lineHeight = std::max((height - 2 * margin) / 4, 10);
    for (CableId cable : cables)
        for (const CableLabel& label : cableLabels(model, catalog, cable)) {
            out << "^XA\n^CI28\n" << fmt::format("^PW{}\n^LL{}\n", width, height);
            out << fmt::format("^FO{},{}^BQN,2,{}^FH^FDMA,{}^FS\n", margin, margin, magnification, zplField(label.cableId));
            // Each line's font is sized so the whole line fits the field: ZPL's ^FB would wrap
            // or cut a long port name otherwise. Font 0's glyphs are about 0.6 of their height
            // wide, and about as wide as the width parameter asks.
            const std::string lines[3] = {label.nearEnd + "/", label.farEnd, label.cableId + " end " + label.end};
            for (int i = 0; i < 3; ++i) {
                const int chars = std::max<int>(static_cast<int>(lines[i].size()), 1);
                const int charWidth = std::clamp(textWidth / chars, 6, lineHeight * 3 / 5);
                const int charHeight = std::min(lineHeight, charWidth * 5 / 3);
                out << fmt::format("^FO{},{}^A0N,{},{}^FB{},1,0,L^FH^FD{}^FS\n", textX, margin + (i == 2 ? 2 * lineHeight + lineHeight / 2 : i * lineHeight),
                                   charHeight, charWidth, textWidth, zplField(lines[i]));
            }
            out << "^XZ\n";
        }
}

}  // namespace rw::install
