#pragma once
// "Place a row of N racks": asks the rack type, how many, where the first one stands and which
// way the row faces. The caller fills in sensible defaults (e.g. just past the selected rack).
#include <QDialog>

#include "edit/PlacementCommands.h"

class QComboBox;
class QSpinBox;

namespace rw {
class Catalog;
}

namespace rw::gui {

class PlaceRowDialog final : public QDialog {
    Q_OBJECT
public:
    /// Offers `catalog`'s rack types (null: only the type of `defaults`).
    PlaceRowDialog(const Catalog* catalog, const cmd::RackRowRequest& defaults, QWidget* parent = nullptr);

    /// What the user chose; hall, pitch and row name are the defaults' (the caller sets the pitch
    /// from the chosen type).
    [[nodiscard]] cmd::RackRowRequest request() const;

    [[nodiscard]] QComboBox& typeBox() const noexcept { return *type_; }
    [[nodiscard]] QSpinBox& countBox() const noexcept { return *count_; }
    [[nodiscard]] QSpinBox& xBox() const noexcept { return *x_; }
    [[nodiscard]] QSpinBox& yBox() const noexcept { return *y_; }
    [[nodiscard]] QComboBox& rotationBox() const noexcept { return *rotation_; }
    [[nodiscard]] QComboBox& roleBox() const noexcept { return *role_; }

private:
    cmd::RackRowRequest defaults_;
    QComboBox* type_;
    QSpinBox* count_;
    QSpinBox* x_;
    QSpinBox* y_;
    QComboBox* rotation_;
    QComboBox* role_;
};

}  // namespace rw::gui
