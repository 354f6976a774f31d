// `rackweave-cli export sequence DESIGN -o seq.csv` (the install sequence) and `export schedule
// DESIGN -o plan.xml` (MS Project XML): the plan `rackweave-cli plan` makes, with the same
// options, written for people and for project-planning tools (docs/install.md).
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "OutputFile.h"
#include "PlanOptions.h"
#include "install/MspdiExport.h"
#include "install/PlanReports.h"

namespace rw::cli {

namespace {

using Writer = void (*)(std::ostream&, const install::InstallPlan&, const std::string& design);

void addPlanExport(CLI::App& exportCommand, const CLI::App& root, const char* name, const char* help,
                   const char* outputHelp, Writer write) {
    auto* cmd = exportCommand.add_subcommand(name, help);
    const std::shared_ptr<PlanOptions> options = addPlanOptions(*cmd);
    auto output = std::make_shared<std::string>();
    cmd->add_option("-o,--output", *output, outputHelp)->required();
    const CLI::App* rootApp = &root;
    cmd->callback([=] {
        const install::InstallPlan plan = makePlan(*options, *rootApp);
        writeOutput(*output, [&](std::ostream& out) { write(out, plan, options->design); });
        std::ostream& report = *output == "-" ? std::cerr : std::cout;
        report << fmt::format("{}: {} packages, finish on working day {}, {}\n", *output == "-" ? "stdout" : *output,
                              plan.packageCount(), plan.workingDays(),
                              install::WorkCalendar::date(plan.calendar.at(plan.schedule.makespan, true).date));
    });
}

}  // namespace

void addExportPlan(CLI::App& exportCommand, const CLI::App& root) {
    addPlanExport(exportCommand, root, "sequence", "Write the install sequence: packages in order of start with crew, days, predecessors (CSV)",
                  "CSV file to write; '-' for standard output",
                  [](std::ostream& out, const install::InstallPlan& plan, const std::string&) { install::writeSequenceCsv(out, plan); });
    addPlanExport(exportCommand, root, "schedule", "Write the install schedule as Microsoft Project XML (MSPDI)",
                  "XML file to write (e.g. plan.xml); '-' for standard output",
                  [](std::ostream& out, const install::InstallPlan& plan, const std::string& design) {
                      install::writeMspdi(out, plan, fmt::format("Install of {}", std::filesystem::path(design).stem().string()));
                  });
}

}  // namespace rw::cli
