#include "checks/Finding.h"

namespace rw {

std::string_view toString(Severity severity) noexcept {
    switch (severity) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "info";
    }
    return "?";
}

std::string_view toString(FindingSource source) noexcept {
    switch (source) {
        case FindingSource::Model: return "model";
        case FindingSource::Layout: return "layout";
        case FindingSource::Load: return "load";
        case FindingSource::Routing: return "routing";
        case FindingSource::Power: return "power";
        case FindingSource::Cooling: return "cooling";
        case FindingSource::Connectivity: return "connectivity";
        case FindingSource::Plugin: return "plugin";
    }
    return "?";
}

}  // namespace rw
