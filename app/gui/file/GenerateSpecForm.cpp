#include "file/GenerateSpecForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

#include "catalog/Catalog.h"

namespace rw::gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

QJsonObject referenceOf(const CatalogEntry* system) {
    if (!system || !system->compute || system->compute->referenceArchitecture.empty()) return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(system->compute->referenceArchitecture)).object();
}

QComboBox* switchBox(const Catalog& catalog, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->addItem(GenerateSpecForm::tr("none (leave the fabric out)"), QString());
    for (const CatalogEntry* e : catalog.ofKind(CatalogKind::Switch))
        box->addItem(QStringLiteral("%1 (%2)").arg(text(e->model), text(e->id)), text(e->id));
    return box;
}

void choose(QComboBox& box, const QString& id) {
    const int at = box.findData(id);
    box.setCurrentIndex(at < 0 ? 0 : at);
}

}  // namespace

GenerateSpecForm::GenerateSpecForm(const Catalog& catalog, QWidget* parent) : QDialog(parent), catalog_(catalog) {
    setObjectName(QStringLiteral("generateSpecForm"));
    setWindowTitle(tr("Generate from Spec"));

    name_ = new QLineEdit(tr("Untitled cluster"), this);
    system_ = new QComboBox(this);
    for (CatalogKind kind : {CatalogKind::GpuServer, CatalogKind::RackScaleSystem})
        for (const CatalogEntry* e : catalog.ofKind(kind))
            if (e->compute) system_->addItem(QStringLiteral("%1 (%2)").arg(text(e->model), text(e->id)), text(e->id));
    nodes_ = new QSpinBox(this);
    nodes_->setRange(1, 1'000'000);
    nodes_->setGroupSeparatorShown(true);
    nodes_->setValue(31);  // a DGX SuperPOD scalable unit: 32 node slots, the last one the UFM's
    auto* computeForm = new QFormLayout;
    computeForm->addRow(tr("Name"), name_);
    computeForm->addRow(tr("System"), system_);
    computeForm->addRow(tr("Nodes"), nodes_);

    fromReference_ = new QCheckBox(tr("Fabrics from the system's reference architecture (power and cooling always are)"), this);
    fromReference_->setChecked(true);
    reference_ = new QPlainTextEdit(this);
    reference_->setObjectName(QStringLiteral("referenceArchitecture"));
    reference_->setReadOnly(true);
    reference_->setMaximumHeight(150);
    compute_ = switchBox(catalog, this);
    storage_ = switchBox(catalog, this);
    inband_ = switchBox(catalog, this);
    oob_ = switchBox(catalog, this);
    auto* fabricsForm = new QFormLayout;
    fabricsForm->addRow(fromReference_);
    fabricsForm->addRow(reference_);
    fabricsForm->addRow(tr("Compute fabric switch"), compute_);
    fabricsForm->addRow(tr("Storage fabric switch"), storage_);
    fabricsForm->addRow(tr("In-band fabric switch"), inband_);
    fabricsForm->addRow(tr("Management (OOB) switch"), oob_);
    auto* fabrics = new QGroupBox(tr("Fabrics"), this);
    fabrics->setLayout(fabricsForm);

    hallAuto_ = new QCheckBox(tr("Automatic: the smallest standard hall that holds the racks"), this);
    hallAuto_->setChecked(true);
    width_ = new QDoubleSpinBox(this);
    depth_ = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* box : {width_, depth_}) {
        box->setRange(5, 2000);  // docs/spec.md, hall.width_m / depth_m
        box->setDecimals(1);
        box->setSuffix(tr(" m"));
    }
    width_->setValue(60);
    depth_->setValue(40);
    auto* hallForm = new QFormLayout;
    hallForm->addRow(hallAuto_);
    hallForm->addRow(tr("Width"), width_);
    hallForm->addRow(tr("Depth"), depth_);
    auto* hall = new QGroupBox(tr("Hall"), this);
    hall->setLayout(hallForm);

    preview_ = new QPlainTextEdit(this);
    preview_->setObjectName(QStringLiteral("specPreview"));
    preview_->setReadOnly(true);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* generate = buttons->addButton(tr("Generate"), QDialogButtonBox::AcceptRole);
    generate->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    QPushButton* save = buttons->addButton(tr("Save Spec As..."), QDialogButtonBox::ActionRole);
    QPushButton* open = buttons->addButton(tr("Open Spec File..."), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &GenerateSpecForm::saveSpec);
    connect(open, &QPushButton::clicked, this, [this] { done(kOpenFile); });

    auto* fields = new QVBoxLayout;
    fields->addLayout(computeForm);
    fields->addWidget(fabrics);
    fields->addWidget(hall);
    fields->addStretch(1);
    auto* specColumn = new QVBoxLayout;
    specColumn->addWidget(new QLabel(tr("The spec (docs/spec.md):"), this));
    specColumn->addWidget(preview_, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(fields, 3);
    columns->addLayout(specColumn, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(system_, &QComboBox::currentIndexChanged, this, &GenerateSpecForm::systemChanged);
    connect(name_, &QLineEdit::textChanged, this, &GenerateSpecForm::refresh);
    connect(nodes_, &QSpinBox::valueChanged, this, &GenerateSpecForm::refresh);
    connect(fromReference_, &QCheckBox::toggled, this, &GenerateSpecForm::refresh);
    connect(hallAuto_, &QCheckBox::toggled, this, &GenerateSpecForm::refresh);
    for (QComboBox* box : {compute_, storage_, inband_, oob_}) connect(box, &QComboBox::currentIndexChanged, this, &GenerateSpecForm::refresh);
    for (QDoubleSpinBox* box : {width_, depth_}) connect(box, &QDoubleSpinBox::valueChanged, this, &GenerateSpecForm::refresh);
    systemChanged();
    resize(1000, 640);
}

const CatalogEntry* GenerateSpecForm::chosenSystem() const { return catalog_.find(system_->currentData().toString().toStdString()); }

QComboBox& GenerateSpecForm::fabricSwitch(const QString& key) const {
    if (key == QLatin1String("storage")) return *storage_;
    if (key == QLatin1String("inband")) return *inband_;
    if (key == QLatin1String("oob")) return *oob_;
    return *compute_;
}

void GenerateSpecForm::systemChanged() {
    // The switch fields start at the reference architecture's choices: its defaults, shown.
    const QJsonObject fabrics = referenceOf(chosenSystem()).value(QStringLiteral("fabrics")).toObject();
    for (const char* key : {"compute", "storage", "inband", "oob"})
        choose(fabricSwitch(QLatin1String(key)), fabrics.value(QLatin1String(key)).toObject().value(QStringLiteral("switch")).toString());
    reference_->setPlainText(chosenSystem() ? describeReference(*chosenSystem()) : QString());
    refresh();
}

QString GenerateSpecForm::describeReference(const CatalogEntry& system) {
    const QJsonObject reference = referenceOf(&system);
    if (reference.isEmpty())
        return tr("%1 has no reference architecture in the catalog: the generator's per-key defaults apply (docs/spec.md).")
            .arg(text(system.model));
    QStringList lines;
    for (const char* part : {"fabrics", "power", "cooling"}) {
        const QJsonValue value = reference.value(QLatin1String(part));
        if (value.isUndefined()) continue;
        if (QLatin1String(part) == QLatin1String("fabrics") && value.isObject()) {
            lines << QStringLiteral("fabrics:");
            const QJsonObject fabrics = value.toObject();
            for (auto it = fabrics.begin(); it != fabrics.end(); ++it)
                lines << QStringLiteral("  %1: %2").arg(it.key(), it.value().isObject()
                                                                      ? QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))
                                                                      : it.value().toVariant().toString());
        } else {
            lines << QStringLiteral("%1: %2").arg(QLatin1String(part),
                                                  value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                                                                   : value.toVariant().toString());
        }
    }
    const ComputeSpec& compute = *system.compute;
    lines << tr("Source: %1 (%2)").arg(text(compute.referenceSource.title), text(compute.referenceSource.url));
    if (!compute.referenceEstimate.empty()) lines << tr("Estimate: %1").arg(text(compute.referenceEstimate));
    return lines.join(QLatin1Char('\n'));
}

QString GenerateSpecForm::referenceText() const { return reference_->toPlainText(); }

QString GenerateSpecForm::specJson() const {
    QJsonObject spec;
    spec.insert(QStringLiteral("name"), name_->text());
    spec.insert(QStringLiteral("compute"),
                QJsonObject{{QStringLiteral("system"), system_->currentData().toString()}, {QStringLiteral("nodes"), nodes_->value()}});
    if (!fromReference_->isChecked()) {
        // A fabric keeps the reference architecture's other settings (tiers, UFM, speed) when its
        // switch is the same; a different switch starts from the per-key defaults.
        const QJsonObject reference = referenceOf(chosenSystem()).value(QStringLiteral("fabrics")).toObject();
        QJsonObject fabrics;
        for (const char* key : {"compute", "storage", "inband", "oob"}) {
            const QString id = fabricSwitch(QLatin1String(key)).currentData().toString();
            if (id.isEmpty()) {
                fabrics.insert(QLatin1String(key), false);
                continue;
            }
            QJsonObject fabric = reference.value(QLatin1String(key)).toObject();
            if (fabric.value(QStringLiteral("switch")).toString() != id) fabric = QJsonObject{};
            fabric.insert(QStringLiteral("switch"), id);
            fabrics.insert(QLatin1String(key), fabric);
        }
        spec.insert(QStringLiteral("fabrics"), fabrics);
    }
    if (!hallAuto_->isChecked())
        spec.insert(QStringLiteral("hall"), QJsonObject{{QStringLiteral("width_m"), width_->value()}, {QStringLiteral("depth_m"), depth_->value()}});
    return QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Indented));
}

void GenerateSpecForm::refresh() {
    for (QComboBox* box : {compute_, storage_, inband_, oob_}) box->setEnabled(!fromReference_->isChecked());
    width_->setEnabled(!hallAuto_->isChecked());
    depth_->setEnabled(!hallAuto_->isChecked());
    preview_->setPlainText(specJson());
}

void GenerateSpecForm::saveSpec() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Spec"), QStringLiteral("cluster.json"), tr("Cluster specs (*.json)"));
    if (path.isEmpty()) return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(specJson().toUtf8()) < 0 || !file.commit())
        preview_->appendPlainText(tr("\n%1: could not be written (%2)").arg(path, file.errorString()));
}

}  // namespace rw::gui
