#include "support/FullDiskVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <stdexcept>

namespace rw::test {
namespace {

// A shim VFS in the usual SQLite pattern: xOpen opens the real file in the bytes after our own
// header and points pMethods at methods that forward to it, counting what xWrite writes.
std::atomic<std::int64_t> quota{-1};
std::atomic<std::int64_t> written{0};
std::atomic<std::int64_t> refused{0};
sqlite3_vfs* real = nullptr;
sqlite3_vfs shim{};

struct ShimFile {
    sqlite3_file base;
    sqlite3_file* inner() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

ShimFile* shimOf(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f); }
sqlite3_file* innerOf(sqlite3_file* f) { return shimOf(f)->inner(); }

int shimWrite(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset) {
    const std::int64_t limit = quota.load();
    if (limit >= 0 && written.fetch_add(amount) + amount > limit) {
        refused.fetch_add(1);
        return SQLITE_FULL;
    }
    return innerOf(f)->pMethods->xWrite(innerOf(f), data, amount, offset);
}
int shimClose(sqlite3_file* f) { return innerOf(f)->pMethods->xClose(innerOf(f)); }
int shimRead(sqlite3_file* f, void* data, int amount, sqlite3_int64 offset) {
    return innerOf(f)->pMethods->xRead(innerOf(f), data, amount, offset);
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size) { return innerOf(f)->pMethods->xTruncate(innerOf(f), size); }
int shimSync(sqlite3_file* f, int flags) { return innerOf(f)->pMethods->xSync(innerOf(f), flags); }
int shimFileSize(sqlite3_file* f, sqlite3_int64* size) { return innerOf(f)->pMethods->xFileSize(innerOf(f), size); }
int shimLock(sqlite3_file* f, int level) { return innerOf(f)->pMethods->xLock(innerOf(f), level); }
int shimUnlock(sqlite3_file* f, int level) { return innerOf(f)->pMethods->xUnlock(innerOf(f), level); }
int shimCheckReservedLock(sqlite3_file* f, int* out) {
    return innerOf(f)->pMethods->xCheckReservedLock(innerOf(f), out);
}
int shimFileControl(sqlite3_file* f, int op, void* arg) { return innerOf(f)->pMethods->xFileControl(innerOf(f), op, arg); }
int shimSectorSize(sqlite3_file* f) { return innerOf(f)->pMethods->xSectorSize(innerOf(f)); }
int shimDeviceCharacteristics(sqlite3_file* f) {
    return innerOf(f)->pMethods->xDeviceCharacteristics(innerOf(f));
}

// Version 1 methods only: no shared memory or memory mapping, so SQLite uses plain reads and
// writes and every byte written passes through shimWrite (project files use no WAL).
const sqlite3_io_methods shimMethods = {
    1, shimClose, shimRead, shimWrite, shimTruncate, shimSync, shimFileSize, shimLock, shimUnlock,
    shimCheckReservedLock, shimFileControl, shimSectorSize, shimDeviceCharacteristics,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

int shimOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    ShimFile* file = shimOf(f);
    file->base.pMethods = nullptr;
    const int rc = real->xOpen(real, name, file->inner(), flags, outFlags);
    if (rc == SQLITE_OK) file->base.pMethods = &shimMethods;
    else if (file->inner()->pMethods) file->inner()->pMethods->xClose(file->inner());
    return rc;
}

}  // namespace

FullDisk::FullDisk(std::int64_t quotaBytes) {
    sqlite3_initialize();
    if (real) throw std::logic_error("one FullDisk at a time");
    real = sqlite3_vfs_find(nullptr);
    shim = *real;
    shim.zName = "rackweave-test-full-disk";
    shim.szOsFile = static_cast<int>(sizeof(ShimFile)) + real->szOsFile;
    shim.xOpen = shimOpen;
    shim.pNext = nullptr;
    setQuota(quotaBytes);
    refused = 0;
    sqlite3_vfs_register(&shim, /*makeDefault=*/1);
}

FullDisk::~FullDisk() {
    sqlite3_vfs_unregister(&shim);
    sqlite3_vfs_register(real, /*makeDefault=*/1);
    real = nullptr;
}

void FullDisk::setQuota(std::int64_t quotaBytes) {
    written = 0;
    quota = quotaBytes;
}

std::int64_t FullDisk::refusedWrites() const { return refused.load(); }

}  // namespace rw::test
