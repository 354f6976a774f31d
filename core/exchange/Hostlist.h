#pragma once
// Slurm hostlist expressions: "gpu[001-032]" for gpu001 ... gpu032. Slurm expands one bracket
// per name at the name's end in every version we target (a suffix after the bracket is not
// read the same way by all of them), so only a name's trailing number is compressed.
#include <string>
#include <string_view>
#include <vector>

namespace rw::slurm {

/// Compresses `names` into a comma-separated hostlist expression. Names that share a prefix and
/// the digit count of their trailing number fold into one bracket ("n[01-04,07]"); the groups
/// appear in the order of their first name; duplicates are dropped.
[[nodiscard]] std::string compressHostlist(const std::vector<std::string>& names);

/// Expands an expression written by compressHostlist (or a plain comma list) back into names, in
/// order. Throws InputError on an unbalanced bracket or a bad range.
[[nodiscard]] std::vector<std::string> expandHostlist(std::string_view expression);

/// The first character of `name` Slurm cannot take in a node, switch or block name (a hostlist
/// separator, whitespace, '=', '#', a quote or a control character), or '\0' when it is valid.
[[nodiscard]] char invalidNameChar(std::string_view name) noexcept;

}  // namespace rw::slurm
