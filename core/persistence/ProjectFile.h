#pragma once
// The .rackweave project file: one SQLite database (see docs/file-format.md).
// Save is atomic: it writes a temporary file beside the target and renames it over the old one,
// so a failed or killed save leaves the previous file byte-identical. Open never writes.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/Model.h"
#include "router/RoutingResult.h"

namespace rw {

/// Why a project file could not be opened or saved. what() names the file and the reason.
class ProjectFileError : public std::runtime_error {
public:
    enum class Reason { Missing, NotSqlite, ForeignApplication, NewerSchema, Corrupt, DanglingReference, Io };
    ProjectFileError(Reason reason, const std::filesystem::path& file, const std::string& detail);
    [[nodiscard]] Reason reason() const noexcept { return reason_; }
    [[nodiscard]] const std::filesystem::path& file() const noexcept { return file_; }

private:
    Reason reason_;
    std::filesystem::path file_;
};

struct ProjectFileFormat {
    static constexpr std::int32_t kApplicationId = 0x52574541;  // "RWEA"
    static constexpr std::int32_t kSchemaVersion = 3;  // 1 and 2 are still read (docs/file-format.md)
};

/// Reads a project. Throws ProjectFileError (missing, not SQLite, another application's file,
/// a newer schema, a truncated or corrupted file, a dangling reference).
[[nodiscard]] Model openProject(const std::filesystem::path& file);

/// Writes a project atomically. Throws ProjectFileError; the previous file is then untouched.
void saveProject(const Model& model, const std::filesystem::path& file);

/// A project with the routing results saved beside it (issue 5, docs/routing.md).
struct OpenedProject {
    Model model;
    std::optional<RoutingResult> routes;  // none when the file carries no routing
};

/// openProject, plus the routing tables when the file has them (docs/file-format.md, "Routing").
[[nodiscard]] OpenedProject openProjectWithRoutes(const std::filesystem::path& file);

/// openProjectWithRoutes for a file's bytes held in memory (a download, a fuzz input), with the
/// same checks and errors; `name` stands for the file in messages.
[[nodiscard]] OpenedProject openProjectBytes(std::string_view bytes, const std::filesystem::path& name);

/// saveProject, plus routing results computed on this model (nullptr: none, as saveProject).
void saveProject(const Model& model, const RoutingResult* routes, const std::filesystem::path& file);

/// The schema version stored in a file (for `rackweave-cli info`), without loading the model.
[[nodiscard]] std::int32_t projectSchemaVersion(const std::filesystem::path& file);

}  // namespace rw
