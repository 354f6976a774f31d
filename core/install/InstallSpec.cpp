#include "install/InstallSpec.h"

#include <fmt/format.h>

#include "util/Errors.h"

namespace rw::install {

using catalog_detail::Json;
using catalog_detail::JsonFields;

InstallSettings readInstallSettings(JsonFields& f) {
    InstallSettings s;
    if (const Json* crews = f.raw("crews")) {
        if (!crews->is_object()) f.fail("crews", "expected an object of trade: crews, e.g. {\"fibre\": 60}");
        JsonFields c(*crews, f.pathOf("crews"), f.context());
        for (const auto& [name, value] : crews->items()) {
            if (!parseEnum<Trade>(name)) {
                std::string known;
                for (const auto& [trade, tradeName] : EnumNames<Trade>::table) known += fmt::format("{}{}", known.empty() ? "" : ", ", tradeName);
                c.fail(name, fmt::format("unknown trade '{}' (known: {})", name, known));
            }
            s.crews[name] = c.requireInt(name, 1, kMaxCrews);
        }
        c.rejectUnknown();
    }
    s.shiftHours = f.optInt("shift_hours", 1, 24);
    s.workingDaysPerWeek = f.optInt("working_days_per_week", 1, 7);
    if (f.has("start")) {
        s.start = f.requireString("start");
        std::chrono::year_month_day date;
        if (const std::string why = whyNotADate(s.start, date); !why.empty()) f.fail("start", why);
    }
    s.targetDays = f.optInt("target_days", 1, kMaxTargetDays);
    s.crewsPerRow = f.optInt("crews_per_row", 1, kMaxCrews);
    if (const Json* holidays = f.raw("holidays")) {
        if (!holidays->is_array()) f.fail("holidays", "expected a list of dates, e.g. [\"2027-04-02\", \"2027-04-05\"]");
        for (std::size_t i = 0; i < holidays->size(); ++i) {
            const Json& day = (*holidays)[i];
            const std::string path = fmt::format("{}[{}]", f.pathOf("holidays"), i);
            if (!day.is_string()) f.context().fail(path, "expected a date as text, YYYY-MM-DD");
            std::chrono::year_month_day date;
            if (const std::string why = whyNotADate(day.get<std::string>(), date); !why.empty()) f.context().fail(path, why);
            s.holidays.push_back(day.get<std::string>());
        }
    }
    f.rejectUnknown();
    return s;
}

InstallSettings installSettingsFromJson(std::string_view text, std::string_view where) {
    Json root;
    try {
        root = Json::parse(text);
    } catch (const Json::exception& e) {  // parse_error, or out_of_range for a number beyond double
        throw InputError(fmt::format("{}: not valid JSON ({})", where, e.what()));
    }
    if (!root.is_object()) throw InputError(fmt::format("{}: expected a JSON object", where));
    catalog_detail::ErrorContext context;
    context.file = where;
    JsonFields fields(root, "$", context);
    return readInstallSettings(fields);
}

std::string installSettingsToJson(const InstallSettings& s) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    if (!s.crews.empty()) {
        nlohmann::ordered_json crews = nlohmann::ordered_json::object();
        for (const auto& [trade, name] : EnumNames<Trade>::table)  // in trade order
            if (const auto it = s.crews.find(std::string(name)); it != s.crews.end()) crews[it->first] = it->second;
        j["crews"] = std::move(crews);
    }
    if (s.shiftHours) j["shift_hours"] = *s.shiftHours;
    if (s.workingDaysPerWeek) j["working_days_per_week"] = *s.workingDaysPerWeek;
    if (!s.start.empty()) j["start"] = s.start;
    if (s.targetDays) j["target_days"] = *s.targetDays;
    if (s.crewsPerRow) j["crews_per_row"] = *s.crewsPerRow;
    if (!s.holidays.empty()) j["holidays"] = s.holidays;
    return j.dump();
}

PlanSettings withDesignSettings(PlanSettings base, const InstallSettings& design) {
    for (const auto& [name, count] : design.crews)
        if (const std::optional<Trade> trade = parseEnum<Trade>(name)) base.crews[static_cast<std::size_t>(*trade)] = count;
    if (design.shiftHours) base.shiftHours = *design.shiftHours;
    if (design.workingDaysPerWeek) base.workingDaysPerWeek = *design.workingDaysPerWeek;
    if (!design.start.empty()) base.start = parseDate(design.start, "install start");
    if (design.targetDays) base.targetDays = design.targetDays;
    if (design.crewsPerRow) base.crewsPerRow = design.crewsPerRow;
    if (!design.holidays.empty()) {
        base.holidays.clear();
        for (const std::string& day : design.holidays) base.holidays.push_back(parseDate(day, "install holiday"));
    }
    return base;
}

}  // namespace rw::install
