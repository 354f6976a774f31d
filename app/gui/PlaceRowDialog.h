#pragma once
// "Place a row of N racks": asks the rack type, how many, where the first one stands, which way
// the row faces, the gap between racks, the aisle to keep clear, the row's name and the first
// rack's name. The caller fills in sensible defaults (just past the selected rack, or free floor)
// and may give a free-floor finder: until the user types a position, the row moves to free floor
// as type, count, rotation, gap or aisle change. requestChanged() drives a live preview.
#include <QDialog>

#include "edit/PlacementCommands.h"

#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
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

    /// What the user chose; the hall is the defaults'. The pitch is the chosen type's width (from
    /// setRackWidth, else the defaults' pitch) plus the gap.
    [[nodiscard]] cmd::RackRowRequest request() const;

    using RackWidthFn = std::function<std::int32_t(const std::string& type)>;
    using FreeFloorFn = std::function<std::optional<Point2>(const cmd::RackRowRequest&, std::int32_t aisleMm)>;
    void setRackWidth(RackWidthFn width);
    /// Moves the first rack to free floor now and after each change, until x or y is edited.
    void setFreeFloor(FreeFloorFn find);

    [[nodiscard]] QComboBox& typeBox() const noexcept { return *type_; }
    [[nodiscard]] QSpinBox& countBox() const noexcept { return *count_; }
    [[nodiscard]] QSpinBox& xBox() const noexcept { return *x_; }
    [[nodiscard]] QSpinBox& yBox() const noexcept { return *y_; }
    [[nodiscard]] QComboBox& rotationBox() const noexcept { return *rotation_; }
    [[nodiscard]] QComboBox& roleBox() const noexcept { return *role_; }
    [[nodiscard]] QSpinBox& gapBox() const noexcept { return *gap_; }
    [[nodiscard]] QSpinBox& aisleBox() const noexcept { return *aisle_; }
    [[nodiscard]] QLineEdit& rowNameEdit() const noexcept { return *rowName_; }
    [[nodiscard]] QLineEdit& firstNameEdit() const noexcept { return *firstName_; }

signals:
    void requestChanged();

private:
    void moveToFreeFloor();

    cmd::RackRowRequest defaults_;
    QComboBox* type_;
    QSpinBox* count_;
    QSpinBox* x_;
    QSpinBox* y_;
    QComboBox* rotation_;
    QComboBox* role_;
    QSpinBox* gap_;
    QSpinBox* aisle_;
    QLineEdit* rowName_;
    QLineEdit* firstName_;
    RackWidthFn width_;
    FreeFloorFn freeFloor_;
    bool positionTyped_ = false;
    bool syncing_ = false;  // x and y set by the free-floor finder, not typed
};

}  // namespace rw::gui
