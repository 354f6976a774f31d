#include "install/WorkOrderPrinting.h"

#include <QPainter>
#include <QPrinter>

#include "WorkOrderBook.h"
#include "install/InstallPlanner.h"

namespace rw::gui {

WorkOrderPrinting::WorkOrderPrinting(std::shared_ptr<const PlannedHall> planned, const Catalog& catalog,
                                     const install::WorkOrderFilter& filter, const std::string& design)
    : planned_(std::move(planned)) {
    install::checkWorkOrderFilter(planned_->plan, filter);
    std::vector<install::WorkOrder> orders = install::buildWorkOrders(planned_->plan, *planned_->model, *planned_->routes, filter);
    book_ = std::make_unique<print::WorkOrderBook>(planned_->plan, *planned_->model, catalog, *planned_->routes,
                                                   std::move(orders), design);
}

WorkOrderPrinting::~WorkOrderPrinting() = default;

int WorkOrderPrinting::pageCount() const { return book_->pageCount(); }

std::size_t WorkOrderPrinting::orderCount() const { return book_->orders().size(); }

void WorkOrderPrinting::setUpPrinter(QPrinter& printer) {
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(QStringLiteral("Install work orders"));
}

void WorkOrderPrinting::paint(QPrinter* printer) const {
    QPainter painter;
    if (!painter.begin(printer)) return;  // the printer says why (a cancelled job, no device)
    // The whole paper as the PDF writer gives it, so the preview shows the pages the PDF has.
    const QRectF page(QPointF(0, 0), QSizeF(printer->width(), printer->height()));
    for (int i = 0; i < book_->pageCount(); ++i) {
        if (i > 0) printer->newPage();
        book_->paintPage(painter, page, i);
    }
    painter.end();
}

}  // namespace rw::gui
