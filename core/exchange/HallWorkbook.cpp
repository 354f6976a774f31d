#include "exchange/HallWorkbook.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "reports/BillOfMaterials.h"
#include "reports/CablesCsv.h"
#include "reports/RackMetrics.h"
#include "exchange/XlsxBook.h"
#include "util/Csv.h"
#include "util/Errors.h"

namespace rw::xlsx {

namespace {

std::size_t bomSheet(lxw_workbook* wb, lxw_format* header, const Model& model, const Catalog& catalog,
                     const RoutingResult& routes) {
    XlsxSheet s(wb, "BOM", header);
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
    XlsxSheet s(wb, "Cables", header);
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
            else s.text(c, std::string(spreadsheetCellText(cell)));  // the cell as typed, without the CSV's formula guard
        }
        s.nextRow();
    }
    return s.finish();
}

std::size_t racksSheet(lxw_workbook* wb, lxw_format* header, lxw_format* oneDecimal, const Model& model,
                       const Catalog& catalog) {
    XlsxSheet s(wb, "Racks", header);
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
    XlsxBook book(file, "Rackweave hall workbook");
    lxw_workbook* wb = book.workbook();
    lxw_format* header = book.headerFormat();
    WorkbookSummary summary;
    summary.bomRows = bomSheet(wb, header, model, catalog, routes);
    summary.cableRows = cablesSheet(wb, header, book.numberFormat("0.000"), model, catalog, routes);
    summary.rackRows = racksSheet(wb, header, book.numberFormat("0.0"), model, catalog);
    book.commit();
    return summary;
}

}  // namespace rw::xlsx
