#include "PlaceRowDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
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
      role_(new QComboBox(this)),
      gap_(millimetres(this, 0, QStringLiteral("rowGap"))),
      aisle_(millimetres(this, 2 * 600, QStringLiteral("rowAisle"))),
      rowName_(new QLineEdit(QString::fromStdString(defaults.rowName), this)),
      firstName_(new QLineEdit(QString::fromStdString(defaults.firstName), this)) {
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
    gap_->setRange(0, 10'000);
    gap_->setSingleStep(100);
    aisle_->setRange(0, 10'000);
    aisle_->setToolTip(tr("Floor kept clear in front of and behind the row when it is put on free floor"));
    rowName_->setObjectName(QStringLiteral("rowName"));
    rowName_->setPlaceholderText(tr("next free \"Row <n>\""));
    firstName_->setObjectName(QStringLiteral("rowFirstName"));
    firstName_->setPlaceholderText(QStringLiteral("R1"));
    form->addRow(tr("Gap between racks"), gap_);
    form->addRow(tr("Aisle to keep clear"), aisle_);
    form->addRow(tr("Row name"), rowName_);
    form->addRow(tr("First rack name"), firstName_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    // A position the user types is kept; anything else re-finds free floor (when asked to).
    for (QSpinBox* box : {x_, y_})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!syncing_) positionTyped_ = true;
            emit requestChanged();
        });
    const auto changed = [this] {
        moveToFreeFloor();
        emit requestChanged();
    };
    connect(type_, &QComboBox::currentIndexChanged, this, changed);
    connect(count_, &QSpinBox::valueChanged, this, changed);
    connect(rotation_, &QComboBox::currentIndexChanged, this, changed);
    connect(gap_, &QSpinBox::valueChanged, this, changed);
    connect(aisle_, &QSpinBox::valueChanged, this, changed);
    connect(role_, &QComboBox::currentIndexChanged, this, &PlaceRowDialog::requestChanged);
}

void PlaceRowDialog::setRackWidth(RackWidthFn width) {
    width_ = std::move(width);
    emit requestChanged();
}

void PlaceRowDialog::setFreeFloor(FreeFloorFn find) {
    freeFloor_ = std::move(find);
    moveToFreeFloor();
    emit requestChanged();
}

void PlaceRowDialog::moveToFreeFloor() {
    if (!freeFloor_ || positionTyped_) return;
    const std::optional<Point2> at = freeFloor_(request(), aisle_->value());
    if (!at) return;
    syncing_ = true;
    x_->setValue(at->x);
    y_->setValue(at->y);
    syncing_ = false;
}

cmd::RackRowRequest PlaceRowDialog::request() const {
    cmd::RackRowRequest r = defaults_;
    r.catalog = type_->currentData().toString().toStdString();
    r.count = count_->value();
    r.first = Point2{x_->value(), y_->value()};
    r.rotation = static_cast<Rotation>(rotation_->currentData().toInt());
    r.role = static_cast<RackRole>(role_->currentData().toInt());
    r.pitchMm = (width_ ? width_(r.catalog) : defaults_.pitchMm) + gap_->value();
    r.rowName = rowName_->text().trimmed().toStdString();
    r.firstName = firstName_->text().trimmed().toStdString();
    return r;
}

}  // namespace rw::gui
