#pragma once
// What the derived views (colour modes, findings, elevation, overlays) read besides the model:
// the catalog and the current routing result. One instance per window. The routing result is
// owned elsewhere (the session, once it routes); this class only says where to get it and when
// it changed, so those views never hold a stale pointer.
#include <functional>

#include <QObject>

#include "router/RoutingResult.h"

namespace rw {
class Catalog;
}

namespace rw::gui {

class DesignContext final : public QObject {
    Q_OBJECT
public:
    using RoutesSource = std::function<const RoutingResult*()>;

    explicit DesignContext(QObject* parent = nullptr) : QObject(parent) {}

    [[nodiscard]] const Catalog* catalog() const noexcept { return catalog_; }
    /// `catalog` must outlive this object (or be replaced first).
    void setCatalog(const Catalog* catalog);

    /// The current routing result, or null when the design has none.
    [[nodiscard]] const RoutingResult* routes() const { return routes_ ? routes_() : nullptr; }
    void setRoutesSource(RoutesSource source);
    /// Tell the views that what routes() returns changed (connect the router's signal here).
    void notifyRoutesChanged();

signals:
    void catalogChanged();
    void routesChanged();

private:
    const Catalog* catalog_ = nullptr;
    RoutesSource routes_;
};

}  // namespace rw::gui
