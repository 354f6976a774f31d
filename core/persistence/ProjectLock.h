#pragma once
// Two writers on one project (issue 16): a lock file beside the project says who has it open,
// as office suites and KiCad do, and a stamp of the file taken when it was read tells a save
// whether someone else wrote it since.
//
// The lock is `.NAME.rackweave.lock` beside the project (beside the link's target when the project
// is reached through a symbolic link, so every way to the file shares one lock). It is held with
// flock(2) for as long as the project is open, so a holder that crashed or was killed releases it
// with its file descriptors: a lock file nobody holds is stale and is taken over, whatever it says.
// It records user, host, process id and time only to tell the next user who has the file.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace rw {

/// Who holds a project's lock, as recorded in the lock file.
struct LockHolder {
    std::string user;
    std::string host;
    long pid = 0;
    std::string since;  // ISO 8601, UTC
    /// "alice on build-07 (process 4242) since 2026-12-03T10:00:00Z"
    [[nodiscard]] std::string describe() const;
    /// "PROJECT: the project is open in Rackweave by <describe()>", as the CLI and the app say it.
    [[nodiscard]] std::string openElsewhere(const std::filesystem::path& project) const;
};

class ProjectLock final {
public:
    /// Takes the lock of `project` (which need not exist yet). Returns nullopt when another live
    /// process holds it; `holder` then says who. Throws std::runtime_error when the lock file
    /// cannot be made at all (a read-only folder), naming the file and the reason.
    static std::optional<ProjectLock> acquire(const std::filesystem::path& project, LockHolder* holder = nullptr);
    /// The lock file that belongs to `project`.
    [[nodiscard]] static std::filesystem::path lockFileFor(const std::filesystem::path& project);

    ProjectLock(ProjectLock&& other) noexcept;
    ProjectLock& operator=(ProjectLock&& other) noexcept;
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;
    /// Removes the lock file and releases the lock.
    ~ProjectLock();

    [[nodiscard]] const std::filesystem::path& file() const noexcept { return file_; }

private:
    ProjectLock(std::filesystem::path file, int fd) : file_(std::move(file)), fd_(fd) {}
    void release() noexcept;

    std::filesystem::path file_;
    int fd_ = -1;
};

/// What identifies one version of a file on disk: device, inode, size and modification time
/// (nanoseconds). An atomic save by anyone replaces the inode, an in-place write the time.
struct FileStamp {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint64_t size = 0;
    std::int64_t modifiedNs = 0;
    friend bool operator==(const FileStamp&, const FileStamp&) = default;

    /// The stamp of `file` now (through symbolic links); nullopt when it does not exist.
    [[nodiscard]] static std::optional<FileStamp> of(const std::filesystem::path& file);
};

/// True when `file` is no longer the version `readStamp` recorded (changed, replaced or deleted).
/// A file that did not exist when read (`readStamp` empty) has changed if it exists now.
[[nodiscard]] bool changedOnDisk(const std::filesystem::path& file, const std::optional<FileStamp>& readStamp);

}  // namespace rw
