#include "CatalogPaletteModel.h"

#include <QMimeData>

#include "catalog/Catalog.h"
#include "edit/PlacementCommands.h"

namespace rw::gui {
namespace {

QString text(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

double maxPowerKw(const CatalogEntry& e) noexcept { return e.device ? e.device->power.maxW / 1000.0 : 0.0; }

QString tooltipOf(const CatalogEntry& e) {
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(text(e.model).toHtmlEscaped())
          << QStringLiteral("%1 · %2").arg(text(e.vendor).toHtmlEscaped(), text(toString(e.kind)))
          << QObject::tr("id: %1").arg(text(e.id).toHtmlEscaped());
    if (!e.partNumber.empty()) lines << QObject::tr("part number: %1").arg(text(e.partNumber).toHtmlEscaped());
    if (e.rack) lines << QObject::tr("%1 U usable, static load %2 kg").arg(e.rack->uHeight).arg(e.rack->staticLoadKg);
    else if (e.uHeight > 0) lines << QObject::tr("%1 U").arg(e.uHeight);
    if (e.dimensions.widthMm > 0)
        lines << QObject::tr("%1 x %2 x %3 mm (w x d x h)")
                     .arg(e.dimensions.widthMm).arg(e.dimensions.depthMm).arg(e.dimensions.heightMm);
    if (e.device && e.device->power.maxW > 0)
        lines << QObject::tr("%1 kW max, %2 kW typical").arg(maxPowerKw(e), 0, 'f', 2).arg(e.device->power.typicalW / 1000.0, 0, 'f', 2);
    if (e.cooling) lines << QObject::tr("cooling capacity %1 kW").arg(e.cooling->capacityKw);
    if (e.weightKg > 0) lines << QObject::tr("%1 kg").arg(e.weightKg);
    if (e.device && !e.device->ports.empty()) lines << QObject::tr("%n port(s)", nullptr, int(e.device->ports.size()));
    if (e.kind == CatalogKind::Rack) lines << QObject::tr("<i>Drag onto the floor plan to place it.</i>");
    else if (e.rackScale) lines << QObject::tr("<i>Drag onto the floor plan to place the rack with its parts.</i>");
    else if (cmd::isMountable(e)) lines << QObject::tr("<i>Drag onto a rack to mount it in the lowest free U.</i>");
    return lines.join(QStringLiteral("<br>"));
}

QStandardItem* cell(const QString& value) {
    auto* item = new QStandardItem(value);
    item->setEditable(false);
    item->setDragEnabled(false);
    return item;
}

QStandardItem* figure(double value, int decimals) {
    auto* item = cell(value > 0 ? QString::number(value, 'f', decimals) : QString());
    item->setData(value, Qt::UserRole);  // sorts by number, not text
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

CatalogPaletteModel::CatalogPaletteModel(QObject* parent) : QStandardItemModel(0, ColumnCount, parent) {
    setHorizontalHeaderLabels({tr("Name"), tr("U"), tr("kW"), tr("kg"), tr("Kind"), tr("Vendor")});
    setSortRole(Qt::UserRole);
}

bool CatalogPaletteModel::isPlaceable(const CatalogEntry& entry) noexcept {
    return entry.kind == CatalogKind::Rack || entry.rackScale || cmd::isMountable(entry);
}

void CatalogPaletteModel::setCatalog(const Catalog& catalog) {
    removeRows(0, rowCount());
    for (const CatalogEntry& e : catalog.entries()) {
        const QString name = text(e.model.empty() ? e.id : e.model);
        auto* nameItem = cell(name);
        nameItem->setData(name.toLower(), Qt::UserRole);
        nameItem->setData(text(e.id), EntryIdRole);
        nameItem->setData(text(toString(e.kind)), KindRole);
        // What the search box matches: id, name and vendor.
        nameItem->setData(QStringLiteral("%1\n%2\n%3").arg(text(e.id), name, text(e.vendor)), SearchTextRole);
        nameItem->setDragEnabled(isPlaceable(e));
        QList<QStandardItem*> row(ColumnCount);
        row[NameColumn] = nameItem;
        row[UnitsColumn] = figure(e.rack ? e.rack->uHeight : e.uHeight, 0);
        row[PowerColumn] = figure(maxPowerKw(e), 1);
        row[WeightColumn] = figure(e.weightKg, 1);
        row[KindColumn] = cell(text(toString(e.kind)));
        row[VendorColumn] = cell(text(e.vendor));
        row[KindColumn]->setData(row[KindColumn]->text(), Qt::UserRole);
        row[VendorColumn]->setData(row[VendorColumn]->text().toLower(), Qt::UserRole);
        const QString tip = tooltipOf(e);
        for (QStandardItem* item : row) {
            item->setToolTip(tip);
            item->setDragEnabled(nameItem->isDragEnabled());
        }
        appendRow(row);
    }
}

QString CatalogPaletteModel::entryId(const QModelIndex& index) const {
    return index.isValid() ? this->index(index.row(), NameColumn).data(EntryIdRole).toString() : QString();
}

QStringList CatalogPaletteModel::mimeTypes() const { return {QString::fromLatin1(kCatalogEntryMimeType)}; }

QMimeData* CatalogPaletteModel::mimeData(const QModelIndexList& indexes) const {
    // One entry per drag: the row of the first index (a row selection lists every column).
    if (indexes.isEmpty()) return nullptr;
    const QModelIndex first = indexes.front();
    if (!(flags(first) & Qt::ItemIsDragEnabled)) return nullptr;
    const QString id = entryId(first);
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kCatalogEntryMimeType), id.toUtf8());
    data->setText(id);
    return data;
}

}  // namespace rw::gui
