#pragma once
// A design check returns findings in the built-in form (checks/Finding.h). The host stamps
// their source as FindingSource::Plugin, so a plugin cannot pass its findings off as a
// built-in check's. It runs in `rackweave-cli check` after the built-in checks.
#include <string>
#include <vector>

#include "catalog/Catalog.h"
#include "checks/Finding.h"
#include "model/Model.h"
#include "rackweave/plugin/Options.h"
#include "router/RoutingResult.h"

namespace rw::plugin {

class Check {
public:
    virtual ~Check() = default;
    /// Lower case, digits and '-', unique among checks; prefixes its options (`--NAME-OPTION`).
    [[nodiscard]] virtual std::string name() const = 0;
    [[nodiscard]] virtual std::string description() const = 0;
    [[nodiscard]] virtual std::vector<OptionSpec> options() const { return {}; }
    /// `routes` is null when the design has none. Throws std::exception when it cannot run.
    [[nodiscard]] virtual std::vector<Finding> run(const Model& design, const Catalog& catalog,
                                                   const RoutingResult* routes, const OptionValues& options) const = 0;
};

}  // namespace rw::plugin
