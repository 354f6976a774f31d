#include "persistence/PortRun.h"

#include <fmt/format.h>

#include "persistence/PackedRecords.h"

namespace rw {

namespace {
constexpr auto kKindCount = static_cast<unsigned>(PortKind::Iec60309_32A) + 1;  // the last kind
using packed::get;
using packed::put;
}  // namespace

void appendPackedPort(std::string& blob, const Port& p) {
    put(blob, p.name.value, 4);
    put(blob, p.speedGbps, 2);
    put(blob, static_cast<std::uint32_t>(p.kind), 1);
    put(blob, p.lanes, 1);
    put(blob, p.split, 1);
    put(blob, p.splitModes, 1);
}

std::optional<std::vector<Port>> unpackPorts(std::string_view blob, DeviceId device, std::string* why) {
    if (blob.size() % kPackedPortBytes != 0) {
        *why = fmt::format("{} bytes is not a whole number of {}-byte port records", blob.size(), kPackedPortBytes);
        return std::nullopt;
    }
    std::vector<Port> out;
    out.reserve(blob.size() / kPackedPortBytes);
    for (std::size_t at = 0; at < blob.size(); at += kPackedPortBytes) {
        Port p;
        p.device = device;
        p.name = StringId{get(blob, at, 4)};
        p.speedGbps = static_cast<std::uint16_t>(get(blob, at + 4, 2));
        const auto kind = get(blob, at + 6, 1);
        p.lanes = static_cast<std::uint8_t>(get(blob, at + 7, 1));
        p.split = static_cast<std::uint8_t>(get(blob, at + 8, 1));
        p.splitModes = static_cast<std::uint8_t>(get(blob, at + 9, 1));
        if (kind >= kKindCount || p.split < 1 || p.split > 8) {
            *why = fmt::format("port record {} has kind {} and split {}", at / kPackedPortBytes, kind, p.split);
            return std::nullopt;
        }
        p.kind = static_cast<PortKind>(kind);
        out.push_back(p);
    }
    return out;
}

}  // namespace rw
