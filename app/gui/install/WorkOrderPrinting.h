#pragma once
// File > Print Preview of the work orders (docs/gui.md, "Install Plan"): the book of one crew's
// and/or one day's work orders from the dock's plan, painted page by page by render/print's
// WorkOrderBook -- the painter `rackweave-cli print work-orders` writes its PDF with -- onto the
// QPrinter that QPrintPreviewDialog / QPrintPreviewWidget (or a real printer) hands over.
#include <memory>
#include <string>

#include "install/WorkOrders.h"

class QPrinter;

namespace rw {
class Catalog;
}
namespace rw::print {
class WorkOrderBook;
}

namespace rw::gui {

struct PlannedHall;

class WorkOrderPrinting final {
public:
    /// Throws rw::InputError for a crew or day the plan does not have (checkWorkOrderFilter).
    /// `planned` and `catalog` must outlive this object; `design` names the book's cover.
    WorkOrderPrinting(std::shared_ptr<const PlannedHall> planned, const Catalog& catalog,
                      const install::WorkOrderFilter& filter, const std::string& design);
    ~WorkOrderPrinting();

    [[nodiscard]] int pageCount() const;
    [[nodiscard]] std::size_t orderCount() const;
    /// A4 landscape, no printer margins: the book lays its pages out with its own.
    static void setUpPrinter(QPrinter& printer);
    /// Paints every page onto `printer` (QPrintPreviewWidget::paintRequested's slot).
    void paint(QPrinter* printer) const;

private:
    std::shared_ptr<const PlannedHall> planned_;  // the book reads its plan, model and routes
    std::unique_ptr<print::WorkOrderBook> book_;
};

}  // namespace rw::gui
