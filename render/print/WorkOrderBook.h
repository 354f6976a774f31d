#pragma once
// A book of work orders: the cover (phase summary and a Gantt chart by phase) and each work
// order's pages (header, packages and what they wait for, the cutsheet with tick boxes and a QR
// code per cable, the sign-off block, then a drawings page: the rack elevations and a floor map
// with the order's tray runs, WorkOrderDrawings.h). One painting path: paintPage() draws page N on any
// QPainter into a page rectangle, for QPdfWriter now and QPrinter / QPrintPreviewWidget in the
// app. Pages are laid out in millimetres on A4 landscape.
#include <string>
#include <vector>

#include "install/WorkOrders.h"

class QPainter;
class QRectF;

namespace rw::print {

class WorkOrderBook final {
public:
    WorkOrderBook(const install::InstallPlan& plan, const Model& model, const Catalog& catalog, const RoutingResult& routes,
                  std::vector<install::WorkOrder> orders, std::string design);

    [[nodiscard]] int pageCount() const noexcept { return firstPage_.empty() ? 1 : firstPage_.back() + pagesOf(orders_.size() - 1); }
    [[nodiscard]] const std::vector<install::WorkOrder>& orders() const noexcept { return orders_; }
    /// Paints page `page` (0 = the cover) into `area` (the printable page, device units).
    void paintPage(QPainter& painter, const QRectF& area, int page) const;

    static constexpr double kPageWidthMm = 297.0, kPageHeightMm = 210.0;  // A4 landscape
    static int rowsOnFirstPage() noexcept;
    static int rowsOnOtherPages() noexcept;

private:
    [[nodiscard]] int pagesOf(std::size_t order) const { return cutsheetPagesOf(order) + 1; }
    [[nodiscard]] int cutsheetPagesOf(std::size_t order) const;
    void paintCover(QPainter& painter, const QRectF& area) const;
    void paintOrderPage(QPainter& painter, const QRectF& area, std::size_t order, int pageInOrder) const;
    void paintDrawings(QPainter& painter, std::size_t order) const;

    const install::InstallPlan& plan_;
    const Model& model_;
    const Catalog& catalog_;
    const RoutingResult& routes_;
    std::vector<install::WorkOrder> orders_;
    std::string design_;
    std::vector<int> firstPage_;  ///< page index of each order's first page
};

}  // namespace rw::print
