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

// Each live rack's figure as tooltip text, "no catalog data" where it has none.
std::vector<QString> notesOf(const Model& model, const std::vector<RackMetrics>& metrics,
                             const std::function<QString(const RackMetrics&)>& text) {
    std::vector<QString> notes(model.racks().capacity());
    model.racks().forEach([&](RackId id, const Rack&) {
        const RackMetrics* m = id.value < metrics.size() ? &metrics[id.value] : nullptr;
        notes[id.value] = m && (m->footprint || m->weightKg > 0.0) ? text(*m) : QObject::tr("no catalog data");
    });
    return notes;
}

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
    c.notes = notesOf(model, metrics, [](const RackMetrics& m) {
        const auto density = m.kwPerM2();
        return density ? QObject::tr("%1 kW IT max (%2 kW/m²)").arg(number(m.itMaxKw), number(*density))
                       : QObject::tr("%1 kW IT max").arg(number(m.itMaxKw));
    });
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
    c.notes = notesOf(model, metrics, [](const RackMetrics& m) {
        return QObject::tr("%1 kW to air, %2 kW to liquid").arg(number(m.heatToAirKw), number(m.heatToLiquidKw));
    });
    return c;
}

/// The share of the tighter of the rack's ratings its weight uses (1 = at the rating); nullopt
/// when the catalog states neither.
std::optional<double> ratingUse(const RackMetrics& m) {
    std::optional<double> use;
    if (m.rackRatedKg && *m.rackRatedKg > 0) use = m.equipmentKg / *m.rackRatedKg;
    if (m.floorRatedKg && *m.floorRatedKg > 0) use = std::max(use.value_or(0.0), m.weightKg / *m.floorRatedKg);
    return use;
}

Colouring byWeight(const Model& model, const std::vector<RackMetrics>& metrics, bool relative) {
    Colouring c;
    const auto over = [](const RackMetrics& m) {
        return (m.rackRatedKg && m.equipmentKg > *m.rackRatedKg) || (m.floorRatedKg && m.weightKg > *m.floorRatedKg);
    };
    QStringList ratings;
    model.halls().forEach([&](HallId, const Hall& hall) {
        ratings << QObject::tr("%1: %2 kg/m²").arg(QString::fromStdString(hall.name), number(hall.floorLoadKgPerM2, 0));
    });
    const QString note = QObject::tr("Floor rating %1").arg(ratings.join(QStringLiteral(", ")));
    const std::vector<std::pair<QColor, QString>> swatches{{ColourScale::overLimit(), QObject::tr("over rack or floor rating")},
                                                           {ColourScale::noData(), QObject::tr("no catalog data")}};
    if (relative) {
        const double top = colourSequential(
            model, metrics, c.byId,
            [](const RackMetrics& m) { return hasCatalogFigures(m) ? std::optional(m.weightKg) : std::nullopt; }, over);
        c.legend = {QObject::tr("Rack weight with its equipment (relative)"), true, 0.0, top, QObject::tr("kg"), swatches, note};
    } else {
        c.byId.assign(model.racks().capacity(), QColor());
        model.racks().forEach([&](RackId id, const Rack&) {
            const RackMetrics* m = id.value < metrics.size() ? &metrics[id.value] : nullptr;
            const auto use = m && hasCatalogFigures(*m) ? ratingUse(*m) : std::nullopt;
            if (!use) c.byId[id.value] = ColourScale::noData();
            else if (over(*m)) c.byId[id.value] = ColourScale::overLimit();
            else c.byId[id.value] = ColourScale::at(*use);
        });
        c.legend = {QObject::tr("Rack weight against its tighter rating (rack load, floor)"), true, 0.0, 100.0,
                    QObject::tr("%"), swatches, note};
    }
    c.notes = notesOf(model, metrics, [](const RackMetrics& m) {
        QString text = QObject::tr("%1 kg (equipment %2 kg").arg(number(m.weightKg, 0), number(m.equipmentKg, 0));
        if (m.rackRatedKg) text += QObject::tr(" of %1 kg rated").arg(number(*m.rackRatedKg, 0));
        text += QLatin1Char(')');
        if (m.floorRatedKg) text += QObject::tr("; floor carries %1 kg here").arg(number(*m.floorRatedKg, 0));
        if (const auto use = ratingUse(m)) text += QObject::tr("; %1 % of the tighter rating").arg(number(*use * 100.0, 0));
        return text;
    });
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
    c.notes.assign(model.racks().capacity(), QString());
    model.racks().forEach([&](RackId id, const Rack&) {
        if (id.value >= metrics.size()) return;
        QStringList ends;
        for (std::size_t f = 0; f < kFabricCount; ++f)
            if (metrics[id.value].linkEndsByFabric[f] > 0 && Fabric(f) != Fabric::Power)
                ends << QObject::tr("%1: %2").arg(QString::fromUtf8(std::string(toString(Fabric(f))).c_str()))
                            .arg(metrics[id.value].linkEndsByFabric[f]);
        c.notes[id.value] = ends.isEmpty() ? QObject::tr("no data links") : QObject::tr("link ends: %1").arg(ends.join(QStringLiteral(", ")));
    });
    return c;
}

}  // namespace

Colouring colourRacks(ColourMode mode, const Model& model, const std::vector<RackMetrics>& metrics, bool relative) {
    switch (mode) {
        case ColourMode::PowerDensity: return byPower(model, metrics);
        case ColourMode::Heat: return byHeat(model, metrics);
        case ColourMode::Weight: return byWeight(model, metrics, relative);
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

Colouring colourTrays(const Model& model, const std::vector<TrayLoad>* loads, bool relative) {
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
    c.notes.assign(model.trays().capacity(), QString());
    model.trays().forEach([&](TrayId id, const TraySegment& tray) {
        const double fill = id.value < loads->size() ? (*loads)[id.value].fillPercent() : 0.0;
        const std::uint32_t cables = id.value < loads->size() ? (*loads)[id.value].cables : 0;
        c.notes[id.value] = QObject::tr("%1 tray, level %2: %3 % full, %n cable(s)", nullptr, int(cables))
                                .arg(QString::fromUtf8(std::string(toString(tray.kind)).c_str()))
                                .arg(int(tray.level))
                                .arg(number(fill, 0));
        top = std::max(top, fill);
        c.drawOrder[id.value] = fill;  // of stacked levels, the fullest shows
    });
    const double scaleTop = relative && top > 0.0 ? top : 100.0;
    model.trays().forEach([&](TrayId id, const TraySegment&) {
        const double fill = c.drawOrder[id.value];
        c.byId[id.value] = fill > 100.0 + 1e-9 ? ColourScale::overLimit() : ColourScale::at(fill / scaleTop);
    });
    c.legend = {relative ? QObject::tr("Tray fill (relative to the fullest segment)")
                         : QObject::tr("Tray fill (of the cross-section or load limit)"),
                true, 0.0, scaleTop, QObject::tr("%"),
                {{ColourScale::overLimit(), QObject::tr("over a limit")}},
                QObject::tr("Fullest segment: %1 %").arg(number(top, 0))};
    return c;
}

}  // namespace rw::gui
