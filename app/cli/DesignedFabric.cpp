#include "DesignedFabric.h"

#include <fmt/format.h>

#include "reports/IbnetdiscoverExport.h"
#include "util/Errors.h"

namespace rw::cli {

const std::vector<std::string> kInfiniBandFabrics = {"compute", "storage", "inband"};

IbnetdiscoverCapture designedFabric(const Model& model, const std::string& file, const std::string& fabricName,
                                    const Catalog& catalog) {
    try {
        const std::string text = ibnetdiscoverText(model, *parseEnum<Fabric>(fabricName), &catalog);
        return parseIbnetdiscoverText(text, file + " (fabric " + fabricName + ")");
    } catch (const InputError& e) {
        throw InputError(fmt::format("{}: {}", file, e.what()));  // name the design the problem is in
    }
}

}  // namespace rw::cli
