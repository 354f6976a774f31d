#pragma once
// Shared by the 3D view tests: a small generated design (one scalable unit of H100 nodes) routed
// by core's Router, built once per test run.
#include <memory>
#include <optional>

#include <QColor>
#include <QImage>
#include <QPoint>

#include "HallView.h"
#include "catalog/Catalog.h"
#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw::gui::test {

struct RoutedDesign {
    Model model;
    RoutingResult routes;
};

[[nodiscard]] const Catalog& shippedCatalog();
[[nodiscard]] const RoutedDesign& routedDesign();
/// The rack with the most ends of routed cables in `design`.
[[nodiscard]] RackId busiestRack(const RoutedDesign& design);

/// x of the centre of the pixels of `color`'s hue (-1 when there are none).
[[nodiscard]] double hueCentroidX(const QImage& image, const QColor& color);
/// A pixel well inside an area of `color`'s hue (its 7-pixel cross all of that hue), scanning
/// rows from the middle outwards: a safe place to click on something of that colour.
[[nodiscard]] std::optional<QPoint> pointOfHue(const QImage& image, const QColor& color);

/// A 3D view alone, 1024 x 640, shown and exposed (null if it never was).
[[nodiscard]] std::unique_ptr<render::HallView> shownHallView();

}  // namespace rw::gui::test
