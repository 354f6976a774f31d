#include "exchange/XlsxBook.h"

#include <fmt/format.h>
#include <unistd.h>

#include <string>

#include "util/Errors.h"

namespace rw::xlsx {

namespace {
// 2000-01-01T00:00:00Z: a fixed creation date keeps the file a function of the design alone.
constexpr time_t kFixedCreated = 946684800;
}  // namespace

XlsxSheet::XlsxSheet(lxw_workbook* wb, const char* name, lxw_format* header)
    : ws_(workbook_add_worksheet(wb, name)), header_(header) {}

void XlsxSheet::header(const std::vector<std::string>& names, const std::vector<double>& widths) {
    for (std::size_t c = 0; c < names.size(); ++c) {
        worksheet_write_string(ws_, 0, col(c), names[c].c_str(), header_);
        worksheet_set_column(ws_, col(c), col(c), c < widths.size() ? widths[c] : 12, nullptr);
    }
    columns_ = names.size();
    worksheet_freeze_panes(ws_, 1, 0);
}

void XlsxSheet::text(std::size_t c, const std::string& s) {
    if (!s.empty()) worksheet_write_string(ws_, row_, col(c), s.c_str(), nullptr);
}

void XlsxSheet::number(std::size_t c, double v, lxw_format* f) { worksheet_write_number(ws_, row_, col(c), v, f); }

std::size_t XlsxSheet::finish() {
    worksheet_autofilter(ws_, 0, 0, row_ - 1, col(columns_ - 1));
    return row_ - 1;
}

XlsxBook::XlsxBook(const std::filesystem::path& file, const char* title)
    : file_(file), temp_(file.parent_path() / fmt::format(".{}.tmp-{}", file.filename().string(), ::getpid())) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows go out in order; a 100k-GPU hall's cable sheet stays small in memory
    options.use_zip64 = LXW_TRUE;
    wb_ = workbook_new_opt(temp_.c_str(), &options);
    if (!wb_) throw InputError(fmt::format("{}: cannot write file", file.string()));
    lxw_doc_properties props{};
    std::string titleText(title);  // libxlsxwriter copies it while setting the properties
    props.title = titleText.data();
    props.created = kFixedCreated;
    workbook_set_properties(wb_, &props);
    header_ = workbook_add_format(wb_);
    format_set_bold(header_);
    format_set_bg_color(header_, 0xD7E4BC);
    format_set_border(header_, LXW_BORDER_THIN);
}

XlsxBook::~XlsxBook() {
    if (!wb_) return;
    workbook_close(wb_);
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
}

lxw_format* XlsxBook::numberFormat(const char* pattern) {
    lxw_format* f = workbook_add_format(wb_);
    format_set_num_format(f, pattern);
    return f;
}

void XlsxBook::commit() {
    const lxw_error err = workbook_close(wb_);
    wb_ = nullptr;
    std::error_code ec;
    if (err == LXW_NO_ERROR) std::filesystem::rename(temp_, file_, ec);
    if (err != LXW_NO_ERROR || ec) {
        std::filesystem::remove(temp_, ec);
        throw InputError(fmt::format("{}: cannot write file{}", file_.string(),
                                     err != LXW_NO_ERROR ? fmt::format(" ({})", lxw_strerror(err)) : ""));
    }
}

}  // namespace rw::xlsx
