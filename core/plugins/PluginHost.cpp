#include "plugins/PluginHost.h"

#include <dlfcn.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <system_error>

#include "util/Errors.h"

namespace rw {

namespace fs = std::filesystem;

struct PluginHost::Library {
    void* handle = nullptr;
    plugin::Registry registry;
    ~Library() {
        registry = {};  // the objects' code lives in the library: destroy them first
        if (handle) dlclose(handle);
    }
};

PluginHost::PluginHost() = default;
PluginHost::~PluginHost() {
    exporters_.clear();
    checks_.clear();
    libraries_.clear();
}

void PluginHost::refuse(const fs::path& file, std::string reason) { problems_.push_back({file, std::move(reason)}); }

void PluginHost::loadDirectory(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".so" && entry.is_regular_file(ec)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) loadFile(file);
}

bool PluginHost::loadFile(const fs::path& file) {
    // RTLD_LOCAL: two plugins may define the same class names without clashing.
    auto lib = std::make_unique<Library>();
    lib->handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!lib->handle) {
        const char* why = dlerror();
        refuse(file, fmt::format("cannot be loaded: {}", why ? why : "unknown dlopen error"));
        return false;
    }
    using VersionFn = int (*)();
    using RegisterFn = void (*)(plugin::Registry&);
    auto version = reinterpret_cast<VersionFn>(dlsym(lib->handle, kRackweavePluginVersionSymbol));
    auto reg = reinterpret_cast<RegisterFn>(dlsym(lib->handle, kRackweavePluginRegisterSymbol));
    if (!version || !reg) {
        refuse(file, fmt::format("is not a Rackweave plugin: it lacks {}()", !version ? kRackweavePluginVersionSymbol
                                                                                     : kRackweavePluginRegisterSymbol));
        return false;
    }
    if (const int v = version(); v != plugin::kApiVersion) {
        refuse(file, fmt::format("was built for plugin API version {}, this Rackweave has version {}; rebuild it "
                                 "against this version's headers",
                                 v, plugin::kApiVersion));
        return false;
    }
    try {
        reg(lib->registry);
    } catch (const std::exception& e) {
        refuse(file, fmt::format("failed while registering: {}", e.what()));
        return false;
    } catch (...) {
        refuse(file, "failed while registering (a non-standard exception)");
        return false;
    }
    for (const auto& e : lib->registry.exporters) {
        if (!e) continue;
        const std::string name = e->name();
        if (const LoadedExporter* other = findExporter(name)) {
            refuse(file, fmt::format("exporter '{}' is already provided by {}; this one is skipped", name,
                                     other->file.string()));
            continue;
        }
        exporters_.push_back({e.get(), file});
    }
    for (const auto& c : lib->registry.checks)
        if (c) checks_.push_back({c.get(), file});
    files_.push_back(file);
    libraries_.push_back(std::move(lib));
    return true;
}

const LoadedExporter* PluginHost::findExporter(const std::string& name) const {
    for (const LoadedExporter& e : exporters_)
        if (e.exporter->name() == name) return &e;
    return nullptr;
}

plugin::OptionValues withDefaults(const std::vector<plugin::OptionSpec>& specs, const plugin::OptionValues& given) {
    plugin::OptionValues values;
    for (const plugin::OptionSpec& s : specs) values[s.name] = s.defaultValue;
    for (const auto& [name, value] : given) values[name] = value;
    return values;
}

std::vector<Finding> PluginHost::runCheck(const LoadedCheck& check, const Model& design, const Catalog& catalog,
                                          const RoutingResult* routes, const plugin::OptionValues& given) {
    std::string failure;
    try {
        std::vector<Finding> findings = check.check->run(design, catalog, routes, withDefaults(check.check->options(), given));
        for (Finding& f : findings) f.source = FindingSource::Plugin;
        return findings;
    } catch (const std::exception& e) {
        failure = e.what();
    } catch (...) {
        failure = "a non-standard exception";
    }
    Finding f;
    f.severity = Severity::Error;
    f.source = FindingSource::Plugin;
    f.kind = EntityKind::Rack;  // the design as a whole; no object to point at
    f.id = 0;
    f.message = fmt::format("plugin check '{}' ({}) failed and was skipped: {}", check.check->name(), check.file.string(), failure);
    return {f};
}

void PluginHost::runExporter(const LoadedExporter& exporter, const Model& design, const Catalog& catalog,
                             const RoutingResult& routes, const plugin::OptionValues& given, std::ostream& output) {
    try {
        exporter.exporter->write(design, catalog, routes, withDefaults(exporter.exporter->options(), given), output);
    } catch (const std::exception& e) {
        throw InputError(fmt::format("plugin exporter '{}' ({}) failed: {}", exporter.exporter->name(),
                                     exporter.file.string(), e.what()));
    } catch (...) {
        throw InputError(fmt::format("plugin exporter '{}' ({}) failed with a non-standard exception",
                                     exporter.exporter->name(), exporter.file.string()));
    }
}

std::vector<fs::path> PluginHost::standardDirectories(const std::vector<fs::path>& extra) {
    std::vector<fs::path> dirs;
    std::error_code ec;
    // Installed layout: <prefix>/bin/rackweave-cli and <prefix>/<libdir>/rackweave/plugins.
    if (const fs::path exe = fs::read_symlink("/proc/self/exe", ec); !ec)
        dirs.push_back(exe.parent_path().parent_path() / RACKWEAVE_PLUGIN_LIBDIR / "rackweave" / "plugins");
    // XDG Base Directory, as for the user's catalog: a relative XDG_DATA_HOME is ignored.
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && xdg[0] == '/')
        dirs.push_back(fs::path(xdg) / "rackweave" / "plugins");
    else if (const char* home = std::getenv("HOME"); home != nullptr && home[0] != '\0')
        dirs.push_back(fs::path(home) / ".local" / "share" / "rackweave" / "plugins");
    dirs.insert(dirs.end(), extra.begin(), extra.end());
    return dirs;
}

}  // namespace rw
