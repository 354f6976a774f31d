// NetBox device-type YAML (samples in tests/data/netbox) becomes strict-loadable catalog entries;
// fields that cannot be used are reported; bad YAML names the file, the line and the reason.
#include <gtest/gtest.h>

#include <algorithm>

#include "catalog/Catalog.h"
#include "catalog/NetboxImport.h"
#include "util/Errors.h"

namespace rw {
namespace {

const std::string kData = std::string(RACKWEAVE_TEST_DATA) + "/netbox/";

bool mentions(const std::vector<std::string>& lines, std::string_view text) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

Catalog reload(const NetboxImport& imp) {
    return Catalog::fromJsonText(catalogDocument({imp.entry}, "test").dump(), "converted.json");
}

TEST(NetboxImport, SwitchBecomesASwitchEntry) {
    const NetboxImport imp = importNetboxDeviceType(kData + "nvidia-sn2201.yaml");
    EXPECT_EQ(imp.id, "nvidia-sn2201-netbox");
    const Catalog c = reload(imp);
    const CatalogEntry& e = c.get("nvidia-sn2201-netbox");
    EXPECT_EQ(e.kind, CatalogKind::Switch);  // 52 data interfaces
    EXPECT_EQ(e.vendor, "NVIDIA");
    EXPECT_EQ(e.model, "SN2201");
    EXPECT_EQ(e.partNumber, "MSN2201-CB2FC");
    EXPECT_EQ(e.uHeight, 1);
    EXPECT_DOUBLE_EQ(e.weightKg, 5.6);
    EXPECT_FALSE(e.isEstimate("weight_kg"));
    EXPECT_DOUBLE_EQ(e.dimensions.depthMm, 400);  // not full depth
    EXPECT_TRUE(e.isEstimate("dimensions_mm"));
    EXPECT_EQ(e.device->thermal.airflow, Airflow::FrontToRear);
    EXPECT_EQ(e.switching->protocol, "ethernet");
    EXPECT_EQ(e.device->countPorts(PortKind::RJ45, PortRole::Data), 48);
    EXPECT_EQ(e.device->countPorts(PortKind::QSFP28, PortRole::Data), 4);
    const PortSpec* mgmt = e.device->findPort("mgmt0");
    ASSERT_NE(mgmt, nullptr);
    EXPECT_EQ(mgmt->role, PortRole::Mgmt);
    EXPECT_EQ(e.device->findPort("swp49")->speedGbps, 100);
    EXPECT_EQ(e.device->findPort("console")->role, PortRole::Console);
    EXPECT_EQ(e.device->findPort("bond0"), nullptr);  // a LAG is not a port
    EXPECT_EQ(e.device->power.psuCount, 2);
    EXPECT_DOUBLE_EQ(e.device->power.maxW, 380);
    EXPECT_DOUBLE_EQ(e.device->power.typicalW, 180);
    EXPECT_EQ(e.device->power.inlet, PortKind::C14);
    EXPECT_TRUE(e.isEstimate("power.max_w"));
    EXPECT_EQ(e.sources.front().url, "https://github.com/netbox-community/devicetype-library");
    EXPECT_EQ(e.notes, "Sample written for Rackweave's tests in the devicetype-library layout.");
    // Nothing silently dropped.
    EXPECT_TRUE(mentions(imp.unused, "module-bays")) << ::testing::PrintToString(imp.unused);
    EXPECT_TRUE(mentions(imp.unused, "'bond0' is a lag interface"));
    EXPECT_TRUE(mentions(imp.assumed, "kind: guessed switch"));
}

TEST(NetboxImport, PduKeepsOutletsByType) {
    const NetboxImport imp = importNetboxDeviceType(kData + "generic-pdu.yaml");
    const Catalog c = reload(imp);
    const CatalogEntry& e = c.get("apc-ap8886");
    EXPECT_EQ(e.kind, CatalogKind::Pdu);
    EXPECT_EQ(e.uHeight, 0);
    EXPECT_EQ(e.device->countPorts(PortKind::C13, PortRole::Outlet), 2);
    EXPECT_EQ(e.device->countPorts(PortKind::C19, PortRole::Outlet), 2);
    // NetBox has no rating: placeholders, marked as estimates and reported.
    EXPECT_TRUE(e.isEstimate("voltage"));
    EXPECT_TRUE(mentions(imp.assumed, "230 V 1-phase 16 A placeholders"));
    EXPECT_TRUE(mentions(imp.unused, "power-outlets[0].feed_leg"));
    EXPECT_TRUE(mentions(imp.unused, "power-outlets[0].power_port"));
    EXPECT_TRUE(mentions(imp.unused, "power-ports[0].type: 'nema-l21-30p'"));
}

TEST(NetboxImport, PatchPanelAndApplianceWithUnitsAndRounding) {
    const NetboxImport panel = importNetboxDeviceType(kData + "fiber-panel.yaml");
    EXPECT_EQ(panel.id, "generic-1u-mpo-panel-4-port");  // made from manufacturer and model
    const Catalog panelCatalog = reload(panel);
    const CatalogEntry& p = panelCatalog.get(panel.id);
    EXPECT_EQ(p.kind, CatalogKind::PatchPanel);
    EXPECT_EQ(p.device->ports.size(), 4U);
    EXPECT_NE(p.device->findPort("rear-R1"), nullptr);
    EXPECT_TRUE(mentions(panel.unused, "front-ports[0].rear_port"));

    const NetboxImport server = importNetboxDeviceType(kData + "storage-server.yaml");
    const Catalog serverCatalog = reload(server);
    const CatalogEntry& s = serverCatalog.get("example-es-2000");
    EXPECT_EQ(s.kind, CatalogKind::Appliance);
    EXPECT_EQ(s.uHeight, 3);  // 2.5U rounded up
    EXPECT_TRUE(mentions(server.assumed, "u_height: 2.5 rounded up to 3U"));
    EXPECT_NEAR(s.weightKg, 24.948, 0.001);  // 55 lb
    EXPECT_DOUBLE_EQ(s.dimensions.depthMm, 750);
    EXPECT_EQ(s.device->thermal.airflow, Airflow::RearToFront);
    EXPECT_EQ(s.device->findPort("BMC")->role, PortRole::Bmc);
    EXPECT_EQ(s.device->findPort("ib0")->kind, PortKind::OSFP);
    EXPECT_TRUE(mentions(server.unused, "subdevice_role"));
    EXPECT_TRUE(mentions(server.unused, "device-bays"));
    EXPECT_TRUE(mentions(server.unused, "interfaces[3].description"));

    // --kind overrides the guess.
    const NetboxImport forced = importNetboxDeviceType(kData + "storage-server.yaml", CatalogKind::Switch);
    const Catalog forcedCatalog = reload(forced);
    const CatalogEntry& f = forcedCatalog.get("example-es-2000");
    EXPECT_EQ(f.kind, CatalogKind::Switch);
    EXPECT_EQ(f.switching->protocol, "infiniband");
    EXPECT_EQ(f.device->findPort("BMC")->role, PortRole::Mgmt);
    EXPECT_THROW((void)importNetboxDeviceType(kData + "storage-server.yaml", CatalogKind::GpuServer), InputError);
}

std::string importError(const std::string& file) {
    try {
        (void)importNetboxDeviceType(file);
    } catch (const InputError& e) {
        return e.what();
    }
    return {};
}

TEST(NetboxImport, BadYamlNamesFileLineAndReason) {
    const std::string syntax = importError(kData + "bad-syntax.yaml");
    EXPECT_TRUE(syntax.starts_with(kData + "bad-syntax.yaml: line 8")) << syntax;  // the unclosed flow sequence
    EXPECT_NE(syntax.find("invalid YAML: "), std::string::npos) << syntax;
    EXPECT_EQ(importError(kData + "bad-value.yaml"), kData + "bad-value.yaml: line 4: u_height: 'tall' is not a number");
    EXPECT_EQ(importError(kData + "missing.yaml"), kData + "missing.yaml: cannot open file");
    EXPECT_EQ([] {
        try {
            (void)importNetboxDeviceTypeText("model: X\n", "inline.yaml");
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    }(),
              "inline.yaml: line 1: manufacturer: required field is missing");
}

std::string inlineError(const std::string& yaml) {
    try {
        (void)importNetboxDeviceTypeText(yaml, "inline.yaml");
    } catch (const InputError& e) {
        return e.what();
    }
    return {};
}

// Found by fuzz_netbox: a height beyond int (or .inf/.nan) was converted to int, which is undefined
// behaviour (UBSan: "1e+300 is outside the range of representable values of type 'int'").
TEST(NetboxImport, HeightsAndQuantitiesOutOfRangeAreRefused) {
    const std::string head = "manufacturer: Acme\nmodel: Box\nslug: acme-box\n";
    EXPECT_EQ(inlineError(head + "u_height: 1e300\n"), "inline.yaml: line 4: u_height: 1e+300 is not a height from 0 to 100U");
    EXPECT_EQ(inlineError(head + "u_height: 101\n"), "inline.yaml: line 4: u_height: 101 is not a height from 0 to 100U");
    EXPECT_EQ(inlineError(head + "u_height: .nan\n"), "inline.yaml: line 4: u_height: '.nan' is not a finite number");
    EXPECT_EQ(inlineError(head + "weight: -.inf\n"), "inline.yaml: line 4: weight: '-.inf' is not a finite number");
    EXPECT_EQ(inlineError(head + "u_height: -1\n"), "inline.yaml: line 4: u_height: -1 is not a height from 0 to 100U");
}

// Found by fuzz_netbox: yaml-cpp passes bytes that are not UTF-8, and writing the entry as JSON
// then threw nlohmann's type_error 316 out of the importer.
TEST(NetboxImport, TextThatIsNotUtf8IsRefused) {
    EXPECT_EQ(inlineError("manufacturer: Acme\nmodel: Box \xC6\nslug: acme-box\n"), "inline.yaml: line 2: model: not UTF-8 text");
}

}  // namespace
}  // namespace rw
