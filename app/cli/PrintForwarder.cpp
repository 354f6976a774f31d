// `rackweave-cli print ...` runs rackweave-print with the same arguments: printing paints with
// Qt Gui, which rackweave-cli does not link (app/cli/CMakeLists.txt). rackweave-print is looked
// for beside rackweave-cli (the build tree) and in <prefix>/libexec/rackweave (installed; the
// rackweave package ships it, rackweave-cli's does not).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <fmt/format.h>
#include <vector>

#include "Cli.h"

namespace rw::cli {

namespace {

namespace fs = std::filesystem;

fs::path findPrintHelper() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    for (const fs::path& candidate : {exe.parent_path() / "rackweave-print",
                                      exe.parent_path().parent_path() / RACKWEAVE_PRINT_HELPER_DIR / "rackweave-print"})
        if (fs::is_regular_file(candidate, ec)) return candidate;
    return {};
}

}  // namespace

void addPrintForwarder(CLI::App& app, int argc, char** argv) {
    auto* print = app.add_subcommand("print", "Print install paperwork as PDF: cable labels, work orders "
                                              "(runs rackweave-print from the rackweave package)");
    print->prefix_command();  // everything after `print`, --help included, is rackweave-print's
    print->set_help_flag();
    print->callback([argc, argv] {
        const fs::path helper = findPrintHelper();
        if (helper.empty())
            throw std::runtime_error("print: rackweave-print is not installed (it comes with the rackweave package, "
                               "with the Qt libraries printing needs)");
        std::vector<char*> args{const_cast<char*>(helper.c_str())};
        for (int i = 1; i < argc; ++i) args.push_back(argv[i]);
        args.push_back(nullptr);
        execv(helper.c_str(), args.data());
        throw std::runtime_error(fmt::format("print: cannot run {}: {}", helper.string(), std::strerror(errno)));
    });
}

}  // namespace rw::cli
