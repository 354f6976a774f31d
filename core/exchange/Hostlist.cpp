#include "exchange/Hostlist.h"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <map>
#include <tuple>

#include "util/Errors.h"

namespace rw::slurm {

namespace {

// More digits than this do not fit an unsigned 64-bit number; such names are kept whole.
constexpr std::size_t kMaxDigits = 18;

struct Group {
    std::string prefix;
    std::size_t width = 0;  // digits of the trailing number; 0 = name without one (kept whole)
    std::vector<std::uint64_t> numbers;
};

bool isDigit(char c) noexcept { return c >= '0' && c <= '9'; }

std::string padded(std::uint64_t n, std::size_t width) { return fmt::format("{:0{}}", n, width); }

}  // namespace

std::string compressHostlist(const std::vector<std::string>& names) {
    std::vector<Group> groups;
    std::map<std::pair<std::string_view, std::size_t>, std::size_t> index;  // (prefix, width) -> group
    std::vector<std::string> whole;  // names without a trailing number, in order
    std::vector<std::pair<bool, std::size_t>> order;  // (is group, index) in order of first appearance
    for (const std::string& name : names) {
        std::size_t start = name.size();
        while (start > 0 && isDigit(name[start - 1])) --start;
        const std::size_t width = name.size() - start;
        if (width == 0 || width > kMaxDigits || start == 0) {
            if (std::find(whole.begin(), whole.end(), name) == whole.end()) {
                order.emplace_back(false, whole.size());
                whole.push_back(name);
            }
            continue;
        }
        const std::string_view prefix(name.data(), start);
        auto it = index.find({prefix, width});  // views into `names`, which outlive the map
        if (it == index.end()) {
            groups.push_back(Group{std::string(prefix), width, {}});
            order.emplace_back(true, groups.size() - 1);
            it = index.emplace(std::pair(prefix, width), groups.size() - 1).first;
        }
        groups[it->second].numbers.push_back(std::stoull(name.substr(start)));
    }
    std::string out;
    for (const auto& [isGroup, i] : order) {
        if (!out.empty()) out += ',';
        if (!isGroup) {
            out += whole[i];
            continue;
        }
        Group& g = groups[i];
        std::sort(g.numbers.begin(), g.numbers.end());
        g.numbers.erase(std::unique(g.numbers.begin(), g.numbers.end()), g.numbers.end());
        if (g.numbers.size() == 1) {
            out += g.prefix + padded(g.numbers.front(), g.width);
            continue;
        }
        out += g.prefix + '[';
        for (std::size_t k = 0; k < g.numbers.size();) {
            std::size_t end = k;
            while (end + 1 < g.numbers.size() && g.numbers[end + 1] == g.numbers[end] + 1) ++end;
            if (k > 0) out += ',';
            out += padded(g.numbers[k], g.width);
            if (end > k) out += '-' + padded(g.numbers[end], g.width);
            k = end + 1;
        }
        out += ']';
    }
    return out;
}

std::vector<std::string> expandHostlist(std::string_view expression) {
    std::vector<std::string> names;
    std::size_t pos = 0;
    while (pos < expression.size()) {
        // One item: up to the next comma outside brackets.
        std::size_t end = pos;
        int depth = 0;
        while (end < expression.size() && (depth > 0 || expression[end] != ',')) {
            if (expression[end] == '[') ++depth;
            if (expression[end] == ']' && --depth < 0) break;
            ++end;
        }
        if (depth != 0 || (end < expression.size() && expression[end] == ']'))
            throw InputError(fmt::format("unbalanced bracket in hostlist '{}'", expression));
        const std::string_view item = expression.substr(pos, end - pos);
        const std::size_t open = item.find('[');
        if (open == std::string_view::npos) {
            if (!item.empty()) names.emplace_back(item);
        } else {
            const std::size_t close = item.find(']', open);
            const std::string_view prefix = item.substr(0, open), suffix = item.substr(close + 1);
            std::string_view ranges = item.substr(open + 1, close - open - 1);
            while (!ranges.empty()) {
                const std::size_t comma = std::min(ranges.find(','), ranges.size());
                const std::string_view range = ranges.substr(0, comma);
                ranges.remove_prefix(std::min(comma + 1, ranges.size()));
                const std::size_t dash = range.find('-');
                const std::string_view lo = range.substr(0, dash);
                const std::string_view hi = dash == std::string_view::npos ? lo : range.substr(dash + 1);
                const bool digits = !lo.empty() && !hi.empty() && std::all_of(lo.begin(), lo.end(), isDigit) &&
                                    std::all_of(hi.begin(), hi.end(), isDigit) && lo.size() <= kMaxDigits &&
                                    hi.size() <= kMaxDigits;
                if (!digits) throw InputError(fmt::format("bad range '{}' in hostlist '{}'", range, expression));
                const std::uint64_t a = std::stoull(std::string(lo)), b = std::stoull(std::string(hi));
                if (b < a) throw InputError(fmt::format("bad range '{}' in hostlist '{}'", range, expression));
                for (std::uint64_t n = a; n <= b; ++n)
                    names.push_back(fmt::format("{}{}{}", prefix, padded(n, lo.size()), suffix));
            }
        }
        pos = end + 1;
    }
    return names;
}

char invalidNameChar(std::string_view name) noexcept {
    for (const char c : name)
        if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f || c == ',' || c == '[' || c == ']' || c == '=' ||
            c == '#' || c == '"' || c == '\'' || c == ':')
            return c;
    return '\0';
}

}  // namespace rw::slurm
