#include "exchange/BomWorkbook.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "exchange/XlsxBook.h"
#include "reports/BillOfMaterials.h"

namespace rw::xlsx {

namespace {

/// The sheets' shared formats.
struct Formats {
    lxw_format* header;
    lxw_format* usd;
    lxw_format* metres;
};

const CatalogEntry* entryOf(const Catalog& catalog, const BomLine& l) { return l.part.empty() ? nullptr : catalog.find(l.part); }

std::optional<double> unitPrice(const Catalog& catalog, const BomLine& l) {
    const CatalogEntry* e = entryOf(catalog, l);
    return e ? e->listPriceUsd : std::nullopt;
}

/// Unit price and cost in columns `c` and `c + 1`, blank where the catalog has no list price.
void priceCells(XlsxSheet& s, std::size_t c, const Formats& f, const Catalog& catalog, const BomLine& l) {
    if (const auto price = unitPrice(catalog, l)) {
        s.number(c, *price, f.usd);
        s.number(c + 1, *price * l.quantity, f.usd);
    }
}

void quantityCell(XlsxSheet& s, std::size_t c, const Formats& f, const BomLine& l) {
    s.number(c, l.quantity, l.unit == BomUnit::Metre ? f.metres : nullptr);
}

bool inCategory(const BomLine& l, std::initializer_list<std::string_view> categories) {
    for (std::string_view c : categories)
        if (l.category == c) return true;
    return false;
}

void summarySheet(lxw_workbook* wb, const Formats& f, const Catalog& catalog, const std::vector<BomLine>& lines,
                  double spares, double sparesPercent) {
    XlsxSheet s(wb, "Summary", f.header);
    s.header({"category", "lines", "quantity", "unit", "priced_lines", "cost_usd", "note"}, {14, 8, 12, 7, 13, 16, 80});
    struct Row {
        int lines = 0, priced = 0;
        double quantity = 0, cost = 0;
        std::string unit, unpriced;
    };
    std::vector<std::pair<std::string, Row>> rows;  // in the BOM's category order
    for (const BomLine& l : lines) {
        if (rows.empty() || rows.back().first != l.category) rows.emplace_back(l.category, Row{});
        Row& r = rows.back().second;
        ++r.lines;
        r.quantity += l.quantity;
        r.unit = std::string(toString(l.unit));
        if (const auto price = unitPrice(catalog, l)) {
            ++r.priced;
            r.cost += *price * l.quantity;
        } else if (l.category != "nvlink") {
            r.unpriced += fmt::format("{}{}", r.unpriced.empty() ? "no list price: " : ", ", l.part.empty() ? "(no part yet)" : l.part);
        }
    }
    for (const auto& [category, r] : rows) {
        s.text(0, category);
        s.number(1, r.lines);
        s.number(2, r.quantity, r.unit == "m" ? f.metres : nullptr);
        s.text(3, r.unit);
        s.number(4, r.priced);
        if (r.priced > 0) s.number(5, r.cost, f.usd);
        s.text(6, category == "nvlink" ? std::string("come with the rack: nothing to order") : r.unpriced);
        s.nextRow();
    }
    s.text(0, "spare cables");
    s.number(2, spares);
    s.text(3, "ea");
    s.text(6, fmt::format("{} % of each cable SKU, rounded up, at least one (sheet Spares); default 1 % after Cisco's "
                          "SFS HPC installation guide OL-15617-01 app. B: IB cables fail about 1 % of the time",
                          sparesPercent));
    s.nextRow();
    s.finish();
}

void racksAndDevicesSheet(lxw_workbook* wb, const Formats& f, const Catalog& catalog, const std::vector<BomLine>& lines) {
    XlsxSheet s(wb, "Racks and devices", f.header);
    s.header({"category", "part", "vendor", "model", "part_number", "u_height", "quantity", "unit", "unit_price_usd", "cost_usd"},
             {10, 30, 14, 34, 18, 9, 10, 6, 15, 16});
    for (const BomLine& l : lines) {
        if (!inCategory(l, {"rack", "device", "nvlink"})) continue;
        const CatalogEntry* e = entryOf(catalog, l);
        s.text(0, l.category);
        s.text(1, l.part);
        s.text(2, e ? e->vendor : "");
        s.text(3, e ? e->model : l.description);
        s.text(4, e ? e->partNumber : "");
        if (e && e->uHeight > 0) s.number(5, e->uHeight);
        quantityCell(s, 6, f, l);
        s.text(7, std::string(toString(l.unit)));
        priceCells(s, 8, f, catalog, l);
        s.nextRow();
    }
    s.finish();
}

void cablesSheet(lxw_workbook* wb, const Formats& f, const Catalog& catalog, const std::vector<BomLine>& lines) {
    XlsxSheet s(wb, "Cables by SKU and length", f.header);
    s.header({"part", "description", "media", "fibre", "length_m", "speed_gbps", "links_carried", "quantity", "unit_price_usd",
              "cost_usd"},
             {34, 44, 16, 8, 10, 11, 13, 10, 15, 16});
    for (const BomLine& l : lines) {
        if (l.category != "cable") continue;
        const CatalogEntry* e = entryOf(catalog, l);
        const CableSpec* c = e && e->cable ? &*e->cable : nullptr;
        s.text(0, l.part);
        s.text(1, l.description);
        if (c) {
            s.text(2, std::string(toString(c->media)));
            s.text(3, c->fiberType);
            s.number(4, c->lengthM, f.metres);
            if (c->speedGbps > 0) s.number(5, c->speedGbps);
            s.number(6, c->linksCarried);
        }
        s.number(7, l.quantity);
        priceCells(s, 8, f, catalog, l);
        s.nextRow();
    }
    s.finish();
}

void opticsSheet(lxw_workbook* wb, const Formats& f, const Catalog& catalog, const std::vector<BomLine>& lines) {
    XlsxSheet s(wb, "Optics", f.header);
    s.header({"part", "description", "form_factor", "media", "connector", "speed_gbps", "ports", "quantity", "unit_price_usd",
              "cost_usd"},
             {34, 44, 11, 16, 10, 11, 7, 10, 15, 16});
    for (const BomLine& l : lines) {
        if (l.category != "transceiver") continue;
        const CatalogEntry* e = entryOf(catalog, l);
        const TransceiverSpec* t = e && e->transceiver ? &*e->transceiver : nullptr;
        s.text(0, l.part);
        s.text(1, l.description);
        if (t) {
            s.text(2, std::string(toString(t->formFactor)));
            s.text(3, std::string(toString(t->media)));
            s.text(4, std::string(toString(t->connector)));
            s.number(5, t->speedGbps);
            s.number(6, t->ports);
        }
        s.number(7, l.quantity);
        priceCells(s, 8, f, catalog, l);
        s.nextRow();
    }
    s.finish();
}

void traysAndPowerSheet(lxw_workbook* wb, const Formats& f, const Catalog& catalog, const std::vector<BomLine>& lines) {
    XlsxSheet s(wb, "Trays and power parts", f.header);
    s.header({"category", "part", "description", "quantity", "unit", "unit_price_usd", "cost_usd"}, {10, 30, 48, 11, 6, 15, 16});
    for (const BomLine& l : lines) {
        if (!inCategory(l, {"tray", "power"})) continue;
        s.text(0, l.category);
        s.text(1, l.part);
        s.text(2, l.description);
        quantityCell(s, 3, f, l);
        s.text(4, std::string(toString(l.unit)));
        priceCells(s, 5, f, catalog, l);
        s.nextRow();
    }
    s.finish();
}

double sparesSheet(lxw_workbook* wb, const Formats& f, const Catalog& catalog, const std::vector<BomLine>& lines,
                   double percent) {
    XlsxSheet s(wb, "Spares", f.header);
    s.header({"part", "description", "length_m", "ordered", "spares_percent", "spares", "total", "unit_price_usd", "spares_cost_usd"},
             {34, 44, 10, 10, 15, 9, 10, 15, 16});
    double all = 0;
    for (const BomLine& l : lines) {
        if (l.category != "cable" || l.part.empty()) continue;  // "no part yet": nothing to order spares of
        const CatalogEntry* e = entryOf(catalog, l);
        const double spares = spareCables(l.quantity, percent);
        all += spares;
        s.text(0, l.part);
        s.text(1, l.description);
        if (e && e->cable) s.number(2, e->cable->lengthM, f.metres);
        s.number(3, l.quantity);
        s.number(4, percent);
        s.number(5, spares);
        s.number(6, l.quantity + spares);
        if (const auto price = unitPrice(catalog, l)) {
            s.number(7, *price, f.usd);
            s.number(8, *price * spares, f.usd);
        }
        s.nextRow();
    }
    s.finish();
    return all;
}

}  // namespace

double spareCables(double quantity, double percent) {
    if (percent <= 0 || quantity <= 0) return 0;
    // 1e-9: 200 cables at 1 % are 2 spares, not 3 from 2.0000000000000004.
    return std::max(1.0, std::ceil(quantity * percent / 100.0 - 1e-9));
}

BomWorkbookSummary writeBomWorkbook(const std::filesystem::path& file, const Model& model, const Catalog& catalog,
                                    const RoutingResult& routes, const BomWorkbookOptions& options) {
    const std::vector<BomLine> lines = billOfMaterials(model, catalog, &routes);
    XlsxBook book(file, "Rackweave bill of materials");
    const Formats f{book.headerFormat(), book.numberFormat("#,##0.00"), book.numberFormat("0.00")};
    lxw_workbook* wb = book.workbook();
    // Summary first (the sheet a buyer opens on), though it needs the spares total: the sheets are
    // written in constant-memory mode, so compute the spares before writing any sheet.
    double spares = 0;
    for (const BomLine& l : lines)
        if (l.category == "cable" && !l.part.empty()) spares += spareCables(l.quantity, options.sparesPercent);
    summarySheet(wb, f, catalog, lines, spares, options.sparesPercent);
    racksAndDevicesSheet(wb, f, catalog, lines);
    cablesSheet(wb, f, catalog, lines);
    opticsSheet(wb, f, catalog, lines);
    traysAndPowerSheet(wb, f, catalog, lines);
    sparesSheet(wb, f, catalog, lines, options.sparesPercent);
    book.commit();

    BomWorkbookSummary summary;
    summary.lines = lines.size();
    summary.spareCables = spares;
    for (const BomLine& l : lines)
        if (l.category != "nvlink" && !unitPrice(catalog, l)) ++summary.unpriced;
    return summary;
}

}  // namespace rw::xlsx
