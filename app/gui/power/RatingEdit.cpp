#include "power/RatingEdit.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "edit/Transaction.h"

namespace rw::gui {
namespace {

// Ratings are whole amps in the model (uint16 fields).
std::uint16_t wholeAmps(double value) { return std::uint16_t(std::clamp(std::lround(value), 0L, 65'535L)); }

}  // namespace

bool hasEditableRating(const power::SupplyElement& e) noexcept {
    return e.kind == power::ElementKind::Feed || e.kind == power::ElementKind::Panel || e.kind == power::ElementKind::Circuit;
}

QString ratingUnit(const power::SupplyElement& e) {
    return e.kind == power::ElementKind::Feed ? QStringLiteral("kW") : QStringLiteral("A");
}

double currentRating(const power::SupplyElement& e) noexcept {
    return e.kind == power::ElementKind::Feed ? e.capacityKw : e.ratedAmps;
}

void setRating(Document& doc, const power::SupplyElement& e, double value) {
    switch (e.kind) {
        case power::ElementKind::Feed: {
            Transaction t = doc.begin(fmt::format("Set capacity of {} to {:g} kW", e.label, value));
            t.modify<Feed>(FeedId(e.entityId), [&](Feed& f) { f.capacityKw = std::max(0.0, value); });
            t.commit();
            return;
        }
        case power::ElementKind::Panel: {
            Transaction t = doc.begin(fmt::format("Set rating of {} to {} A", e.label, wholeAmps(value)));
            t.modify<PowerPanel>(PanelId(e.entityId), [&](PowerPanel& p) { p.ratedAmps = wholeAmps(value); });
            t.commit();
            return;
        }
        case power::ElementKind::Circuit: {
            Transaction t = doc.begin(fmt::format("Set breaker of {} to {} A", e.label, wholeAmps(value)));
            t.modify<Circuit>(CircuitId(e.entityId), [&](Circuit& c) { c.breakerAmps = wholeAmps(value); });
            t.commit();
            return;
        }
        case power::ElementKind::Pdu:
        case power::ElementKind::Bank: break;
    }
    throw EditError(fmt::format("{}: its rating comes from the catalog", e.label));
}

}  // namespace rw::gui
