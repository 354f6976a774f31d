#pragma once
// Cable label stocks (assets/labels/stocks.json): the printable size of one label and, for a
// sheet, how labels sit on the page. Kept as data with their sources, because a site uses the
// stock its printer takes, not one Rackweave picked.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace rw::install {

struct LabelSheet {
    double pageWidthMm = 0.0, pageHeightMm = 0.0;
    int columns = 1, rows = 1;
    double leftMm = 0.0, topMm = 0.0;      ///< top-left corner of the first label
    double pitchXMm = 0.0, pitchYMm = 0.0; ///< distance between label origins
};

struct LabelStock {
    std::string id;    ///< what --stock takes, e.g. "te-sbp100375"
    std::string name;
    double widthMm = 0.0, heightMm = 0.0;  ///< printable area
    int dpi = 300;                         ///< the thermal printer's resolution (ZPL dots)
    std::optional<LabelSheet> sheet;       ///< none: a roll, one label per page
    std::string source;
    bool estimate = false;

    [[nodiscard]] int labelsPerPage() const noexcept { return sheet ? sheet->columns * sheet->rows : 1; }
    [[nodiscard]] double pageWidthMm() const noexcept { return sheet ? sheet->pageWidthMm : widthMm; }
    [[nodiscard]] double pageHeightMm() const noexcept { return sheet ? sheet->pageHeightMm : heightMm; }
    /// Top-left corner of label `slot` (0-based, row by row) on its page, in mm.
    [[nodiscard]] std::pair<double, double> slotOrigin(int slot) const noexcept;
};

struct LabelStocks {
    std::string file;
    std::string defaultId;
    std::vector<LabelStock> stocks;
    /// The stock called `id`; throws rw::InputError listing the known ones when there is none.
    [[nodiscard]] const LabelStock& get(const std::string& id) const;
};

/// Reads a stocks file strictly: an unknown or wrong field is an rw::InputError naming the file
/// and the JSON path.
[[nodiscard]] LabelStocks loadLabelStocks(const std::filesystem::path& file);
/// assets/labels/stocks.json.
[[nodiscard]] LabelStocks loadShippedLabelStocks();

}  // namespace rw::install
