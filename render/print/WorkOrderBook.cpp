#include "WorkOrderBook.h"

#include <fmt/format.h>

#include <QPainter>
#include <QPen>
#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <map>
#include <set>

#include "PrintText.h"
#include "PrintUnits.h"
#include "QrCode.h"
#include "WorkOrderDrawings.h"

namespace rw::print {
namespace {

// Page geometry in mm (A4 landscape). A cutsheet row is 10 mm: tall enough for two lines of
// 7 pt text and a QR code whose modules stay above 0.25 mm, the size a phone or hand scanner reads.
constexpr double kMargin = 10.0;
constexpr double kHeaderBottom = 24.0;
constexpr double kFirstPageBlockBottom = 66.0;  // packages and prerequisites on an order's first page
constexpr double kTableHeader = 8.0;
constexpr double kRow = 10.0;
constexpr double kSignOff = 24.0;
constexpr double kTableBottom = WorkOrderBook::kPageHeightMm - kMargin - kSignOff;

struct Column {
    const char* title;
    double width;
};
// 277 mm between the margins.
constexpr std::array<Column, 14> kColumns{{{"Pull", 9},      {"Cable", 15},  {"A end: rack U port / device", 36},
                                           {"B end: rack U port / device", 36}, {"Media / SKU", 36}, {"Order m", 12},
                                           {"Tray path", 34}, {"Label (A end; B end reverses)", 41}, {"Pulled", 9},
                                           {"Dressed", 9},   {"Labelled", 9}, {"Tested", 9}, {"Init.", 12}, {"QR", 10}}};

void tickBox(QPainter& p, const PrintUnits& u, const QRectF& cell) {
    const double side = u.mm(4.0);
    p.drawRect(QRectF(cell.center().x() - side / 2, cell.center().y() - side / 2, side, side));
}

int rowsFitting(double top) { return static_cast<int>((kTableBottom - top - kTableHeader) / kRow); }

/// A long tray path on two lines, split at the space nearest its middle, so it stays readable
/// rather than shrinking to fit one line.
std::pair<std::string, std::string> twoLines(const std::string& s) {
    if (s.size() <= 22) return {s, ""};
    const std::size_t before = s.rfind(' ', s.size() / 2), after = s.find(' ', s.size() / 2);
    const std::size_t cut = before == std::string::npos ? after
                            : after == std::string::npos ? before
                            : (s.size() / 2 - before <= after - s.size() / 2 ? before : after);
    if (cut == std::string::npos) return {s, ""};
    return {s.substr(0, cut), s.substr(cut + 1)};
}

/// "2027-03-01 07:54": a date and time a technician reads at a glance.
std::string when(const install::WorkCalendar::Moment& m) {
    std::string s = install::WorkCalendar::dateTime(m).substr(0, 16);
    s[10] = ' ';
    return s;
}

std::string dayAndDate(const install::InstallPlan& plan, int day) {
    return fmt::format("working day {}, {}", day, install::WorkCalendar::date(plan.calendar.date(day - 1)));
}

}  // namespace

int WorkOrderBook::rowsOnFirstPage() noexcept { return rowsFitting(kFirstPageBlockBottom); }
int WorkOrderBook::rowsOnOtherPages() noexcept { return rowsFitting(kHeaderBottom); }

WorkOrderBook::WorkOrderBook(const install::InstallPlan& plan, const Model& model, const Catalog& catalog,
                             const RoutingResult& routes, std::vector<install::WorkOrder> orders, std::string design)
    : plan_(plan), model_(model), catalog_(catalog), routes_(routes), orders_(std::move(orders)), design_(std::move(design)) {
    int page = 1;  // after the cover
    for (std::size_t i = 0; i < orders_.size(); ++i) {
        firstPage_.push_back(page);
        page += pagesOf(i);
    }
}

int WorkOrderBook::cutsheetPagesOf(std::size_t order) const {
    const int cables = static_cast<int>(orders_[order].cables.size());
    if (cables <= rowsOnFirstPage()) return 1;
    return 1 + (cables - rowsOnFirstPage() + rowsOnOtherPages() - 1) / rowsOnOtherPages();
}

void WorkOrderBook::paintPage(QPainter& painter, const QRectF& area, int page) const {
    painter.save();
    painter.translate(area.topLeft());
    if (page == 0) {
        paintCover(painter, area);
    } else {
        const auto it = std::upper_bound(firstPage_.begin(), firstPage_.end(), page);
        const std::size_t order = static_cast<std::size_t>(it - firstPage_.begin()) - 1;
        paintOrderPage(painter, area, order, page - firstPage_[order]);
    }
    painter.restore();
}

void WorkOrderBook::paintCover(QPainter& p, const QRectF&) const {
    const PrintUnits u(p);
    p.setPen(QPen(Qt::black, u.mm(0.2)));
    const double width = kPageWidthMm - 2 * kMargin;
    text(p, u, QRectF(u.mm(kMargin), u.mm(kMargin), u.mm(width), u.mm(10)), q("Install work orders: " + design_), 18, true);
    std::string crews;
    for (const auto& [trade, name] : EnumNames<install::Trade>::table)
        crews += fmt::format("{}{} {}", crews.empty() ? "" : ", ", name, plan_.crews[static_cast<std::size_t>(trade)]);
    int pagesTotal = pageCount();
    const std::string lines[] = {
        fmt::format("Plan: {} packages, first working day {}, finish on {}", plan_.packageCount(),
                    install::WorkCalendar::date(plan_.calendar.firstDay()), dayAndDate(plan_, plan_.workingDays())),
        fmt::format("Crews: {}; {} h a working day, {} working days a week", crews, plan_.calendar.minutesPerDay() / 60,
                    plan_.calendar.daysPerWeek()),
        fmt::format("This book: {} work orders (one per crew, working day and zone), {} pages; tick each box as the work "
                    "is done and sign each order off",
                    orders_.size(), pagesTotal)};
    for (int i = 0; i < 3; ++i)
        text(p, u, QRectF(u.mm(kMargin), u.mm(kMargin + 12 + i * 6), u.mm(width), u.mm(6)), q(lines[i]), 10);

    // Phase summary: one row per package kind.
    struct Phase {
        int packages = 0, cables = 0, inBook = 0;
        double labour = 0;
        int start = INT32_MAX, finish = 0;
    };
    std::map<install::PackageKind, Phase> phases;
    for (int i = 0; i < plan_.packageCount(); ++i) {
        const install::WorkPackage& w = plan_.work.packages[static_cast<std::size_t>(i)];
        Phase& ph = phases[w.kind];
        ++ph.packages;
        ph.cables += static_cast<int>(w.cables.size());
        ph.labour += w.labourMinutes / 60.0;
        ph.start = std::min(ph.start, plan_.schedule.start[i]);
        ph.finish = std::max(ph.finish, plan_.finish(i));
    }
    std::set<int> inBook;  // a package split over days is on several orders: count it once
    for (const install::WorkOrder& o : orders_) inBook.insert(o.packages.begin(), o.packages.end());
    for (int pk : inBook) ++phases[plan_.work.packages[static_cast<std::size_t>(pk)].kind].inBook;
    const double top = kMargin + 34;
    const std::array<std::pair<const char*, double>, 7> cols{
        {{"Phase", 40}, {"Packages", 18}, {"Cables", 18}, {"Labour h", 18}, {"Days", 18}, {"In this book", 20}, {"", 0}}};
    double x = kMargin;
    for (const auto& [title, w] : cols) {
        if (w == 0) break;
        text(p, u, QRectF(u.mm(x), u.mm(top), u.mm(w), u.mm(6)), title, 8, true);
        x += w;
    }
    // Gantt chart by phase to the right of the table: a bar from the phase's first start to its
    // last finish, on a scale of working days.
    const double ganttLeft = kMargin + 136, ganttWidth = kPageWidthMm - kMargin - ganttLeft;
    const double span = std::max(plan_.schedule.makespan, 1);
    const int days = std::max(plan_.workingDays(), 1);
    const int step = std::max(1, days / 20);
    for (int d = 0; d <= days; d += step) {
        const double gx = ganttLeft + ganttWidth * std::min(1.0, d * plan_.calendar.minutesPerDay() / span);
        p.setPen(QPen(QColor(200, 200, 200), 0));
        p.drawLine(QPointF(u.mm(gx), u.mm(top + 6)), QPointF(u.mm(gx), u.mm(top + 6 + 6.0 * phases.size())));
        p.setPen(Qt::black);
        if (d < days) text(p, u, QRectF(u.mm(gx), u.mm(top), u.mm(ganttWidth / days * step), u.mm(6)), QString::number(d + 1), 6);
    }
    // In the order of work as scheduled: by first start, then last finish.
    std::vector<std::pair<install::PackageKind, Phase>> ordered(phases.begin(), phases.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return std::pair(a.second.start, a.second.finish) < std::pair(b.second.start, b.second.finish);
    });
    double y = top + 6;
    for (const auto& [kind, ph] : ordered) {
        const std::string cells[] = {std::string(toString(kind)), std::to_string(ph.packages), std::to_string(ph.cables),
                                     fmt::format("{:.1f}", ph.labour),
                                     fmt::format("{}-{}", plan_.calendar.at(ph.start, false).day + 1,
                                                 plan_.calendar.at(ph.finish, true).day + 1),
                                     std::to_string(ph.inBook)};
        x = kMargin;
        for (int c = 0; c < 6; ++c) {
            text(p, u, QRectF(u.mm(x), u.mm(y), u.mm(cols[static_cast<std::size_t>(c)].second), u.mm(6)), q(cells[c]), 8);
            x += cols[static_cast<std::size_t>(c)].second;
        }
        const double x0 = ganttLeft + ganttWidth * ph.start / span, x1 = ganttLeft + ganttWidth * ph.finish / span;
        p.fillRect(QRectF(u.mm(x0), u.mm(y + 1.5), std::max(u.mm(x1 - x0), u.mm(0.5)), u.mm(3)), QColor(60, 110, 170));
        y += 6;
    }
    p.setPen(Qt::black);
    text(p, u, QRectF(u.mm(kMargin), u.mm(y + 4), u.mm(width), u.mm(6)),
         q("Days are working days of the plan. Cutsheets list cables in pull order: one route's bundle together, longest first. "
           "Labels read NEAR/FAR (TIA-606: SPACE.RACK-RU:PORT); the QR codes hold the cable id."),
         8);
}

void WorkOrderBook::paintOrderPage(QPainter& p, const QRectF&, std::size_t index, int pageInOrder) const {
    const install::WorkOrder& order = orders_[index];
    const PrintUnits u(p);
    const double width = kPageWidthMm - 2 * kMargin;
    const int pages = pagesOf(index);
    p.setPen(QPen(Qt::black, u.mm(0.2)));
    // Header on every page: who, when, where, and where this page is in the order.
    text(p, u, QRectF(u.mm(kMargin), u.mm(kMargin), u.mm(width * 0.7), u.mm(8)),
         q(fmt::format("Work order {}: crew {}, {}, zone {}", index + 1, order.crew, dayAndDate(plan_, order.day), order.zone)), 14,
         true);
    text(p, u, QRectF(u.mm(kMargin + width * 0.7), u.mm(kMargin), u.mm(width * 0.3), u.mm(8)),
         q(fmt::format("page {} of {} of this order", pageInOrder + 1, pages)), 9, false, Qt::AlignRight | Qt::AlignVCenter);
    text(p, u, QRectF(u.mm(kMargin), u.mm(kMargin + 8), u.mm(width), u.mm(5)),
         q(fmt::format("Install of {}: {} packages, {} cables on this order", design_, order.packages.size(), order.cables.size())),
         8);
    p.drawLine(QPointF(u.mm(kMargin), u.mm(kHeaderBottom - 1)), QPointF(u.mm(kMargin + width), u.mm(kHeaderBottom - 1)));
    if (pageInOrder + 1 == pages) {
        paintDrawings(p, index);
        return;
    }

    double tableTop = kHeaderBottom;
    std::size_t firstRow = 0;
    if (pageInOrder == 0) {
        // Packages, then what they wait for outside this order: the crew checks those are signed off.
        double y = kHeaderBottom;
        const std::size_t shown = std::min<std::size_t>(order.packages.size(), 4);
        for (std::size_t i = 0; i < shown; ++i) {
            const int pk = order.packages[i];
            const install::WorkPackage& w = plan_.work.packages[static_cast<std::size_t>(pk)];
            const install::PackagePart& part = order.parts[i];
            // A package split at shift ends shows this day's share: "day 2 of 3, 07:00 to 12:30".
            const std::string share =
                part.pieces == 1 ? fmt::format("{} to {}", when(plan_.startMoment(pk)), when(plan_.finishMoment(pk)))
                                 : fmt::format("day {} of {}, {} to {} (all: {} to {})", part.piece, part.pieces,
                                               when(plan_.calendar.at(part.start, false)).substr(11),
                                               when(plan_.calendar.at(part.finish, true)).substr(11), when(plan_.startMoment(pk)),
                                               when(plan_.finishMoment(pk)));
            text(p, u, QRectF(u.mm(kMargin), u.mm(y), u.mm(width), u.mm(4.5)),
                 q(fmt::format("Package {}: {}{}; {}; {:.1f} labour-h; {} of {} cables", pk + 1, w.name, w.gate ? " (gate: sign-off)" : "",
                               share, w.labourMinutes / 60.0, part.cables, w.cables.size())),
                 8, i == 0);
            y += 4.5;
        }
        if (order.packages.size() > shown)
            text(p, u, QRectF(u.mm(kMargin), u.mm(y), u.mm(width), u.mm(4.5)),
                 q(fmt::format("and {} more packages (see rackweave-cli export sequence)", order.packages.size() - shown)), 8);
        const std::set<int> own(order.packages.begin(), order.packages.end());
        std::vector<std::string> prerequisites;
        std::set<int> seen;
        for (int pk : order.packages)
            for (int pre : plan_.work.packages[static_cast<std::size_t>(pk)].predecessors)
                if (!own.count(pre) && seen.insert(pre).second) {
                    const std::string crew = plan_.crewName(pre);
                    prerequisites.push_back(fmt::format("{} ({}{}day {})", plan_.work.packages[static_cast<std::size_t>(pre)].name, crew,
                                                        crew.empty() ? "" : ", ", plan_.finishMoment(pre).day + 1));
                }
        y = kHeaderBottom + 23;
        text(p, u, QRectF(u.mm(kMargin), u.mm(y), u.mm(width), u.mm(5)),
             q(prerequisites.empty() ? std::string("Prerequisites: none")
                                     : fmt::format("Prerequisites met before starting ({}): tick each", prerequisites.size())),
             8, true);
        const std::size_t perColumn = 3, columns = 3, room = perColumn * columns;
        for (std::size_t i = 0; i < std::min(prerequisites.size(), room); ++i) {
            const double cx = kMargin + width / columns * static_cast<double>(i / perColumn);
            const double cy = y + 5 + 4.2 * static_cast<double>(i % perColumn);
            const bool last = i + 1 == room && prerequisites.size() > room;
            p.drawRect(QRectF(u.mm(cx), u.mm(cy + 0.6), u.mm(3), u.mm(3)));
            text(p, u, QRectF(u.mm(cx + 4), u.mm(cy), u.mm(width / columns - 5), u.mm(4.2)),
                 q(last ? fmt::format("{} more (plan JSON: predecessors)", prerequisites.size() - room + 1) : prerequisites[i]), 7);
        }
        tableTop = kFirstPageBlockBottom;
    } else {
        firstRow = static_cast<std::size_t>(rowsOnFirstPage() + (pageInOrder - 1) * rowsOnOtherPages());
    }

    // Cutsheet.
    double x = kMargin;
    p.fillRect(QRectF(u.mm(kMargin), u.mm(tableTop), u.mm(width), u.mm(kTableHeader)), QColor(225, 225, 225));
    for (const Column& c : kColumns) {
        text(p, u, QRectF(u.mm(x), u.mm(tableTop), u.mm(c.width), u.mm(kTableHeader)), c.title, 6.5, true,
             Qt::AlignLeft | Qt::AlignVCenter);
        x += c.width;
    }
    const std::size_t rows = static_cast<std::size_t>(pageInOrder == 0 ? rowsOnFirstPage() : rowsOnOtherPages());
    const std::size_t lastRow = std::min(order.cables.size(), firstRow + rows);
    double y = tableTop + kTableHeader;
    if (order.cables.empty())
        text(p, u, QRectF(u.mm(kMargin), u.mm(y), u.mm(width), u.mm(kRow)),
             "No cables on this order: the work is the package above. Sign it off below.", 9);
    for (std::size_t r = firstRow; r < lastRow; ++r, y += kRow) {
        const install::CutsheetRow row = install::cutsheetRow(model_, catalog_, routes_, order.cables[r], static_cast<int>(r) + 1);
        const std::array<std::pair<std::string, std::string>, 8> cells{{
            {std::to_string(row.pullOrder), ""},
            {row.cableId, ""},
            {fmt::format("{} U{} {}", row.aRack, row.aU, row.aPort), row.aDevice},
            {fmt::format("{} U{} {}", row.bRack, row.bU, row.bPort), row.bDevice},
            {row.media, row.sku},
            {fmt::format("{:.1f}", row.orderedMetres), ""},
            twoLines(row.trayPath),
            {row.label.substr(0, row.label.find('/') + 1), row.label.substr(row.label.find('/') + 1)},
        }};
        if ((r - firstRow) % 2 == 1) p.fillRect(QRectF(u.mm(kMargin), u.mm(y), u.mm(width), u.mm(kRow)), QColor(245, 245, 245));
        x = kMargin;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto& [first, second] = cells[c];
            const QRectF cell(u.mm(x), u.mm(y), u.mm(kColumns[c].width), u.mm(kRow));
            if (second.empty())
                text(p, u, cell, q(first), 7, c == 1);
            else {
                text(p, u, QRectF(cell.x(), cell.y() + u.mm(0.5), cell.width(), u.mm(4.5)), q(first), 7);
                text(p, u, QRectF(cell.x(), cell.y() + u.mm(5), cell.width(), u.mm(4.5)), q(second), 6.5);
            }
            x += kColumns[c].width;
        }
        p.setPen(QPen(Qt::black, u.mm(0.2)));
        p.setBrush(Qt::NoBrush);
        for (std::size_t c = 8; c < 12; ++c) {
            tickBox(p, u, QRectF(u.mm(x), u.mm(y), u.mm(kColumns[c].width), u.mm(kRow)));
            x += kColumns[c].width;
        }
        p.drawLine(QPointF(u.mm(x + 1), u.mm(y + kRow - 2)), QPointF(u.mm(x + kColumns[12].width - 1), u.mm(y + kRow - 2)));
        x += kColumns[12].width;
        QrCode(row.cableId).paint(p, QRectF(u.mm(x), u.mm(y), u.mm(kColumns[13].width), u.mm(kRow)));
        p.setPen(QPen(QColor(160, 160, 160), 0));
        p.drawLine(QPointF(u.mm(kMargin), u.mm(y + kRow)), QPointF(u.mm(kMargin + width), u.mm(y + kRow)));
        p.setPen(QPen(Qt::black, u.mm(0.2)));
    }

    // Sign-off on the order's last page; a pointer to the next page on the others.
    const double signTop = kTableBottom + 2;
    if (pageInOrder + 1 < cutsheetPagesOf(index)) {
        text(p, u, QRectF(u.mm(kMargin), u.mm(signTop), u.mm(width), u.mm(6)), "Continued on the next page.", 9);
        return;
    }
    text(p, u, QRectF(u.mm(kMargin), u.mm(signTop), u.mm(width), u.mm(5)),
         "Sign-off: every cable above pulled, dressed, labelled at both ends and tested as ticked; exceptions written on the back.",
         8, true);
    const char* boxes[] = {"Crew lead (name)", "Signature", "Date and time", "Supervisor check"};
    const double boxWidth = width / 4;
    for (int i = 0; i < 4; ++i) {
        const QRectF box(u.mm(kMargin + i * boxWidth), u.mm(signTop + 6), u.mm(boxWidth - 2), u.mm(kSignOff - 9));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        text(p, u, QRectF(box.x(), box.y(), box.width(), u.mm(4)), boxes[i], 6.5, false, Qt::AlignLeft | Qt::AlignTop);
    }
}

void WorkOrderBook::paintDrawings(QPainter& p, std::size_t index) const {
    const PrintUnits u(p);
    const OrderPlaces places = placesOf(plan_, model_, orders_[index]);
    constexpr double kMapWidth = 120.0, kGap = 6.0, kMaxRacks = 8;
    const double top = kHeaderBottom + 1, bottom = kPageHeightMm - kMargin;
    const Hall* hall = model_.halls().find(places.hall);
    text(p, u, QRectF(u.mm(kMargin), u.mm(top), u.mm(kMapWidth), u.mm(5)),
         q(fmt::format("Floor map{}: this order's tray runs in blue, its racks in orange", hall ? " of " + hall->name : "")), 8, true);
    paintFloorMap(p, u, QRectF(u.mm(kMargin), u.mm(top + 6), u.mm(kMapWidth), u.mm(bottom - top - 6)), model_, places);

    const double left = kMargin + kMapWidth + kGap, width = kPageWidthMm - kMargin - left;
    text(p, u, QRectF(u.mm(left), u.mm(top), u.mm(width), u.mm(5)),
         "Rack elevations: devices this order's cables land on in orange; rear-mounted dashed", 8, true);
    const std::size_t shown = std::min<std::size_t>(places.racks.size(), static_cast<std::size_t>(kMaxRacks));
    double elevationBottom = bottom;
    if (places.racks.size() > shown) {
        std::string rest;
        for (std::size_t i = shown; i < places.racks.size(); ++i)
            rest += fmt::format("{}{}", i == shown ? "" : ", ", model_.racks()[places.racks[i]].name);
        elevationBottom -= 6;
        text(p, u, QRectF(u.mm(left), u.mm(elevationBottom + 1), u.mm(width), u.mm(5)),
             q(fmt::format("and {} more racks: {}", places.racks.size() - shown, rest)), 7);
    }
    if (shown == 0) {
        text(p, u, QRectF(u.mm(left), u.mm(top + 6), u.mm(width), u.mm(5)), "No racks: the work is overhead (see the floor map).", 8);
        return;
    }
    const double each = width / static_cast<double>(std::max<std::size_t>(shown, 4));  // 4 racks or fewer keep a readable width
    for (std::size_t i = 0; i < shown; ++i)
        paintRackElevation(p, u, QRectF(u.mm(left + each * static_cast<double>(i)), u.mm(top + 6), u.mm(each - 2), u.mm(elevationBottom - top - 6)),
                           model_, catalog_, places.racks[i], places.devices);
}

}  // namespace rw::print
