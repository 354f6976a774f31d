// The labour rates file: the shipped one loads and says where each figure comes from; a wrong
// field is refused with the file and JSON path.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "install/LabourRates.h"
#include "util/Errors.h"

namespace rw {
namespace {

using namespace install;

std::string errorOf(const nlohmann::json& j) {
    try {
        (void)parseLabourRates(j, "rates.json");
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

nlohmann::json shippedJson() {
    std::ifstream in(std::filesystem::path(RACKWEAVE_SOURCE_DIR) / "assets" / "labour" / "rates.json");
    return nlohmann::json::parse(in);
}

TEST(LabourRates, ShippedFileLoadsWithASourceForEveryFigure) {
    const LabourRates r = loadShippedLabourRates();
    for (const LabourRate* rate : {&r.trayPerMetre, &r.rackSet, &r.powerCord, &r.rackPowerOn, &r.podCheck, &r.asBuiltCheck})
        EXPECT_FALSE(rate->source.empty());
    for (const CableRate& band : r.cables) EXPECT_FALSE(band.rate.source.empty());
    EXPECT_EQ(r.forCable(Media::Dac, 2.0).trade, Trade::Copper);
    EXPECT_EQ(r.forCable(Media::Aoc, 20.0).trade, Trade::Fibre);
    EXPECT_GT(r.forCable(Media::SinglemodeFiber, 80.0).minutes, r.forCable(Media::SinglemodeFiber, 10.0).minutes);
    EXPECT_EQ(r.crew(Trade::Rigging).size, 4);
}

TEST(LabourRates, ErrorsNameTheFileAndJsonPath) {
    nlohmann::json j = shippedJson();
    j["work"]["rack_set"]["minutes"] = "two hours";
    EXPECT_EQ(errorOf(j), "rates.json: $.work.rack_set.minutes: expected a number, found a string");
    j = shippedJson();
    j["cables"][1]["trade"] = "plumbing";
    EXPECT_NE(errorOf(j).find("rates.json: $.cables[1].trade: unknown value 'plumbing'"), std::string::npos) << errorOf(j);
    j = shippedJson();
    j["crews"]["fibre"]["sizes"] = 3;
    EXPECT_NE(errorOf(j).find("rates.json: $.crews.fibre.sizes"), std::string::npos) << errorOf(j);
    j = shippedJson();
    j["work"].erase("pod_check");
    EXPECT_EQ(errorOf(j), "rates.json: $.work.pod_check: required field is missing");
    j = shippedJson();
    j["cables"] = nlohmann::json::array({{{"media", {"dac"}}, {"up_to_m", 5}, {"minutes", 3}, {"trade", "copper"}, {"source", "s"}}});
    const LabourRates r = parseLabourRates(j, "rates.json");
    EXPECT_THROW((void)r.forCable(Media::Aoc, 10.0), InputError);
}

// A number beyond double is nlohmann's out_of_range, not its parse_error: it once escaped as a raw
// library exception (found by fuzz_spec; the same parse is here).
TEST(LabourRates, NumberBeyondDoubleIsBadJson) {
    try {
        (void)parseLabourRatesText(R"({"version": 1e999})", "rates.json");
        FAIL();
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("rates.json: not valid JSON: [json.exception.out_of_range.406]"), std::string::npos)
            << e.what();
    }
}

}  // namespace
}  // namespace rw
