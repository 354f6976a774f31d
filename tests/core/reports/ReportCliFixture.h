#pragma once
// For the CLI tests of `stats` and `export`: a scratch folder holding a saved fixture design
// (design.rackweave) and the fixture catalog (catalog/report-test.json) to pass as --catalog.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "FatTreeFixture.h"
#include "persistence/ProjectFile.h"

namespace rw::test {

class ReportCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("rw-report-cli-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_ / "catalog");
        std::ofstream(dir_ / "catalog" / "report-test.json") << kReportTestCatalog;
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    /// Saves the fat tree and returns the project file's path.
    std::string saveDesign(const FatTreeShape& shape = {}, const std::string& file = "design.rackweave") {
        const auto path = dir_ / file;
        saveProject(buildFatTree(shape).model, path);
        return path.string();
    }
    [[nodiscard]] std::string catalogDir() const { return (dir_ / "catalog").string(); }
    [[nodiscard]] std::string path(const std::string& name) const { return (dir_ / name).string(); }

    std::filesystem::path dir_;
};

}  // namespace rw::test
