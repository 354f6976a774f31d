#pragma once
// Which racks the user has selected. One instance per window, shared by the floor plan, the Edit
// menu and the inspector, so every view shows the same selection.
#include <vector>

#include <QObject>

#include "model/Model.h"

namespace rw::gui {

class RackSelection final : public QObject {
    Q_OBJECT
public:
    explicit RackSelection(QObject* parent = nullptr) : QObject(parent) {}

    [[nodiscard]] const std::vector<RackId>& racks() const noexcept { return racks_; }
    [[nodiscard]] bool empty() const noexcept { return racks_.empty(); }
    [[nodiscard]] bool contains(RackId id) const noexcept;

    /// Replaces the selection (ids kept in ascending order); emits changed() if it differs.
    void set(std::vector<RackId> racks);
    void clear() { set({}); }
    /// Drops racks that no longer exist in `model` (after a delete or an undo of an add).
    void dropMissing(const Model& model);

signals:
    void changed();

private:
    std::vector<RackId> racks_;
};

}  // namespace rw::gui
