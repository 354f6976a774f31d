#pragma once
// Labour figures as data (assets/labour/rates.json; docs/install.md): minutes of labour per unit
// of work, the trade that does it, and where the figure comes from (or that it is an estimate).
// Read strictly: a wrong or unknown field is an rw::InputError naming the file and JSON path.
#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "install/Trade.h"
#include "model/Enums.h"

namespace rw::install {

struct LabourRate {
    double minutes = 0.0;  ///< labour-minutes per unit (one technician for one minute = 1)
    Trade trade = Trade::Rigging;
    std::string source;    ///< where the figure comes from, or why it is estimated
    bool estimate = true;
};

/// One band of the per-cable rates: cables of these media up to this ordered length.
struct CableRate {
    std::vector<Media> media;
    double upToMetres = 0.0;
    LabourRate rate;
};

struct Crew {
    int size = 1;  ///< technicians who work one package together
    std::string source;
    bool estimate = true;
};

struct LabourRates {
    LabourRate trayPerMetre;    ///< hang and bond one metre of overhead tray
    LabourRate rackSet;         ///< one rack placed, levelled, anchored and bonded
    LabourRate powerCord;       ///< one cord plugged at both ends, dressed and labelled
    LabourRate rackPowerOn;     ///< one rack energised and its PDUs checked (a gate)
    LabourRate podCheck;        ///< one leaf's pod checked before its uplinks (a gate)
    LabourRate asBuiltCheck;    ///< the hall's cabling compared with the plan (a gate)
    LabourRate pathwaySurvey;   ///< one hall's pathways surveyed before trays and busways go up (a gate)
    LabourRate buswayPerMetre;  ///< hang, join and bond one metre of overhead busway
    LabourRate tapOff;          ///< one tap-off unit plugged into a busway, its whip to a rack PDU, the PDU mounted
    LabourRate cduFillTest;     ///< one CDU's loop flushed, filled and pressure-tested (a gate)
    LabourRate burnIn;          ///< one hall run under load before acceptance (a gate)
    std::vector<CableRate> cables;  ///< data cables by media and length band, first match wins
    std::array<Crew, kTradeCount> crews{};
    std::string file;           ///< where they were read from, for messages

    /// The rate for a data cable; throws rw::InputError naming the rates file when no band fits.
    [[nodiscard]] const LabourRate& forCable(Media media, double orderedMetres) const;
    [[nodiscard]] const Crew& crew(Trade t) const { return crews[static_cast<std::size_t>(t)]; }
};

[[nodiscard]] LabourRates parseLabourRates(const nlohmann::json& json, const std::string& file);
/// The rates file's text; bad JSON is an rw::InputError naming `file`.
[[nodiscard]] LabourRates parseLabourRatesText(std::string_view text, const std::string& file);
[[nodiscard]] LabourRates loadLabourRates(const std::filesystem::path& file);
/// assets/labour/rates.json of the build tree.
[[nodiscard]] LabourRates loadShippedLabourRates();

}  // namespace rw::install
