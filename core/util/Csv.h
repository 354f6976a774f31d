#pragma once
// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote or newline.
// CSV that people open in a spreadsheet (BOM, cables, cutsheet, install sequence) writes its text
// cells with spreadsheetCsvField instead; CSV read by a program (the NetBox pack) with csvField.
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

/// A text cell of a CSV meant for Excel or LibreOffice: one that starts with = + - or @ would be
/// evaluated as a formula there (CSV injection, OWASP "CSV Injection"), so it gets a leading
/// apostrophe, which the spreadsheet shows as a text cell without the apostrophe. Numbers are
/// written without this function and stay numbers.
[[nodiscard]] inline std::string spreadsheetCsvField(std::string_view s) {
    if (!s.empty() && (s.front() == '=' || s.front() == '+' || s.front() == '-' || s.front() == '@'))
        return csvField("'" + std::string(s));
    return csvField(s);
}

/// The text of a cell spreadsheetCsvField wrote (quotes already removed): without the apostrophe
/// it added.
[[nodiscard]] inline std::string_view spreadsheetCellText(std::string_view s) {
    if (s.size() >= 2 && s.front() == '\'' && (s[1] == '=' || s[1] == '+' || s[1] == '-' || s[1] == '@')) s.remove_prefix(1);
    return s;
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
