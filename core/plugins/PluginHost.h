#pragma once
// Loads plugin libraries (plugins/api/rackweave/plugin/Plugin.h) with dlopen, without Qt, and
// runs their exporters and checks so that a broken plugin never takes the host down:
//   - a file that is not a loadable library, lacks an entry point, reports another API
//     version, or throws while registering is refused: a LoadProblem naming the file and why;
//   - a check that throws becomes an error finding naming the file; an exporter that throws
//     becomes an InputError naming the file.
// A crash inside a plugin (a bad pointer) is not caught; that would need a separate process.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checks/Finding.h"
#include "rackweave/plugin/Plugin.h"

namespace rw {

struct LoadedExporter {
    const plugin::Exporter* exporter;
    std::filesystem::path file;  // the library it came from, for messages
};

struct LoadedCheck {
    const plugin::Check* check;
    std::filesystem::path file;
};

struct PluginLoadProblem {
    std::filesystem::path file;
    std::string reason;
};

class PluginHost {
public:
    PluginHost();
    ~PluginHost();
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    /// Loads every *.so in `dir` (sorted by name); a missing folder is no problem.
    void loadDirectory(const std::filesystem::path& dir);
    /// Loads one library; a refusal lands in problems() and returns false.
    bool loadFile(const std::filesystem::path& file);

    [[nodiscard]] const std::vector<LoadedExporter>& exporters() const noexcept { return exporters_; }
    [[nodiscard]] const std::vector<LoadedCheck>& checks() const noexcept { return checks_; }
    [[nodiscard]] const std::vector<PluginLoadProblem>& problems() const noexcept { return problems_; }
    /// Every file loaded, in load order.
    [[nodiscard]] const std::vector<std::filesystem::path>& files() const noexcept { return files_; }

    [[nodiscard]] const LoadedExporter* findExporter(const std::string& name) const;

    /// Runs one check with its declared defaults under `given`; findings stamped
    /// FindingSource::Plugin. A throw becomes one error finding naming the plugin's file.
    [[nodiscard]] static std::vector<Finding> runCheck(const LoadedCheck& check, const Model& design, const Catalog& catalog,
                                                       const RoutingResult* routes, const plugin::OptionValues& given);
    /// Runs an exporter; a throw becomes an InputError naming the plugin and its file.
    static void runExporter(const LoadedExporter& exporter, const Model& design, const Catalog& catalog,
                            const RoutingResult& routes, const plugin::OptionValues& given, std::ostream& output);

    /// The install's folder (<prefix>/lib/rackweave/plugins next to bin/), the user's
    /// ($XDG_DATA_HOME/rackweave/plugins or ~/.local/share/rackweave/plugins), then `extra`.
    [[nodiscard]] static std::vector<std::filesystem::path> standardDirectories(const std::vector<std::filesystem::path>& extra);

private:
    struct Library;
    void refuse(const std::filesystem::path& file, std::string reason);

    std::vector<std::unique_ptr<Library>> libraries_;  // each owns its registered objects, freed before dlclose
    std::vector<LoadedExporter> exporters_;
    std::vector<LoadedCheck> checks_;
    std::vector<PluginLoadProblem> problems_;
    std::vector<std::filesystem::path> files_;
};

/// Declared defaults overlaid by what the user gave.
[[nodiscard]] plugin::OptionValues withDefaults(const std::vector<plugin::OptionSpec>& specs, const plugin::OptionValues& given);

}  // namespace rw
