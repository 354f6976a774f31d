#include "catalog/CatalogLoader.h"

#include <algorithm>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <unordered_set>

#include "util/Errors.h"

namespace rw {

namespace fs = std::filesystem;
using catalog_detail::ErrorContext;
using catalog_detail::indexPath;
using catalog_detail::Json;
using catalog_detail::JsonFields;
using catalog_detail::PendingReference;

namespace {

constexpr std::string_view kFormat = "rackweave-catalog";
constexpr int kVersion = 1;

std::pair<std::size_t, std::size_t> lineAndColumn(std::string_view text, std::size_t byte) {
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < std::min(byte, text.size()); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// Parses JSON, refusing a field given twice in one object (nlohmann would keep the last one
// silently, hiding a typo in a hand-edited catalog).
Json parseStrictJson(std::string_view text, const std::string& file) {
    std::vector<std::unordered_set<std::string>> keysPerObject;
    std::string duplicate;
    auto callback = [&](int /*depth*/, Json::parse_event_t event, Json& parsed) {
        switch (event) {
            case Json::parse_event_t::object_start: keysPerObject.emplace_back(); break;
            case Json::parse_event_t::object_end: keysPerObject.pop_back(); break;
            case Json::parse_event_t::key:
                if (!keysPerObject.back().insert(parsed.get<std::string>()).second && duplicate.empty())
                    duplicate = parsed.get<std::string>();
                break;
            default: break;
        }
        return true;
    };
    Json doc;
    try {
        doc = Json::parse(text.begin(), text.end(), callback);
    } catch (const Json::parse_error& e) {
        const auto [line, column] = lineAndColumn(text, e.byte == 0 ? 0 : e.byte - 1);
        std::string reason = e.what();
        if (auto colon = reason.find(": "); colon != std::string::npos) {
            // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
            reason = reason.substr(colon + 2);
        }
        throw InputError(fmt::format("{}: line {}, column {}: invalid JSON: {}", file, line, column, reason));
    } catch (const Json::exception& e) {  // a number beyond double ("1e999") is out_of_range, not a parse_error
        throw InputError(fmt::format("{}: invalid JSON: {}", file, e.what()));
    }
    if (!duplicate.empty()) throw InputError(fmt::format("{}: field '{}' is given twice in one object", file, duplicate));
    return doc;
}

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: cannot open catalog file", file.string()));
    std::ostringstream out;
    out << in.rdbuf();
    return std::move(out).str();
}

}  // namespace

void CatalogLoader::addDirectory(const fs::path& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw InputError(fmt::format("{}: catalog folder not found", dir.string()));
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".json") files.push_back(it->path());
    }
    if (ec) throw InputError(fmt::format("{}: cannot read catalog folder: {}", dir.string(), ec.message()));
    std::sort(files.begin(), files.end());
    for (const auto& f : files) addFile(f);
}

void CatalogLoader::addFile(const fs::path& file) {
    addText(readFile(file), file.string());
    catalog_.files_.push_back(file);
}

void CatalogLoader::addText(std::string_view text, std::string_view sourceName) {
    const std::string file(sourceName);
    const Json doc = parseStrictJson(text, file);
    ErrorContext docContext{file, {}};
    JsonFields top(doc, "$", docContext);
    if (top.requireString("format") != kFormat)
        top.fail("format", fmt::format("expected \"{}\"", kFormat));
    if (const int v = top.requireInt("version", 0, 1000); v != kVersion)
        top.fail("version", fmt::format("version {} is not supported (this build reads version {})", v, kVersion));
    (void)top.optString("description");
    const Json* entries = top.raw("entries");
    if (entries == nullptr || !entries->is_array()) top.fail("entries", "expected an array of entries");
    top.rejectUnknown();

    for (std::size_t i = 0; i < entries->size(); ++i) {
        const std::string path = indexPath("$.entries", i);
        const Json& item = (*entries)[i];
        const Json* variants = item.is_object() && item.contains("variants") ? &item["variants"] : nullptr;
        if (variants == nullptr) {
            ErrorContext context{file, {}};
            JsonFields fields(item, path, context);
            std::vector<PendingReference> refs;
            CatalogEntry entry = catalog_detail::parseEntry(fields, context, refs);
            addEntry(std::move(entry), file, path, refs);
            continue;
        }
        // A family of SKUs: the shared fields once, each variant overriding some of them.
        const std::string variantsPath = path + ".variants";
        if (item.contains("id"))
            docContext.fail(path + ".id", "an entry with variants takes its ids from the variants");
        if (!variants->is_array() || variants->empty())
            docContext.fail(variantsPath, "expected a non-empty array of variants");
        for (std::size_t v = 0; v < variants->size(); ++v) {
            const std::string vpath = indexPath(variantsPath, v);
            const Json& overlay = (*variants)[v];
            if (overlay.is_object() && overlay.contains("variants"))
                docContext.fail(vpath + ".variants", "variants do not nest");
            ErrorContext context{file, {}};
            JsonFields fields(item, path, &overlay, vpath, context);
            fields.skip("variants");
            std::vector<PendingReference> refs;
            CatalogEntry entry = catalog_detail::parseEntry(fields, context, refs);
            addEntry(std::move(entry), file, vpath, refs);
        }
    }
}

void CatalogLoader::addEntry(CatalogEntry entry, const std::string& file, const std::string& path,
                             std::vector<PendingReference>& refs) {
    if (auto it = catalog_.index_.find(entry.id); it != catalog_.index_.end()) {
        const CatalogEntry& first = catalog_.entries_[it->second];
        throw InputError(fmt::format("{}: {}.id (entry '{}'): duplicate id, already defined in {} at {}", file, path,
                                     entry.id, first.originFile, first.originPath));
    }
    entry.originFile = file;
    entry.originPath = path;
    const std::size_t position = catalog_.entries_.size();
    catalog_.index_.emplace(entry.id, position);
    catalog_.entries_.push_back(std::move(entry));
    for (auto& r : refs) references_.push_back({position, file, std::move(r)});
}

Catalog CatalogLoader::finish() {
    for (const auto& r : references_) {
        const CatalogEntry& from = catalog_.entries_[r.entry];
        const CatalogEntry* target = catalog_.find(r.ref.target);
        const ErrorContext context{r.file, from.id};
        if (target == nullptr)
            context.fail(r.ref.path, fmt::format("refers to unknown catalog entry '{}'", r.ref.target));
        if (!r.ref.kinds.empty() &&
            std::find(r.ref.kinds.begin(), r.ref.kinds.end(), target->kind) == r.ref.kinds.end()) {
            std::string expected;
            for (auto k : r.ref.kinds) expected += (expected.empty() ? "" : " or ") + std::string(toString(k));
            context.fail(r.ref.path, fmt::format("refers to '{}' of kind {}, expected {}", r.ref.target,
                                                 toString(target->kind), expected));
        }
    }
    references_.clear();
    return std::move(catalog_);
}

}  // namespace rw
