#pragma once
// One thing a design check found: how bad it is, the object it is about and what is wrong.
// Findings are derived data: computed from the model (and the routing result), never stored
// and never part of undo.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/Model.h"

namespace rw {

enum class Severity : std::uint8_t { Error, Warning, Info };

/// Which check produced a finding; a view recomputes only the sources an edit can affect.
/// Plugin: a check from a plugin library (core/plugins/PluginHost.h), never a built-in one.
enum class FindingSource : std::uint8_t { Model, Layout, Load, Routing, Power, Cooling, Connectivity, Plugin };
inline constexpr std::size_t kFindingSourceCount = 8;

struct Finding {
    Severity severity = Severity::Warning;
    FindingSource source = FindingSource::Model;
    EntityKind kind = EntityKind::Rack;  // the object it is about
    std::uint32_t id = 0;
    std::string message;
    friend bool operator==(const Finding&, const Finding&) = default;
};

std::string_view toString(Severity severity) noexcept;
std::string_view toString(FindingSource source) noexcept;

}  // namespace rw
