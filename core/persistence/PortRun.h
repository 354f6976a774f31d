#pragma once
// Packing of consecutive ports of one device into a BLOB: 10 bytes per port, little-endian:
//   u32 name (string id) | u16 speed_gbps | u8 kind | u8 lanes | u8 split | u8 split_modes
// `kind` is the PortKind's position in docs/file-format.md's list (which never reorders).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Equipment.h"

namespace rw {

inline constexpr std::size_t kPackedPortBytes = 10;

void appendPackedPort(std::string& blob, const Port& port);
/// Decodes a run; nullopt when its length is not a multiple of the record size or a field is out
/// of range. `device` is filled into every port.
[[nodiscard]] std::optional<std::vector<Port>> unpackPorts(std::string_view blob, DeviceId device, std::string* why);

}  // namespace rw
