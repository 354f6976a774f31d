#pragma once
// Interned strings. Port labels ("OSFP1P1") and catalog ids repeat across hundreds of
// thousands of objects; storing a 4-byte handle keeps the port table compact.
// The pool only grows: an undone edit may leave an unused string behind, which is harmless.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rw {

struct StringId {
    std::uint32_t value = 0;  // 0 is the empty string
    [[nodiscard]] constexpr bool empty() const noexcept { return value == 0; }
    friend constexpr bool operator==(StringId, StringId) noexcept = default;
};

class StringPool final {
public:
    StringPool();
    StringPool(const StringPool& other);
    StringPool& operator=(const StringPool& other);
    StringPool(StringPool&&) noexcept = default;
    StringPool& operator=(StringPool&&) noexcept = default;

    StringId intern(std::string_view text);
    [[nodiscard]] StringId find(std::string_view text) const noexcept;  // empty id if absent
    [[nodiscard]] std::string_view view(StringId id) const noexcept;
    [[nodiscard]] std::size_t size() const noexcept { return strings_.size(); }

private:
    void rebuildIndex();
    std::deque<std::string> strings_;  // deque: views stay valid as the pool grows
    std::unordered_map<std::string_view, std::uint32_t> index_;
};

}  // namespace rw
