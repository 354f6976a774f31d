// `rackweave-cli print labels DESIGN -o labels.pdf [--zpl labels.zpl] [--stock ID]` and
// `rackweave-cli print work-orders DESIGN -o book.pdf [--crew NAME] [--day N] [plan options]`:
// the install paperwork as PDF (docs/install.md, "Printouts"). The data comes from core/install
// (CableLabels, WorkOrders); the painting from render/print, the same painters the app's print
// preview uses. Qt needs a QGuiApplication to paint text; the CLI has no display, so it asks Qt
// for the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include <fmt/format.h>

#include <QGuiApplication>
#include <chrono>
#include <filesystem>
#include <optional>
#include <sstream>
#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "OutputFile.h"
#include "PlanOptions.h"
#include "RoutedDesign.h"
#include "LabelDocument.h"
#include "WorkOrderBook.h"
#include "WorkOrderDocument.h"
#include "util/Errors.h"
#include "install/CableLabels.h"
#include "install/LabelStock.h"
#include "install/WorkOrders.h"

namespace rw::cli {
namespace {

/// Runs `paint` inside a QGuiApplication (created here: the CLI's other commands need none).
template <class F>
void withGui(F&& paint) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt warns on stderr when XDG_RUNTIME_DIR is unset (as in containers and cron); painting a
    // PDF never uses it, so the warning would only be noise in the CLI's output.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtWarningMsg && message.startsWith("QStandardPaths:")) return;
        std::cerr << message.toStdString() << '\n';
    });
    int argc = 1;
    char name[] = "rackweave-cli";
    char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    paint();
}

void addLabels(CLI::App& printCommand, const CLI::App& root) {
    auto* cmd = printCommand.add_subcommand("labels", "Print TIA-606 cable labels (both ends, near end first, QR code) as PDF and ZPL");
    struct Options {
        std::string design, output, zpl, stock;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("DESIGN", o->design, "Project file (.rackweave)")->required();
    cmd->add_option("-o,--output", o->output, "PDF file to write")->required();
    cmd->add_option("--zpl", o->zpl, "Also write ZPL II for Zebra label printers to this file ('-' for standard output)");
    cmd->add_option("--stock", o->stock, "Label stock id from assets/labels/stocks.json (default: the file's default)");
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        // The stock is checked before the design is opened, so a typo costs nothing.
        const install::LabelStocks stocks = install::loadShippedLabelStocks();
        const install::LabelStock& stock = stocks.get(o->stock.empty() ? stocks.defaultId : o->stock);
        const Catalog catalog = catalogFor(*rootApp);
        // Labels need the ends only, not the routes: no routing here.
        const OpenedProject project = openProjectWithRoutes(o->design);
        const std::vector<CableId> cables = install::labelledCables(project.model);
        withGui([&] { print::writeLabelsPdf(o->output, project.model, catalog, cables, stock); });
        if (!o->zpl.empty())
            writeOutput(o->zpl, [&](std::ostream& out) { install::writeZpl(out, project.model, catalog, cables, stock); });
        std::cout << fmt::format("{}: {} labels for {} cables on {} ({} pages)\n", o->output, cables.size() * 2, cables.size(),
                                 stock.id, print::labelPageCount(cables.size(), stock));
    });
}

void addWorkOrders(CLI::App& printCommand, const CLI::App& root) {
    auto* cmd = printCommand.add_subcommand("work-orders", "Print the install work orders (one per crew, working day and zone) as a PDF book");
    const std::shared_ptr<PlanOptions> plan = addPlanOptions(*cmd);
    struct Options {
        std::string output;
        std::optional<std::string> crew;
        std::optional<int> day;
    };
    auto o = std::make_shared<Options>();
    cmd->add_option("-o,--output", o->output, "PDF file to write")->required();
    cmd->add_option("--crew", o->crew, "Only this crew's work orders, e.g. fibre-07");
    cmd->add_option("--day", o->day, "Only the work orders of this working day (from 1)");
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        if (o->day && *o->day < 1) throw InputError(fmt::format("--day: {} is not a working day (they count from 1)", *o->day));
        const auto started = std::chrono::steady_clock::now();
        const PlannedDesign planned = makePlannedDesign(*plan, *rootApp);
        const install::WorkOrderFilter filter{o->crew, o->day};
        install::checkWorkOrderFilter(planned.plan, filter);
        std::vector<install::WorkOrder> orders =
            install::buildWorkOrders(planned.plan, planned.project.model, *planned.project.routes, filter);
        if (orders.empty())
            std::cerr << "rackweave-cli: note: no work orders match (that crew has no work starting that day); the book has its cover only\n";
        std::ostringstream csv;
        install::writeCutsheetCsv(csv, planned.project.model, planned.catalog, *planned.project.routes, orders);
        std::size_t cables = 0;
        for (const install::WorkOrder& w : orders) cables += w.cables.size();
        int pages = 0;
        withGui([&] {
            const print::WorkOrderBook book(planned.plan, planned.project.model, planned.catalog, *planned.project.routes,
                                            std::move(orders), std::filesystem::path(plan->design).stem().string());
            pages = book.pageCount();
            print::writeWorkOrdersPdf(o->output, book, csv.str());
        });
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::cout << fmt::format("{}: {} pages, {} cables ({:.2f} s)\n", o->output, pages, cables, seconds);
    });
}

}  // namespace

void addPrintCommand(CLI::App& app) {
    auto* print = app.add_subcommand("print", "Print install paperwork as PDF: cable labels, work orders");
    print->require_subcommand(1);
    addLabels(*print, app);
    addWorkOrders(*print, app);
}

}  // namespace rw::cli
