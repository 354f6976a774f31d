#pragma once
// Errors caused by what the user gave us (a spec, a catalog, a YAML file, a project file, an
// argument). They carry where the problem is in their message ("spec.json: $.compute.nodes: ...")
// and map to exit code 2 in the CLI and to an error dialog in the GUI.
#include <stdexcept>
#include <string>

namespace rw {

class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace rw
