#pragma once
// The shipped catalog, loaded once per test binary (it is read-only for tests).
#include "catalog/Catalog.h"

namespace rw::test {

inline const Catalog& shippedCatalog() {
    static const Catalog catalog = Catalog::loadShipped();
    return catalog;
}

}  // namespace rw::test
