// Force-included (-include) into every C++ file when building with GCC 12; see CMakeLists.txt.
//
// GCC 12's libstdc++ makes the compiler report a false -Wrestrict inside char_traits.h whenever a
// short std::string is assigned or concatenated after inlining (GCC bug 105329, fixed in GCC 13):
// "__builtin_memcpy accessing 9223372036854775810 or more bytes ... may overlap". The warning's
// location is libstdc++'s line, so a pragma around libstdc++'s own headers silences exactly that
// and nothing in our files: -Wrestrict stays on for Rackweave's code.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wrestrict"
#include <string>
#pragma GCC diagnostic pop
