// ibnetdiscover text (infiniband-diags), as `verify --capture` reads a fabric capture.
#include "FuzzInput.h"
#include "exchange/IbnetdiscoverCapture.h"
#include "util/Errors.h"

int rw::fuzz::ibnetdiscoverInput(const std::uint8_t* data, std::size_t size) {
    try {
        const rw::IbnetdiscoverCapture capture = rw::parseIbnetdiscoverText(rw::fuzz::text(data, size), "fuzz-fabric.txt");
        for (const rw::IbCaptureLink& link : capture.links) {
            rw::fuzz::requireFuzz(link.a < capture.nodes.size() && link.b < capture.nodes.size(),
                                  "a link's ends must be nodes of the capture");
            (void)rw::splitIbRate(link.rate);
        }
    } catch (const rw::InputError&) {
    }
    return 0;
}

RACKWEAVE_FUZZ_ENTRY(rw::fuzz::ibnetdiscoverInput)
