#include "OutputFile.h"

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

namespace rw::cli {

void writeOutput(const std::string& output, const std::function<void(std::ostream&)>& write) {
    if (output == "-") {
        write(std::cout);
        return;
    }
    namespace fs = std::filesystem;
    const fs::path target(output);
    const fs::path temp = target.parent_path() / fmt::format(".{}.tmp-{}", target.filename().string(), ::getpid());
    try {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) throw std::runtime_error(fmt::format("cannot write '{}'", temp.string()));
        write(out);
        out.close();
        if (!out) throw std::runtime_error(fmt::format("cannot write '{}'", temp.string()));
        fs::rename(temp, target);
    } catch (...) {
        std::error_code ec;
        fs::remove(temp, ec);
        throw;
    }
}

}  // namespace rw::cli
