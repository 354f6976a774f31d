#include "exchange/IbnetdiscoverCapture.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <istream>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "util/Errors.h"
#include "util/Utf8.h"

namespace rw {

namespace {

bool isBlank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r'; }

// A read position in one line; each step says whether it found what it expects.
struct Cursor {
    std::string_view s;
    void skipBlanks() noexcept {
        while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
    }
    bool eat(char c) noexcept {
        if (s.empty() || s.front() != c) return false;
        s.remove_prefix(1);
        return true;
    }
    bool eat(std::string_view word) noexcept {
        if (s.substr(0, word.size()) != word) return false;
        s.remove_prefix(word.size());
        return true;
    }
    template <typename T>
    bool number(T& value, int base = 10) noexcept {
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, base);
        if (ec != std::errc() || end == s.data()) return false;
        s.remove_prefix(static_cast<std::size_t>(end - s.data()));
        return true;
    }
    // "text" -> text; the closing quote is the next one.
    bool quoted(std::string_view& text) noexcept {
        if (!eat('"')) return false;
        const std::size_t close = s.find('"');
        if (close == std::string_view::npos) return false;
        text = s.substr(0, close);
        s.remove_prefix(close + 1);
        return true;
    }
    // Optional "(hex guid)" after a port number.
    bool optionalGuid(std::uint64_t* out = nullptr) noexcept {
        if (!eat('(')) return true;
        std::uint64_t guid = 0;
        if (!number(guid, 16) || !eat(')')) return false;
        if (out) *out = guid;
        return true;
    }
    // Optional "[ext N]" (a chassis' external port number): skipped.
    bool optionalExtPort() noexcept {
        if (!eat("[ext ")) return true;
        int n = 0;
        return number(n) && eat(']');
    }
};

bool looksLikeRate(std::string_view token) {
    const std::size_t x = token.find('x');
    if (x == 0 || x == std::string_view::npos || x + 1 >= token.size()) return false;
    return std::all_of(token.begin(), token.begin() + static_cast<std::ptrdiff_t>(x), [](char c) { return c >= '0' && c <= '9'; });
}

std::string lastToken(std::string_view comment) {
    while (!comment.empty() && isBlank(comment.back())) comment.remove_suffix(1);
    const std::size_t start = comment.find_last_of(" \t");
    return std::string(start == std::string_view::npos ? comment : comment.substr(start + 1));
}

struct HalfLink {
    std::uint32_t node = 0;
    std::uint16_t port = 0;
    std::uint32_t remote = 0;
    std::uint16_t remotePort = 0;
    int line = 0;
    std::string rate;
};

class Parser {
public:
    explicit Parser(std::string_view source) : source_(source) {}

    void line(std::string_view text) {
        ++lineNo_;
        // Descriptions reach JSON reports (verify --json), which must be UTF-8.
        if (!isValidUtf8(text)) fail("not UTF-8 text");
        Cursor c{text};
        c.skipBlanks();
        if (c.s.empty() || c.s.front() == '#') return;
        if (c.s.front() == '[') return portLine(c);
        for (std::string_view key : {"vendid=", "devid=", "sysimgguid=", "switchguid=", "caguid=", "rtguid="})
            if (c.eat(key)) return;  // GUIDs differ in every fabric: nodes are matched by description
        if (c.eat("Switch")) return header(c, IbNodeType::Switch);
        if (c.eat("Ca")) return header(c, IbNodeType::Ca);
        if (c.eat("Rt")) return header(c, IbNodeType::Router);
        fail("not ibnetdiscover output: expected a node header (Switch, Ca, Rt), a port line '[n] \"id\"[m]', a "
             "vendid/devid/guid line or a '#' comment");
    }

    IbnetdiscoverCapture finish() {
        if (capture_.nodes.empty() || firstHeader_ == 0)
            throw InputError(fmt::format("{}: not ibnetdiscover output: no Switch or Ca node in {} line(s)", source_, lineNo_));
        // Each link is listed from both ends; keep the end read first.
        std::sort(halves_.begin(), halves_.end(), [](const HalfLink& x, const HalfLink& y) {
            return std::tuple(std::min(key(x.node, x.port), key(x.remote, x.remotePort)), x.line) <
                   std::tuple(std::min(key(y.node, y.port), key(y.remote, y.remotePort)), y.line);
        });
        std::uint64_t previous = ~0ULL;
        for (HalfLink& h : halves_) {
            const std::uint64_t k = std::min(key(h.node, h.port), key(h.remote, h.remotePort));
            if (k == previous) continue;
            previous = k;
            capture_.links.push_back(IbCaptureLink{h.node, h.remote, h.port, h.remotePort, std::move(h.rate), h.line});
        }
        std::sort(capture_.links.begin(), capture_.links.end(),
                  [](const IbCaptureLink& x, const IbCaptureLink& y) { return x.line < y.line; });
        return std::move(capture_);
    }

private:
    static std::uint64_t key(std::uint32_t node, std::uint16_t port) noexcept {
        return (static_cast<std::uint64_t>(node) << 16) | port;
    }

    [[noreturn]] void fail(std::string_view what) const {
        throw InputError(fmt::format("{}:{}: {}", source_, lineNo_, what));
    }

    std::uint32_t nodeIndex(std::string_view id) {
        auto [it, fresh] = ids_.try_emplace(std::string(id), static_cast<std::uint32_t>(capture_.nodes.size()));
        if (fresh) {
            IbCaptureNode node;
            node.id = std::string(id);
            node.type = !id.empty() && id.front() == 'S' ? IbNodeType::Switch : IbNodeType::Ca;
            capture_.nodes.push_back(std::move(node));
        }
        return it->second;
    }

    void header(Cursor& c, IbNodeType type) {
        if (c.s.empty() || !isBlank(c.s.front())) fail("not ibnetdiscover output: a node type must be followed by its port count");
        c.skipBlanks();
        int ports = 0;
        std::string_view id, description;
        if (!c.number(ports) || ports < 1 || ports > 255) fail("node header: expected the port count (1-255)");
        c.skipBlanks();
        if (!c.quoted(id) || id.empty()) fail("node header: expected the node id in quotes, e.g. \"S-0002c90300000001\"");
        c.skipBlanks();
        if (c.eat('#')) {
            c.skipBlanks();
            if (!c.quoted(description)) fail("node header: expected the node description in quotes after '#'");
        }
        const std::uint32_t index = nodeIndex(id);
        IbCaptureNode& node = capture_.nodes[index];
        if (node.line != 0) fail(fmt::format("node {} is listed twice (first on line {})", id, node.line));
        node.type = type;
        node.ports = ports;
        node.line = lineNo_;
        if (!description.empty() || node.description.empty()) node.description = std::string(description);
        current_ = index;
        if (firstHeader_ == 0) firstHeader_ = lineNo_;
    }

    void portLine(Cursor& c) {
        if (firstHeader_ == 0) fail("not ibnetdiscover output: a port line before any node header");
        int port = 0, remotePort = 0;
        std::string_view remoteId, remoteDescription;
        if (!c.eat('[') || !c.number(port) || !c.eat(']') || port < 1 || port > capture_.nodes[current_].ports)
            fail(fmt::format("port line: expected '[n]' with n from 1 to {} (the node's port count)",
                             capture_.nodes[current_].ports));
        std::uint64_t portGuid = 0;
        if (!c.optionalExtPort() || !c.optionalGuid(&portGuid)) fail("port line: bad '[ext n]' or '(guid)' after the port number");
        if (portGuid != 0 && capture_.nodes[current_].type != IbNodeType::Switch)
            capture_.nodes[current_].portGuids.push_back(portGuid);  // a CA's port: what OpenSM's cn_guid_file names
        c.skipBlanks();
        if (!c.quoted(remoteId) || remoteId.empty() || !c.eat('[') || !c.number(remotePort) || !c.eat(']') ||
            remotePort < 1 || remotePort > 255)
            fail("port line: expected the remote end as \"id\"[port]");
        if (!c.optionalExtPort() || !c.optionalGuid()) fail("port line: bad '[ext n]' or '(guid)' after the remote port");
        c.skipBlanks();
        std::string rate;
        if (c.eat('#')) {
            const std::size_t open = c.s.find('"');
            if (open != std::string_view::npos) {
                Cursor q{c.s.substr(open)};
                if (q.quoted(remoteDescription)) {
                    const std::uint32_t remote = nodeIndex(remoteId);
                    if (capture_.nodes[remote].line == 0) capture_.nodes[remote].description = std::string(remoteDescription);
                }
            }
            rate = lastToken(c.s);
            if (!looksLikeRate(rate)) rate.clear();
        } else if (!c.s.empty()) {
            fail("port line: unexpected text after the remote end (a comment starts with '#')");
        }
        const std::uint32_t remote = nodeIndex(remoteId);
        halves_.push_back(HalfLink{current_, static_cast<std::uint16_t>(port), remote, static_cast<std::uint16_t>(remotePort),
                                   lineNo_, std::move(rate)});
    }

    std::string_view source_;
    int lineNo_ = 0;
    int firstHeader_ = 0;
    std::uint32_t current_ = 0;
    IbnetdiscoverCapture capture_;
    std::unordered_map<std::string, std::uint32_t> ids_;
    std::vector<HalfLink> halves_;
};

}  // namespace

IbnetdiscoverCapture parseIbnetdiscover(std::istream& in, std::string_view source) {
    Parser parser(source);
    std::string text;
    while (std::getline(in, text)) parser.line(text);
    return parser.finish();
}

IbnetdiscoverCapture parseIbnetdiscoverText(std::string_view text, std::string_view source) {
    Parser parser(source);
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        parser.line(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
    return parser.finish();
}

std::uint64_t nodeGuidOf(std::string_view id) noexcept {
    if (id.size() < 3 || id[1] != '-') return 0;
    std::uint64_t guid = 0;
    const auto [end, ec] = std::from_chars(id.data() + 2, id.data() + id.size(), guid, 16);
    return ec == std::errc() && end == id.data() + id.size() ? guid : 0;
}

IbRateParts splitIbRate(std::string_view rate) {
    const std::size_t x = rate.find('x');
    if (!looksLikeRate(rate)) return {};
    return {std::string(rate.substr(0, x + 1)), std::string(rate.substr(x + 1))};
}

}  // namespace rw
