// rackweave-cli export gltf as a user runs it: the file, its summary line and exit 2 for bad input
// (the file's content is checked in tests/core/exchange/HallGltfTest.cpp).
#include <gtest/gtest.h>

#include <filesystem>

#include "../../core/reports/ReportCliFixture.h"
#include "RunCli.h"

namespace rw {
namespace {

using test::runCli;
using ExportGltfCli = test::ReportCliTest;

TEST_F(ExportGltfCli, WritesBothModesAndRefusesBadInput) {
    const auto design = path("su1.rackweave");
    ASSERT_EQ(runCli({"generate", std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", "-o", design}).exitCode, 0);
    const auto plain = runCli({"export", "gltf", design, "-o", path("hall.glb")});
    ASSERT_EQ(plain.exitCode, 0) << plain.err;
    EXPECT_NE(plain.out.find("10 racks"), std::string::npos) << plain.out;
    EXPECT_EQ(test::readAll(path("hall.glb")).substr(0, 4), "glTF");
    const auto compact = runCli({"export", "gltf", design, "-o", path("hall.gltf"), "--compact"});
    ASSERT_EQ(compact.exitCode, 0) << compact.err;
    EXPECT_NE(test::readAll(path("hall.gltf")).find("EXT_mesh_gpu_instancing"), std::string::npos);

    const auto badName = runCli({"export", "gltf", design, "-o", path("hall.obj")});
    EXPECT_EQ(badName.exitCode, 2);
    EXPECT_NE(badName.err.find(".glb"), std::string::npos) << badName.err;
    const auto missing = runCli({"export", "gltf", path("nope.rackweave"), "-o", path("x.glb")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("nope.rackweave"), std::string::npos) << missing.err;
    EXPECT_FALSE(std::filesystem::exists(path("x.glb")));
}

}  // namespace
}  // namespace rw
