#pragma once
// The status bar's summary of the project: how many racks, devices and cables it holds and, with
// a catalog, its total IT load (catalog max power, as the design statistics report it).
#include <QLabel>

#include "model/Model.h"

namespace rw {
class Catalog;
}

namespace rw::gui {

class ModelCountsLabel final : public QLabel {
    Q_OBJECT
public:
    explicit ModelCountsLabel(QWidget* parent = nullptr);

    /// Adds the IT load to the text from now on; `catalog` must outlive the label (null: none).
    void setCatalog(const Catalog* catalog) noexcept { catalog_ = catalog; }
    void showCounts(const Model& model);
    /// The text for `model`, e.g. "12 racks · 96 devices · 1,024 cables", followed by
    /// " · 1,234.5 kW IT (max)" when a catalog is given and the model has devices.
    [[nodiscard]] static QString countsText(const Model& model, const Catalog* catalog = nullptr);

private:
    const Catalog* catalog_ = nullptr;
};

}  // namespace rw::gui
