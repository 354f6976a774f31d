#pragma once
// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote or newline.
#include <string>
#include <string_view>
#include <vector>

namespace rw {

[[nodiscard]] inline std::string csvField(std::string_view s) {
    if (s.find_first_of(",\"\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

/// The records of RFC 4180 text as csvField writes it (quoted fields, doubled quotes, '\n' ends).
[[nodiscard]] inline std::vector<std::vector<std::string>> parseCsv(std::string_view text) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record(1);
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
            record.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == ',') {
            record.emplace_back();
        } else if (!quoted && c == '\n') {
            records.push_back(std::move(record));
            record.assign(1, "");
        } else {
            record.back() += c;
        }
    }
    return records;
}

}  // namespace rw
