#include "exchange/HallWorkbook.h"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reports/BillOfMaterials.h"
#include "reports/CablesCsv.h"
#include "reports/RackMetrics.h"
#include "util/Csv.h"
#include "util/Errors.h"

namespace rw::xlsx {

namespace {

// 2000-01-01T00:00:00Z: a fixed creation date keeps the file a function of the design alone.
constexpr time_t kFixedCreated = 946684800;

class Sheet {
public:
    Sheet(lxw_workbook* wb, const char* name, lxw_format* header) : ws_(workbook_add_worksheet(wb, name)), header_(header) {}

    void header(const std::vector<std::string>& names, const std::vector<double>& widths) {
        for (std::size_t c = 0; c < names.size(); ++c) {
            worksheet_write_string(ws_, 0, col(c), names[c].c_str(), header_);
            worksheet_set_column(ws_, col(c), col(c), c < widths.size() ? widths[c] : 12, nullptr);
        }
        columns_ = names.size();
        worksheet_freeze_panes(ws_, 1, 0);
    }
    void text(std::size_t c, const std::string& s) {
        if (!s.empty()) worksheet_write_string(ws_, row_, col(c), s.c_str(), nullptr);
    }
    void number(std::size_t c, double v, lxw_format* f = nullptr) { worksheet_write_number(ws_, row_, col(c), v, f); }
    void nextRow() { ++row_; }
    /// Autofilter over the header and every row written; returns the data rows.
    std::size_t finish() {
        worksheet_autofilter(ws_, 0, 0, row_ - 1, col(columns_ - 1));
        return row_ - 1;
    }

private:
    static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }
    lxw_worksheet* ws_;
    lxw_format* header_;
    lxw_row_t row_ = 1;
    std::size_t columns_ = 0;
};

std::size_t bomSheet(lxw_workbook* wb, lxw_format* header, const Model& model, const Catalog& catalog,
                     const RoutingResult& routes) {
    Sheet s(wb, "BOM", header);
    s.header({"category", "part", "description", "quantity", "unit"}, {12, 30, 48, 10, 6});
    for (const BomLine& l : billOfMaterials(model, catalog, &routes)) {
        s.text(0, l.category);
        s.text(1, l.part);
        s.text(2, l.description);
        s.number(3, l.quantity);
        s.text(4, std::string(toString(l.unit)));
        s.nextRow();
    }
    return s.finish();
}

// The cables CSV, cell by cell: the columns that hold numbers become numbers.
std::size_t cablesSheet(lxw_workbook* wb, lxw_format* header, lxw_format* metres, const Model& model,
                        const Catalog& catalog, const RoutingResult& routes) {
    std::ostringstream csv;
    writeCablesCsv(csv, model, catalog, routes);
    const auto records = parseCsv(csv.str());
    Sheet s(wb, "Cables", header);
    const std::vector<std::string>& names = records.front();
    std::vector<double> widths(names.size(), 12);
    s.header(names, widths);
    static const std::set<std::string, std::less<>> kNumeric = {"id", "a_u", "b_u", "routed_length_m", "ordered_length_m"};
    for (std::size_t r = 1; r < records.size(); ++r) {
        for (std::size_t c = 0; c < records[r].size() && c < names.size(); ++c) {
            const std::string& cell = records[r][c];
            double v = 0;
            const bool numeric = kNumeric.contains(names[c]) &&
                                 std::from_chars(cell.data(), cell.data() + cell.size(), v).ec == std::errc();
            if (numeric) s.number(c, v, names[c].ends_with("_m") ? metres : nullptr);
            else s.text(c, cell);
        }
        s.nextRow();
    }
    return s.finish();
}

std::size_t racksSheet(lxw_workbook* wb, lxw_format* header, lxw_format* oneDecimal, const Model& model,
                       const Catalog& catalog) {
    Sheet s(wb, "Racks", header);
    s.header({"rack", "hall", "row", "role", "type", "devices", "it_max_kw", "heat_to_air_kw", "heat_to_liquid_kw",
              "weight_kg"},
             {14, 12, 10, 12, 26, 9, 11, 15, 17, 11});
    const std::vector<RackMetrics> metrics = computeRackMetrics(model, catalog);
    std::vector<int> devices;
    model.devices().forEach([&](DeviceId, const Device& d) {
        if (d.rack.value >= devices.size()) devices.resize(d.rack.value + 1, 0);
        ++devices[d.rack.value];
    });
    model.racks().forEach([&](RackId id, const Rack& r) {
        s.text(0, r.name);
        s.text(1, model.halls().contains(r.hall) ? model.halls()[r.hall].name : "");
        s.text(2, model.rows().contains(r.row) ? model.rows()[r.row].name : "");
        s.text(3, std::string(toString(r.role)));
        s.text(4, std::string(model.text(r.catalog)));
        s.number(5, id.value < devices.size() ? devices[id.value] : 0);
        const RackMetrics* m = id.value < metrics.size() && metrics[id.value].alive ? &metrics[id.value] : nullptr;
        if (m) {
            s.number(6, m->itMaxKw, oneDecimal);
            s.number(7, m->heatToAirKw, oneDecimal);
            s.number(8, m->heatToLiquidKw, oneDecimal);
            s.number(9, m->weightKg, oneDecimal);
        }
        s.nextRow();
    });
    return s.finish();
}

}  // namespace

WorkbookSummary writeHallWorkbook(const std::filesystem::path& file, const Model& model, const Catalog& catalog,
                                  const RoutingResult& routes) {
    namespace fs = std::filesystem;
    const fs::path temp = file.parent_path() / fmt::format(".{}.tmp-{}", file.filename().string(), ::getpid());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows go out in order; a 100k-GPU hall's cable sheet stays small in memory
    options.use_zip64 = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(temp.c_str(), &options);
    if (!wb) throw InputError(fmt::format("{}: cannot write file", file.string()));
    lxw_doc_properties props{};
    props.title = "Rackweave hall workbook";
    props.created = kFixedCreated;
    workbook_set_properties(wb, &props);
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xD7E4BC);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format* metres = workbook_add_format(wb);
    format_set_num_format(metres, "0.000");
    lxw_format* oneDecimal = workbook_add_format(wb);
    format_set_num_format(oneDecimal, "0.0");

    WorkbookSummary summary;
    try {
        summary.bomRows = bomSheet(wb, header, model, catalog, routes);
        summary.cableRows = cablesSheet(wb, header, metres, model, catalog, routes);
        summary.rackRows = racksSheet(wb, header, oneDecimal, model, catalog);
    } catch (...) {
        workbook_close(wb);
        std::error_code ec;
        fs::remove(temp, ec);
        throw;
    }
    const lxw_error err = workbook_close(wb);
    std::error_code ec;
    if (err == LXW_NO_ERROR) fs::rename(temp, file, ec);
    if (err != LXW_NO_ERROR || ec) {
        fs::remove(temp, ec);
        throw InputError(fmt::format("{}: cannot write file{}", file.string(),
                                     err != LXW_NO_ERROR ? fmt::format(" ({})", lxw_strerror(err)) : ""));
    }
    return summary;
}

}  // namespace rw::xlsx
