#pragma once
// Shared by the check tests: the report test catalog (round figures) and a message matcher.
#include <string_view>

#include "catalog/Catalog.h"
#include "checks/Finding.h"
#include "reports/FatTreeFixture.h"

namespace rw::test {

inline const Catalog& checkTestCatalog() {
    static const Catalog catalog = Catalog::fromJsonText(kReportTestCatalog, "report-test-catalog.json");
    return catalog;
}

inline bool mentions(const Finding& f, std::string_view text) { return f.message.find(text) != std::string::npos; }

}  // namespace rw::test
