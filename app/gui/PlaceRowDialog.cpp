#include "PlaceRowDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

#include "catalog/Catalog.h"

namespace rw::gui {
namespace {

QString text(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

QSpinBox* millimetres(QWidget* parent, std::int32_t value, const QString& name) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-1'000'000, 1'000'000);  // a kilometre each way: any hall
    box->setSingleStep(600);                // one floor tile
    box->setSuffix(QStringLiteral(" mm"));
    box->setValue(value);
    return box;
}

}  // namespace

PlaceRowDialog::PlaceRowDialog(const Catalog* catalog, const cmd::RackRowRequest& defaults, QWidget* parent)
    : QDialog(parent),
      defaults_(defaults),
      type_(new QComboBox(this)),
      count_(new QSpinBox(this)),
      x_(millimetres(this, defaults.first.x, QStringLiteral("rowX"))),
      y_(millimetres(this, defaults.first.y, QStringLiteral("rowY"))),
      rotation_(new QComboBox(this)),
      role_(new QComboBox(this)) {
    setObjectName(QStringLiteral("placeRowDialog"));
    setWindowTitle(tr("Place Row of Racks"));
    type_->setObjectName(QStringLiteral("rowRackType"));
    if (catalog)
        for (const CatalogEntry* e : catalog->ofKind(CatalogKind::Rack))
            type_->addItem(QStringLiteral("%1 (%2)").arg(text(e->model), text(e->id)), text(e->id));
    if (type_->findData(text(defaults.catalog)) < 0 && !defaults.catalog.empty())
        type_->addItem(text(defaults.catalog), text(defaults.catalog));
    type_->setCurrentIndex(std::max(0, type_->findData(text(defaults.catalog))));
    count_->setObjectName(QStringLiteral("rowCount"));
    count_->setRange(1, cmd::kMaxRowRacks);
    count_->setValue(defaults.count);
    rotation_->setObjectName(QStringLiteral("rowRotation"));
    for (Rotation r : {Rotation::R0, Rotation::R90, Rotation::R180, Rotation::R270})
        rotation_->addItem(QStringLiteral("%1°").arg(degrees(r)), int(r));
    rotation_->setCurrentIndex(rotation_->findData(int(defaults.rotation)));
    role_->setObjectName(QStringLiteral("rowRole"));
    for (const auto& [role, name] : EnumNames<RackRole>::table) role_->addItem(text(name), int(role));
    role_->setCurrentIndex(role_->findData(int(defaults.role)));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Rack type"), type_);
    form->addRow(tr("Number of racks"), count_);
    form->addRow(tr("First rack centre x"), x_);
    form->addRow(tr("First rack centre y"), y_);
    form->addRow(tr("Rotation (0° fronts face south)"), rotation_);
    form->addRow(tr("Role"), role_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

cmd::RackRowRequest PlaceRowDialog::request() const {
    cmd::RackRowRequest r = defaults_;
    r.catalog = type_->currentData().toString().toStdString();
    r.count = count_->value();
    r.first = Point2{x_->value(), y_->value()};
    r.rotation = static_cast<Rotation>(rotation_->currentData().toInt());
    r.role = static_cast<RackRole>(role_->currentData().toInt());
    return r;
}

}  // namespace rw::gui
