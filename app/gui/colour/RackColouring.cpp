#include "colour/RackColouring.h"

#include <algorithm>
#include <functional>
#include <optional>

#include <QLocale>
#include <QObject>

#include "colour/ColourScale.h"
#include "RackAppearance.h"

namespace rw::gui {
namespace {

QString number(double v, int decimals = 1) { return QLocale().toString(v, 'f', decimals); }

// Colours every live rack by figure / (largest figure); racks over a limit and racks without a
// figure get their own colours. Returns the largest figure.
double colourSequential(const Model& model, const std::vector<RackMetrics>& metrics, std::vector<QColor>& out,
                        const std::function<std::optional<double>(const RackMetrics&)>& figure,
                        const std::function<bool(const RackMetrics&)>& overLimit = {}) {
    double top = 0.0;
    model.racks().forEach([&](RackId id, const Rack&) {
        if (id.value < metrics.size())
            if (const auto v = figure(metrics[id.value])) top = std::max(top, *v);
    });
    out.assign(model.racks().capacity(), QColor());
    model.racks().forEach([&](RackId id, const Rack&) {
        const RackMetrics* m = id.value < metrics.size() ? &metrics[id.value] : nullptr;
        const auto v = m ? figure(*m) : std::nullopt;
        if (!v) out[id.value] = ColourScale::noData();
        else if (overLimit && overLimit(*m)) out[id.value] = ColourScale::overLimit();
        else out[id.value] = ColourScale::at(top > 0.0 ? *v / top : 0.0);
    });
    return top;
}

bool hasCatalogFigures(const RackMetrics& m) noexcept { return m.alive && (m.footprint || m.weightKg > 0.0); }

Colouring byPower(const Model& model, const std::vector<RackMetrics>& metrics) {
    Colouring c;
    const double top = colourSequential(model, metrics, c.byId, [](const RackMetrics& m) {
        return hasCatalogFigures(m) ? std::optional(m.itMaxKw) : std::nullopt;
    });
    double topDensity = 0.0;
    for (const RackMetrics& m : metrics)
        if (m.alive) topDensity = std::max(topDensity, m.kwPerM2().value_or(0.0));
    c.legend = {QObject::tr("IT power (catalog max) per rack"), true, 0.0, top, QObject::tr("kW"),
                {{ColourScale::noData(), QObject::tr("no catalog data")}},
                QObject::tr("Densest rack: %1 kW/m² of its footprint").arg(number(topDensity))};
    return c;
}

Colouring byHeat(const Model& model, const std::vector<RackMetrics>& metrics) {
    Colouring c;
    const double top = colourSequential(model, metrics, c.byId, [](const RackMetrics& m) {
        return hasCatalogFigures(m) ? std::optional(m.heatToAirKw) : std::nullopt;
    });
    double air = 0.0, liquid = 0.0;
    for (const RackMetrics& m : metrics)
        if (m.alive) {
            air += m.heatToAirKw;
            liquid += m.heatToLiquidKw;
        }
    c.legend = {QObject::tr("Heat to air per rack (at max power)"), true, 0.0, top, QObject::tr("kW"),
                {{ColourScale::noData(), QObject::tr("no catalog data")}},
                QObject::tr("All racks: %1 kW to air, %2 kW to liquid").arg(number(air, 0), number(liquid, 0))};
    return c;
}

Colouring byWeight(const Model& model, const std::vector<RackMetrics>& metrics) {
    Colouring c;
    const auto over = [](const RackMetrics& m) {
        return (m.rackRatedKg && m.equipmentKg > *m.rackRatedKg) || (m.floorRatedKg && m.weightKg > *m.floorRatedKg);
    };
    const double top = colourSequential(
        model, metrics, c.byId,
        [](const RackMetrics& m) { return hasCatalogFigures(m) ? std::optional(m.weightKg) : std::nullopt; }, over);
    QStringList ratings;
    model.halls().forEach([&](HallId, const Hall& hall) {
        ratings << QObject::tr("%1: %2 kg/m²").arg(QString::fromStdString(hall.name), number(hall.floorLoadKgPerM2, 0));
    });
    c.legend = {QObject::tr("Rack weight with its equipment"), true, 0.0, top, QObject::tr("kg"),
                {{ColourScale::overLimit(), QObject::tr("over rack or floor rating")},
                 {ColourScale::noData(), QObject::tr("no catalog data")}},
                QObject::tr("Floor rating %1").arg(ratings.join(QStringLiteral(", ")))};
    return c;
}

Colouring byFabric(const Model& model, const std::vector<RackMetrics>& metrics) {
    Colouring c;
    c.byId.assign(model.racks().capacity(), QColor());
    std::array<bool, kFabricCount> seen{};
    model.racks().forEach([&](RackId id, const Rack&) {
        const auto fabric = id.value < metrics.size() ? metrics[id.value].dominantFabric() : std::nullopt;
        c.byId[id.value] = fabric ? ColourScale::ofFabric(*fabric) : ColourScale::noData();
        if (fabric) seen[std::size_t(*fabric)] = true;
    });
    c.legend.title = QObject::tr("Fabric with most link ends in the rack");
    for (std::size_t f = 0; f < kFabricCount; ++f)
        if (seen[f])
            c.legend.swatches.emplace_back(ColourScale::ofFabric(Fabric(f)),
                                           QString::fromUtf8(std::string(toString(Fabric(f))).c_str()));
    c.legend.swatches.emplace_back(ColourScale::noData(), QObject::tr("no data links"));
    return c;
}

}  // namespace

Colouring colourRacks(ColourMode mode, const Model& model, const std::vector<RackMetrics>& metrics) {
    switch (mode) {
        case ColourMode::PowerDensity: return byPower(model, metrics);
        case ColourMode::Heat: return byHeat(model, metrics);
        case ColourMode::Weight: return byWeight(model, metrics);
        case ColourMode::Fabric: return byFabric(model, metrics);
        case ColourMode::Role:
        case ColourMode::TrayFill:
        case ColourMode::PowerHeadroom:  // HeadroomColouring: from the power analysis, not metrics
        case ColourMode::CoolingHeadroom: break;
    }
    Colouring c;
    c.legend.title = QObject::tr("Rack role");
    for (RackRole role : {RackRole::Compute, RackRole::Network, RackRole::Storage, RackRole::Management, RackRole::Power,
                          RackRole::Cooling, RackRole::Other})
        c.legend.swatches.emplace_back(render::rackRoleColor(role), QString::fromUtf8(std::string(toString(role)).c_str()));
    return c;
}

Colouring colourTrays(const Model& model, const std::vector<TrayLoad>* loads) {
    Colouring c;
    if (!loads) {
        c.legend.title = QObject::tr("Tray kind");
        for (TrayKind kind : {TrayKind::Data, TrayKind::Fiber, TrayKind::Power})
            c.legend.swatches.emplace_back(ColourScale::ofTrayKind(kind), QString::fromUtf8(std::string(toString(kind)).c_str()));
        return c;
    }
    c.byId.assign(model.trays().capacity(), QColor());
    c.drawOrder.assign(model.trays().capacity(), 0.0);
    double top = 0.0;
    model.trays().forEach([&](TrayId id, const TraySegment&) {
        const double fill = id.value < loads->size() ? (*loads)[id.value].fillPercent() : 0.0;
        top = std::max(top, fill);
        c.drawOrder[id.value] = fill;  // of stacked levels, the fullest shows
        c.byId[id.value] = fill > 100.0 + 1e-9 ? ColourScale::overLimit() : ColourScale::at(fill / 100.0);
    });
    c.legend = {QObject::tr("Tray fill (of the cross-section or load limit)"), true, 0.0, 100.0, QObject::tr("%"),
                {{ColourScale::overLimit(), QObject::tr("over a limit")}},
                QObject::tr("Fullest segment: %1 %").arg(number(top, 0))};
    return c;
}

}  // namespace rw::gui
