#include "catalog/JsonFields.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "util/Errors.h"
#include "util/JsonInteger.h"

namespace rw::catalog_detail {

void ErrorContext::fail(std::string_view path, std::string_view message) const {
    if (entryId.empty()) throw InputError(fmt::format("{}: {}: {}", file, path, message));
    throw InputError(fmt::format("{}: {} (entry '{}'): {}", file, path, entryId, message));
}

std::string childPath(std::string_view parent, std::string_view key) {
    return fmt::format("{}.{}", parent, key);
}

std::string indexPath(std::string_view parent, std::size_t index) {
    return fmt::format("{}[{}]", parent, index);
}

namespace {
const char* typeName(const Json& v) {
    if (v.is_null()) return "null";
    if (v.is_boolean()) return "a boolean";
    if (v.is_number()) return "a number";
    if (v.is_string()) return "a string";
    if (v.is_array()) return "an array";
    return "an object";
}
}  // namespace

JsonFields::JsonFields(const Json& value, std::string path, const ErrorContext& context)
    : JsonFields(value, std::move(path), nullptr, {}, context) {}

JsonFields::JsonFields(const Json& base, std::string basePath, const Json* overlay, std::string overlayPath,
                       const ErrorContext& context)
    : base_(&base), basePath_(std::move(basePath)), overlay_(overlay), overlayPath_(std::move(overlayPath)),
      context_(&context) {
    if (!base.is_object()) context.fail(basePath_, fmt::format("expected an object, found {}", typeName(base)));
    if (overlay != nullptr && !overlay->is_object())
        context.fail(overlayPath_, fmt::format("expected an object, found {}", typeName(*overlay)));
}

const Json* JsonFields::lookup(std::string_view key) const {
    if (overlay_ != nullptr) {
        if (auto it = overlay_->find(key); it != overlay_->end()) return &*it;
    }
    if (auto it = base_->find(key); it != base_->end()) return &*it;
    return nullptr;
}

bool JsonFields::has(std::string_view key) const { return lookup(key) != nullptr; }

std::string JsonFields::pathOf(std::string_view key) const {
    if (overlay_ != nullptr && overlay_->contains(key)) return childPath(overlayPath_, key);
    return childPath(basePath_, key);
}

void JsonFields::fail(std::string_view key, std::string_view message) const {
    context_->fail(pathOf(key), message);
}

const Json* JsonFields::raw(std::string_view key) {
    skip(key);
    return lookup(key);
}

void JsonFields::skip(std::string_view key) {
    if (std::find(read_.begin(), read_.end(), key) == read_.end()) read_.emplace_back(key);
}

std::string JsonFields::requireString(std::string_view key) {
    const Json* v = raw(key);
    if (v == nullptr) fail(key, "required field is missing");
    if (!v->is_string()) fail(key, fmt::format("expected a string, found {}", typeName(*v)));
    auto s = v->get<std::string>();
    if (s.empty()) fail(key, "must not be empty");
    return s;
}

std::string JsonFields::optString(std::string_view key, std::string fallback) {
    if (!has(key)) {
        skip(key);
        return fallback;
    }
    return requireString(key);
}

double JsonFields::requireNumber(std::string_view key, double min, double max) {
    const Json* v = raw(key);
    if (v == nullptr) fail(key, "required field is missing");
    if (!v->is_number()) fail(key, fmt::format("expected a number, found {}", typeName(*v)));
    const double d = v->get<double>();
    if (!std::isfinite(d) || d < min || d > max) fail(key, fmt::format("{} is out of range [{}, {}]", d, min, max));
    return d;
}

std::optional<double> JsonFields::optNumber(std::string_view key, double min, double max) {
    if (!has(key)) {
        skip(key);
        return std::nullopt;
    }
    return requireNumber(key, min, max);
}

int JsonFields::requireInt(std::string_view key, int min, int max) {
    const Json* v = raw(key);
    if (v == nullptr) fail(key, "required field is missing");
    if (!v->is_number_integer()) fail(key, fmt::format("expected an integer, found {}", typeName(*v)));
    if (!jsonIntegerIn(*v, min, max)) fail(key, fmt::format("{} is out of range [{}, {}]", v->dump(), min, max));
    return v->get<int>();
}

std::optional<int> JsonFields::optInt(std::string_view key, int min, int max) {
    if (!has(key)) {
        skip(key);
        return std::nullopt;
    }
    return requireInt(key, min, max);
}

bool JsonFields::optBool(std::string_view key, bool fallback) {
    const Json* v = raw(key);
    if (v == nullptr) return fallback;
    if (!v->is_boolean()) fail(key, fmt::format("expected true or false, found {}", typeName(*v)));
    return v->get<bool>();
}

std::vector<std::string> JsonFields::optStringArray(std::string_view key) {
    const Json* v = raw(key);
    std::vector<std::string> out;
    if (v == nullptr) return out;
    if (!v->is_array()) fail(key, fmt::format("expected an array of strings, found {}", typeName(*v)));
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json& item = (*v)[i];
        if (!item.is_string() || item.get_ref<const std::string&>().empty())
            context_->fail(indexPath(pathOf(key), i), "expected a non-empty string");
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::vector<int> JsonFields::optIntArray(std::string_view key, int min, int max) {
    const Json* v = raw(key);
    std::vector<int> out;
    if (v == nullptr) return out;
    if (!v->is_array()) fail(key, fmt::format("expected an array of integers, found {}", typeName(*v)));
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json& item = (*v)[i];
        if (!item.is_number_integer()) context_->fail(indexPath(pathOf(key), i), "expected an integer");
        if (!jsonIntegerIn(item, min, max))
            context_->fail(indexPath(pathOf(key), i), fmt::format("{} is out of range [{}, {}]", item.dump(), min, max));
        out.push_back(item.get<int>());
    }
    return out;
}

void JsonFields::rejectUnknown() const {
    auto check = [&](const Json& obj, const std::string& path) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (std::find(read_.begin(), read_.end(), it.key()) == read_.end())
                context_->fail(childPath(path, it.key()), "unknown field");
        }
    };
    if (overlay_ != nullptr) check(*overlay_, overlayPath_);
    check(*base_, basePath_);
}

}  // namespace rw::catalog_detail
