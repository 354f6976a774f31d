#include "DesignSearch.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "install/CableLabels.h"

namespace rw::gui {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::vector<std::string> words(const std::string& query) {
    std::vector<std::string> out;
    std::istringstream in(lower(query));
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

bool matchesAll(const std::string& lowered, const std::vector<std::string>& terms) {
    return std::all_of(terms.begin(), terms.end(), [&](const std::string& t) { return lowered.find(t) != std::string::npos; });
}

std::string portEnd(const Model& model, PortId id) {
    const Port* port = model.ports().find(id);
    const Device* device = port ? model.devices().find(port->device) : nullptr;
    if (!port || !device) return "?";
    return device->name + " " + std::string(model.text(port->name));
}

class Collector {
public:
    Collector(std::size_t limit, SearchResult& result) : limit_(limit), result_(result) {}
    void add(SearchHit&& hit) {
        ++result_.total;
        if (result_.hits.size() < limit_) result_.hits.push_back(std::move(hit));
    }

private:
    std::size_t limit_;
    SearchResult& result_;
};

}  // namespace

SearchResult searchDesign(const Model& model, const std::string& query, std::size_t limit) {
    SearchResult result;
    const std::vector<std::string> terms = words(query);
    if (terms.empty()) return result;
    Collector collect(limit, result);
    model.racks().forEach([&](RackId id, const Rack& rack) {
        if (matchesAll(lower(rack.name), terms)) collect.add({SearchHit::Kind::Rack, id.value, rack.name, {}});
    });
    model.devices().forEach([&](DeviceId id, const Device& device) {
        if (!matchesAll(lower(device.name), terms)) return;
        const Rack* rack = model.racks().find(device.rack);
        const std::string where = (rack ? rack->name : std::string("?")) + " U" + std::to_string(device.uPosition);
        collect.add({SearchHit::Kind::Device, id.value, device.name, where});
    });
    model.cables().forEach([&](CableId id, const Cable& cable) {
        const Link* link = model.links().find(cable.first);
        const std::string name = install::cableIdText(id);
        const std::string ends = link ? portEnd(model, link->a) + " -> " + portEnd(model, link->b) : std::string("?");
        if (matchesAll(lower(name + " " + ends), terms)) collect.add({SearchHit::Kind::Cable, id.value, name, ends});
    });
    return result;
}

}  // namespace rw::gui
