#pragma once
// The 1-SU example generated and routed once per test binary, for the install-plan tests.
#include <filesystem>

#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"
#include "support/ShippedCatalog.h"

namespace rw::test {

struct RoutedDesign {
    Model model;
    RoutingResult routing;
};

inline const RoutedDesign& routedSuperpod() {
    static const RoutedDesign design = [] {
        const auto file = std::filesystem::path(RACKWEAVE_TEST_DATA) / ".." / ".." / "examples" / "superpod-h100-1su.json";
        RoutedDesign d{generate(parseSpecFile(file, shippedCatalog()), shippedCatalog()).model, {}};
        Router router(d.model, shippedCatalog());
        d.routing = router.routeAll();
        return d;
    }();
    return design;
}

}  // namespace rw::test
