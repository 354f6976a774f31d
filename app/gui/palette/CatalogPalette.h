#pragma once
// The catalog palette dock's content: a search box, a kind filter and the catalog's entries with
// their key figures. Drag a rack type onto the floor plan to place it, a device onto a rack to
// mount it (FloorPlanDropTarget does the placing).
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeView;

namespace rw {
class Catalog;
}

namespace rw::gui {

class CatalogFilterProxy;
class CatalogPaletteModel;

class CatalogPalette final : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPalette(QWidget* parent = nullptr);

    /// Lists `catalog` (which must outlive the palette); kinds it has fill the kind filter.
    void setCatalog(const Catalog& catalog);

    [[nodiscard]] QSize sizeHint() const override;

    [[nodiscard]] QLineEdit& searchBox() const noexcept { return *search_; }
    [[nodiscard]] QComboBox& kindFilter() const noexcept { return *kind_; }
    [[nodiscard]] QTreeView& view() const noexcept { return *view_; }
    [[nodiscard]] CatalogPaletteModel& entries() const noexcept { return *model_; }
    /// Rows shown after filtering.
    [[nodiscard]] int visibleCount() const;
    /// Selects the shown row of entry `id`; false when it is filtered out or unknown.
    bool selectEntry(const QString& id);
    /// Shows only entries of this catalog kind ("rack", "switch", ...); empty for all.
    void showKind(const QString& kind);

private:
    /// The header's context menu: one check box per column but the name.
    void columnMenu(const QPoint& at);
    CatalogPaletteModel* model_;
    CatalogFilterProxy* proxy_;
    QLineEdit* search_;
    QComboBox* kind_;
    QTreeView* view_;
};

}  // namespace rw::gui
