// The glTF export loaded back by two independent readers: tinygltf's loader (both modes) and
// Assimp's glTF 2 importer (the compatible mode; Assimp 5.2 knows no EXT_mesh_gpu_instancing):
// node per rack with its devices as children at their units, a node per tray segment and per
// cable bundle, shared meshes, metres, +Y up, positions where the racks stand. The Khronos glTF
// Validator checks the same files in tests/app/cli/GltfValidatorCliTest.cpp.
#include <gtest/gtest.h>
#include <tiny_gltf.h>
#include <unistd.h>

#include <assimp/Importer.hpp>
#include <assimp/scene.h>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include "exchange/HallGltf.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "router/Router.h"
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

const RoutingResult& routes() {
    static const RoutingResult r = Router(superpod(), test::shippedCatalog()).routeAll();
    return r;
}

// Devices the file shows (a U position and a catalog U height) and tray segments carrying cables,
// counted from the model and routes independently of the writer.
std::size_t mountedDevices(const Model& m) {
    std::size_t n = 0;
    m.devices().forEach([&](DeviceId, const Device& d) {
        const CatalogEntry* e = test::shippedCatalog().find(m.text(d.catalog));
        n += d.uPosition > 0 && e && e->uHeight > 0;
    });
    return n;
}

std::size_t loadedSegments(const RoutingResult& r) {
    std::set<std::uint32_t> segments;
    for (const CableRoute& c : r.cables)
        if (c.route != kNoRoute)
            for (TrayId t : r.routes[c.route].segments) segments.insert(t.value);
    return segments.size();
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
        const GltfSummary s = writeHallGltf(file, m, test::shippedCatalog(), &routes(), {});
        EXPECT_EQ(s.racks, m.racks().size());
        EXPECT_EQ(s.devices, mountedDevices(m));
        EXPECT_EQ(s.trays, m.trays().size());
        EXPECT_EQ(s.bundles, loadedSegments(routes()));
        EXPECT_GT(s.bundles, 0U);
        tinygltf::Model back;
        tinygltf::TinyGLTF loader;
        std::string err, warn;
        const bool ok = fs::path(name).extension() == ".glb" ? loader.LoadBinaryFromFile(&back, &err, &warn, file.string())
                                                             : loader.LoadASCIIFromFile(&back, &err, &warn, file.string());
        ASSERT_TRUE(ok) << err;
        EXPECT_EQ(back.asset.version, "2.0");
        ASSERT_EQ(back.nodes.size(), s.racks + s.devices + s.trays + s.bundles);
        ASSERT_EQ(back.scenes[0].nodes.size(), s.racks + s.trays + s.bundles) << "devices are children of their racks";
        EXPECT_LT(back.meshes.size(), 30U) << "objects of one type share a mesh";
        const auto racks = racksByName(m);
        std::size_t rackNodes = 0, deviceNodes = 0;
        for (int root : back.scenes[0].nodes) {
            const auto& n = back.nodes[static_cast<std::size_t>(root)];
            if (!racks.contains(n.name)) {
                EXPECT_TRUE(n.name.starts_with("tray ") || n.name.starts_with("bundle on tray ")) << n.name;
                ASSERT_EQ(n.scale.size(), 3U) << "a unit box scaled to the segment";
                EXPECT_GT(n.scale[0], 0.0);
                continue;
            }
            ++rackNodes;
            const Rack& r = *racks.at(n.name);
            ASSERT_EQ(n.translation.size(), 3U);
            EXPECT_DOUBLE_EQ(n.translation[0], r.position.x / 1000.0);
            EXPECT_DOUBLE_EQ(n.translation[1], 0.0) << "+Y is up: racks stand on y = 0";
            EXPECT_DOUBLE_EQ(n.translation[2], -r.position.y / 1000.0);
            EXPECT_EQ(n.extras.Get("role").Get<std::string>(), std::string(toString(r.role)));
            EXPECT_EQ(n.extras.Get("type").Get<std::string>(), std::string(m.text(r.catalog)));
            EXPECT_TRUE(n.extras.Get("id").IsInt());
            // Devices inside the rack's box, higher units higher up, front-mounted ones at its front.
            double lastY = -1;
            int lastU = 0;
            for (int c : n.children) {
                const auto& d = back.nodes[static_cast<std::size_t>(c)];
                ++deviceNodes;
                ASSERT_EQ(d.translation.size(), 3U) << d.name;
                EXPECT_GE(d.translation[1], 0.0) << d.name;
                EXPECT_LT(d.translation[1], 2.4) << d.name;
                const int u = d.extras.Get("u").Get<int>();
                if (u > lastU) {
                    EXPECT_GT(d.translation[1], lastY) << d.name;
                }
                lastU = u, lastY = d.translation[1];
                if (d.extras.Get("face").Get<std::string>() == "front") {
                    EXPECT_GE(d.translation[2], 0.0) << d.name;
                }
            }
        }
        EXPECT_EQ(rackNodes, m.racks().size());
        EXPECT_EQ(deviceNodes, s.devices);
        // The box is the rack's catalog size in metres: about 2.2 m tall, not 2200.
        const auto& pos = back.accessors[static_cast<std::size_t>(back.meshes[0].primitives[0].attributes.at("POSITION"))];
        EXPECT_GT(pos.maxValues[1], 1.5);
        EXPECT_LT(pos.maxValues[1], 3.0);
    }
}

TEST_F(HallGltf, AssimpImportsTheRacksAtTheSamePlaces) {
    const Model& m = superpod();
    const auto file = dir_ / "hall.glb";
    (void)writeHallGltf(file, m, test::shippedCatalog(), &routes(), {});
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

TEST_F(HallGltf, CompactModeInstancesEveryObject) {
    const Model& m = superpod();
    const auto file = dir_ / "compact.glb";
    const GltfSummary s = writeHallGltf(file, m, test::shippedCatalog(), &routes(), {.compact = true});
    tinygltf::Model back;
    tinygltf::TinyGLTF loader;
    std::string err, warn;
    ASSERT_TRUE(loader.LoadBinaryFromFile(&back, &err, &warn, file.string())) << err;
    EXPECT_EQ(back.extensionsRequired, std::vector<std::string>{"EXT_mesh_gpu_instancing"});
    EXPECT_EQ(back.nodes.size(), s.nodes);
    EXPECT_EQ(back.nodes.size(), s.meshes) << "one hall: one instanced node per mesh";
    EXPECT_LT(back.nodes.size() * 5, s.racks + s.devices + s.trays + s.bundles);
    const auto racks = racksByName(m);
    std::size_t instances = 0;
    std::map<std::string, std::size_t> perList;
    for (const auto& n : back.nodes) {
        for (const char* list : {"devices", "trays", "bundles"})
            if (n.extras.Has(list)) perList[list] += n.extras.Get(list).ArrayLen();
        if (!n.extras.Has("racks")) continue;
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
    EXPECT_EQ(perList["devices"], mountedDevices(m));
    EXPECT_EQ(perList["trays"], m.trays().size());
    EXPECT_EQ(perList["bundles"], loadedSegments(routes()));
}

TEST_F(HallGltf, BadNamesAreRefused) {
    EXPECT_THROW((void)writeHallGltf(dir_ / "hall.obj", superpod(), test::shippedCatalog(), nullptr, {}), InputError);
    EXPECT_THROW((void)writeHallGltf(dir_ / "missing" / "hall.glb", superpod(), test::shippedCatalog(), nullptr, {}), InputError);
}

}  // namespace
}  // namespace rw::gltf
