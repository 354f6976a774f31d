#include "plugins/AppPlugins.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace rw::gui {
namespace {

namespace fs = std::filesystem;

struct AppPluginState {
    PluginHost host;
    std::vector<fs::path> extra;       // --plugins folders, in the order given
    std::set<fs::path> loadedFolders;  // by normal form, so a folder is never loaded twice
};

AppPluginState& state() {
    static AppPluginState s;
    return s;
}

}  // namespace

const PluginHost& appPlugins() {
    AppPluginState& s = state();
    for (const fs::path& dir : PluginHost::standardDirectories(s.extra)) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) continue;  // not there (yet): looked for again next time
        const fs::path key = fs::weakly_canonical(dir, ec);
        if (!s.loadedFolders.insert(ec ? dir.lexically_normal() : key).second) continue;
        s.host.loadDirectory(dir);
    }
    return s.host;
}

void addAppPluginDirectory(const fs::path& dir) {
    std::vector<fs::path>& extra = state().extra;
    if (std::find(extra.begin(), extra.end(), dir) == extra.end()) extra.push_back(dir);
}

std::vector<Finding> runPluginChecks(const Model& design, const Catalog& catalog, const RoutingResult* routes) {
    const PluginHost& host = appPlugins();
    std::vector<Finding> out;
    for (const LoadedCheck& check : host.checks()) {
        std::vector<Finding> found = PluginHost::runCheck(check, design, catalog, routes, {});
        out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    for (const PluginLoadProblem& problem : host.problems()) {
        Finding f;
        f.severity = Severity::Warning;
        f.source = FindingSource::Plugin;
        f.kind = EntityKind::Rack;  // about no object of the design; id 0 selects nothing
        f.id = 0;
        f.message = fmt::format("plugin {} refused: it {}", problem.file.string(), problem.reason);
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace rw::gui
