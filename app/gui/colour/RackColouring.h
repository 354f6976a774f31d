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
    /// The figure behind each colour as text for a tooltip ("41.2 kW"), by id; empty = none.
    std::vector<QString> notes;
    LegendSpec legend;
};

/// Rack colours for `mode`. Role and TrayFill keep the role colours (empty byId). Weight is
/// measured against each rack's ratings (its static load rating and the floor's under it: the
/// top of the scale is 100 % of the tighter one) unless `relative`; power and heat have no
/// per-rack limit in the catalog and always scale to the design's largest figure, as weight
/// does when `relative`. A rack over a rating is ColourScale::overLimit() either way.
[[nodiscard]] Colouring colourRacks(ColourMode mode, const Model& model, const std::vector<RackMetrics>& metrics,
                                    bool relative = false);

/// Tray colours: by fill % of capacity when `loads` is given (TrayFill mode; 100 % = the limit,
/// or the fullest segment when `relative`), else by kind.
[[nodiscard]] Colouring colourTrays(const Model& model, const std::vector<TrayLoad>* loads, bool relative = false);

}  // namespace rw::gui
