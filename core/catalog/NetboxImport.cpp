#include "catalog/NetboxImport.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fmt/format.h>
#include <fstream>
#include <map>
#include <sstream>
#include <yaml-cpp/yaml.h>

#include "catalog/Catalog.h"
#include "catalog/EntryParser.h"
#include "catalog/NetboxTypes.h"
#include "util/Errors.h"
#include "util/Utf8.h"

namespace rw {

namespace {

using OJson = nlohmann::ordered_json;

constexpr double kInchMm = 25.4;
constexpr double kRackUnitMm = 44.45;

using netbox::InterfaceType;
using netbox::kInterfaceTypes;
using netbox::powerConnector;
using netbox::slugify;

class Converter {
public:
    Converter(const YAML::Node& root, std::string file, std::optional<CatalogKind> kind)
        : root_(root), file_(std::move(file)), forcedKind_(kind) {}

    NetboxImport run();

private:
    [[noreturn]] void fail(const YAML::Node& at, std::string_view field, std::string_view reason) const {
        throw InputError(fmt::format("{}: line {}: {}: {}", file_, at.Mark().line + 1, field, reason));
    }
    std::string text(const YAML::Node& node, std::string_view field) const {
        if (!node.IsScalar()) fail(node, field, "expected a text value");
        // yaml-cpp passes any bytes; the entry is written as JSON, which must be UTF-8.
        if (!isValidUtf8(node.Scalar())) fail(node, field, "not UTF-8 text");
        return node.as<std::string>();
    }
    double number(const YAML::Node& node, std::string_view field) const {
        if (!node.IsScalar()) fail(node, field, "expected a number");
        double value = 0.0;
        try {
            value = node.as<double>();
        } catch (const YAML::Exception&) {
            fail(node, field, fmt::format("'{}' is not a number", node.Scalar()));
        }
        // YAML spells infinity and NaN (.inf, .nan); no NetBox quantity is either.
        if (!std::isfinite(value)) fail(node, field, fmt::format("'{}' is not a finite number", node.Scalar()));
        return value;
    }
    const YAML::Node list(std::string_view field) const {
        const YAML::Node n = root_[std::string(field)];
        if (n && !n.IsSequence()) fail(n, field, "expected a list");
        return n;
    }
    // Reports the keys of a list item other than `used`.
    void reportOtherKeys(const YAML::Node& item, const std::string& field, std::initializer_list<std::string_view> used) {
        for (auto it = item.begin(); it != item.end(); ++it) {
            const auto key = it->first.as<std::string>();
            if (std::find(used.begin(), used.end(), key) == used.end())
                unused(fmt::format("{}.{}", field, key), "no catalog equivalent");
        }
    }
    void unused(std::string_view field, std::string_view why) { result_.unused.push_back(fmt::format("{}: {}", field, why)); }
    void assumed(std::string_view what) { result_.assumed.emplace_back(what); }

    CatalogKind guessKind(int dataInterfaces) const;
    OJson convertInterfaces(CatalogKind kind, std::string& protocol);
    void convertPowerPorts(OJson& ports, OJson& power);

    const YAML::Node root_;
    std::string file_;
    std::optional<CatalogKind> forcedKind_;
    NetboxImport result_;
    std::vector<std::string> estimates_;
};

CatalogKind Converter::guessKind(int dataInterfaces) const {
    if (forcedKind_) return *forcedKind_;
    if (root_["power-outlets"]) return CatalogKind::Pdu;
    if ((root_["front-ports"] || root_["rear-ports"]) && dataInterfaces == 0) return CatalogKind::PatchPanel;
    if (dataInterfaces >= 12) return CatalogKind::Switch;
    return CatalogKind::Appliance;
}

OJson Converter::convertInterfaces(CatalogKind kind, std::string& protocol) {
    OJson ports = OJson::array();
    const YAML::Node interfaces = list("interfaces");
    if (!interfaces) return ports;
    bool infiniband = false;
    for (std::size_t i = 0; i < interfaces.size(); ++i) {
        const YAML::Node itf = interfaces[i];
        const std::string field = fmt::format("interfaces[{}]", i);
        if (!itf.IsMap()) fail(itf, field, "expected a mapping with name and type");
        if (!itf["name"]) fail(itf, field, "missing name");
        if (!itf["type"]) fail(itf, field, "missing type");
        const std::string name = text(itf["name"], field + ".name");
        const std::string type = text(itf["type"], field + ".type");
        const bool mgmt = itf["mgmt_only"] && itf["mgmt_only"].as<bool>(false);
        if (type == "virtual" || type == "lag" || type.starts_with("ieee802.11") || type == "bridge") {
            unused(field, fmt::format("'{}' is a {} interface, not a physical port", name, type));
            continue;
        }
        OJson port;
        port["name"] = name;
        const InterfaceType* known = nullptr;
        for (const auto& t : kInterfaceTypes)
            if (t.netbox == type) known = &t;
        if (known == nullptr) {
            port["kind"] = "other";
            unused(field + ".type", fmt::format("'{}' has no Rackweave port kind; imported as kind other", type));
        } else {
            port["kind"] = toString(known->kind);
            if (known->speedGbps > 0) port["speed_gbps"] = known->speedGbps;
            if (known->lanes > 0) port["lanes"] = known->lanes;
        }
        if (type.starts_with("infiniband")) infiniband = true;
        const char* role = "other";
        if (mgmt) role = kind == CatalogKind::Appliance ? "bmc" : "mgmt";
        else if (kind == CatalogKind::Switch) role = "data";
        port["role"] = role;
        reportOtherKeys(itf, field, {"name", "type", "mgmt_only"});
        ports.push_back(std::move(port));
    }
    protocol = infiniband ? "infiniband" : "ethernet";
    return ports;
}

void Converter::convertPowerPorts(OJson& ports, OJson& power) {
    const YAML::Node pps = list("power-ports");
    double maxDraw = 0.0;
    double allocated = 0.0;
    double largest = 0.0;
    std::optional<PortKind> inlet;
    int count = 0;
    if (pps) {
        for (std::size_t i = 0; i < pps.size(); ++i) {
            const YAML::Node pp = pps[i];
            const std::string field = fmt::format("power-ports[{}]", i);
            if (!pp.IsMap() || !pp["name"]) fail(pp, field, "expected a mapping with a name");
            OJson port;
            port["name"] = text(pp["name"], field + ".name");
            const std::string type = pp["type"] ? text(pp["type"], field + ".type") : std::string();
            const auto kind = powerConnector(type);
            if (!kind) unused(field + ".type", fmt::format("'{}' has no Rackweave inlet kind; imported as other", type));
            port["kind"] = kind ? toString(*kind) : "other";
            port["role"] = "psu";
            if (kind && !inlet) inlet = kind;
            if (pp["maximum_draw"]) {
                const double w = number(pp["maximum_draw"], field + ".maximum_draw");
                maxDraw += w;
                largest = std::max(largest, w);
            }
            if (pp["allocated_draw"]) allocated += number(pp["allocated_draw"], field + ".allocated_draw");
            reportOtherKeys(pp, field, {"name", "type", "maximum_draw", "allocated_draw"});
            ports.push_back(std::move(port));
            ++count;
        }
    }
    power["max_w"] = maxDraw;
    if (allocated > 0.0) power["typical_w"] = std::min(allocated, maxDraw > 0 ? maxDraw : allocated);
    if (allocated > maxDraw) power["max_w"] = allocated;
    power["psu_count"] = count;
    if (largest > 0.0) power["psu_rating_w"] = largest;
    if (inlet) power["inlet"] = toString(*inlet);
    assumed(count == 0 ? "power: NetBox lists no power ports; max_w 0"
                       : "power: max_w is the sum of the power ports' maximum_draw (an upper bound), typical_w their allocated_draw; redundancy unknown (N+0)");
}

NetboxImport Converter::run() {
    if (!root_.IsMap()) throw InputError(fmt::format("{}: line {}: expected a NetBox device type (a mapping)", file_,
                                                     root_.Mark().line + 1));
    for (const char* required : {"manufacturer", "model"})
        if (!root_[required]) throw InputError(fmt::format("{}: line 1: {}: required field is missing", file_, required));
    OJson e;
    const std::string vendor = text(root_["manufacturer"], "manufacturer");
    const std::string model = text(root_["model"], "model");
    std::string id = root_["slug"] ? text(root_["slug"], "slug") : slugify(vendor + " " + model);
    if (!root_["slug"]) assumed(fmt::format("id: no slug; made '{}' from manufacturer and model", id));
    if (!catalog_detail::isValidCatalogId(id)) id = slugify(id);
    result_.id = id;
    e["id"] = id;

    // Count data interfaces first: they decide the guessed kind.
    int dataInterfaces = 0;
    if (const YAML::Node itfs = list("interfaces"))
        for (const auto& itf : itfs)
            if (itf.IsMap() && !(itf["mgmt_only"] && itf["mgmt_only"].as<bool>(false))) ++dataInterfaces;
    const CatalogKind kind = guessKind(dataInterfaces);
    if (!netboxImportable(kind))
        throw InputError(fmt::format("{}: kind {} cannot be imported from NetBox (needs fields NetBox lacks)", file_,
                                     toString(kind)));
    e["kind"] = toString(kind);
    if (!forcedKind_) assumed(fmt::format("kind: guessed {} (use --kind to choose)", toString(kind)));
    e["vendor"] = vendor;
    e["model"] = model;
    if (root_["part_number"]) e["part_number"] = text(root_["part_number"], "part_number");

    // Height, depth class and weight.
    double u = 1.0;
    if (root_["u_height"]) {
        u = number(root_["u_height"], "u_height");
        // The catalog holds at most 100U; checked here because a larger value does not fit an int.
        if (u < 0 || u > 100) fail(root_["u_height"], "u_height", fmt::format("{} is not a height from 0 to 100U", u));
    } else {
        assumed("u_height: not given; NetBox's default of 1U used");
    }
    int wholeU = static_cast<int>(std::ceil(u));
    if (wholeU != u) assumed(fmt::format("u_height: {} rounded up to {}U", u, wholeU));
    if (wholeU == 0 && kind != CatalogKind::Pdu) {
        wholeU = 1;
        assumed("u_height: 0U device placed as 1U");
    }
    e["u_height"] = wholeU;
    const bool fullDepth = !root_["is_full_depth"] || root_["is_full_depth"].as<bool>(true);
    if (kind == CatalogKind::Pdu && wholeU == 0) {
        e["dimensions_mm"] = {{"width", 56}, {"height", 1800}, {"depth", 60}};
        assumed("dimensions_mm: NetBox has no dimensions; a typical 0U PDU's 56 x 1800 x 60 mm");
    } else {
        e["dimensions_mm"] = {{"width", 19 * kInchMm}, {"height", std::round(wholeU * kRackUnitMm * 10) / 10},
                              {"depth", fullDepth ? 750 : 400}};
        assumed(fmt::format("dimensions_mm: NetBox has no dimensions; 19-inch width, {}U height, {} depth ({})", wholeU,
                            fullDepth ? "750 mm" : "400 mm", fullDepth ? "is_full_depth" : "not full depth"));
    }
    estimates_.emplace_back("dimensions_mm");

    double weightKg = 0.0;
    if (root_["weight"]) {
        weightKg = number(root_["weight"], "weight");
        const std::string unit = root_["weight_unit"] ? text(root_["weight_unit"], "weight_unit") : "kg";
        if (unit == "g") weightKg /= 1000.0;
        else if (unit == "lb") weightKg *= 0.45359237;
        else if (unit == "oz") weightKg *= 0.028349523125;
        else if (unit != "kg") fail(root_["weight_unit"], "weight_unit", fmt::format("unknown unit '{}'", unit));
    }
    if (weightKg <= 0.0) {
        weightKg = 10.0 * std::max(1, wholeU);
        estimates_.emplace_back("weight_kg");
        assumed(fmt::format("weight_kg: NetBox gives no weight; {} kg assumed (10 kg per U)", weightKg));
    }
    e["weight_kg"] = std::round(weightKg * 1000) / 1000;

    std::string protocol;
    OJson ports = convertInterfaces(kind, protocol);
    if (const YAML::Node cps = list("console-ports")) {
        for (std::size_t i = 0; i < cps.size(); ++i) {
            const std::string field = fmt::format("console-ports[{}]", i);
            if (!cps[i].IsMap() || !cps[i]["name"]) fail(cps[i], field, "expected a mapping with a name");
            const std::string type = cps[i]["type"] ? text(cps[i]["type"], field + ".type") : "";
            ports.push_back({{"name", text(cps[i]["name"], field + ".name")},
                             {"kind", type == "rj-45" ? "RJ45" : "other"},
                             {"role", "console"}});
            reportOtherKeys(cps[i], field, {"name", "type"});
        }
    }
    OJson power = OJson::object();
    convertPowerPorts(ports, power);
    if (const YAML::Node outlets = list("power-outlets")) {
        for (std::size_t i = 0; i < outlets.size(); ++i) {
            const std::string field = fmt::format("power-outlets[{}]", i);
            if (!outlets[i].IsMap() || !outlets[i]["name"]) fail(outlets[i], field, "expected a mapping with a name");
            const std::string type = outlets[i]["type"] ? text(outlets[i]["type"], field + ".type") : "";
            const auto k = powerConnector(type);
            if (!k) unused(field + ".type", fmt::format("'{}' has no Rackweave outlet kind; imported as other", type));
            ports.push_back({{"name", text(outlets[i]["name"], field + ".name")},
                             {"kind", k ? toString(*k) : "other"},
                             {"role", "outlet"}});
            reportOtherKeys(outlets[i], field, {"name", "type"});
        }
    }
    for (const char* side : {"front-ports", "rear-ports"}) {
        const YAML::Node fps = list(side);
        if (!fps) continue;
        if (kind != CatalogKind::PatchPanel) {
            unused(side, "pass-through ports are used only for patch panels");
            continue;
        }
        for (std::size_t i = 0; i < fps.size(); ++i) {
            const std::string field = fmt::format("{}[{}]", side, i);
            if (!fps[i].IsMap() || !fps[i]["name"]) fail(fps[i], field, "expected a mapping with a name");
            const std::string name = text(fps[i]["name"], field + ".name");
            ports.push_back({{"name", std::string(side) == "rear-ports" ? "rear-" + name : name},
                             {"kind", "other"},
                             {"role", "other"}});
            reportOtherKeys(fps[i], field, {"name"});
        }
    }

    // Kind-specific fields NetBox cannot give.
    if (kind == CatalogKind::Switch || kind == CatalogKind::Appliance) {
        const std::string airflowText = root_["airflow"] ? text(root_["airflow"], "airflow") : "";
        auto airflow = parseEnum<Airflow>(airflowText);
        if (!airflow) {
            if (!airflowText.empty()) unused("airflow", fmt::format("'{}' has no Rackweave equivalent", airflowText));
            assumed("thermal.airflow: front-to-rear assumed");
            airflow = Airflow::FrontToRear;
        }
        e["power"] = power;
        estimates_.emplace_back("power");
        e["thermal"] = {{"heat_to_air_w", power["max_w"]}, {"airflow", toString(*airflow)}};
        estimates_.emplace_back("thermal");
        assumed("thermal: all input power assumed to leave as heat to air");
    } else {
        if (root_["airflow"]) unused("airflow", fmt::format("not used for kind {}", toString(kind)));
        if (power["psu_count"].get<int>() > 0) {
            e["power"] = power;
            estimates_.emplace_back("power");
        }
    }
    if (kind == CatalogKind::Switch) e["protocol"] = protocol.empty() ? "ethernet" : protocol;
    if (kind == CatalogKind::Pdu) {
        e["voltage"] = 230;
        e["phases"] = 1;
        e["amps"] = 16;
        estimates_.insert(estimates_.end(), {"voltage", "phases", "amps"});
        assumed("voltage/phases/amps: NetBox has no PDU rating; 230 V 1-phase 16 A placeholders - edit them");
    }
    if (!ports.empty()) e["ports"] = ports;

    std::string notes = root_["comments"] ? text(root_["comments"], "comments") : "";
    if (root_["description"]) notes += (notes.empty() ? "" : " ") + text(root_["description"], "description");
    if (!notes.empty()) e["notes"] = notes;
    e["sources"] = OJson::array(
        {{{"title", "NetBox device-type library (community data)"},
          {"url", "https://github.com/netbox-community/devicetype-library"}},
         {{"title", fmt::format("Imported from {}", std::filesystem::path(file_).filename().string())},
          {"url", "file:" + std::filesystem::absolute(file_).string()}}});
    e["estimates"] = estimates_;

    static const std::map<std::string, std::string, std::less<>> kUsedKeys = {
        {"manufacturer", ""}, {"model", ""}, {"slug", ""}, {"part_number", ""}, {"u_height", ""},
        {"is_full_depth", ""}, {"airflow", ""}, {"weight", ""}, {"weight_unit", ""}, {"interfaces", ""},
        {"power-ports", ""}, {"console-ports", ""}, {"power-outlets", ""}, {"front-ports", ""}, {"rear-ports", ""},
        {"comments", ""}, {"description", ""}};
    for (auto it = root_.begin(); it != root_.end(); ++it) {
        const auto key = it->first.as<std::string>();
        if (!kUsedKeys.contains(key)) unused(key, "no catalog equivalent");
    }
    result_.entry = std::move(e);
    return result_;
}

}  // namespace

std::string netbox::slugify(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

bool netboxImportable(CatalogKind kind) noexcept {
    return kind == CatalogKind::Switch || kind == CatalogKind::Appliance || kind == CatalogKind::Pdu ||
           kind == CatalogKind::PatchPanel;
}

NetboxImport importNetboxDeviceTypeText(std::string_view yaml, std::string_view sourceName,
                                        std::optional<CatalogKind> kind) {
    const std::string file(sourceName);
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::ParserException& e) {
        throw InputError(fmt::format("{}: line {}, column {}: invalid YAML: {}", file, e.mark.line + 1,
                                     e.mark.column + 1, e.msg));
    }
    NetboxImport result;
    try {
        result = Converter(root, file, kind).run();
    } catch (const YAML::Exception& e) {
        throw InputError(fmt::format("{}: line {}: {}", file, e.mark.line + 1, e.msg));
    }
    // What we write must load: run it through the strict loader on its own.
    try {
        (void)Catalog::fromJsonText(catalogDocument({result.entry}, "NetBox import").dump(), file + " (converted)");
    } catch (const InputError& e) {
        throw InputError(fmt::format("{}: cannot be converted to a valid catalog entry: {}", file, e.what()));
    }
    return result;
}

NetboxImport importNetboxDeviceType(const std::filesystem::path& file, std::optional<CatalogKind> kind) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: cannot open file", file.string()));
    std::ostringstream text;
    text << in.rdbuf();
    return importNetboxDeviceTypeText(text.str(), file.string(), kind);
}

nlohmann::ordered_json catalogDocument(const std::vector<nlohmann::ordered_json>& entries,
                                       std::string_view description) {
    nlohmann::ordered_json doc;
    doc["format"] = "rackweave-catalog";
    doc["version"] = 1;
    doc["description"] = std::string(description);
    doc["entries"] = entries;
    return doc;
}

}  // namespace rw
