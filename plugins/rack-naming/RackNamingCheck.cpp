// rack-naming: racks whose names break the site's naming convention. The convention is a
// regular expression (ECMAScript syntax) the whole name must match, e.g. a site that names
// racks by hall, row and position uses --rack-naming-pattern 'H[0-9]+-R[0-9]{2}-[0-9]{2}'.
#include <regex>
#include <stdexcept>

#include "rackweave/plugin/Plugin.h"

namespace {

using namespace rw;

class RackNamingCheck final : public plugin::Check {
public:
    std::string name() const override { return "rack-naming"; }
    std::string description() const override { return "Rack names must match the site's naming pattern"; }
    std::vector<plugin::OptionSpec> options() const override {
        return {{"pattern", "Regular expression a whole rack name must match", "[A-Za-z][A-Za-z0-9._-]*"},
                {"severity", "Severity of a misnamed rack: error, warning or info", "warning"}};
    }

    std::vector<Finding> run(const Model& design, const Catalog&, const RoutingResult*,
                             const plugin::OptionValues& options) const override {
        const std::string& pattern = options.at("pattern");
        std::regex re;
        try {
            re = std::regex(pattern, std::regex::ECMAScript);
        } catch (const std::regex_error& e) {
            throw std::invalid_argument("pattern '" + pattern + "' is not a valid regular expression: " + e.what());
        }
        const Severity severity = parseSeverity(options.at("severity"));
        std::vector<Finding> findings;
        design.racks().forEach([&](RackId id, const Rack& rack) {
            if (std::regex_match(rack.name, re)) return;
            findings.push_back({severity, FindingSource::Plugin, EntityKind::Rack, id.value,
                                "rack name '" + rack.name + "' does not match the naming pattern '" + pattern + "'"});
        });
        return findings;
    }

private:
    static Severity parseSeverity(const std::string& text) {
        if (text == "error") return Severity::Error;
        if (text == "warning") return Severity::Warning;
        if (text == "info") return Severity::Info;
        throw std::invalid_argument("severity '" + text + "' is not one of error, warning, info");
    }
};

}  // namespace

RACKWEAVE_PLUGIN_EXPORT int rackweave_plugin_api_version() { return rw::plugin::kApiVersion; }
RACKWEAVE_PLUGIN_EXPORT void rackweave_plugin_register(rw::plugin::Registry& registry) {
    registry.checks.push_back(std::make_unique<RackNamingCheck>());
}
