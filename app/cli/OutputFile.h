#pragma once
// Where an export writes: standard output for "-", else a file written beside the target and
// renamed over it, so a failed or interrupted export never leaves half a file (or damages the
// previous one).
#include <functional>
#include <iosfwd>
#include <string>

namespace rw::cli {

void writeOutput(const std::string& output, const std::function<void(std::ostream&)>& write);

}  // namespace rw::cli
