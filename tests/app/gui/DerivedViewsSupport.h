#pragma once
// Shared set-up for the tests of the colour modes, trays, findings, elevation and status bar: a
// window showing a generated, routed SuperPOD SU with the shipped catalog. The routes are a
// local result handed to the window's DesignContext, so these tests do not depend on when the
// session routes in the background.
#include <memory>

#include <QImage>

#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "router/RoutingResult.h"

namespace rw::gui::test {

const Catalog& shippedParts();

struct RoutedWindow {
    RoutingResult routes;
    std::unique_ptr<MainWindow> window;
};

/// examples/superpod-h100-1su.json generated and routed, shown in the 2D floor plan, framed.
[[nodiscard]] std::unique_ptr<RoutedWindow> routedSuperpodWindow();

/// Selects the rack of the design's first PDU and picks the PDU in the rack elevation, so the
/// inspector shows it; an invalid id when the design has no PDU.
DeviceId showFirstPdu(MainWindow& window);

/// The floor plan's viewport as an image, after pending paints.
[[nodiscard]] QImage grabFloorPlan(MainWindow& window);

}  // namespace rw::gui::test
