// `rackweave-cli catalog ...` through the real binary: outputs and exit codes (0 ok, 2 bad input).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

struct Result {
    int code = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class CatalogCli : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = fs::temp_directory_path() / (std::string("rw-catalog-cli-") + info->name() + "-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "xdg");
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Runs the CLI with an empty user data folder so the developer's own catalog cannot interfere.
    Result cli(const std::string& args) const {
        const fs::path out = dir_ / "stdout";
        const fs::path err = dir_ / "stderr";
        const std::string cmd = "XDG_DATA_HOME='" + (dir_ / "xdg").string() + "' '" + RACKWEAVE_CLI + "' " + args + " >'" +
                                out.string() + "' 2>'" + err.string() + "'";
        const int status = std::system(cmd.c_str());
        Result r;
        r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.out = slurp(out);
        r.err = slurp(err);
        return r;
    }
    static std::string data(const std::string& rel) { return std::string(RACKWEAVE_TEST_DATA) + "/" + rel; }

    fs::path dir_;
};

TEST_F(CatalogCli, ListShowsTheShippedCatalog) {
    const Result r = cli("catalog list");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("nvidia-dgx-h100"), std::string::npos);
    EXPECT_NE(r.out.find("nvidia-gb200-nvl72"), std::string::npos);
    EXPECT_NE(r.out.find("power-cord-c19-c20-2m"), std::string::npos);
    EXPECT_NE(r.out.find(" entries ("), std::string::npos);
}

TEST_F(CatalogCli, ListFiltersByKind) {
    const Result r = cli("catalog list --kind switch");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("nvidia-qm9700"), std::string::npos);
    EXPECT_NE(r.out.find("nvidia-sn5600"), std::string::npos);
    EXPECT_EQ(r.out.find("nvidia-dgx-h100"), std::string::npos);

    const Result json = cli("catalog list --kind rack --json");
    ASSERT_EQ(json.code, 0) << json.err;
    const auto list = nlohmann::json::parse(json.out);
    ASSERT_GE(list.size(), 6U);
    for (const auto& e : list) EXPECT_EQ(e.at("kind"), "rack");

    const Result bad = cli("catalog list --kind toaster");
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("--kind"), std::string::npos) << bad.err;
}

TEST_F(CatalogCli, ShowPrintsFiguresPortMapAndSources) {
    const Result r = cli("catalog show nvidia-dgx-h100");
    EXPECT_EQ(r.code, 0) << r.err;
    for (const char* text : {"Height:      8U", "130.45 kg", "max 10200 W", "6 x 3300 W, 4+2", "OSFP1P1 -> GPU7 (rail 7)",
                             "OSFP4P2 -> GPU0 (rail 0)", "1105 CFM", "docs.nvidia.com/dgx/dgxh100-user-guide"})
        EXPECT_NE(r.out.find(text), std::string::npos) << text << "\n" << r.out;

    const Result unknown = cli("catalog show nvidia-dgx-h1000");
    EXPECT_EQ(unknown.code, 2);
    EXPECT_NE(unknown.err.find("unknown catalog entry 'nvidia-dgx-h1000'"), std::string::npos) << unknown.err;

    EXPECT_EQ(cli("catalog show").code, 2);
    EXPECT_EQ(cli("catalog").code, 2);
}

TEST_F(CatalogCli, ShowPrintsACoolingUnitsCapacityCurve) {
    const Result r = cli("catalog show supermicro-cdu-4u-inrack");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("By water:    100 kW at 32 degC, 60 kW at 40 degC (estimate)"), std::string::npos) << r.out;
}

TEST_F(CatalogCli, ShowJsonIsTheEntryAsWritten) {
    const Result r = cli("catalog show nvidia-dac-ndr-twin-1m --json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto e = nlohmann::json::parse(r.out);
    EXPECT_EQ(e.at("id"), "nvidia-dac-ndr-twin-1m");
    EXPECT_EQ(e.at("media"), "dac");          // from the family
    EXPECT_EQ(e.at("length_m"), 1);           // from the variant
    EXPECT_EQ(e.at("links_carried"), 2);
    EXPECT_FALSE(e.contains("variants"));
}

TEST_F(CatalogCli, CatalogOptionAddsAFolderBeforeOrAfterTheSubcommand) {
    const std::string extra = data("catalog-extra");
    const Result before = cli("--catalog '" + extra + "' catalog show example-edge-switch");
    EXPECT_EQ(before.code, 0) << before.err;
    EXPECT_NE(before.out.find("swp1 .. swp32 (32 x)"), std::string::npos) << before.out;
    const Result after = cli("catalog list --kind gpu-server --catalog '" + extra + "'");
    EXPECT_EQ(after.code, 0) << after.err;
    EXPECT_NE(after.out.find("example-gpu-node"), std::string::npos);
    // Without the option the entry is unknown.
    EXPECT_EQ(cli("catalog show example-edge-switch").code, 2);

    const Result missing = cli("--catalog '" + data("no-such-folder") + "' catalog list");
    EXPECT_EQ(missing.code, 2);
    EXPECT_NE(missing.err.find("catalog folder not found"), std::string::npos) << missing.err;
}

TEST_F(CatalogCli, BadCatalogIsRefusedWithFileEntryAndField) {
    const Result r = cli("--catalog '" + data("catalog-bad") + "' catalog list");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("bad-switch.json: $.entries[0].ports[0].speed_gbps (entry 'bad-switch'): expected an integer"),
              std::string::npos)
        << r.err;
}

TEST_F(CatalogCli, UserCatalogFolderIsRead) {
    const fs::path user = dir_ / "xdg" / "rackweave" / "catalog";
    fs::create_directories(user);
    fs::copy_file(data("catalog-extra/example.json"), user / "mine.json");
    const Result r = cli("catalog list --kind switch");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("example-edge-switch"), std::string::npos) << r.out;
}

TEST_F(CatalogCli, ImportPrintsACatalogDocumentAndReportsWhatItCouldNotUse) {
    const Result r = cli("catalog import '" + data("netbox/nvidia-sn2201.yaml") + "' '" + data("netbox/fiber-panel.yaml") + "'");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc.at("format"), "rackweave-catalog");
    ASSERT_EQ(doc.at("entries").size(), 2U);
    EXPECT_EQ(doc["entries"][0].at("kind"), "switch");
    EXPECT_EQ(doc["entries"][1].at("kind"), "patch-panel");
    EXPECT_NE(r.err.find("not imported: module-bays"), std::string::npos) << r.err;
}

TEST_F(CatalogCli, ImportWritesFilesThatLoadWithCatalogOption) {
    const fs::path out = dir_ / "imported";
    const std::string args = "catalog import '" + data("netbox/nvidia-sn2201.yaml") + "' '" +
                             data("netbox/storage-server.yaml") + "' -o '" + out.string() + "'";
    const Result r = cli(args);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(fs::exists(out / "nvidia-sn2201-netbox.json"));
    EXPECT_TRUE(fs::exists(out / "example-es-2000.json"));
    EXPECT_NE(r.out.find("wrote "), std::string::npos);

    const Result show = cli("--catalog '" + out.string() + "' catalog show example-es-2000");
    EXPECT_EQ(show.code, 0) << show.err;
    EXPECT_NE(show.out.find("Height:      3U"), std::string::npos) << show.out;

    EXPECT_EQ(cli(args).code, 2);  // exists: refused without --force
    EXPECT_EQ(cli(args + " --force").code, 0);

    const Result forced = cli("catalog import --kind appliance '" + data("netbox/nvidia-sn2201.yaml") + "'");
    ASSERT_EQ(forced.code, 0) << forced.err;
    EXPECT_EQ(nlohmann::json::parse(forced.out)["entries"][0].at("kind"), "appliance");
    EXPECT_EQ(cli("catalog import --kind gpu-server '" + data("netbox/nvidia-sn2201.yaml") + "'").code, 2);
}

TEST_F(CatalogCli, ImportOfBadYamlNamesFileAndLine) {
    const fs::path out = dir_ / "nothing";
    const Result r = cli("catalog import '" + data("netbox/nvidia-sn2201.yaml") + "' '" + data("netbox/bad-value.yaml") +
                         "' -o '" + out.string() + "'");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("bad-value.yaml: line 4: u_height: 'tall' is not a number"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(out));  // one bad file writes nothing
    const Result syntax = cli("catalog import '" + data("netbox/bad-syntax.yaml") + "'");
    EXPECT_EQ(syntax.code, 2);
    EXPECT_NE(syntax.err.find("bad-syntax.yaml: line "), std::string::npos) << syntax.err;
    EXPECT_EQ(cli("catalog import").code, 2);
}

}  // namespace
