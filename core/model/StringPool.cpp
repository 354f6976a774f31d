#include "model/StringPool.h"

namespace rw {

StringPool::StringPool() { strings_.emplace_back(); index_.emplace(strings_.front(), 0); }

StringPool::StringPool(const StringPool& other) : strings_(other.strings_) { rebuildIndex(); }

StringPool& StringPool::operator=(const StringPool& other) {
    if (this != &other) {
        strings_ = other.strings_;
        rebuildIndex();
    }
    return *this;
}

void StringPool::rebuildIndex() {
    index_.clear();
    index_.reserve(strings_.size());
    for (std::uint32_t i = 0; i < strings_.size(); ++i) index_.emplace(strings_[i], i);
}

StringId StringPool::intern(std::string_view text) {
    if (auto it = index_.find(text); it != index_.end()) return StringId{it->second};
    const auto id = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(text);
    index_.emplace(strings_.back(), id);
    return StringId{id};
}

StringId StringPool::find(std::string_view text) const noexcept {
    auto it = index_.find(text);
    return it == index_.end() ? StringId{} : StringId{it->second};
}

std::string_view StringPool::view(StringId id) const noexcept {
    return id.value < strings_.size() ? std::string_view(strings_[id.value]) : std::string_view();
}

}  // namespace rw
