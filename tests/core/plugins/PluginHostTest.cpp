// The plugin host loads the shipped plugins and runs them, and refuses or isolates broken ones
// with a message naming the file (fixtures in tests/plugin-fixtures).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "plugins/PluginHost.h"
#include "project/NewProject.h"
#include "support/ShippedCatalog.h"
#include "util/Errors.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

const fs::path kBuilt = RACKWEAVE_BUILT_PLUGINS;
fs::path fixture(const std::string& name) { return fs::path(RACKWEAVE_PLUGIN_FIXTURES) / name / (name + ".so"); }

const Catalog& emptyCatalog() { return test::shippedCatalog(); }  // the plugins here read no parts

struct Design {
    Model model = newProject("Plugins");  // one hall
    HallId hall = model.halls().ids().front();
    RackId rack(const std::string& name, Point2 at) {
        return model.racks().add({hall, {}, model.strings.intern("test-rack"), name, at, Rotation::R0, RackRole::Compute});
    }
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(PluginHost, LoadsTheShippedPlugins) {
    PluginHost host;
    host.loadDirectory(kBuilt);
    EXPECT_TRUE(host.problems().empty()) << host.problems().front().reason;
    ASSERT_NE(host.findExporter("rack-list"), nullptr);
    ASSERT_EQ(host.checks().size(), 1u);
    EXPECT_EQ(host.checks().front().check->name(), "rack-naming");
    EXPECT_EQ(host.checks().front().file, kBuilt / "rack_naming.so");
}

TEST(PluginHost, RackNamingFlagsNamesOffThePattern) {
    PluginHost host;
    ASSERT_TRUE(host.loadFile(kBuilt / "rack_naming.so"));
    Design d;
    d.rack("H1-R01-01", {1000, 1000});
    const RackId bad = d.rack("rack 7", {2000, 1000});
    const auto findings = PluginHost::runCheck(host.checks().front(), d.model, emptyCatalog(), nullptr,
                                               {{"pattern", "H[0-9]+-R[0-9]{2}-[0-9]{2}"}, {"severity", "error"}});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].id, bad.value);
    EXPECT_EQ(findings[0].kind, EntityKind::Rack);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_EQ(findings[0].source, FindingSource::Plugin);
    EXPECT_TRUE(contains(findings[0].message, "'rack 7'")) << findings[0].message;
    // The default pattern (a letter, then letters, digits, '.', '_', '-') also refuses the space.
    EXPECT_EQ(PluginHost::runCheck(host.checks().front(), d.model, emptyCatalog(), nullptr, {}).size(), 1u);
}

TEST(PluginHost, ABadOptionBecomesAFindingNamingThePlugin) {
    PluginHost host;
    ASSERT_TRUE(host.loadFile(kBuilt / "rack_naming.so"));
    Design d;
    d.rack("A", {1000, 1000});
    const auto findings = PluginHost::runCheck(host.checks().front(), d.model, emptyCatalog(), nullptr, {{"pattern", "("}});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_TRUE(contains(findings[0].message, "rack_naming.so")) << findings[0].message;
    EXPECT_TRUE(contains(findings[0].message, "not a valid regular expression")) << findings[0].message;
}

TEST(PluginHost, RackListWritesOneLinePerRack) {
    PluginHost host;
    ASSERT_TRUE(host.loadFile(kBuilt / "rack_list.so"));
    Design d;
    d.rack("r001", {1200, -500});
    d.rack("odd,name", {600, 2000});
    std::ostringstream out;
    PluginHost::runExporter(*host.findExporter("rack-list"), d.model, emptyCatalog(), RoutingResult{}, {}, out);
    const std::string hall = d.model.halls()[d.hall].name;
    EXPECT_EQ(out.str(), "rack,hall,row,x_m,y_m\nr001," + hall + ",,1.200,-0.500\n\"odd,name\"," + hall + ",,0.600,2.000\n");
}

TEST(PluginHost, RefusesAnotherApiVersionWithoutRegistering) {
    PluginHost host;
    EXPECT_FALSE(host.loadFile(fixture("wrong_version")));
    ASSERT_EQ(host.problems().size(), 1u);
    EXPECT_EQ(host.problems()[0].file, fixture("wrong_version"));
    EXPECT_TRUE(contains(host.problems()[0].reason, "API version 42")) << host.problems()[0].reason;
    EXPECT_TRUE(host.files().empty());
}

TEST(PluginHost, RefusesAPluginThatThrowsWhileRegistering) {
    PluginHost host;
    EXPECT_FALSE(host.loadFile(fixture("throws_on_register")));
    ASSERT_EQ(host.problems().size(), 1u);
    EXPECT_TRUE(contains(host.problems()[0].reason, "the site database is unreachable")) << host.problems()[0].reason;
}

TEST(PluginHost, RefusesALibraryWithoutTheEntryPoints) {
    PluginHost host;
    EXPECT_FALSE(host.loadFile(fixture("missing_entry")));
    ASSERT_EQ(host.problems().size(), 1u);
    EXPECT_TRUE(contains(host.problems()[0].reason, "lacks rackweave_plugin_register()")) << host.problems()[0].reason;
}

TEST(PluginHost, RefusesALibraryWithUndefinedSymbols) {
    PluginHost host;
    EXPECT_FALSE(host.loadFile(fixture("undefined_symbol")));
    ASSERT_EQ(host.problems().size(), 1u);
    EXPECT_TRUE(contains(host.problems()[0].reason, "rackweave_fixture_function_nobody_defines")) << host.problems()[0].reason;
    EXPECT_TRUE(contains(host.problems()[0].file.string(), "undefined_symbol.so"));
}

TEST(PluginHost, RefusesAFileThatIsNotALibrary) {
    const fs::path file = fs::temp_directory_path() / "rackweave-not-a-plugin.so";
    { std::ofstream(file) << "not an ELF file"; }
    PluginHost host;
    EXPECT_FALSE(host.loadFile(file));
    ASSERT_EQ(host.problems().size(), 1u);
    EXPECT_TRUE(contains(host.problems()[0].reason, "cannot be loaded")) << host.problems()[0].reason;
    fs::remove(file);
}

TEST(PluginHost, IsolatesACheckAndAnExporterThatThrow) {
    PluginHost host;
    ASSERT_TRUE(host.loadFile(fixture("throws_when_run")));
    Design d;
    const auto findings = PluginHost::runCheck(host.checks().front(), d.model, emptyCatalog(), nullptr, {});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].severity, Severity::Error);
    EXPECT_TRUE(contains(findings[0].message, "boom in check")) << findings[0].message;
    EXPECT_TRUE(contains(findings[0].message, "throws_when_run.so")) << findings[0].message;
    std::ostringstream out;
    try {
        PluginHost::runExporter(host.exporters().front(), d.model, emptyCatalog(), RoutingResult{}, {}, out);
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_TRUE(contains(e.what(), "boom in exporter")) << e.what();
        EXPECT_TRUE(contains(e.what(), "throws_when_run.so")) << e.what();
    }
}

TEST(PluginHost, ABrokenPluginDoesNotStopTheOthersInAFolder) {
    const fs::path dir = fs::temp_directory_path() / "rackweave-plugin-folder";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(kBuilt / "rack_list.so", dir / "b_rack_list.so");
    fs::copy_file(fixture("wrong_version"), dir / "a_wrong_version.so");
    PluginHost host;
    host.loadDirectory(dir);
    EXPECT_EQ(host.problems().size(), 1u);
    EXPECT_NE(host.findExporter("rack-list"), nullptr);
    fs::remove_all(dir);
}

}  // namespace
}  // namespace rw
