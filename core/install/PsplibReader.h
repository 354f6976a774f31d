#pragma once
// Reads single-mode PSPLIB instances (the ".sm" files of j30, j60, j90, j120; Kolisch & Sprecher
// 1996). Errors are rw::InputError naming the file and the line.
#include <filesystem>
#include <istream>
#include <string>

#include "install/RcpspProblem.h"

namespace rw::install {

/// `source` names the input in messages ("j301_1.sm:17: ...").
[[nodiscard]] RcpspProblem readPsplib(std::istream& in, const std::string& source);
[[nodiscard]] RcpspProblem readPsplibFile(const std::filesystem::path& path);

}  // namespace rw::install
