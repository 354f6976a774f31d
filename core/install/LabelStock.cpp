#include "install/LabelStock.h"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "catalog/JsonFields.h"
#include "util/Errors.h"
#include "util/ShippedAssets.h"

namespace rw::install {
namespace {

using catalog_detail::ErrorContext;
using catalog_detail::Json;
using catalog_detail::JsonFields;

LabelSheet readSheet(const Json& value, const std::string& path, const ErrorContext& context) {
    JsonFields f(value, path, context);
    LabelSheet s;
    s.pageWidthMm = f.requireNumber("page_width_mm", 10.0, 2000.0);
    s.pageHeightMm = f.requireNumber("page_height_mm", 10.0, 2000.0);
    s.columns = f.requireInt("columns", 1, 100);
    s.rows = f.requireInt("rows", 1, 200);
    s.leftMm = f.requireNumber("left_mm", 0.0, 2000.0);
    s.topMm = f.requireNumber("top_mm", 0.0, 2000.0);
    s.pitchXMm = f.requireNumber("pitch_x_mm", 1.0, 2000.0);
    s.pitchYMm = f.requireNumber("pitch_y_mm", 1.0, 2000.0);
    f.rejectUnknown();
    return s;
}

LabelStock readStock(const Json& value, const std::string& path, const ErrorContext& context) {
    JsonFields f(value, path, context);
    LabelStock s;
    s.id = f.requireString("id");
    s.name = f.requireString("name");
    s.widthMm = f.requireNumber("width_mm", 5.0, 500.0);
    s.heightMm = f.requireNumber("height_mm", 5.0, 500.0);
    s.dpi = f.requireInt("dpi", 100, 1200);
    if (const Json* sheet = f.raw("sheet")) {
        s.sheet = readSheet(*sheet, f.pathOf("sheet"), context);
        // A label that runs off its page would print cut; say so here rather than on paper.
        const LabelSheet& g = *s.sheet;
        if (g.leftMm + (g.columns - 1) * g.pitchXMm + s.widthMm > g.pageWidthMm + 0.01 ||
            g.topMm + (g.rows - 1) * g.pitchYMm + s.heightMm > g.pageHeightMm + 0.01)
            f.fail("sheet", "the labels do not fit on the page");
    }
    s.source = f.requireString("source");
    s.estimate = f.optBool("estimate", false);
    f.rejectUnknown();
    return s;
}

}  // namespace

std::pair<double, double> LabelStock::slotOrigin(int slot) const noexcept {
    if (!sheet) return {0.0, 0.0};
    const int column = slot % sheet->columns, row = slot / sheet->columns;
    return {sheet->leftMm + column * sheet->pitchXMm, sheet->topMm + row * sheet->pitchYMm};
}

const LabelStock& LabelStocks::get(const std::string& id) const {
    for (const LabelStock& s : stocks)
        if (s.id == id) return s;
    std::string known;
    for (const LabelStock& s : stocks) known += (known.empty() ? "" : ", ") + s.id;
    throw InputError(fmt::format("--stock: unknown label stock '{}' (known: {}; defined in {})", id, known, file));
}

LabelStocks loadLabelStocks(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) throw InputError(fmt::format("{}: cannot open", file.string()));
    Json json;
    try {
        json = Json::parse(in);
    } catch (const Json::exception& e) {  // parse_error, or out_of_range for a number beyond double
        throw InputError(fmt::format("{}: not valid JSON: {}", file.string(), e.what()));
    }
    const ErrorContext context{file.string(), {}};
    JsonFields root(json, "$", context);
    root.skip("about");
    (void)root.requireInt("version", 1, 1);
    LabelStocks out;
    out.file = file.string();
    out.defaultId = root.requireString("default");
    const Json* list = root.raw("stocks");
    if (list == nullptr || !list->is_array() || list->empty()) root.fail("stocks", "expected a non-empty array of label stocks");
    for (std::size_t i = 0; i < list->size(); ++i)
        out.stocks.push_back(readStock((*list)[i], fmt::format("$.stocks[{}]", i), context));
    root.rejectUnknown();
    (void)out.get(out.defaultId);
    return out;
}

LabelStocks loadShippedLabelStocks() {
    return loadLabelStocks(shippedAsset("labels") / "stocks.json");
}

}  // namespace rw::install
