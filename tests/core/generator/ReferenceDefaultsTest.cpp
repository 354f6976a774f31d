// A spec that leaves out `fabrics`, `power` or `cooling` takes them from the system's reference
// architecture in the catalog (issue #13, docs/spec.md "Defaults"); one that gives them, even
// empty, is taken as written. Whether such minimal specs build completely is ShippedExamplesTest's.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "catalog/Catalog.h"
#include "generator/Generator.h"
#include "generator/SpecParser.h"
#include "support/ShippedCatalog.h"
#include "util/Errors.h"

namespace rw {
namespace {

namespace fs = std::filesystem;

std::string switchOf(const std::optional<FabricSpec>& f) { return f && f->switchEntry ? f->switchEntry->id : ""; }

TEST(ReferenceDefaults, MinimalDgxSpecGetsTheSuperPodFabrics) {
    const Catalog& catalog = test::shippedCatalog();
    const ClusterSpec spec = parseSpecText(R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 31}})", "min.json", catalog);
    ASSERT_TRUE(spec.compute.has_value());
    EXPECT_EQ(spec.compute->switchEntry->id, "nvidia-qm9700");
    ASSERT_NE(spec.compute->ufm, nullptr);
    EXPECT_EQ(spec.compute->ufm->id, "nvidia-ufm-appliance");
    EXPECT_EQ(spec.compute->oversubscription.down, 1);
    EXPECT_EQ(switchOf(spec.storage), "nvidia-qm9700");
    EXPECT_EQ(switchOf(spec.inband), "nvidia-sn4600c");
    EXPECT_EQ(spec.inband->portSpeedGbps, 100);
    ASSERT_TRUE(spec.oob.has_value());
    EXPECT_EQ(spec.oob->switchEntry->id, "nvidia-sn2201");
    EXPECT_EQ(spec.cooling.scope, CoolingScope::None) << "DGX H100 is air-cooled: its RA has no cooling";
    ASSERT_EQ(spec.defaultsApplied.size(), 1U);
    EXPECT_NE(spec.defaultsApplied[0].find("fabrics: from the reference architecture of nvidia-dgx-h100"), std::string::npos)
        << spec.defaultsApplied[0];
    EXPECT_NE(spec.defaultsApplied[0].find("DGX SuperPOD"), std::string::npos) << "names the source";

    // The generator says so, and the design has the SuperPOD's 1-SU figures (hardware-facts.md).
    const GenerateResult result = generate(spec, catalog);
    ASSERT_FALSE(result.notes.empty());
    EXPECT_EQ(result.notes.front(), spec.defaultsApplied[0]);
}

TEST(ReferenceDefaults, AGivenObjectIsTakenAsWrittenEvenEmpty) {
    const Catalog& catalog = test::shippedCatalog();
    const ClusterSpec spec =
        parseSpecText(R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 8}, "fabrics": {}})", "none.json", catalog);
    EXPECT_FALSE(spec.compute.has_value());
    EXPECT_FALSE(spec.storage.has_value());
    EXPECT_FALSE(spec.oob.has_value());
    EXPECT_TRUE(spec.defaultsApplied.empty());

    // Keys a given object leaves out take the per-key defaults, not the RA's.
    const ClusterSpec own = parseSpecText(
        R"({"compute": {"system": "nvidia-dgx-h100", "nodes": 8}, "fabrics": {"compute": {"switch": "nvidia-sn5600"}}})",
        "own.json", catalog);
    EXPECT_EQ(own.compute->switchEntry->id, "nvidia-sn5600");
    EXPECT_EQ(own.compute->ufm, nullptr);
    EXPECT_FALSE(own.storage.has_value());
}

TEST(ReferenceDefaults, Gb200GetsRowCoolingMarkedAsAnEstimate) {
    const Catalog& catalog = test::shippedCatalog();
    const ClusterSpec spec = parseSpecText(R"({"compute": {"system": "nvidia-gb200-nvl72", "nodes": 144}})", "gb.json", catalog);
    EXPECT_EQ(spec.cooling.scope, CoolingScope::Row);
    ASSERT_NE(spec.cooling.cdu, nullptr);
    EXPECT_EQ(spec.cooling.cdu->id, "vertiv-liebert-xdu1350");
    ASSERT_EQ(spec.defaultsApplied.size(), 2U);
    EXPECT_EQ(spec.defaultsApplied[1].rfind("cooling: ", 0), 0U) << spec.defaultsApplied[1];
    EXPECT_NE(spec.defaultsApplied[1].find("estimate: the row CDU model"), std::string::npos) << spec.defaultsApplied[1];
}

TEST(ReferenceDefaults, ABadIdInAReferenceArchitectureNamesTheCatalogFileAndEntry) {
    const fs::path dir = fs::path(testing::TempDir()) / "rw-bad-reference";
    fs::create_directories(dir);
    const fs::path file = dir / "node.json";
    std::ofstream(file) << R"({"format": "rackweave-catalog", "version": 1, "entries": [{
      "id": "test-node", "kind": "gpu-server", "vendor": "Test", "model": "Node", "u_height": 4,
      "dimensions_mm": {"width": 440, "height": 176, "depth": 800}, "weight_kg": 40,
      "power": {"max_w": 4000, "psu_count": 2, "psu_redundancy": "1+1", "inlet": "C20"},
      "thermal": {"heat_to_air_w": 4000, "airflow": "front-to-rear"},
      "gpus": 4, "gpu_model": "Test GPU", "default_nodes_per_rack": 6,
      "default_rack": "apc-netshelter-sx-42u-600x1200",
      "reference_architecture": {"source": {"title": "Test RA", "url": "https://example.com/ra"},
                                 "fabrics": {"compute": {"switch": "no-such-switch"}}},
      "ports": [{"name": "NIC{n}", "count": 4, "kind": "QSFP112", "role": "compute", "speed_gbps": 400, "lanes": 4, "gpus": [0, 1, 2, 3]},
                {"name": "PSU{n}", "count": 2, "kind": "C20", "role": "psu"}],
      "estimates": ["*"], "sources": [{"title": "Test data", "url": "https://example.com/node"}]}]})";
    const Catalog catalog = Catalog::loadFromDirectories({Catalog::shippedDirectory(), dir});
    try {
        (void)parseSpecText(R"({"compute": {"system": "test-node", "nodes": 6}})", "min.json", catalog);
        FAIL() << "an unknown switch in the reference architecture must be refused";
    } catch (const InputError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find(file.string()), std::string::npos) << what;
        EXPECT_NE(what.find("reference_architecture.fabrics.compute.switch"), std::string::npos) << what;
        EXPECT_NE(what.find("test-node"), std::string::npos) << what;
        EXPECT_NE(what.find("unknown catalog id 'no-such-switch'"), std::string::npos) << what;
    }
}

TEST(ReferenceDefaults, AReferenceArchitectureWithoutItsSourceIsRefusedOnLoad) {
    std::string text = R"({"format": "rackweave-catalog", "version": 1, "entries": [{
      "id": "test-node", "kind": "gpu-server", "vendor": "Test", "model": "Node", "u_height": 4,
      "dimensions_mm": {"width": 440, "height": 176, "depth": 800}, "weight_kg": 40,
      "power": {"max_w": 4000, "psu_count": 2, "psu_redundancy": "1+1", "inlet": "C20"},
      "thermal": {"heat_to_air_w": 4000, "airflow": "front-to-rear"},
      "gpus": 4, "gpu_model": "Test GPU", "default_nodes_per_rack": 6,
      "reference_architecture": {"fabrics": {}},
      "ports": [{"name": "PSU{n}", "count": 2, "kind": "C20", "role": "psu"}],
      "estimates": ["*"], "sources": [{"title": "Test data", "url": "https://example.com/node"}]}]})";
    try {
        (void)Catalog::fromJsonText(text, "user.json");
        FAIL() << "a reference architecture needs its source";
    } catch (const InputError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("user.json: $.entries[0].reference_architecture.source"), std::string::npos) << what;
    }
}

}  // namespace
}  // namespace rw
