#include "persistence/PackedRecords.h"

#include <fmt/format.h>

namespace rw::packed {

namespace {

/// Splits a blob into records of `size` bytes and decodes each with `decode(record, index, why)`.
template <class T, class Decode>
std::optional<std::vector<T>> unpack(std::string_view blob, std::size_t size, std::string_view what, std::string* why,
                                     Decode&& decode) {
    if (blob.size() % size != 0) {
        *why = fmt::format("{} bytes is not a whole number of {}-byte {} records", blob.size(), size, what);
        return std::nullopt;
    }
    std::vector<T> out;
    out.reserve(blob.size() / size);
    for (std::size_t at = 0; at < blob.size(); at += size) {
        std::optional<T> v = decode(blob.substr(at, size), at / size, why);
        if (!v) return std::nullopt;
        out.push_back(*v);
    }
    return out;
}

template <class E>
bool decodeEnum(std::uint32_t code, E& out, std::string_view what, std::size_t index, std::string* why) {
    if (auto e = enumFromCode<E>(code)) {
        out = *e;
        return true;
    }
    *why = fmt::format("record {} has {} code {}, not a known {}", index, what, code, what);
    return false;
}

std::uint32_t optionalRef(auto id) { return id.valid() ? id.value : 0xffffffffU; }

}  // namespace

void put(std::string& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::uint32_t get(std::string_view in, std::size_t at, int bytes) noexcept {
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[at + static_cast<std::size_t>(i)])) << (8 * i);
    return v;
}

void appendLink(std::string& blob, const Link& l) {
    put(blob, l.a.value, 4);
    put(blob, l.aSub, 1);
    put(blob, l.b.value, 4);
    put(blob, l.bSub, 1);
    put(blob, enumCode(l.fabric), 1);
    put(blob, enumCode(l.role), 1);
    put(blob, l.speedGbps, 2);
}

void appendCable(std::string& blob, const Cable& c) {
    put(blob, c.first.value, 4);
    put(blob, optionalRef(c.second), 4);
    put(blob, enumCode(c.media), 1);
    put(blob, c.sku.value, 4);
    put(blob, c.lengthMm, 4);
}

void appendTransceiver(std::string& blob, const Transceiver& t) {
    put(blob, t.port.value, 4);
    put(blob, t.catalog.value, 4);
}

std::optional<std::vector<Link>> unpackLinks(std::string_view blob, std::string* why) {
    return unpack<Link>(blob, kLinkBytes, "link", why, [](std::string_view r, std::size_t i, std::string* w) -> std::optional<Link> {
        Link l;
        l.a = PortId(get(r, 0, 4));
        l.aSub = static_cast<std::uint8_t>(get(r, 4, 1));
        l.b = PortId(get(r, 5, 4));
        l.bSub = static_cast<std::uint8_t>(get(r, 9, 1));
        l.speedGbps = static_cast<std::uint16_t>(get(r, 12, 2));
        if (l.aSub > 7 || l.bSub > 7) {
            *w = fmt::format("record {} has sub-ports {} and {} (a cage splits into at most 8)", i, l.aSub, l.bSub);
            return std::nullopt;
        }
        if (!decodeEnum(get(r, 10, 1), l.fabric, "fabric", i, w) || !decodeEnum(get(r, 11, 1), l.role, "link role", i, w))
            return std::nullopt;
        return l;
    });
}

std::optional<std::vector<Cable>> unpackCables(std::string_view blob, std::string* why) {
    return unpack<Cable>(blob, kCableBytes, "cable", why, [](std::string_view r, std::size_t i, std::string* w) -> std::optional<Cable> {
        Cable c;
        c.first = LinkId(get(r, 0, 4));
        c.second = LinkId(get(r, 4, 4));  // 0xffffffff is LinkId's own "none"
        c.sku = StringId{get(r, 9, 4)};
        c.lengthMm = get(r, 13, 4);
        if (!decodeEnum(get(r, 8, 1), c.media, "media", i, w)) return std::nullopt;
        return c;
    });
}

std::optional<std::vector<Transceiver>> unpackTransceivers(std::string_view blob, std::string* why) {
    return unpack<Transceiver>(blob, kTransceiverBytes, "transceiver", why,
                               [](std::string_view r, std::size_t, std::string*) -> std::optional<Transceiver> {
                                   return Transceiver{PortId(get(r, 0, 4)), StringId{get(r, 4, 4)}};
                               });
}

}  // namespace rw::packed
