#include "exchange/OpenSmGuidFiles.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <deque>
#include <map>
#include <unordered_map>

#include "util/Errors.h"

namespace rw::opensm {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool looksLikeCapture(std::string_view text) {
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = trim(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty() || line.front() == '#') continue;
        for (std::string_view key : {"vendid=", "devid=", "sysimgguid=", "switchguid=", "caguid=", "Switch\t", "Switch ", "Ca\t", "Ca ", "["})
            if (line.starts_with(key)) return true;
        return false;
    }
    return false;
}

constexpr std::string_view kListLine = "expected '<design name> <node GUID> [<port GUID>...]' (a GUID list) or ibnetdiscover output";

// `what` leads the message: the line's shape for the node GUID (a file that is no inventory at
// all fails there), nothing for a port GUID.
std::uint64_t parseGuid(std::string_view s, std::string_view source, int line, std::string_view what = {}) {
    std::string_view hex = s;
    if (hex.starts_with("0x") || hex.starts_with("0X")) hex.remove_prefix(2);
    std::uint64_t guid = 0;
    const auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), guid, 16);
    if (hex.empty() || hex.size() > 16 || ec != std::errc() || end != hex.data() + hex.size() || guid == 0)
        throw InputError(fmt::format("{}:{}: {}{}'{}' is not a GUID (up to 16 hex digits, not 0)", source, line, what,
                                     what.empty() ? "" : "; ", s));
    return guid;
}

// "name guid [port guid...]": blanks or commas between fields; a name may be quoted.
InventoryNode parseListLine(std::string_view text, std::string_view source, int line) {
    std::vector<std::string> fields;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t' || text[i] == ',' || text[i] == '\r') {
            ++i;
            continue;
        }
        if (text[i] == '"') {
            const std::size_t close = text.find('"', i + 1);
            if (close == std::string_view::npos) throw InputError(fmt::format("{}:{}: unterminated quoted name", source, line));
            fields.emplace_back(text.substr(i + 1, close - i - 1));
            i = close + 1;
            continue;
        }
        const std::size_t end = text.find_first_of(" \t,\r", i);
        fields.emplace_back(text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
        i = end == std::string_view::npos ? text.size() : end;
    }
    if (fields.size() < 2) throw InputError(fmt::format("{}:{}: {}", source, line, kListLine));
    InventoryNode node{fields[0], parseGuid(fields[1], source, line, kListLine), {}, line};
    for (std::size_t f = 2; f < fields.size(); ++f) node.portGuids.push_back(parseGuid(fields[f], source, line));
    return node;
}

std::string hexGuid(std::uint64_t guid) { return fmt::format("0x{:016x}", guid); }

// Switches ranked by their distance from the leaves; the farthest are ftree's roots.
std::vector<std::uint32_t> rootSwitches(const IbnetdiscoverCapture& c) {
    std::vector<std::vector<std::uint32_t>> next(c.nodes.size());
    std::vector<int> rank(c.nodes.size(), -1);
    std::deque<std::uint32_t> queue;
    for (const IbCaptureLink& l : c.links) {
        const bool aSwitch = c.nodes[l.a].type == IbNodeType::Switch, bSwitch = c.nodes[l.b].type == IbNodeType::Switch;
        if (aSwitch && bSwitch) {
            next[l.a].push_back(l.b);
            next[l.b].push_back(l.a);
        } else if (aSwitch != bSwitch) {
            const std::uint32_t leaf = aSwitch ? l.a : l.b;
            if (rank[leaf] < 0) rank[leaf] = 0, queue.push_back(leaf);
        }
    }
    int top = 0;
    while (!queue.empty()) {
        const std::uint32_t s = queue.front();
        queue.pop_front();
        top = std::max(top, rank[s]);
        for (std::uint32_t t : next[s])
            if (rank[t] < 0) rank[t] = rank[s] + 1, queue.push_back(t);
    }
    std::vector<std::uint32_t> roots;
    for (std::uint32_t i = 0; i < c.nodes.size(); ++i)
        if (c.nodes[i].type == IbNodeType::Switch && rank[i] == top && top > 0) roots.push_back(i);
    return roots;
}

}  // namespace

GuidInventory readGuidInventory(std::string_view text, std::string_view source) {
    GuidInventory inventory;
    if (looksLikeCapture(text)) {
        inventory.capture = true;
        const IbnetdiscoverCapture capture = parseIbnetdiscoverText(text, source);
        for (const IbCaptureNode& n : capture.nodes) {
            if (n.line == 0) continue;  // only seen as a far end: its own block says its GUIDs
            const std::uint64_t guid = nodeGuidOf(n.id);
            if (guid == 0) throw InputError(fmt::format("{}:{}: node id \"{}\" holds no GUID", source, n.line, n.id));
            inventory.nodes.push_back({n.description, guid, n.portGuids, n.line});
        }
        return inventory;
    }
    int line = 0;
    while (!text.empty()) {
        ++line;
        const std::size_t end = text.find('\n');
        std::string_view content = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (const std::size_t hash = content.find('#'); hash != std::string_view::npos) content = content.substr(0, hash);
        content = trim(content);
        if (!content.empty()) inventory.nodes.push_back(parseListLine(content, source, line));
    }
    if (inventory.nodes.empty()) throw InputError(fmt::format("{}: no node in the inventory (a GUID list or ibnetdiscover output)", source));
    return inventory;
}

GuidFiles ftreeGuidFiles(const IbnetdiscoverCapture& designed, const std::set<std::string>& computeServers,
                         const GuidInventory& inventory, std::string_view source, std::string_view designName) {
    std::unordered_map<std::string, std::uint32_t> byName;
    for (std::uint32_t i = 0; i < designed.nodes.size(); ++i) byName.try_emplace(designed.nodes[i].description, i);
    std::vector<const InventoryNode*> guidOf(designed.nodes.size(), nullptr);
    std::map<std::uint64_t, const InventoryNode*> owner;  // every node and port GUID given
    for (const InventoryNode& n : inventory.nodes) {
        const auto it = byName.find(n.name);
        if (it == byName.end())
            throw InputError(fmt::format("{}:{}: \"{}\" is not a node of the design's fabric (switch names and "
                                         "\"<server>/<NIC port>\" as `export fabric` writes them)",
                                         source, n.line, n.name));
        if (const InventoryNode* first = guidOf[it->second])
            throw InputError(fmt::format("{}:{}: \"{}\" is given twice (first on line {})", source, n.line, n.name, first->line));
        guidOf[it->second] = &n;
        std::vector<std::uint64_t> guids{n.nodeGuid};
        for (std::uint64_t p : n.portGuids)
            if (p != n.nodeGuid) guids.push_back(p);
        for (std::uint64_t g : guids)
            if (auto [at, fresh] = owner.try_emplace(g, &n); !fresh && at->second != &n)
                throw InputError(fmt::format("{}:{}: GUID {} of \"{}\" is also given to \"{}\" on line {}", source, n.line, hexGuid(g),
                                             n.name, at->second->name, at->second->line));
    }

    GuidFiles files;
    files.rootGuids = fmt::format("# ftree root switches (root_guid_file) of {}\n", designName);
    for (std::uint32_t s : rootSwitches(designed))
        if (const InventoryNode* n = guidOf[s]) {
            files.rootGuids += hexGuid(n->nodeGuid) + "\n";
            ++files.roots;
        }
    files.cnGuids = fmt::format("# ftree compute node HCA ports (cn_guid_file) of {}\n", designName);
    files.nodeNameMap = fmt::format("# node name map of {} (ibnetdiscover(8) format: <node GUID> \"<name>\")\n", designName);
    for (std::uint32_t i = 0; i < designed.nodes.size(); ++i) {
        const IbCaptureNode& d = designed.nodes[i];
        const InventoryNode* n = guidOf[i];
        if (!n) {
            files.notInInventory.push_back(d.description);
            continue;
        }
        files.nodeNameMap += fmt::format("{} \"{}\"\n", hexGuid(n->nodeGuid), d.description);
        ++files.named;
        const std::size_t slash = d.description.rfind('/');
        if (d.type != IbNodeType::Ca || slash == std::string::npos || !computeServers.contains(d.description.substr(0, slash))) continue;
        for (std::uint64_t p : n->portGuids.empty() ? std::vector<std::uint64_t>{n->nodeGuid} : n->portGuids) {
            files.cnGuids += hexGuid(p) + "\n";
            ++files.computePorts;
        }
    }
    return files;
}

}  // namespace rw::opensm
