#include "install/PsplibReader.h"

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "util/Errors.h"

namespace rw::install {
namespace {

class SmParser final {
public:
    SmParser(std::istream& in, std::string source) : in_(in), source_(std::move(source)) {}

    RcpspProblem parse() {
        const int jobs = intAfter("jobs (incl. supersource/sink )");
        const int renewable = intAfter("  - renewable");
        if (jobs < 1) fail("no jobs");
        if (intAfter("  - nonrenewable") != 0 || intAfter("  - doubly constrained") != 0)
            fail("non-renewable resources are not supported");
        problem_.activities.resize(jobs);
        for (int r = 0; r < renewable; ++r) problem_.resourceNames.push_back(fmt::format("R{}", r + 1));
        readPrecedence(jobs);
        readRequests(jobs, renewable);
        seek("RESOURCEAVAILABILITIES:");
        nextLine();  // the resource names
        problem_.capacity = numbers(nextLine(), renewable, "resource availabilities");
        return std::move(problem_);
    }

private:
    [[noreturn]] void fail(const std::string& message) const {
        throw InputError(fmt::format("{}:{}: {}", source_, line_, message));
    }

    std::string nextLine() {
        std::string text;
        if (!std::getline(in_, text)) fail("unexpected end of file");
        ++line_;
        return text;
    }

    void seek(const std::string& prefix) {
        std::string text;
        while (std::getline(in_, text)) {
            ++line_;
            if (text.rfind(prefix, 0) == 0) {
                current_ = text;
                return;
            }
        }
        fail(fmt::format("no line starting with '{}'", prefix));
    }

    int intAfter(const std::string& prefix) {
        seek(prefix);
        const auto colon = current_.find(':');
        if (colon == std::string::npos) fail(fmt::format("'{}' has no ':'", prefix));
        return numbers(current_.substr(colon + 1), 1, prefix).front();
    }

    /// The leading whitespace-separated integers of `text`; exactly `count` of them unless -1.
    std::vector<int> numbers(const std::string& text, int count, const std::string& what) const {
        std::istringstream fields(text);
        std::vector<int> out;
        std::string word;
        while (fields >> word) {
            std::size_t used = 0;
            int value = 0;
            try {
                value = std::stoi(word, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != word.size()) {
                if (count < 0 || static_cast<int>(out.size()) >= count) break;  // trailing text (e.g. "R")
                fail(fmt::format("{}: '{}' is not an integer", what, word));
            }
            out.push_back(value);
        }
        if (count >= 0 && static_cast<int>(out.size()) < count)
            fail(fmt::format("{}: expected {} integers, found {}", what, count, out.size()));
        if (count >= 0) out.resize(count);
        return out;
    }

    int jobIndex(int number, int jobs) const {
        if (number < 1 || number > jobs) fail(fmt::format("job {} is not between 1 and {}", number, jobs));
        return number - 1;
    }

    void readPrecedence(int jobs) {
        seek("PRECEDENCE RELATIONS:");
        nextLine();  // column heads
        for (int k = 0; k < jobs; ++k) {
            const std::vector<int> row = numbers(nextLine(), -1, "precedence row");
            if (row.size() < 3) fail("precedence row: expected job, modes, successor count");
            const int j = jobIndex(row[0], jobs);
            if (row[1] != 1) fail(fmt::format("job {} has {} modes; only single-mode files are read", row[0], row[1]));
            if (static_cast<int>(row.size()) != 3 + row[2])
                fail(fmt::format("job {} lists {} successors, expected {}", row[0], row.size() - 3, row[2]));
            for (std::size_t i = 3; i < row.size(); ++i)
                problem_.activities[j].successors.push_back(jobIndex(row[i], jobs));
        }
    }

    void readRequests(int jobs, int renewable) {
        seek("REQUESTS/DURATIONS:");
        nextLine();  // column heads
        nextLine();  // dashes
        for (int k = 0; k < jobs; ++k) {
            const std::vector<int> row = numbers(nextLine(), 3 + renewable, "request row");
            Activity& a = problem_.activities[jobIndex(row[0], jobs)];
            a.name = fmt::format("job {}", row[0]);
            a.duration = row[2];
            a.demand.assign(row.begin() + 3, row.end());
        }
    }

    std::istream& in_;
    std::string source_;
    int line_ = 0;
    std::string current_;
    RcpspProblem problem_;
};

}  // namespace

RcpspProblem readPsplib(std::istream& in, const std::string& source) {
    return SmParser(in, source).parse();
}

RcpspProblem readPsplibFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw InputError(fmt::format("{}: cannot open", path.string()));
    return readPsplib(in, path.string());
}

}  // namespace rw::install
