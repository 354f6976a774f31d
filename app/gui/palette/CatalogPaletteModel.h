#pragma once
// The catalog as the palette lists it: one row per entry (name, U, kW, kg, kind, vendor) with a
// tooltip of its key figures. Rows that can be placed -- rack types on the floor, rack-mountable
// devices on a rack -- can be dragged; their drag data is the entry id as kCatalogEntryMimeType.
#include <QStandardItemModel>

namespace rw {
class Catalog;
struct CatalogEntry;
}

namespace rw::gui {

/// Drag data of one catalog entry: its id, UTF-8.
inline constexpr char kCatalogEntryMimeType[] = "application/x-rackweave-catalog-entry";

class CatalogPaletteModel final : public QStandardItemModel {
    Q_OBJECT
public:
    // Key figures first: a narrow dock still shows them beside the name.
    enum Column { NameColumn, UnitsColumn, PowerColumn, WeightColumn, KindColumn, VendorColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, KindRole, SearchTextRole };

    explicit CatalogPaletteModel(QObject* parent = nullptr);

    /// Lists `catalog`'s entries (replacing what was listed).
    void setCatalog(const Catalog& catalog);

    /// The entry id of the row of `index`.
    [[nodiscard]] QString entryId(const QModelIndex& index) const;

    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    /// Whether dragging the entry onto the floor plan does something.
    [[nodiscard]] static bool isPlaceable(const CatalogEntry& entry) noexcept;
};

}  // namespace rw::gui
