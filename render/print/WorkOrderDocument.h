#pragma once
// The work-order book as a PDF file: pages painted and written one at a time (WorkOrderBook
// makes each cutsheet row as its page is painted), with the book's cutsheet as a CSV attachment
// so a supervisor can load the same rows into a spreadsheet.
#include <string>

#include "WorkOrderBook.h"

namespace rw::print {

/// Throws std::runtime_error when the file cannot be written. `csv` is attached as cutsheet.csv
/// when not empty.
void writeWorkOrdersPdf(const std::string& file, const WorkOrderBook& book, const std::string& csv);

}  // namespace rw::print
