#include <gtest/gtest.h>
TEST(CatalogCli, Placeholder) { SUCCEED(); }
