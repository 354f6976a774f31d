#pragma once
// What every Rackweave workbook shares (docs/exchange.md): written beside the target and renamed
// over it, a fixed creation date (one design, one set of bytes: CLI and app alike), constant-memory
// rows for 100k-GPU halls, and sheets with a bold frozen header row, set column widths and an
// autofilter over every row written. Numbers are written as numbers; text as strings, which Excel
// never evaluates, so workbooks need no formula escaping.
#include <xlsxwriter.h>

#include <filesystem>
#include <string>
#include <vector>

namespace rw::xlsx {

/// One worksheet written row by row (constant memory: rows strictly in order).
class XlsxSheet {
public:
    XlsxSheet(lxw_workbook* wb, const char* name, lxw_format* header);

    void header(const std::vector<std::string>& names, const std::vector<double>& widths);
    void text(std::size_t c, const std::string& s);
    void number(std::size_t c, double v, lxw_format* f = nullptr);
    void nextRow() { ++row_; }
    /// Autofilter over the header and every row written; returns the data rows.
    std::size_t finish();

private:
    static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }
    lxw_worksheet* ws_;
    lxw_format* header_;
    lxw_row_t row_ = 1;
    std::size_t columns_ = 0;
};

/// The workbook file: opened beside `file`, closed and renamed over it by commit(); dropped
/// (the temporary removed) when destroyed uncommitted, e.g. by an exception.
class XlsxBook {
public:
    XlsxBook(const std::filesystem::path& file, const char* title);
    ~XlsxBook();
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    [[nodiscard]] lxw_workbook* workbook() const { return wb_; }
    [[nodiscard]] lxw_format* headerFormat() const { return header_; }
    /// A number format ("0.000", "#,##0.00"), made once per workbook.
    [[nodiscard]] lxw_format* numberFormat(const char* pattern);
    /// Closes the workbook and renames it over the target; throws InputError naming the file.
    void commit();

private:
    std::filesystem::path file_;
    std::filesystem::path temp_;
    lxw_workbook* wb_ = nullptr;
    lxw_format* header_ = nullptr;
};

}  // namespace rw::xlsx
