// The glTF export loaded back by two independent readers: tinygltf's loader (both modes) and
// Assimp's glTF 2 importer (the compatible mode; Assimp 5.2 knows no EXT_mesh_gpu_instancing).
// The Khronos glTF Validator is not packaged for Debian 12 and the build has no network, so the
// checks are these loads plus the structure the spec requires (node per rack, shared meshes,
// metres, +Y up, positions where the racks stand).
#include <gtest/gtest.h>
#include <tiny_gltf.h>
#include <unistd.h>

#include <assimp/Importer.hpp>
#include <assimp/scene.h>
#include <cstring>
#include <filesystem>
#include <map>

#include "exchange/HallGltf.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "support/ShippedCatalog.h"
#include "util/Errors.h"

namespace rw::gltf {
namespace {

namespace fs = std::filesystem;

const Model& superpod() {
    static const Model m = [] {
        const Catalog& catalog = test::shippedCatalog();
        return generate(parseSpecFile(std::string(RACKWEAVE_SOURCE_DIR) + "/examples/superpod-h100-1su.json", catalog), catalog)
            .model;
    }();
    return m;
}

class HallGltf : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("rw-gltf-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

std::map<std::string, const Rack*> racksByName(const Model& m) {
    std::map<std::string, const Rack*> out;
    m.racks().forEach([&](RackId, const Rack& r) { out[r.name] = &r; });
    return out;
}

TEST_F(HallGltf, TinygltfLoadsOneNodePerRackAtItsPlace) {
    const Model& m = superpod();
    for (const char* name : {"hall.glb", "hall.gltf"}) {
        const auto file = dir_ / name;
        const GltfSummary s = writeHallGltf(file, m, test::shippedCatalog(), {});
        EXPECT_EQ(s.racks, m.racks().size());
        tinygltf::Model back;
        tinygltf::TinyGLTF loader;
        std::string err, warn;
        const bool ok = fs::path(name).extension() == ".glb" ? loader.LoadBinaryFromFile(&back, &err, &warn, file.string())
                                                             : loader.LoadASCIIFromFile(&back, &err, &warn, file.string());
        ASSERT_TRUE(ok) << err;
        EXPECT_EQ(back.asset.version, "2.0");
        ASSERT_EQ(back.nodes.size(), m.racks().size());
        EXPECT_LT(back.meshes.size(), back.nodes.size()) << "racks of one type share a mesh";
        const auto racks = racksByName(m);
        for (const auto& n : back.nodes) {
            ASSERT_TRUE(racks.contains(n.name)) << n.name;
            const Rack& r = *racks.at(n.name);
            ASSERT_EQ(n.translation.size(), 3U);
            EXPECT_DOUBLE_EQ(n.translation[0], r.position.x / 1000.0);
            EXPECT_DOUBLE_EQ(n.translation[1], 0.0) << "+Y is up: racks stand on y = 0";
            EXPECT_DOUBLE_EQ(n.translation[2], -r.position.y / 1000.0);
            EXPECT_EQ(n.extras.Get("role").Get<std::string>(), std::string(toString(r.role)));
            EXPECT_EQ(n.extras.Get("type").Get<std::string>(), std::string(m.text(r.catalog)));
            EXPECT_TRUE(n.extras.Get("id").IsInt());
        }
        // The box is the rack's catalog size in metres: about 2.2 m tall, not 2200.
        const auto& pos = back.accessors[static_cast<std::size_t>(back.meshes[0].primitives[0].attributes.at("POSITION"))];
        EXPECT_GT(pos.maxValues[1], 1.5);
        EXPECT_LT(pos.maxValues[1], 3.0);
    }
}

TEST_F(HallGltf, AssimpImportsTheRacksAtTheSamePlaces) {
    const Model& m = superpod();
    const auto file = dir_ / "hall.glb";
    (void)writeHallGltf(file, m, test::shippedCatalog(), {});
    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile(file.string(), 0);
    ASSERT_NE(scene, nullptr) << importer.GetErrorString();
    const auto racks = racksByName(m);
    std::size_t found = 0;
    for (unsigned i = 0; i < scene->mRootNode->mNumChildren; ++i) {
        const aiNode* n = scene->mRootNode->mChildren[i];
        const auto it = racks.find(n->mName.C_Str());
        if (it == racks.end()) continue;
        ++found;
        EXPECT_NEAR(n->mTransformation.a4, it->second->position.x / 1000.0, 1e-4);
        EXPECT_NEAR(n->mTransformation.c4, -it->second->position.y / 1000.0, 1e-4);
        EXPECT_EQ(n->mNumMeshes, 1U);
    }
    EXPECT_EQ(found, m.racks().size());
}

TEST_F(HallGltf, CompactModeInstancesTheRacks) {
    const Model& m = superpod();
    const auto file = dir_ / "compact.glb";
    const GltfSummary s = writeHallGltf(file, m, test::shippedCatalog(), {.compact = true});
    tinygltf::Model back;
    tinygltf::TinyGLTF loader;
    std::string err, warn;
    ASSERT_TRUE(loader.LoadBinaryFromFile(&back, &err, &warn, file.string())) << err;
    EXPECT_EQ(back.extensionsRequired, std::vector<std::string>{"EXT_mesh_gpu_instancing"});
    EXPECT_EQ(back.nodes.size(), s.nodes);
    EXPECT_LT(back.nodes.size(), m.racks().size());
    const auto racks = racksByName(m);
    std::size_t instances = 0;
    for (const auto& n : back.nodes) {
        const auto& attrs = n.extensions.at("EXT_mesh_gpu_instancing").Get("attributes");
        const auto& t = back.accessors[static_cast<std::size_t>(attrs.Get("TRANSLATION").Get<int>())];
        const auto& r = back.accessors[static_cast<std::size_t>(attrs.Get("ROTATION").Get<int>())];
        EXPECT_EQ(t.type, TINYGLTF_TYPE_VEC3);
        EXPECT_EQ(r.type, TINYGLTF_TYPE_VEC4);
        EXPECT_EQ(t.count, r.count);
        const auto& names = n.extras.Get("racks");
        ASSERT_EQ(names.ArrayLen(), t.count);
        const auto& view = back.bufferViews[static_cast<std::size_t>(t.bufferView)];
        const auto* data = back.buffers[0].data.data() + view.byteOffset + t.byteOffset;
        for (std::size_t i = 0; i < t.count; ++i) {
            float xyz[3];
            std::memcpy(xyz, data + i * 12, 12);
            const Rack& rack = *racks.at(names.Get(static_cast<int>(i)).Get<std::string>());
            EXPECT_NEAR(xyz[0], rack.position.x / 1000.0, 1e-3);
            EXPECT_NEAR(xyz[2], -rack.position.y / 1000.0, 1e-3);
        }
        instances += t.count;
    }
    EXPECT_EQ(instances, m.racks().size());
}

TEST_F(HallGltf, BadNamesAreRefused) {
    EXPECT_THROW((void)writeHallGltf(dir_ / "hall.obj", superpod(), test::shippedCatalog(), {}), InputError);
    EXPECT_THROW((void)writeHallGltf(dir_ / "missing" / "hall.glb", superpod(), test::shippedCatalog(), {}), InputError);
}

}  // namespace
}  // namespace rw::gltf
