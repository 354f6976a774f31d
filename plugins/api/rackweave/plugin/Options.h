#pragma once
// Options a plugin's exporter or check takes: declared by the plugin (name, help, default),
// filled in by the host from the command line (`--NAME VALUE` on `export`, `--CHECK-NAME VALUE`
// on `check`), defaults applied before the plugin sees them.
#include <map>
#include <string>
#include <vector>

namespace rw::plugin {

struct OptionSpec {
    std::string name;          // e.g. "pattern"; letters, digits and '-'
    std::string description;   // one line for --help
    std::string defaultValue;  // used when the user gives none
};

/// Option name -> value, every declared option present.
using OptionValues = std::map<std::string, std::string>;

}  // namespace rw::plugin
