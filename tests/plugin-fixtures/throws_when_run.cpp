// Registers fine; its check and exporter throw when used.
#include <stdexcept>

#include "rackweave/plugin/Plugin.h"

namespace {

class ThrowingCheck final : public rw::plugin::Check {
public:
    std::string name() const override { return "always-throws"; }
    std::string description() const override { return "throws"; }
    std::vector<rw::Finding> run(const rw::Model&, const rw::Catalog&, const rw::RoutingResult*,
                                 const rw::plugin::OptionValues&) const override {
        throw std::runtime_error("boom in check");
    }
};

class ThrowingExporter final : public rw::plugin::Exporter {
public:
    std::string name() const override { return "always-throws"; }
    std::string description() const override { return "throws"; }
    void write(const rw::Model&, const rw::Catalog&, const rw::RoutingResult&, const rw::plugin::OptionValues&,
               std::ostream&) const override {
        throw std::runtime_error("boom in exporter");
    }
};

}  // namespace

RACKWEAVE_PLUGIN_EXPORT int rackweave_plugin_api_version() { return rw::plugin::kApiVersion; }
RACKWEAVE_PLUGIN_EXPORT void rackweave_plugin_register(rw::plugin::Registry& registry) {
    registry.checks.push_back(std::make_unique<ThrowingCheck>());
    registry.exporters.push_back(std::make_unique<ThrowingExporter>());
}
