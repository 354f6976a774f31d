// NVLink counts in the catalog agree with NVIDIA's figures: 18 links per Hopper/Blackwell GPU on
// 8-GPU boards, and 72 x 18 = 1,296 through a GB200 NVL72 rack's copper spine.
#include <gtest/gtest.h>

#include "catalog/Catalog.h"

namespace rw {
namespace {

TEST(NvlinkFigures, EightGpuBoardsCarry18LinksPerGpu) {
    const Catalog c = Catalog::loadShipped();
    for (const char* id : {"nvidia-dgx-h100", "nvidia-dgx-h200", "nvidia-dgx-b200", "supermicro-hgx-h100-4u-liquid",
                           "supermicro-hgx-h200-4u-liquid"}) {
        const CatalogEntry& e = c.get(id);
        ASSERT_TRUE(e.compute) << id;
        EXPECT_EQ(e.compute->nvlinkLinks, e.compute->gpus * 18) << id;
    }
}

TEST(NvlinkFigures, Nvl72SpineCarries1296Links) {
    const Catalog c = Catalog::loadShipped();
    const CatalogEntry& nvl72 = c.get("nvidia-gb200-nvl72");
    EXPECT_EQ(nvl72.rackScale->nvlinkLinks, 72 * 18);
    EXPECT_EQ(c.get("nvidia-gb200-compute-tray").compute->nvlinkLinks, 0) << "tray GPUs link through the rack spine";
}

}  // namespace
}  // namespace rw
