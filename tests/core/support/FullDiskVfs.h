#pragma once
// A disk that fills up, for tests: while a FullDisk is alive, every SQLite file opened through the
// default VFS (as the project file code opens them) may receive only `quotaBytes` of writes in
// all; a write past that fails with SQLITE_FULL, which is what SQLite reports when write(2)
// returns ENOSPC on a real full disk. Lifting the quota (setQuota) is the user freeing space.
// One at a time per process; not thread-safe to construct concurrently, but writes from worker
// threads (the app's autosave) are counted atomically.
#include <cstdint>

namespace rw::test {

class FullDisk {
public:
    explicit FullDisk(std::int64_t quotaBytes);
    ~FullDisk();
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;

    /// A new quota, counted from now (a negative quota: unlimited, the disk has room again).
    void setQuota(std::int64_t quotaBytes);
    /// Writes refused so far with SQLITE_FULL.
    [[nodiscard]] std::int64_t refusedWrites() const;
};

}  // namespace rw::test
