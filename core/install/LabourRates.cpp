#include "install/LabourRates.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "catalog/JsonFields.h"
#include "util/Errors.h"
#include "util/ShippedAssets.h"

namespace rw::install {
namespace {

using catalog_detail::ErrorContext;
using catalog_detail::Json;
using catalog_detail::JsonFields;

/// A required member that must be an object, read strictly.
JsonFields objectAt(JsonFields& parent, std::string_view key) {
    const Json* value = parent.raw(key);
    if (value == nullptr) parent.fail(key, "required field is missing");
    return JsonFields(*value, parent.pathOf(key), parent.context());
}

void readSource(JsonFields& f, std::string& source, bool& estimate) {
    source = f.requireString("source");
    estimate = f.optBool("estimate", false);
}

LabourRate readRate(JsonFields& parent, std::string_view key) {
    JsonFields f = objectAt(parent, key);
    LabourRate r;
    r.minutes = f.requireNumber("minutes", 0.0, 1e6);
    r.trade = f.requireEnum<Trade>("trade");
    readSource(f, r.source, r.estimate);
    f.rejectUnknown();
    return r;
}

std::vector<CableRate> readCableRates(JsonFields& parent) {
    const Json* list = parent.raw("cables");
    if (list == nullptr) parent.fail("cables", "required field is missing");
    if (!list->is_array() || list->empty()) parent.fail("cables", "expected a non-empty array of rate bands");
    std::vector<CableRate> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        JsonFields f((*list)[i], fmt::format("{}[{}]", parent.pathOf("cables"), i), parent.context());
        CableRate band;
        for (const std::string& m : f.optStringArray("media")) band.media.push_back(f.parseEnumAt<Media>("media", m));
        if (band.media.empty()) f.fail("media", "required: the media this band covers");
        band.upToMetres = f.requireNumber("up_to_m", 0.0, 1e5);
        band.rate.minutes = f.requireNumber("minutes", 0.0, 1e6);
        band.rate.trade = f.requireEnum<Trade>("trade");
        readSource(f, band.rate.source, band.rate.estimate);
        f.rejectUnknown();
        out.push_back(std::move(band));
    }
    return out;
}

void readCrews(JsonFields& parent, LabourRates& rates) {
    JsonFields crews = objectAt(parent, "crews");
    for (const auto& [trade, name] : EnumNames<Trade>::table) {
        JsonFields f = objectAt(crews, name);
        Crew& c = rates.crews[static_cast<std::size_t>(trade)];
        c.size = f.requireInt("size", 1, 100);
        readSource(f, c.source, c.estimate);
        f.rejectUnknown();
    }
    crews.rejectUnknown();
}

}  // namespace

const LabourRate& LabourRates::forCable(Media media, double orderedMetres) const {
    for (const CableRate& band : cables)
        if (orderedMetres <= band.upToMetres && std::find(band.media.begin(), band.media.end(), media) != band.media.end())
            return band.rate;
    throw InputError(fmt::format("{}: $.cables: no band for {} cables of {:.1f} m", file, toString(media), orderedMetres));
}

LabourRates parseLabourRates(const nlohmann::json& json, const std::string& file) {
    const ErrorContext context{file, {}};
    JsonFields root(json, "$", context);
    LabourRates rates;
    rates.file = file;
    root.skip("about");
    (void)root.requireInt("version", 1, 1);
    JsonFields work = objectAt(root, "work");
    rates.trayPerMetre = readRate(work, "tray_per_metre");
    rates.rackSet = readRate(work, "rack_set");
    rates.powerCord = readRate(work, "power_cord");
    rates.rackPowerOn = readRate(work, "rack_power_on");
    rates.podCheck = readRate(work, "pod_check");
    rates.asBuiltCheck = readRate(work, "as_built_check");
    rates.pathwaySurvey = readRate(work, "pathway_survey");
    rates.buswayPerMetre = readRate(work, "busway_per_metre");
    rates.tapOff = readRate(work, "tap_off");
    rates.cduFillTest = readRate(work, "cdu_fill_test");
    rates.burnIn = readRate(work, "burn_in");
    work.rejectUnknown();
    rates.cables = readCableRates(root);
    readCrews(root, rates);
    root.rejectUnknown();
    return rates;
}

LabourRates parseLabourRatesText(std::string_view text, const std::string& file) {
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for a number beyond double
        throw InputError(fmt::format("{}: not valid JSON: {}", file, e.what()));
    }
    return parseLabourRates(json, file);
}

LabourRates loadLabourRates(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: cannot open", file.string()));
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return parseLabourRatesText(text, file.string());
}

LabourRates loadShippedLabourRates() {
    return loadLabourRates(shippedAsset("labour") / "rates.json");
}

}  // namespace rw::install
