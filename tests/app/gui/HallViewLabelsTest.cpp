// Rack names in the 3D view (issue 14, point 8): close to the racks the nearest in front of the
// camera are named, each on a tag over the face nearer the eye, none covering another; from
// afar none are.
#include <QTest>
#include <QWheelEvent>
#include <QWindow>
#include <gtest/gtest.h>

#include "GuiTestSupport.h"
#include "HallView.h"
#include "HallViewTestSupport.h"
#include "RackLabels.h"

namespace rw::gui::test {
namespace {

using render::Instance;
using render::placeRackLabels;

Instance rackAt(float x, float z, float turns = 0.0f) {
    Instance r;
    r.center = QVector3D(x, 1.1f, z);
    r.size = turns == 1.0f ? QVector3D(1.2f, 2.2f, 0.6f) : QVector3D(0.6f, 2.2f, 1.2f);
    r.quarterTurns = turns;
    return r;
}

TEST(RackLabels, TheNearestRacksInFrontOfTheEyeAreNamed) {
    const std::vector<Instance> racks{rackAt(0, 0), rackAt(3, 0), rackAt(0, 30), rackAt(0, -5), rackAt(6, 0, 1.0f)};
    const std::vector<RackId> ids{RackId(10), RackId(11), RackId(12), RackId(13), RackId(14)};
    const QVector3D eye(0, 3, 6), forward(0, -0.3f, -1);
    const auto labels = placeRackLabels(racks, ids, eye, forward);
    std::vector<RackId> named;
    for (const auto& l : labels) named.push_back(l.rack);
    // The rack at z = 30 is behind the eye (it looks towards -z) and left out.
    EXPECT_EQ(named, (std::vector<RackId>{RackId(10), RackId(11), RackId(14), RackId(13)})) << "nearest first";
    // Over the face towards the eye (+z for an unturned rack; -x for the turned one east of the
    // eye), just above the top.
    EXPECT_FLOAT_EQ(labels[0].anchor.z(), 0.6f);
    EXPECT_GT(labels[0].anchor.y(), 2.2f);
    EXPECT_FLOAT_EQ(labels[2].anchor.x(), 6.0f - 0.6f) << "a turned rack's depth runs along x";
    EXPECT_EQ(placeRackLabels(racks, ids, eye, forward, 20.0f, 2).size(), 2u) << "at most the count asked for";
    EXPECT_TRUE(placeRackLabels(racks, ids, QVector3D(0, 60, 60), QVector3D(0, -1, -1)).empty()) << "none from afar";
}

TEST(RackLabels, ATagANearerTagWouldCoverIsLeftOut) {
    const auto at = [](RackId id, QVector3D anchor, float distance) {
        render::RackLabelPlacement p;
        p.rack = id;
        p.anchor = anchor;
        p.distance = distance;
        return p;
    };
    const QVector3D eye(0, 2, 10), target(0, 2, 0);
    // Racks 0.6 m apart with 1 m wide tags: every other one; 2 m apart: all.
    const std::vector<render::RackLabelPlacement> tight{at(RackId(1), {0, 2.5f, 0}, 10), at(RackId(2), {0.6f, 2.5f, 0}, 10),
                                                        at(RackId(3), {1.2f, 2.5f, 0}, 10.1f)};
    EXPECT_EQ(render::unclutteredLabels(tight, {1, 1, 1}, 0.35f, eye, target), (std::vector<std::size_t>{0, 2}));
    const std::vector<render::RackLabelPlacement> apart{at(RackId(1), {0, 2.5f, 0}, 10), at(RackId(2), {2, 2.5f, 0}, 10.2f)};
    EXPECT_EQ(render::unclutteredLabels(apart, {1, 1}, 0.35f, eye, target), (std::vector<std::size_t>{0, 1}));
    // Straight behind a nearer tag, farther away (smaller on screen): covered, left out.
    const std::vector<render::RackLabelPlacement> behind{at(RackId(1), {0, 2, 0}, 10), at(RackId(2), {0.2f, 2, -20}, 30)};
    EXPECT_EQ(render::unclutteredLabels(behind, {1, 1}, 0.35f, eye, target), (std::vector<std::size_t>{0}));
}

class HallViewLabelsTest : public ::testing::Test {
protected:
    void SetUp() override {
        view_ = shownHallView();
        ASSERT_TRUE(view_);
    }
    void wheel(QPoint at, int notches) {
        QWheelEvent e(at, at, {}, QPoint(0, 120 * notches), Qt::NoButton, {}, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view_->renderWindow(), &e);
    }
    std::unique_ptr<render::HallView> view_;
};

TEST_F(HallViewLabelsTest, CloseToARackItsNameShowsAndFromAfarNoneDo) {
    const Model model = projectWithRacks(400);
    view_->setModel(model);
    view_->frameAll();
    EXPECT_EQ(view_->stats().rackLabels, 0) << "400 racks framed: too far to read names";

    const QPoint centre(512, 320);
    ASSERT_TRUE(view_->pickAt(centre).rack.valid());
    // In towards the middle until the rack there is named (the nearest ones are named first).
    const auto namedInMiddle = [&] {
        const auto named = view_->labelledRacks();
        return std::find(named.begin(), named.end(), view_->pickAt(centre).rack) != named.end();
    };
    int notches = 0;
    for (; notches < 60 && !namedInMiddle(); ++notches) wheel(centre, 1);
    ASSERT_TRUE(namedInMiddle()) << "after " << notches << " notches in";
    EXPECT_LE(view_->labelledRacks().size(), render::kMaxRackLabels);
    const QImage close = view_->grabImage();
    ASSERT_FALSE(close.isNull());
    saveScreenshot(close, QStringLiteral("hallview-rack-labels"));
    // The names are dark letters on light tags: nothing else in this scene is that dark.
    int dark = 0;
    for (int y = 0; y < close.height(); ++y)
        for (int x = 0; x < close.width(); ++x) dark += qGray(close.pixel(x, y)) < 60;
    EXPECT_GT(dark, 150) << "tags drawn";

    for (int i = 0; i < 60 && view_->stats().rackLabels > 0; ++i) wheel(centre, -1);
    EXPECT_EQ(view_->stats().rackLabels, 0) << "zoomed out again";
    EXPECT_TRUE(view_->labelledRacks().empty());
}

}  // namespace
}  // namespace rw::gui::test
