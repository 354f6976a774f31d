#include "docks/DesignContext.h"

namespace rw::gui {

void DesignContext::setCatalog(const Catalog* catalog) {
    catalog_ = catalog;
    emit catalogChanged();
}

void DesignContext::setRoutesSource(RoutesSource source) {
    routes_ = std::move(source);
    emit routesChanged();
}

void DesignContext::notifyRoutesChanged() { emit routesChanged(); }

}  // namespace rw::gui
