#include "ProjectWriteGuard.h"

#include <fmt/format.h>

#include <stdexcept>

#include "Cli.h"

namespace rw::cli {

ProjectWriteGuard::ProjectWriteGuard(std::filesystem::path file, bool force) : file_(std::move(file)), force_(force) {
    readStamp_ = FileStamp::of(file_);
    LockHolder holder;
    try {
        lock_ = ProjectLock::acquire(file_, &holder);
    } catch (const std::runtime_error&) {
        // No lock can be made there (a missing or read-only folder): the save itself then says
        // why it fails, in the file's own terms, or works unlocked.
        return;
    }
    if (!lock_ && !force_)
        throw UsageError(holder.openElsewhere(file_) + "; close it there, or pass --force to write it anyway");
}

void ProjectWriteGuard::checkBeforeSave() const {
    if (force_ || !changedOnDisk(file_, readStamp_)) return;
    throw UsageError(fmt::format("{}: the file changed on disk while this command ran (another program saved it); nothing was "
                                 "written. Run the command again, or pass --force to overwrite it",
                                 file_.string()));
}

}  // namespace rw::cli
