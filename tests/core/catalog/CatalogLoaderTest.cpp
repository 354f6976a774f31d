// The loader refuses every kind of bad entry with a message naming the file, the JSON path of
// the field and the entry id.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "catalog/Catalog.h"
#include "util/Errors.h"

namespace rw {
namespace {

using Json = nlohmann::json;

Json rack() {
    return Json::parse(R"({
      "id": "test-rack", "kind": "rack", "vendor": "V", "model": "R", "u_height": 42,
      "dimensions_mm": {"width": 600, "height": 1991, "depth": 1200}, "weight_kg": 130, "static_load_kg": 1361,
      "sources": [{"title": "T", "url": "https://example.com/r"}]})");
}

Json server() {
    return Json::parse(R"({
      "id": "test-server", "kind": "gpu-server", "vendor": "V", "model": "S", "u_height": 8,
      "dimensions_mm": {"width": 482, "height": 356, "depth": 897}, "weight_kg": 130,
      "power": {"max_w": 10200, "psu_count": 2, "psu_redundancy": "1+1", "inlet": "C20"},
      "thermal": {"heat_to_air_w": 10200, "airflow": "front-to-rear"},
      "gpus": 8, "gpu_model": "H100", "default_nodes_per_rack": 4, "default_rack": "test-rack",
      "ports": [
        {"name": "OSFP1", "kind": "OSFP", "role": "compute", "speed_gbps": 400, "lanes": 8, "split": 2,
         "subports": [{"name": "OSFP1P1", "gpu": 7}, {"name": "OSFP1P2", "gpu": 4}]},
        {"name": "PSU{n}", "count": 2, "kind": "C20", "role": "psu"}
      ],
      "estimates": ["weight_kg"],
      "sources": [{"title": "T", "url": "https://example.com/s"}]})");
}

Json cableFamily() {
    return Json::parse(R"({
      "kind": "cable", "vendor": "V", "media": "mmf", "end_a": "MPO12", "end_b": "MPO12", "max_reach_m": 50,
      "outer_diameter_mm": 3, "bend_radius_mm": 30, "weight_kg_per_m": 0.009, "speed_gbps": 400,
      "transceivers": ["test-optic"],
      "sources": [{"title": "T", "url": "https://example.com/c"}],
      "variants": [{"id": "test-fiber-3m", "model": "F3", "length_m": 3},
                   {"id": "test-fiber-10m", "model": "F10", "length_m": 10}]})");
}

Json optic() {
    return Json::parse(R"({
      "id": "test-optic", "kind": "transceiver", "vendor": "V", "model": "O", "form_factor": "OSFP", "media": "mmf",
      "connector": "MPO12", "speed_gbps": 400, "reach_m": 50, "power_w": 9,
      "sources": [{"title": "T", "url": "https://example.com/o"}]})");
}

std::string document(const std::vector<Json>& entries) {
    Json doc = {{"format", "rackweave-catalog"}, {"version", 1}, {"entries", entries}};
    return doc.dump(1);
}

Catalog load(const std::vector<Json>& entries) { return Catalog::fromJsonText(document(entries), "test.json"); }

// Loads and returns the error message ("" when it loaded).
std::string errorOf(const std::vector<Json>& entries) {
    try {
        (void)load(entries);
    } catch (const InputError& e) {
        return e.what();
    }
    return {};
}

TEST(CatalogLoader, ValidEntriesLoad) {
    const Catalog c = load({rack(), server(), cableFamily(), optic()});
    ASSERT_EQ(c.size(), 5U);
    const CatalogEntry& s = c.get("test-server");
    EXPECT_EQ(s.device->ports.size(), 3U);  // OSFP1 + PSU1 + PSU2
    EXPECT_EQ(s.device->ports[1].name, "PSU1");
    EXPECT_EQ(s.device->ports[0].subPorts[1].name, "OSFP1P2");
    EXPECT_EQ(s.device->ports[0].subPorts[1].rail, 4);  // rail defaults to the GPU
    EXPECT_TRUE(s.isEstimate("weight_kg"));
    EXPECT_FALSE(s.isEstimate("power.max_w"));
    EXPECT_DOUBLE_EQ(s.device->power.typicalW, 10200);  // defaults to max
    // Variants inherit the family's fields and keep their own.
    const CatalogEntry& f10 = c.get("test-fiber-10m");
    EXPECT_DOUBLE_EQ(f10.cable->lengthM, 10);
    EXPECT_EQ(f10.cable->media, Media::MultimodeFiber);
    EXPECT_EQ(f10.originPath, "$.entries[2].variants[1]");
    EXPECT_EQ(c.ofKind(CatalogKind::Cable).size(), 2U);
    EXPECT_EQ(c.find("nope"), nullptr);
    EXPECT_THROW((void)c.get("nope"), InputError);
}

// A number beyond double is nlohmann's out_of_range, not its parse_error (found by fuzz_spec).
TEST(CatalogLoader, NumberBeyondDoubleIsInvalidJson) {
    try {
        (void)Catalog::fromJsonText(R"({"format": "rackweave-catalog", "version": 1e999, "entries": []})", "big.json");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("big.json: invalid JSON: [json.exception.out_of_range.406]"), std::string::npos)
            << e.what();
    }
}

TEST(CatalogLoader, UnknownFieldIsRefused) {
    Json s = server();
    s["colour"] = "green";
    EXPECT_EQ(errorOf({rack(), s}), "test.json: $.entries[1].colour (entry 'test-server'): unknown field");
    Json nested = server();
    nested["power"]["voltage"] = 230;
    EXPECT_EQ(errorOf({rack(), nested}), "test.json: $.entries[1].power.voltage (entry 'test-server'): unknown field");
    Json sub = server();
    sub["ports"][0]["subports"][0]["lane"] = 1;
    EXPECT_EQ(errorOf({rack(), sub}),
              "test.json: $.entries[1].ports[0].subports[0].lane (entry 'test-server'): unknown field");
}

TEST(CatalogLoader, WrongTypeIsRefused) {
    Json s = server();
    s["ports"][0]["speed_gbps"] = "400";
    EXPECT_EQ(errorOf({rack(), s}),
              "test.json: $.entries[1].ports[0].speed_gbps (entry 'test-server'): expected an integer, found a string");
    Json w = server();
    w["weight_kg"] = true;
    EXPECT_EQ(errorOf({rack(), w}), "test.json: $.entries[1].weight_kg (entry 'test-server'): expected a number, found a boolean");
    Json e = server();
    e["thermal"]["airflow"] = "upwards";
    EXPECT_NE(errorOf({rack(), e}).find("$.entries[1].thermal.airflow (entry 'test-server'): unknown value 'upwards'; "
                                        "expected one of front-to-rear"),
              std::string::npos);
    Json neg = server();
    neg["weight_kg"] = -3;
    EXPECT_NE(errorOf({rack(), neg}).find("$.entries[1].weight_kg (entry 'test-server'): -3 is out of range"),
              std::string::npos);
}

TEST(CatalogLoader, MissingRequiredFieldIsRefused) {
    Json s = server();
    s.erase("sources");
    EXPECT_NE(errorOf({rack(), s}).find("test.json: $.entries[1].sources (entry 'test-server'): required field is missing"),
              std::string::npos);
    Json g = server();
    g.erase("gpus");
    EXPECT_EQ(errorOf({rack(), g}), "test.json: $.entries[1].gpus (entry 'test-server'): required field is missing");
}

TEST(CatalogLoader, DuplicateIdIsRefused) {
    Json again = rack();
    EXPECT_EQ(errorOf({rack(), again}),
              "test.json: $.entries[1].id (entry 'test-rack'): duplicate id, already defined in test.json at $.entries[0]");
    Json family = cableFamily();
    family["variants"][1]["id"] = "test-fiber-3m";
    EXPECT_NE(errorOf({optic(), family}).find("$.entries[1].variants[1].id (entry 'test-fiber-3m'): duplicate id"),
              std::string::npos);
}

TEST(CatalogLoader, DanglingReferenceIsRefused) {
    EXPECT_EQ(errorOf({server()}),
              "test.json: $.entries[0].default_rack (entry 'test-server'): refers to unknown catalog entry 'test-rack'");
    EXPECT_EQ(errorOf({cableFamily()}),
              "test.json: $.entries[0].transceivers[0] (entry 'test-fiber-3m'): refers to unknown catalog entry "
              "'test-optic'");
    // A reference to an entry of the wrong kind is refused too.
    Json s = server();
    s["default_rack"] = "test-optic";
    EXPECT_EQ(errorOf({s, optic()}),
              "test.json: $.entries[0].default_rack (entry 'test-server'): refers to 'test-optic' of kind transceiver, "
              "expected rack");
}

TEST(CatalogLoader, InconsistentFiguresAreRefused) {
    Json r = server();
    r["power"]["psu_redundancy"] = "4+2";
    EXPECT_EQ(errorOf({rack(), r}),
              "test.json: $.entries[1].power.psu_redundancy (entry 'test-server'): 4+2 does not add up to psu_count 2");
    Json t = server();
    t["power"]["typical_w"] = 20000;
    EXPECT_NE(errorOf({rack(), t}).find("$.entries[1].power.typical_w (entry 'test-server'): typical 20000 W exceeds max"),
              std::string::npos);
    Json split = server();
    split["ports"][0]["subports"].erase(1);
    EXPECT_NE(errorOf({rack(), split}).find("$.entries[1].ports[0].subports (entry 'test-server'): expected an array of 2"),
              std::string::npos);
    Json gpu = server();
    gpu["ports"][0]["subports"][0]["gpu"] = 8;
    EXPECT_NE(errorOf({rack(), gpu}).find("maps to GPU 8 but the node has 8 GPUs"), std::string::npos);
    Json dup = server();
    dup["ports"][1]["name"] = "OSFP1P{n}";
    EXPECT_NE(errorOf({rack(), dup}).find("$.entries[1].ports[1].name (entry 'test-server'): duplicate port name 'OSFP1P1'"),
              std::string::npos);
    Json psu = server();
    psu["power"]["psu_count"] = 3;
    psu["power"].erase("psu_redundancy");
    EXPECT_NE(errorOf({rack(), psu}).find("2 ports with role psu but power.psu_count is 3"), std::string::npos);
    Json modes = server();
    modes["ports"][0]["split_modes"] = {1, 4};
    EXPECT_NE(errorOf({rack(), modes}).find("ports[0].split_modes (entry 'test-server'): does not include the default split 2"),
              std::string::npos);
    Json meta = server();
    meta["estimates"] = {"id"};
    EXPECT_NE(errorOf({rack(), meta}).find("'id' does not name a field this entry sets"), std::string::npos);
    Json est = server();
    est["estimates"] = {"weight_kg", "price"};
    EXPECT_EQ(errorOf({rack(), est}),
              "test.json: $.entries[1].estimates[1] (entry 'test-server'): 'price' does not name a field this entry sets");
}

Json rowCdu() {
    return Json::parse(R"({
      "id": "test-cdu", "kind": "cdu", "vendor": "V", "model": "C", "cooling_type": "cdu", "placement": "row",
      "capacity_kw": 100, "capacity_by_water_c": [{"water_c": 32, "capacity_kw": 100}, {"water_c": 40, "capacity_kw": 60}],
      "sources": [{"title": "T", "url": "https://example.com/c"}]})");
}

TEST(CatalogLoader, PowerFactorIsOptionalAndInRange) {
    EXPECT_DOUBLE_EQ(load({rack(), server()}).get("test-server").device->power.powerFactor, 0.0);  // not stated
    Json s = server();
    s["power"]["power_factor"] = 0.97;
    EXPECT_DOUBLE_EQ(load({rack(), s}).get("test-server").device->power.powerFactor, 0.97);
    s["power"]["power_factor"] = 1.2;
    EXPECT_NE(errorOf({rack(), s}).find("$.entries[1].power.power_factor (entry 'test-server'): 1.2 is out of range"),
              std::string::npos)
        << errorOf({rack(), s});
}

TEST(CatalogLoader, CoolingFlowsAreOptionalAndInRange) {
    EXPECT_DOUBLE_EQ(load({rack(), server()}).get("test-server").device->thermal.coolantFlowLpm, 0.0);  // not stated
    Json s = server();
    s["thermal"]["coolant_flow_lpm"] = 12.5;
    EXPECT_DOUBLE_EQ(load({rack(), s}).get("test-server").device->thermal.coolantFlowLpm, 12.5);
    s["thermal"]["coolant_flow_lpm"] = -1;
    EXPECT_NE(errorOf({rack(), s}).find("$.entries[1].thermal.coolant_flow_lpm (entry 'test-server')"), std::string::npos)
        << errorOf({rack(), s});
    Json cdu = rowCdu();
    EXPECT_DOUBLE_EQ(load({cdu}).get("test-cdu").cooling->flowLpm, 0.0);
    cdu["flow_lpm"] = 1500;
    cdu["airflow_cfm"] = 0;
    EXPECT_DOUBLE_EQ(load({cdu}).get("test-cdu").cooling->flowLpm, 1500.0);
    cdu["flow_lpm"] = "fast";
    EXPECT_NE(errorOf({cdu}).find("$.entries[0].flow_lpm (entry 'test-cdu')"), std::string::npos) << errorOf({cdu});
}

TEST(CatalogLoader, CapacityCurveIsReadStrictly) {
    const Catalog c = load({rowCdu()});
    const auto& curve = c.get("test-cdu").cooling->capacityByWaterC;
    ASSERT_EQ(curve.size(), 2U);
    EXPECT_DOUBLE_EQ(curve[1].waterC, 40.0);
    EXPECT_DOUBLE_EQ(curve[1].capacityKw, 60.0);

    Json one = rowCdu();
    one["capacity_by_water_c"].erase(1);
    EXPECT_EQ(errorOf({one}), "test.json: $.entries[0].capacity_by_water_c (entry 'test-cdu'): expected an array of at "
                              "least two {water_c, capacity_kw} points");
    Json notArray = rowCdu();
    notArray["capacity_by_water_c"] = 100;
    EXPECT_NE(errorOf({notArray}).find("$.entries[0].capacity_by_water_c (entry 'test-cdu')"), std::string::npos);
    Json falling = rowCdu();
    falling["capacity_by_water_c"][1]["water_c"] = 30;
    EXPECT_EQ(errorOf({falling}), "test.json: $.entries[0].capacity_by_water_c[1].water_c (entry 'test-cdu'): 30 degC "
                                  "does not follow 32 degC: list the points by rising water temperature");
    Json unknown = rowCdu();
    unknown["capacity_by_water_c"][0]["flow_lpm"] = 150;
    EXPECT_EQ(errorOf({unknown}), "test.json: $.entries[0].capacity_by_water_c[0].flow_lpm (entry 'test-cdu'): unknown field");
    Json missing = rowCdu();
    missing["capacity_by_water_c"][1].erase("capacity_kw");
    EXPECT_NE(errorOf({missing}).find("$.entries[0].capacity_by_water_c[1].capacity_kw (entry 'test-cdu'): required field is missing"),
              std::string::npos);
    Json text = rowCdu();
    text["capacity_by_water_c"][0]["water_c"] = "32";
    EXPECT_NE(errorOf({text}).find("capacity_by_water_c[0].water_c (entry 'test-cdu'): expected a number"), std::string::npos);
}

Json bankedPdu() {
    return Json::parse(R"({
      "id": "test-pdu", "kind": "pdu", "vendor": "V", "model": "P", "dimensions_mm": {"width": 56, "height": 1800, "depth": 60},
      "weight_kg": 9, "voltage": 415, "phases": 3, "amps": 32,
      "ports": [{"name": "C13-{n}", "count": 6, "kind": "C13", "role": "outlet"}, {"name": "C19-{n}", "count": 3, "kind": "C19", "role": "outlet"}],
      "banks": [{"leg": 1, "breaker_amps": 16, "outlets": ["C13-1..2", "C19-1"]}, {"leg": 2, "breaker_amps": 16, "outlets": ["C13-3..4", "C19-2"]},
                {"leg": 3, "breaker_amps": 20, "outlets": ["C13-5", "C13-6", "C19-3"]}],
      "sources": [{"title": "T", "url": "https://example.com/p"}]})");
}

TEST(CatalogLoader, PduBanksNameTheirOutlets) {
    const Catalog c = load({bankedPdu()});
    const PowerDistributionSpec& p = *c.get("test-pdu").powerDistribution;
    ASSERT_EQ(p.banks.size(), 3U);
    EXPECT_EQ(p.banks[2].leg, 2);
    EXPECT_DOUBLE_EQ(p.banks[2].breakerAmps, 20.0);
    EXPECT_EQ(p.banks[0].outlets, (std::vector<std::size_t>{0, 1, 6}));  // C13-1, C13-2, C19-1 by port index
    ASSERT_NE(p.bankOf(7), nullptr);
    EXPECT_EQ(p.bankOf(7)->leg, 1);  // C19-2

    Json unknown = bankedPdu();
    unknown["banks"][1]["outlets"][0] = "C13-3..9";
    EXPECT_EQ(errorOf({unknown}), "test.json: $.entries[0].banks[1].outlets (entry 'test-pdu'): 'C13-7' is not an outlet of this PDU");
    Json twice = bankedPdu();
    twice["banks"][1]["outlets"][0] = "C13-2..4";
    EXPECT_EQ(errorOf({twice}), "test.json: $.entries[0].banks[1].outlets (entry 'test-pdu'): outlet 'C13-2' is already in another bank");
    Json leg = bankedPdu();
    leg["phases"] = 1;
    leg["voltage"] = 230;
    EXPECT_NE(errorOf({leg}).find("$.entries[0].banks[1].leg (entry 'test-pdu')"), std::string::npos) << errorOf({leg});
    Json noOutlets = bankedPdu();
    noOutlets["banks"][0]["outlets"] = Json::array();
    EXPECT_EQ(errorOf({noOutlets}), "test.json: $.entries[0].banks[0].outlets (entry 'test-pdu'): a bank lists at least one outlet");
}

TEST(CatalogLoader, BuswaysAndUpsBlocks) {
    const Catalog c = load({Json::parse(R"({"id": "test-busway", "kind": "busway", "vendor": "V", "model": "B", "voltage": 415,
        "phases": 3, "amps": 400, "panel_kind": "rpp", "sources": [{"title": "T", "url": "https://example.com/b"}]})"),
                            Json::parse(R"({"id": "test-ups", "kind": "ups-block", "vendor": "V", "model": "U", "voltage": 415,
        "phases": 3, "amps": 696, "capacity_kw": 500, "rated_kva": 500, "sources": [{"title": "T", "url": "https://example.com/u"}]})")});
    EXPECT_EQ(c.get("test-busway").powerDistribution->panelKind, PanelKind::Rpp);
    EXPECT_DOUBLE_EQ(c.get("test-busway").powerDistribution->amps, 400.0);
    EXPECT_DOUBLE_EQ(c.get("test-ups").powerDistribution->capacityKw, 500.0);
    EXPECT_DOUBLE_EQ(c.get("test-ups").powerDistribution->ratedKva, 500.0);
    EXPECT_NE(errorOf({Json::parse(R"({"id": "u", "kind": "ups-block", "vendor": "V", "model": "U", "voltage": 415, "phases": 3,
        "amps": 696, "sources": [{"title": "T", "url": "https://example.com/u"}]})")})
                  .find("$.entries[0].capacity_kw (entry 'u'): required field is missing"),
              std::string::npos);
}

TEST(CatalogLoader, VariantErrorsPointIntoTheVariant) {
    Json family = cableFamily();
    family["variants"][1]["length_m"] = 60;  // longer than max_reach_m 50
    EXPECT_EQ(errorOf({optic(), family}),
              "test.json: $.entries[1].variants[1].length_m (entry 'test-fiber-10m'): 60 m is longer than max_reach_m 50 m");
    Json shared = cableFamily();
    shared["bend_radius_mm"] = "thirty";
    EXPECT_NE(errorOf({optic(), shared}).find("$.entries[1].bend_radius_mm (entry 'test-fiber-3m'): expected a number"),
              std::string::npos);
    Json extra = cableFamily();
    extra["variants"][0]["colour"] = "aqua";
    EXPECT_EQ(errorOf({optic(), extra}), "test.json: $.entries[1].variants[0].colour (entry 'test-fiber-3m'): unknown field");
    Json withId = cableFamily();
    withId["id"] = "x";
    EXPECT_NE(errorOf({optic(), withId}).find("$.entries[1].id: an entry with variants takes its ids from the variants"),
              std::string::npos);
}

TEST(CatalogLoader, DocumentErrorsAreRefused) {
    auto error = [](std::string_view text) {
        try {
            (void)Catalog::fromJsonText(text, "doc.json");
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    EXPECT_EQ(error(R"({"format": "rackweave-catalog", "version": 1, "entries": []})"), "");
    EXPECT_EQ(error(R"({"format": "other", "version": 1, "entries": []})"),
              "doc.json: $.format: expected \"rackweave-catalog\"");
    EXPECT_EQ(error(R"({"format": "rackweave-catalog", "version": 2, "entries": []})"),
              "doc.json: $.version: version 2 is not supported (this build reads version 1)");
    EXPECT_EQ(error(R"({"format": "rackweave-catalog", "version": 1, "entries": [], "extra": 1})"),
              "doc.json: $.extra: unknown field");
    const std::string syntax = error("{\n  \"format\": \"rackweave-catalog\",\n  \"version\": 1,,\n}");
    EXPECT_TRUE(syntax.starts_with("doc.json: line 3, column 16: invalid JSON")) << syntax;
    EXPECT_EQ(error(R"({"format": "rackweave-catalog", "version": 1, "version": 1, "entries": []})"),
              "doc.json: field 'version' is given twice in one object");
}

TEST(CatalogLoader, BadIdIsRefused) {
    Json r = rack();
    r["id"] = "Test Rack";
    EXPECT_NE(errorOf({r}).find("$.entries[0].id: 'Test Rack' is not a valid id"), std::string::npos);
}

TEST(CatalogLoader, DirectoriesLoadInOrderAndDuplicatesAcrossFilesAreRefused) {
    const std::string data = RACKWEAVE_TEST_DATA;
    // A reference into another folder resolves (user entries may use shipped racks) ...
    const Catalog both = Catalog::loadFromDirectories({Catalog::shippedDirectory(), data + "/catalog-extra"});
    EXPECT_NE(both.find("example-edge-switch"), nullptr);
    EXPECT_EQ(both.get("example-gpu-node").compute->defaultRack, "apc-netshelter-sx-42u-600x1200");
    EXPECT_EQ(both.files().back().filename(), "example.json");
    EXPECT_EQ(both.get("example-edge-switch").device->ports[0].splitModes, 1 | 4);
    // ... but not without that folder.
    EXPECT_THROW((void)Catalog::loadFromDirectories({data + "/catalog-extra"}), InputError);
    // The same extra folder twice: every id is defined twice.
    try {
        (void)Catalog::loadFromDirectories({Catalog::shippedDirectory(), data + "/catalog-extra", data + "/catalog-extra"});
        FAIL() << "duplicate ids across folders loaded";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("(entry 'example-edge-switch'): duplicate id, already defined in"),
                  std::string::npos)
            << e.what();
    }
    try {
        (void)Catalog::loadFromDirectories({data + "/catalog-bad"});
        FAIL() << "bad catalog loaded";
    } catch (const InputError& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find("catalog-bad/bad-switch.json: $.entries[0].ports[0].speed_gbps (entry 'bad-switch')"),
                  std::string::npos)
            << m;
    }
    EXPECT_THROW((void)Catalog::loadFromDirectories({data + "/no-such-folder"}), InputError);
}

}  // namespace
}  // namespace rw
