#include "persistence/ProjectLock.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <stdexcept>
#include <string_view>

namespace rw {

namespace fs = std::filesystem;

namespace {

std::string userName() {
    if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_name) return pw->pw_name;
    if (const char* u = std::getenv("USER")) return u;
    return fmt::format("uid {}", ::getuid());
}

std::string hostName() {
    char buf[256] = {};
    return ::gethostname(buf, sizeof buf - 1) == 0 ? std::string(buf) : std::string("unknown host");
}

std::string nowUtc() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// One "key=value" line each; values never hold a newline (we write them) and are capped on read,
// since a lock file is as untrusted as any other file in a shared folder.
LockHolder readHolder(int fd) {
    char buf[4096];
    const ssize_t n = ::pread(fd, buf, sizeof buf, 0);
    LockHolder h;
    std::string_view text(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        const auto eq = line.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view key = line.substr(0, eq);
        const std::string value(line.substr(eq + 1, 200));
        if (key == "user") h.user = value;
        if (key == "host") h.host = value;
        if (key == "since") h.since = value;
        if (key == "pid") h.pid = std::strtol(value.c_str(), nullptr, 10);
    }
    if (h.user.empty()) h.user = "someone";
    return h;
}

void writeHolder(int fd) {
    const std::string text =
        fmt::format("user={}\nhost={}\npid={}\nsince={}\n", userName(), hostName(), static_cast<long>(::getpid()), nowUtc());
    // Best effort: the flock is the lock; the text only tells others who holds it.
    if (::ftruncate(fd, 0) == 0) (void)!::pwrite(fd, text.data(), text.size(), 0);
}

}  // namespace

std::string LockHolder::describe() const {
    std::string s = user;
    if (!host.empty()) s += " on " + host;
    if (pid > 0) s += fmt::format(" (process {})", pid);
    if (!since.empty()) s += " since " + since;
    return s;
}

std::string LockHolder::openElsewhere(const fs::path& project) const {
    return fmt::format("{}: the project is open in Rackweave by {}", project.string(), describe());
}

fs::path ProjectLock::lockFileFor(const fs::path& project) {
    std::error_code ec;
    fs::path real = fs::weakly_canonical(fs::absolute(project, ec), ec);
    if (ec || real.empty()) real = project;
    return real.parent_path() / ("." + real.filename().string() + ".lock");
}

std::optional<ProjectLock> ProjectLock::acquire(const fs::path& project, LockHolder* holder) {
    const fs::path lock = lockFileFor(project);
    // The previous holder removes its lock file on release; if that happens between our open and
    // our flock we hold a file no one else can see, so check it is still the one at the path.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0)
            throw std::runtime_error(fmt::format("{}: cannot make the lock file: {}", lock.string(), std::strerror(errno)));
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int err = errno;
            if (err == EWOULDBLOCK) {
                if (holder) *holder = readHolder(fd);
                ::close(fd);
                return std::nullopt;
            }
            ::close(fd);
            throw std::runtime_error(fmt::format("{}: cannot lock: {}", lock.string(), std::strerror(err)));
        }
        struct stat held {}, named {};
        if (::fstat(fd, &held) == 0 && ::stat(lock.c_str(), &named) == 0 && held.st_ino == named.st_ino &&
            held.st_dev == named.st_dev) {
            writeHolder(fd);
            return ProjectLock(lock, fd);
        }
        ::close(fd);
    }
    throw std::runtime_error(fmt::format("{}: the lock file keeps changing; another program is opening and closing the project",
                                         lock.string()));
}

ProjectLock::ProjectLock(ProjectLock&& other) noexcept : file_(std::move(other.file_)), fd_(other.fd_) { other.fd_ = -1; }

ProjectLock& ProjectLock::operator=(ProjectLock&& other) noexcept {
    if (this != &other) {
        release();
        file_ = std::move(other.file_);
        fd_ = other.fd_;
        other.fd_ = -1;
    }
    return *this;
}

ProjectLock::~ProjectLock() { release(); }

void ProjectLock::release() noexcept {
    if (fd_ < 0) return;
    ::unlink(file_.c_str());  // while still held, so no one takes over a file about to vanish
    ::close(fd_);
    fd_ = -1;
}

std::optional<FileStamp> FileStamp::of(const fs::path& file) {
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0) return std::nullopt;
    return FileStamp{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino),
                     static_cast<std::uint64_t>(st.st_size),
                     static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

bool changedOnDisk(const fs::path& file, const std::optional<FileStamp>& readStamp) {
    return FileStamp::of(file) != readStamp;
}

}  // namespace rw
