#include "ModelCountsLabel.h"

#include <QLocale>

#include "reports/RackMetrics.h"

namespace rw::gui {
namespace {

QString counted(std::size_t n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(QLocale().toString(qulonglong(n)), QLatin1String(n == 1 ? one : many));
}

}  // namespace

ModelCountsLabel::ModelCountsLabel(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("modelCounts"));
}

QString ModelCountsLabel::countsText(const Model& model, const Catalog* catalog) {
    QString text = counted(model.racks().size(), "rack", "racks") + QStringLiteral(" · ") +
                   counted(model.devices().size(), "device", "devices") + QStringLiteral(" · ") +
                   counted(model.cables().size(), "cable", "cables");
    // One pass over the devices with a per-type catalog look-up: a few ms on a 100k-rack design.
    // Without devices there is no IT load to speak of: the kW appear with the first device.
    if (catalog && !model.devices().empty()) text += QStringLiteral(" · %1 kW IT (max)").arg(QLocale().toString(designItMaxKw(model, *catalog), 'f', 1));
    return text;
}

void ModelCountsLabel::showCounts(const Model& model) { setText(countsText(model, catalog_)); }

}  // namespace rw::gui
