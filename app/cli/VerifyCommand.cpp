// `rackweave-cli verify DESIGN --ibnetdiscover CAPTURE [--fabric F] [--json] [--ignore-rate]`:
// the as-built check (docs/verify.md). Compares what `ibnetdiscover` reports on the installed
// fabric with the design's fabric, as `export fabric` writes it. Exit 0 when they match, 1 when
// they do not, 2 for bad input (a capture that is not ibnetdiscover output names file and line).
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "Cli.h"
#include "DesignedFabric.h"
#include "exchange/AsBuiltCheck.h"
#include "exchange/DesignedFabric.h"
#include "persistence/ProjectFile.h"
#include "util/Errors.h"

namespace rw::cli {

namespace {

IbnetdiscoverCapture readCapture(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: cannot read the capture", file));
    return parseIbnetdiscover(in, file);
}

nlohmann::json linksToJson(const std::vector<AsBuiltLink>& links) {
    nlohmann::json list = nlohmann::json::array();
    for (const AsBuiltLink& l : links)
        list.push_back({{"a", {{"device", l.a.device}, {"port", l.a.port}}},
                        {"b", {{"device", l.b.device}, {"port", l.b.port}}},
                        {"rate", l.rate},
                        {"line", l.line}});
    return list;
}

nlohmann::json reportToJson(const AsBuiltReport& report, const std::string& design, const std::string& capture,
                            const std::string& fabric) {
    nlohmann::json counts{{"designed_links", report.designedLinks},
                          {"found_links", report.foundLinks},
                          {"matched_links", report.matchedLinks}};
    for (const AsBuiltKind kind : kAsBuiltKinds) counts[std::string(toString(kind))] = report.count(kind);
    nlohmann::json findings = nlohmann::json::array();
    for (const AsBuiltFinding& f : report.findings) {
        nlohmann::json j{{"kind", toString(f.kind)}, {"message", f.message}, {"line", f.line}};
        if (!f.device.empty() || f.kind == AsBuiltKind::UnknownDevice) j["device"] = f.device;
        j["designed"] = linksToJson(f.designed);
        j["found"] = linksToJson(f.found);
        findings.push_back(std::move(j));
    }
    return {{"design", design},     {"capture", capture},   {"fabric", fabric},
            {"matches", report.matches()}, {"counts", std::move(counts)}, {"findings", std::move(findings)}};
}

}  // namespace

void addVerifyCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("verify", "Compare an installed fabric (ibnetdiscover output) with the design; exit 1 on "
                                             "a difference");
    auto file = std::make_shared<std::string>();
    auto capture = std::make_shared<std::string>();
    auto fabricName = std::make_shared<std::string>("compute");
    auto json = std::make_shared<bool>(false);
    auto ignoreRate = std::make_shared<bool>(false);
    cmd->add_option("DESIGN", *file, "Project file (.rackweave)")->required();
    cmd->add_option("--ibnetdiscover", *capture, "Text output of `ibnetdiscover` run on the installed fabric")
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--fabric", *fabricName, "Fabric of the design to compare with")
        ->check(CLI::IsMember(kInfiniBandFabrics))
        ->capture_default_str();
    cmd->add_flag("--json", *json, "Print {\"matches\", \"counts\", \"findings\": [...]} (docs/verify.md)");
    cmd->add_flag("--ignore-rate", *ignoreRate,
                  "Do not compare link width and speed (e.g. a simulator that cannot run the design's rate)");
    const CLI::App* root = &app;
    cmd->callback([=] {
        const Catalog catalog = catalogFor(*root);
        const IbnetdiscoverCapture designed =
            designedFabric(openProject(*file), *file, *parseEnum<Fabric>(*fabricName), catalog);  // checked by IsMember
        const IbnetdiscoverCapture found = readCapture(*capture);
        const AsBuiltReport report = checkAsBuilt(designed, found, AsBuiltOptions{!*ignoreRate});
        if (*json)
            std::cout << reportToJson(report, *file, *capture, *fabricName).dump(2) << '\n';
        else
            std::cout << asBuiltReportText(report, *capture, *fabricName);
        if (!report.matches())
            throw ChecksFailed(fmt::format("{}: the fabric does not match {} ({} finding{})", *capture, *file,
                                           report.findings.size(), report.findings.size() == 1 ? "" : "s"));
    });
}

}  // namespace rw::cli
