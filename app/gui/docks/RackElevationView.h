#pragma once
// One rack's elevation: its front and rear rails side by side, U numbers from 1 at the bottom,
// each device as a block at its U position in its role's colour with its name, empty U left
// open. Devices mounted on one face show as a faint outline on the other (they fill the U).
// Zero-U devices (vertical PDUs) are listed under the rails.
#include <vector>

#include <QWidget>

#include "model/Model.h"

namespace rw {
class Catalog;
}

namespace rw::gui {

class RackElevationView final : public QWidget {
    Q_OBJECT
public:
    explicit RackElevationView(QWidget* parent = nullptr);

    /// Shows `rack` of `model` (an invalid id shows nothing). `catalog` gives U heights; it may be null.
    void showRack(const Model& model, const Catalog* catalog, RackId rack);

    [[nodiscard]] RackId rack() const noexcept { return rack_; }
    [[nodiscard]] int rackUnits() const noexcept { return units_; }
    /// Where a device is drawn (its own face); empty when it is not shown.
    [[nodiscard]] QRect deviceRect(DeviceId device) const;
    /// The device drawn at `pos` (own face first), or an invalid id.
    [[nodiscard]] DeviceId deviceAt(QPoint pos) const;
    /// The widget rectangle of U `u` (1 = lowest) on `face`.
    [[nodiscard]] QRect unitRect(int u, Face face) const;
    [[nodiscard]] DeviceId highlighted() const noexcept { return highlighted_; }
    void setHighlighted(DeviceId device);

    /// What hovering at `pos` shows: the device's name, model, U span, face and role; empty off devices.
    [[nodiscard]] QString toolTipAt(QPoint pos) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void deviceClicked(rw::DeviceId device);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Mounted {
        DeviceId id;
        QString name;
        QString model;  // the catalog entry's model ("DGX H100"), else its id
        DeviceRole role = DeviceRole::Other;
        Face face = Face::Front;
        int lowU = 1;
        int heightU = 1;
    };
    [[nodiscard]] int unitPx() const;
    [[nodiscard]] QRect columnRect(Face face) const;
    [[nodiscard]] QRect blockRect(const Mounted& m, Face face) const;

    RackId rack_;
    QString title_;
    int units_ = 0;
    bool unitsKnown_ = false;
    std::vector<Mounted> mounted_;
    QStringList zeroU_;
    DeviceId highlighted_;
};

}  // namespace rw::gui
