#pragma once
// Turns per-rack and per-tray figures from the core (reports/RackMetrics, reports/TrayFill) into
// fill colours for a colour mode, with the legend that explains them. No figures are made up
// here: a rack whose catalog data is missing gets the "no data" colour.
#include <vector>

#include <QColor>

#include "colour/ColourMode.h"
#include "colour/Legend.h"
#include "model/Model.h"
#include "reports/RackMetrics.h"
#include "reports/TrayFill.h"

namespace rw::gui {

struct Colouring {
    /// Indexed by id value; empty = the views' own colours (role for racks, kind for trays).
    std::vector<QColor> byId;
    /// Which to draw on top where objects overlap in plan (stacked trays), by id; empty = no preference.
    std::vector<double> drawOrder;
    LegendSpec legend;
};

/// Rack colours for `mode`. Role and TrayFill keep the role colours (empty byId). The top of the
/// scale is the design's largest figure, so the heaviest rack is ColourScale::top() unless it is
/// over a rating (then ColourScale::overLimit()).
[[nodiscard]] Colouring colourRacks(ColourMode mode, const Model& model, const std::vector<RackMetrics>& metrics);

/// Tray colours: by fill % of capacity when `loads` is given (TrayFill mode), else by kind.
[[nodiscard]] Colouring colourTrays(const Model& model, const std::vector<TrayLoad>* loads);

}  // namespace rw::gui
