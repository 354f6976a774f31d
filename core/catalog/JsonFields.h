#pragma once
// Strict reading of one JSON object: every field read is checked for its type and range, and
// any field left unread is refused as unknown. Errors name the file, the JSON path and the
// catalog entry ("f.json: $.entries[3].ports[2].speed_gbps (entry 'x'): expected an integer").
//
// An object may be read through an overlay (a catalog variant): a field the overlay sets is read
// from it and reported with the overlay's path.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Enums.h"

namespace rw::catalog_detail {

using Json = nlohmann::json;

/// Who is being read, for messages.
struct ErrorContext {
    std::string file;
    std::string entryId;
    [[noreturn]] void fail(std::string_view path, std::string_view message) const;
};

class JsonFields final {
public:
    JsonFields(const Json& value, std::string path, const ErrorContext& context);
    JsonFields(const Json& base, std::string basePath, const Json* overlay, std::string overlayPath,
               const ErrorContext& context);

    [[nodiscard]] bool has(std::string_view key) const;
    [[nodiscard]] std::string pathOf(std::string_view key) const;
    [[nodiscard]] const ErrorContext& context() const noexcept { return *context_; }
    [[noreturn]] void fail(std::string_view key, std::string_view message) const;

    /// The raw value (marks it read); nullptr when absent.
    const Json* raw(std::string_view key);
    /// Marks a field read without looking at it.
    void skip(std::string_view key);

    std::string requireString(std::string_view key);
    std::string optString(std::string_view key, std::string fallback = {});
    double requireNumber(std::string_view key, double min = 0.0, double max = 1e12);
    std::optional<double> optNumber(std::string_view key, double min = 0.0, double max = 1e12);
    int requireInt(std::string_view key, int min, int max);
    std::optional<int> optInt(std::string_view key, int min, int max);
    bool optBool(std::string_view key, bool fallback);
    std::vector<std::string> optStringArray(std::string_view key);
    std::vector<int> optIntArray(std::string_view key, int min, int max);

    template <class E>
    E requireEnum(std::string_view key) {
        return parseEnumAt<E>(key, requireString(key));
    }
    template <class E>
    std::optional<E> optEnum(std::string_view key) {
        if (!has(key)) return std::nullopt;
        return parseEnumAt<E>(key, requireString(key));
    }
    /// An enum value found inside an array at `path` (not a field of this object).
    template <class E>
    E parseEnumAt(std::string_view key, const std::string& text) const {
        if (auto v = parseEnum<E>(text)) return *v;
        fail(key, "unknown value '" + text + "'; expected one of " + namesOf<E>());
    }

    /// Refuses the first field that was not read.
    void rejectUnknown() const;

    template <class E>
    static std::string namesOf() {
        std::string out;
        for (const auto& [value, name] : EnumNames<E>::table) {
            if (!out.empty()) out += ", ";
            out += name;
        }
        return out;
    }

private:
    const Json* lookup(std::string_view key) const;
    const Json* base_;
    std::string basePath_;
    const Json* overlay_ = nullptr;
    std::string overlayPath_;
    const ErrorContext* context_;
    std::vector<std::string> read_;
};

/// "$.a" + "b" -> "$.a.b"; "$.a" + 3 -> "$.a[3]".
std::string childPath(std::string_view parent, std::string_view key);
std::string indexPath(std::string_view parent, std::size_t index);

}  // namespace rw::catalog_detail
