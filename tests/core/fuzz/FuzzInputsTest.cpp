// Every input kept for the fuzz targets (tests/fuzz/seeds/ and tests/fuzz/regressions/, one folder
// per target) runs through its target's function here, in the normal suite: an input that once
// crashed or tripped a sanitizer stays fixed in Release and in the sanitizer build, without clang.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../../fuzz/FuzzInput.h"  // tests/fuzz: the targets run here too

namespace rw {
namespace {

namespace fs = std::filesystem;

using Target = int (*)(const std::uint8_t*, std::size_t);

std::vector<fs::path> inputsOf(const std::string& target) {
    std::vector<fs::path> files;
    for (const char* kind : {"seeds", "regressions"}) {
        const fs::path dir = fs::path(RACKWEAVE_SOURCE_DIR) / "tests/fuzz" / kind / target;
        if (!fs::is_directory(dir)) continue;
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

void runAll(const std::string& target, Target run, std::size_t atLeast) {
    const std::vector<fs::path> files = inputsOf(target);
    EXPECT_GE(files.size(), atLeast) << "inputs of " << target;
    for (const fs::path& file : files) {
        SCOPED_TRACE(file.string());
        std::ifstream in(file, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        EXPECT_EQ(run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), 0);
    }
}

TEST(FuzzInputs, Fragment) { runAll("fragment", &fuzz::fragmentInput, 2); }
TEST(FuzzInputs, Netbox) { runAll("netbox", &fuzz::netboxInput, 2); }
TEST(FuzzInputs, Ibnetdiscover) { runAll("ibnetdiscover", &fuzz::ibnetdiscoverInput, 1); }
TEST(FuzzInputs, Spec) { runAll("spec", &fuzz::specInput, 0); }
TEST(FuzzInputs, CatalogEntry) { runAll("catalog_entry", &fuzz::catalogEntryInput, 0); }
TEST(FuzzInputs, Project) { runAll("project", &fuzz::projectInput, 0); }
TEST(FuzzInputs, LabourRates) { runAll("labour_rates", &fuzz::labourRatesInput, 0); }

}  // namespace
}  // namespace rw
