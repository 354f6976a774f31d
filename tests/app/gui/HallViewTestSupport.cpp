#include "HallViewTestSupport.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <QTest>

#include "TrayScene.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"

namespace rw::gui::test {

const Catalog& shippedCatalog() {
    static const Catalog catalog = Catalog::loadShipped();
    return catalog;
}

const RoutedDesign& routedDesign() {
    static const RoutedDesign design = [] {
        const auto spec = std::filesystem::path(RACKWEAVE_ASSETS_DIR) / ".." / "examples" / "superpod-h100-1su.json";
        RoutedDesign d{generate(parseSpecFile(spec, shippedCatalog()), shippedCatalog()).model, {}};
        d.routes = Router(d.model, shippedCatalog()).routeAll();
        return d;
    }();
    return design;
}

RackId busiestRack(const RoutedDesign& d) {
    std::vector<int> ends(d.model.racks().capacity(), 0);
    d.model.cables().forEach([&](CableId id, const Cable& cable) {
        const Link* link = d.model.links().find(cable.first);
        if (!link || !d.routes.find(id) || d.routes.cables[id.value].status != RouteStatus::Routed) return;
        for (const PortId port : {link->a, link->b})
            if (const RackId r = render::rackOfPort(d.model, port); r.valid()) ++ends[r.value];
    });
    return RackId(std::uint32_t(std::max_element(ends.begin(), ends.end()) - ends.begin()));
}

namespace {

bool sameHue(const QColor& c, const QColor& color, int hueTolerance, int saturationTolerance) {
    return std::abs(c.hsvHue() - color.hsvHue()) <= hueTolerance &&
           std::abs(c.hsvSaturation() - color.hsvSaturation()) <= saturationTolerance;
}

}  // namespace

double hueCentroidX(const QImage& image, const QColor& color) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            if (sameHue(QColor::fromRgb(rgb.pixel(x, y)), color, 6, 40)) {
                sum += x;
                ++count;
            }
    return count ? sum / count : -1;
}

std::optional<QPoint> pointOfHue(const QImage& image, const QColor& color) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const auto matches = [&](int x, int y) { return sameHue(QColor::fromRgb(rgb.pixel(x, y)), color, 4, 30); };
    for (int dy = 0; dy < rgb.height() / 2 - 3; ++dy)
        for (const int y : {rgb.height() / 2 + dy, rgb.height() / 2 - dy})
            for (int x = 3; x < rgb.width() - 3; ++x) {
                bool inside = true;
                for (int d = -3; d <= 3 && inside; ++d) inside = matches(x + d, y) && matches(x, y + d);
                if (inside) return QPoint(x, y);
            }
    return std::nullopt;
}

std::unique_ptr<render::HallView> shownHallView() {
    auto view = std::make_unique<render::HallView>();
    view->resize(1024, 640);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) return nullptr;
    return view;
}

}  // namespace rw::gui::test
