#pragma once
// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote or newline.
#include <string>
#include <string_view>

namespace rw {

[[nodiscard]] inline std::string csvField(std::string_view s) {
    if (s.find_first_of(",\"\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace rw
