// rack-list: one line per rack (name, hall, row, position in metres) for an asset system's
// import, e.g. `rackweave-cli export rack-list design.rackweave -o racks.csv`. Fields that
// contain the separator or a quote are quoted as RFC 4180 says.
#include <ostream>
#include <stdexcept>

#include "rackweave/plugin/Plugin.h"

namespace {

using namespace rw;

std::string field(const std::string& text, char separator) {
    if (text.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

std::string metres(std::int32_t mm) {
    // Exact to the millimetre without locale or floating-point surprises.
    const std::int32_t whole = mm / 1000, rest = mm % 1000;
    std::string text = (mm < 0 && whole == 0 ? "-" : "") + std::to_string(whole) + '.';
    const std::string frac = std::to_string(rest < 0 ? -rest : rest);
    return text + std::string(3 - frac.size(), '0') + frac;
}

class RackListExporter final : public plugin::Exporter {
public:
    std::string name() const override { return "rack-list"; }
    std::string description() const override { return "Racks with hall, row and position (CSV for an asset system)"; }
    std::vector<plugin::OptionSpec> options() const override {
        return {{"separator", "Field separator: one character, or 'tab'", ","}};
    }

    void write(const Model& design, const Catalog&, const RoutingResult&, const plugin::OptionValues& options,
               std::ostream& out) const override {
        const std::string& sep = options.at("separator");
        if (sep != "tab" && sep.size() != 1) throw std::invalid_argument("separator '" + sep + "' is not one character or 'tab'");
        const char s = sep == "tab" ? '\t' : sep[0];
        out << "rack" << s << "hall" << s << "row" << s << "x_m" << s << "y_m\n";
        design.racks().forEach([&](RackId, const Rack& rack) {
            const Hall* hall = design.halls().find(rack.hall);
            const Row* row = design.rows().find(rack.row);
            out << field(rack.name, s) << s << field(hall ? hall->name : "", s) << s << field(row ? row->name : "", s) << s
                << metres(rack.position.x) << s << metres(rack.position.y) << '\n';
        });
    }
};

}  // namespace

RACKWEAVE_PLUGIN_EXPORT int rackweave_plugin_api_version() { return rw::plugin::kApiVersion; }
RACKWEAVE_PLUGIN_EXPORT void rackweave_plugin_register(rw::plugin::Registry& registry) {
    registry.exporters.push_back(std::make_unique<RackListExporter>());
}
