#include "ModelCountsLabel.h"

#include <QLocale>

namespace rw::gui {
namespace {

QString counted(std::size_t n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(QLocale().toString(qulonglong(n)), QLatin1String(n == 1 ? one : many));
}

}  // namespace

ModelCountsLabel::ModelCountsLabel(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("modelCounts"));
}

QString ModelCountsLabel::countsText(const Model& model) {
    return counted(model.racks().size(), "rack", "racks") + QStringLiteral(" · ") +
           counted(model.devices().size(), "device", "devices") + QStringLiteral(" · ") +
           counted(model.cables().size(), "cable", "cables");
}

void ModelCountsLabel::showCounts(const Model& model) { setText(countsText(model)); }

}  // namespace rw::gui
