#pragma once
// The folder side of an atomic save (ProjectFile.cpp): where the temporary file goes, whether the
// folder can take it, what is left over from saves that were killed, and how a failure is told.
#include <exception>
#include <filesystem>
#include <string>

namespace rw::save {

/// `.NAME.tmp-HOST-PID-RANDOM` beside `target`: host and process say whose it is, so leftovers of
/// killed saves can be recognised (removeStaleTemporaries) without touching another host's.
[[nodiscard]] std::filesystem::path temporaryBeside(const std::filesystem::path& target);

/// Empty when a file can be created in `folder`; otherwise why not, in words (a read-only file
/// system, no permission).
[[nodiscard]] std::string whyFolderUnwritable(const std::filesystem::path& folder);

/// Removes temporaries of `target` left by saves on this host whose process is gone (a crash or a
/// kill part-way through a save). Returns how many were removed. Never throws.
int removeStaleTemporaries(const std::filesystem::path& target) noexcept;

/// fsync(2) of a file or folder; throws std::runtime_error naming it.
void syncPath(const std::filesystem::path& path, int openFlags);

/// The reason a save failed, for the user: a full disk says so and how much room is left.
[[nodiscard]] std::string describeSaveFailure(const std::exception& error, const std::filesystem::path& folder);

}  // namespace rw::save
