#pragma once
// A CLI command that writes a project file (route, generate, new) holds the project's lock while it
// works, as the app does while the project is open, and will not write over a file that another
// Rackweave has open or that changed on disk since the command read it, unless --force
// (issue 16, docs/file-format.md "Two writers").
#include <filesystem>
#include <optional>

#include "persistence/ProjectLock.h"

namespace rw::cli {

class ProjectWriteGuard final {
public:
    /// Takes the lock of `file` and notes its version on disk. Throws UsageError (exit 2) when
    /// another process holds the lock and `force` is false.
    ProjectWriteGuard(std::filesystem::path file, bool force);

    /// Call just before saving: throws UsageError when the file changed on disk since this guard
    /// was made (someone else saved it) and `force` is false.
    void checkBeforeSave() const;

private:
    std::filesystem::path file_;
    bool force_;
    std::optional<ProjectLock> lock_;
    std::optional<FileStamp> readStamp_;
};

}  // namespace rw::cli
