// Plugins from the command line: `--plugins DIR`, `plugins list`, a plugin exporter under
// `export` and a plugin check in `check` with its options; a broken plugin is named and skipped.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "../../core/support/PowerSampleModel.h"
#include "RunCli.h"
#include "persistence/ProjectFile.h"

namespace rw {
namespace {

using test::runCli;

const std::string kPlugins = RACKWEAVE_BUILT_PLUGINS;
const std::string kWrongVersion = std::string(RACKWEAVE_PLUGIN_FIXTURES) + "/wrong_version";
const std::string kThrows = std::string(RACKWEAVE_PLUGIN_FIXTURES) + "/throws_when_run";

class PluginsCli : public test::CliTestDir {
protected:
    std::string design() {
        const auto file = (dir_ / "site.rackweave").string();
        saveProject(test::dgxRackOnFeeds(2).model, nullptr, file);
        return file;
    }
};

TEST_F(PluginsCli, ListsTheShippedPlugins) {
    const auto r = runCli({"--plugins", kPlugins, "plugins", "list"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("exporter rack-list"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("check    rack-naming"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(kPlugins + "/rack_naming.so"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("0 refused"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("searched " + kPlugins + "\n"), std::string::npos) << r.out;
}

TEST_F(PluginsCli, ARefusedPluginIsNamedAndTheCommandGoesOn) {
    const auto r = runCli({"--plugins", kWrongVersion, "--plugins", kPlugins, "plugins", "list"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("plugin " + kWrongVersion + "/wrong_version.so refused: it was built for plugin API version 42"),
              std::string::npos) << r.err;
    EXPECT_NE(r.out.find("exporter rack-list"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 refused"), std::string::npos) << r.out;
}

TEST_F(PluginsCli, PluginCheckFindingsJoinTheBuiltInOnes) {
    const auto file = design();
    const auto plain = runCli({"--plugins", kPlugins, "check", file});
    EXPECT_EQ(plain.out.find("plugin  rack"), std::string::npos) << plain.out;  // default pattern: names pass
    const auto r = runCli({"--plugins", kPlugins, "check", file, "--rack-naming-pattern", "H[0-9]+-R[0-9]+",
                           "--rack-naming-severity", "info"});
    EXPECT_NE(r.out.find("info    plugin  rack #"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("does not match the naming pattern 'H[0-9]+-R[0-9]+'"), std::string::npos) << r.out;
}

TEST_F(PluginsCli, AThrowingCheckIsAnErrorFindingNamingItsFile) {
    const auto r = runCli({"--plugins", kThrows, "check", design()});
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.out.find("plugin check 'always-throws' (" + kThrows + "/throws_when_run.so) failed and was skipped: boom in check"),
              std::string::npos) << r.out;
}

TEST_F(PluginsCli, PluginExporterWritesItsFormat) {
    const auto out = (dir_ / "racks.tsv").string();
    const auto r = runCli({"--plugins", kPlugins, "export", "rack-list", design(), "-o", out, "--separator", "tab"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(out);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str().rfind("rack\thall\trow\tx_m\ty_m\n", 0), 0u) << text.str();
    EXPECT_NE(text.str().find("r012\t"), std::string::npos) << text.str();
}

TEST_F(PluginsCli, AThrowingExporterExitsTwoNamingItsFile) {
    const auto r = runCli({"--plugins", kThrows, "export", "always-throws", design(), "-o", (dir_ / "x").string()});
    EXPECT_EQ(r.exitCode, 2) << r.err;
    EXPECT_NE(r.err.find("throws_when_run.so) failed: boom in exporter"), std::string::npos) << r.err;
}

TEST_F(PluginsCli, WithoutThePluginTheExportIsUnknown) {
    const auto r = runCli({"export", "rack-list", design(), "-o", (dir_ / "x").string()});
    EXPECT_EQ(r.exitCode, 2) << r.out;
}

}  // namespace
}  // namespace rw
