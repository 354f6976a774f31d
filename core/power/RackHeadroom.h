#pragma once
// One rack's headroom on a supply or cooling limit, as the headroom colour modes show it.
#include <cstdint>

namespace rw::power {

struct RackHeadroom {
    enum class State : std::uint8_t {
        NoData,  // nothing to judge: no PDU or CDU in the rack, or none with a rating
        Ok,      // `share` of the limit used (0..1)
        Over,    // over a limit, or a device in the rack is short of PSUs
        Lost,    // the what-if takes all of the rack's supply or cooling away
    };
    State state = State::NoData;
    double share = 0.0;  // the worst load over limit among the rack's elements
};

}  // namespace rw::power
