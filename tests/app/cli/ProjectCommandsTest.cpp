// rackweave-cli new / info / --help / --version as a user runs them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "RunCli.h"

namespace rw {
namespace {

namespace fs = std::filesystem;
using test::runCli;

class CliProject : public test::CliTestDir {
};

TEST_F(CliProject, HelpAndVersionExitZero) {
    const auto help = runCli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("new"), std::string::npos);
    EXPECT_NE(help.out.find("info"), std::string::npos);
    const auto version = runCli({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_NE(version.out.find("rackweave-cli " RACKWEAVE_VERSION), std::string::npos) << version.out;
    EXPECT_EQ(runCli({"info", "--help"}).exitCode, 0);
}

TEST_F(CliProject, UsageErrorsExitTwoWithMessageOnStderr) {
    for (const auto& args : std::vector<std::vector<std::string>>{{}, {"frobnicate"}, {"info"}, {"new"}, {"info", "--bogus", "x"}}) {
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 2) << "args: " << ::testing::PrintToString(args);
        EXPECT_FALSE(r.err.empty());
        EXPECT_TRUE(r.out.empty());
    }
}

TEST_F(CliProject, NewThenInfo) {
    const auto file = (dir_ / "hall.rackweave").string();
    const auto created = runCli({"new", file, "--name", "Memphis"});
    ASSERT_EQ(created.exitCode, 0) << created.err;
    const auto info = runCli({"info", file});
    ASSERT_EQ(info.exitCode, 0) << info.err;
    EXPECT_NE(info.out.find("Memphis"), std::string::npos);
    EXPECT_NE(info.out.find("Schema version: 3"), std::string::npos);
    EXPECT_NE(info.out.find("Racks:          0"), std::string::npos);

    const auto json = runCli({"info", file, "--json"});
    ASSERT_EQ(json.exitCode, 0);
    const auto j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j["name"], "Memphis");
    EXPECT_EQ(j["schema_version"], 3);
    EXPECT_EQ(j["halls"], 1);
    EXPECT_EQ(j["cables"], 0);
}

// A project saved by the schema-1 writer still opens, says which version it is, and is left
// version 1 (opening never writes).
TEST_F(CliProject, InfoOnASchemaVersion1File) {
    const auto fixture = std::filesystem::path(RACKWEAVE_TEST_DATA) / "format-v1/superpod-h100-1su.rackweave";
    const std::string before = test::readAll(fixture);
    const auto json = runCli({"info", fixture.string(), "--json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j["schema_version"], 1);
    EXPECT_EQ(j["cables"], 892);
    EXPECT_EQ(test::readAll(fixture), before);
}

TEST_F(CliProject, NewRefusesToOverwriteWithoutForce) {
    const auto file = dir_ / "keep.rackweave";
    ASSERT_EQ(runCli({"new", file.string(), "--name", "First"}).exitCode, 0);
    const std::string before = test::readAll(file);
    const auto again = runCli({"new", file.string(), "--name", "Second"});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("--force"), std::string::npos);
    EXPECT_EQ(test::readAll(file), before);
    EXPECT_EQ(runCli({"new", file.string(), "--name", "Second", "--force"}).exitCode, 0);
    EXPECT_NE(runCli({"info", file.string()}).out.find("Second"), std::string::npos);
}

TEST_F(CliProject, InfoOnBadFilesExitsTwoNamingFileAndReason) {
    const auto text = dir_ / "notes.rackweave";
    std::ofstream(text) << "hello";
    const auto r = runCli({"info", text.string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("notes.rackweave"), std::string::npos);
    EXPECT_NE(r.err.find("not an SQLite database"), std::string::npos) << r.err;

    const auto missing = runCli({"info", (dir_ / "absent.rackweave").string()});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("absent.rackweave: cannot open: no such file"), std::string::npos) << missing.err;
}

TEST_F(CliProject, NewIntoMissingFolderFailsWithoutLeavingFiles) {
    const auto r = runCli({"new", (dir_ / "nope" / "x.rackweave").string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("folder does not exist"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace rw
