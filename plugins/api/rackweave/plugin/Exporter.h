#pragma once
// An exporter writes a design to a stream in some format of its own (a site's asset system,
// a spreadsheet layout). It appears as `rackweave-cli export NAME DESIGN -o FILE`.
#include <iosfwd>
#include <string>
#include <vector>

#include "catalog/Catalog.h"
#include "model/Model.h"
#include "rackweave/plugin/Options.h"
#include "router/RoutingResult.h"

namespace rw::plugin {

class Exporter {
public:
    virtual ~Exporter() = default;
    /// The subcommand name: lower case, digits and '-', unique among exporters.
    [[nodiscard]] virtual std::string name() const = 0;
    [[nodiscard]] virtual std::string description() const = 0;
    [[nodiscard]] virtual std::vector<OptionSpec> options() const { return {}; }
    /// Writes the design; throws std::exception (message for the user) when it cannot.
    virtual void write(const Model& design, const Catalog& catalog, const RoutingResult& routes,
                       const OptionValues& options, std::ostream& output) const = 0;
};

}  // namespace rw::plugin
