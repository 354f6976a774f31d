// `rackweave-cli plan DESIGN [--crews ...] [--target-days N] [--start DATE] [--rates FILE]
// [-o plan.json]`: the install plan (docs/install.md): work packages, labour by trade, the crew
// schedule on the calendar, the critical path and, with a target, the fewest crews that meet it.
#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <string>

#include "Cli.h"
#include "OutputFile.h"
#include "PlanOptions.h"
#include "install/PlanReports.h"

namespace rw::cli {

void addPlanCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "plan", "Plan the install: work packages, labour by trade, crew schedule, finish date, critical path, what-if");
    const std::shared_ptr<PlanOptions> options = addPlanOptions(*cmd);
    auto output = std::make_shared<std::string>();
    cmd->add_option("-o,--output", *output, "Write the plan as JSON (docs/install.md); '-' for standard output");
    const CLI::App* root = &app;
    cmd->callback([=] {
        const auto begin = std::chrono::steady_clock::now();
        const install::InstallPlan plan = makePlan(*options, *root);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        std::ostream& report = *output == "-" ? std::cerr : std::cout;
        report << fmt::format("Install plan for {} ({:.2f} s)\n", options->design, seconds) << install::installPlanSummary(plan);
        if (output->empty()) return;
        writeOutput(*output, [&](std::ostream& out) { out << install::installPlanToJson(plan).dump(1) << '\n'; });
        if (*output != "-") report << fmt::format("{}: {} packages\n", *output, plan.packageCount());
    });
}

}  // namespace rw::cli
