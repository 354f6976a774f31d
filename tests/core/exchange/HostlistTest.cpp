#include <gtest/gtest.h>

#include <algorithm>

#include "exchange/Hostlist.h"
#include "util/Errors.h"

namespace rw::slurm {
namespace {

TEST(Hostlist, FoldsTheTrailingNumberKeepingItsWidth) {
    EXPECT_EQ(compressHostlist({"r001-n01", "r001-n02", "r001-n03", "r001-n04", "r001-n07"}), "r001-n[01-04,07]");
    EXPECT_EQ(compressHostlist({"gpu031", "gpu030", "gpu032"}), "gpu[030-032]");
    EXPECT_EQ(compressHostlist({"leaf1"}), "leaf1");
}

TEST(Hostlist, KeepsGroupsInFirstAppearanceOrderAndDropsDuplicates) {
    EXPECT_EQ(compressHostlist({"b1", "a1", "b2", "b1"}), "b[1-2],a1");
    EXPECT_EQ(compressHostlist({"login", "gpu01", "login"}), "login,gpu01");
}

TEST(Hostlist, DifferentWidthsAreDifferentGroups) {
    // "n[9-11]" would read as n9, n10, n11 too, but "n[09-11]" would not: widths never mix.
    EXPECT_EQ(compressHostlist({"n9", "n10", "n11"}), "n9,n[10-11]");
    EXPECT_EQ(compressHostlist({"n09", "n10"}), "n[09-10]");
}

TEST(Hostlist, AllDigitNamesStayWhole) { EXPECT_EQ(compressHostlist({"123", "124"}), "123,124"); }

TEST(Hostlist, ExpandsWhatItCompresses) {
    std::vector<std::string> names;
    for (int r = 1; r <= 3; ++r)
        for (int n = 1; n <= 18; n += (r == 2 ? 2 : 1)) names.push_back("gb-r00" + std::to_string(r) + "-n" + (n < 10 ? "0" : "") + std::to_string(n));
    names.push_back("head");
    const auto back = expandHostlist(compressHostlist(names));
    EXPECT_EQ(back, names);
}

TEST(Hostlist, ExpandRefusesBrokenExpressions) {
    EXPECT_THROW((void)expandHostlist("n[1-"), InputError);
    EXPECT_THROW((void)expandHostlist("n[3-1]"), InputError);
    EXPECT_THROW((void)expandHostlist("n[a-b]"), InputError);
    EXPECT_EQ(expandHostlist("a,b[2-3]"), (std::vector<std::string>{"a", "b2", "b3"}));
}

TEST(Hostlist, NamesSlurmCannotTake) {
    EXPECT_EQ(invalidNameChar("r001-n01"), '\0');
    EXPECT_EQ(invalidNameChar("su1.leaf_1"), '\0');
    for (const char* bad : {"a b", "a,b", "a[1]", "a=b", "a#b", "a:b", "a\"b"}) EXPECT_NE(invalidNameChar(bad), '\0') << bad;
}

}  // namespace
}  // namespace rw::slurm
