#pragma once
// The one cable the user is looking at (picked in the findings list or the rack elevation).
// The floor plan highlights its route and selects its end racks. Cables are not part of the
// rack selection: a cable has no footprint to click on.
#include <QObject>

#include "model/Model.h"

namespace rw::gui {

class CableFocus final : public QObject {
    Q_OBJECT
public:
    explicit CableFocus(QObject* parent = nullptr) : QObject(parent) {}

    [[nodiscard]] CableId cable() const noexcept { return cable_; }
    /// Focuses `cable` (an invalid id clears); emits changed() even when it is the same cable,
    /// so a second click frames it again.
    void set(CableId cable);
    void clear() { set(CableId{}); }

signals:
    void changed();

private:
    CableId cable_;
};

}  // namespace rw::gui
