// The 3D view drawn for real (Qt 3D under Xvfb): an empty hall shows its floor, racks show as
// boxes in their role colour, and every rack is part of one instanced draw.
#include <memory>

#include <QTest>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "HallView.h"
#include "project/NewProject.h"

namespace rw::gui::test {
namespace {

using render::HallView;
using render::rackRoleColor;
using render::ScenePalette;

class HallViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        view_ = std::make_unique<HallView>();
        view_->resize(1024, 640);
        view_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view_.get()));
    }

    QImage show(const Model& model, const QString& screenshotName) {
        view_->setModel(model);
        view_->frameAll();
        const QImage image = view_->grabImage();
        saveScreenshot(image, screenshotName);
        return image;
    }

    // Light grey pixels clearly brighter than the dark background: the lit floor. Rows from
    // `firstRow` to `lastRow` (exclusive; -1 = to the bottom).
    static int floorPixels(const QImage& image, int firstRow = 0, int lastRow = -1) {
        int count = 0;
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = firstRow; y < (lastRow < 0 ? rgb.height() : lastRow); ++y)
            for (int x = 0; x < rgb.width(); ++x) {
                const QColor c = QColor::fromRgb(rgb.pixel(x, y));
                if (c.hsvSaturation() < 30 && c.value() > ScenePalette::background().value() + 60) ++count;
            }
        return count;
    }

    std::unique_ptr<HallView> view_;
};

TEST_F(HallViewTest, EmptyHallShowsItsFloorAndNoRacks) {
    const QImage image = show(newProject("Empty"), QStringLiteral("hallview-empty-hall"));
    ASSERT_FALSE(image.isNull());
    const int pixels = image.width() * image.height();
    EXPECT_GT(greyStdDev(image), 10.0);
    EXPECT_GT(floorPixels(image), pixels / 10) << "the hall floor should fill a good part of the view";
    EXPECT_GT(pixelsNear(image, ScenePalette::background()), pixels / 20) << "background around the hall";
    EXPECT_EQ(pixelsOfHue(image, rackRoleColor(RackRole::Compute)), 0);
    // Looking down on the floor from above its near edge, most of it lies in the lower half of the
    // picture; an upside-down capture would put it in the upper half.
    const int half = image.height() / 2;
    EXPECT_GT(floorPixels(image, half), 2 * floorPixels(image, 0, half)) << "image upside down?";

    const auto stats = view_->stats();
    EXPECT_EQ(stats.rackInstances, 0);
    EXPECT_EQ(stats.floorTriangles, 2 + 2 + 4 * 2);  // top, bottom, four sides of a rectangle
    EXPECT_EQ(stats.drawBatches, 1);
}

TEST_F(HallViewTest, RacksAreDrawnAsOneInstancedBatchInTheirRoleColour) {
    const QImage image = show(projectWithRacks(40), QStringLiteral("hallview-40-racks"));
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(pixelsOfHue(image, rackRoleColor(RackRole::Compute)), 300);
    EXPECT_GT(floorPixels(image), image.width() * image.height() / 10);

    const auto stats = view_->stats();
    EXPECT_EQ(stats.rackInstances, 40);
    EXPECT_EQ(stats.drawBatches, 2) << "floor + all racks in one draw";
}

TEST_F(HallViewTest, EachRoleHasItsOwnColour) {
    Model model = projectWithRacks(6);
    for (const RackId id : model.racks().ids())
        model.racks()[id].role = id.value < 3 ? RackRole::Network : RackRole::Storage;
    const QImage image = show(model, QStringLiteral("hallview-network-storage"));
    EXPECT_GT(pixelsOfHue(image, rackRoleColor(RackRole::Network)), 20);
    EXPECT_GT(pixelsOfHue(image, rackRoleColor(RackRole::Storage)), 20);
    EXPECT_EQ(pixelsOfHue(image, rackRoleColor(RackRole::Compute)), 0);
}

TEST_F(HallViewTest, ReplacingTheModelRemovesOldRacks) {
    show(projectWithRacks(10), QStringLiteral("hallview-before-replace"));
    const QImage image = show(newProject("Empty again"), QStringLiteral("hallview-after-replace"));
    EXPECT_EQ(view_->stats().rackInstances, 0);
    EXPECT_EQ(pixelsOfHue(image, rackRoleColor(RackRole::Compute)), 0);
}

}  // namespace
}  // namespace rw::gui::test
