#include "persistence/SaveFolder.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <random>
#include <stdexcept>
#include <string_view>

#include "persistence/Sqlite.h"

namespace rw::save {
namespace {

namespace fs = std::filesystem;

std::string hostName() {
    std::array<char, 256> name{};
    if (::gethostname(name.data(), name.size() - 1) != 0 || name[0] == '\0') return "localhost";
    return name.data();
}

std::string temporaryPrefix(const fs::path& target) {
    return "." + target.filename().string() + ".tmp-" + hostName() + "-";
}

// The process id in "PID-RANDOM", or 0 where the rest of the name is not ours.
pid_t processOf(std::string_view rest) {
    const auto dash = rest.find('-');
    if (dash == std::string_view::npos || rest.size() - dash - 1 != 8) return 0;
    long pid = 0;
    const auto [end, ec] = std::from_chars(rest.data(), rest.data() + dash, pid);
    if (ec != std::errc() || end != rest.data() + dash || pid <= 0) return 0;
    return static_cast<pid_t>(pid);
}

bool processGone(pid_t pid) { return ::kill(pid, 0) != 0 && errno == ESRCH; }

std::string freeSpace(const fs::path& folder) {
    struct statvfs fsInfo {};
    if (::statvfs(folder.c_str(), &fsInfo) != 0) return {};
    const double bytes = static_cast<double>(fsInfo.f_bavail) * static_cast<double>(fsInfo.f_frsize);
    return fmt::format(" ({:.1f} MB free there)", bytes / 1e6);
}

}  // namespace

fs::path temporaryBeside(const fs::path& target) {
    std::random_device rd;
    return target.parent_path() / fmt::format("{}{}-{:08x}", temporaryPrefix(target), ::getpid(), rd());
}

std::string whyFolderUnwritable(const fs::path& folder) {
    if (::access(folder.c_str(), W_OK | X_OK) == 0) return {};
    const int err = errno;
    if (err == EROFS) return fmt::format("the folder {} is on a read-only file system", folder.string());
    if (err == EACCES || err == EPERM) return fmt::format("you have no permission to write in the folder {}", folder.string());
    return fmt::format("cannot write in the folder {}: {}", folder.string(), std::strerror(err));
}

int removeStaleTemporaries(const fs::path& target) noexcept {
    int removed = 0;
    try {
        const std::string prefix = temporaryPrefix(target);
        std::error_code ec;
        for (fs::directory_iterator it(target.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
            const pid_t pid = processOf(std::string_view(name).substr(prefix.size()));
            if (pid == 0 || pid == ::getpid() || !processGone(pid)) continue;
            std::error_code gone;
            if (fs::remove(it->path(), gone)) ++removed;
        }
    } catch (...) {
        // Tidying is a courtesy; it must never fail a save.
    }
    return removed;
}

void syncPath(const fs::path& path, int openFlags) {
    const int fd = ::open(path.c_str(), openFlags);
    if (fd < 0) throw std::runtime_error(fmt::format("cannot open {} to sync: {}", path.string(), std::strerror(errno)));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) throw std::runtime_error(fmt::format("writing {} to disk failed: {}", path.string(), std::strerror(err)));
}

std::string describeSaveFailure(const std::exception& error, const fs::path& folder) {
    if (const auto* sqlite = dynamic_cast<const sql::SqliteError*>(&error)) {
        const int err = sqlite->systemErrno();
        if ((sqlite->code() & 0xff) == SQLITE_FULL || err == ENOSPC) return "the disk is full" + freeSpace(folder);
        if (err == EDQUOT) return "your disk quota is used up" + freeSpace(folder);
        if (err == EFBIG) return "the file would be larger than this system lets a process write (file size limit)";
        if (err != 0) return fmt::format("{} ({})", sqlite->what(), std::strerror(err));
    }
    if (const auto* filesystem = dynamic_cast<const fs::filesystem_error*>(&error)) {
        if (filesystem->code() == std::errc::no_space_on_device) return "the disk is full" + freeSpace(folder);
    }
    return error.what();
}

}  // namespace rw::save
