// Building the 3D scene from the model, without drawing it: sizes, positions, rotations,
// floor triangulation and bounds.
#include <algorithm>
#include <cmath>

#include <QMatrix4x4>
#include <gtest/gtest.h>

#include "CameraFraming.h"
#include "catalog/Catalog.h"
#include "HallScene.h"
#include "MeshFactory.h"
#include "PolygonTriangulator.h"
#include "project/NewProject.h"

namespace rw::render {
namespace {

double triangleArea2(const Polygon& poly, const std::array<std::uint32_t, 3>& t) {
    const Point2 a = poly[t[0]], b = poly[t[1]], c = poly[t[2]];
    return double(b.x - a.x) * double(c.y - a.y) - double(b.y - a.y) * double(c.x - a.x);
}

TEST(PolygonTriangulatorTest, LShapedHallIsCoveredExactlyOnce) {
    // An L: 60 m x 40 m with a 20 m x 20 m notch; either winding.
    Polygon outline{{0, 0}, {60'000, 0}, {60'000, 20'000}, {40'000, 20'000}, {40'000, 40'000}, {0, 40'000}};
    for (int pass = 0; pass < 2; ++pass) {
        const auto triangles = triangulate(outline);
        ASSERT_EQ(triangles.size(), outline.size() - 2);
        double sum = 0;
        for (const auto& t : triangles) {
            const double a = triangleArea2(outline, t);
            EXPECT_GT(a, 0) << "triangles come out counter-clockwise";
            sum += std::abs(a);
        }
        EXPECT_DOUBLE_EQ(sum, std::abs(signedArea2(outline)));
        std::reverse(outline.begin(), outline.end());
    }
}

TEST(PolygonTriangulatorTest, DegenerateOutlinesGiveNothingAndCollinearCornersAreSkipped) {
    EXPECT_TRUE(triangulate({}).empty());
    EXPECT_TRUE(triangulate({{0, 0}, {1000, 0}}).empty());
    EXPECT_TRUE(triangulate({{0, 0}, {1000, 0}, {2000, 0}}).empty());
    const auto triangles = triangulate({{0, 0}, {500, 0}, {1000, 0}, {1000, 1000}, {0, 1000}});
    double sum = 0;
    for (const auto& t : triangles) sum += triangleArea2({{0, 0}, {500, 0}, {1000, 0}, {1000, 1000}, {0, 1000}}, t);
    EXPECT_DOUBLE_EQ(sum, 2.0 * 1000 * 1000);
}

TEST(MeshFactoryTest, UnitBoxAndFloorSlabHaveOutwardNormals) {
    const Mesh box = unitBox();
    EXPECT_EQ(box.positions.size(), 24u);
    EXPECT_EQ(box.indices.size(), 36u);
    for (std::size_t i = 0; i < box.positions.size(); ++i)
        EXPECT_GT(QVector3D::dotProduct(box.positions[i], box.normals[i]), 0.0f) << "vertex " << i;

    const Mesh slab = floorSlab({{0, 0}, {10'000, 0}, {10'000, 5'000}, {0, 5'000}}, 0.0, 150.0);
    const Bounds b = meshBounds(slab);
    EXPECT_FLOAT_EQ(b.min.y(), -0.15f);
    EXPECT_FLOAT_EQ(b.max.y(), 0.0f);
    EXPECT_FLOAT_EQ(b.max.x() - b.min.x(), 10.0f);
    EXPECT_FLOAT_EQ(b.max.z() - b.min.z(), 5.0f);
    const QVector3D centre = b.center();
    for (std::size_t i = 0; i < slab.positions.size(); ++i)
        EXPECT_GT(QVector3D::dotProduct(slab.positions[i] - centre, slab.normals[i]), 0.0f) << "vertex " << i;
}

TEST(HallSceneTest, RacksBecomeOneInstanceEachAtTheirPositionAndRotation) {
    Model model = newProject("Scene");
    const HallId hall = model.halls().ids().front();
    model.halls()[hall].obstacles.push_back(Obstacle{ObstacleKind::Column, {{1000, 1000}, {1600, 1000}, {1600, 1600}, {1000, 1600}}});
    Rack rack;
    rack.hall = hall;
    rack.position = {12'000, 8'000};
    rack.role = RackRole::Network;
    model.racks().add(rack);
    rack.rotation = Rotation::R90;
    model.racks().add(rack);

    const HallScene scene = buildHallScene(model, [](const Model&, const Rack&) { return BoxSizeMm{600, 1200, 2000}; });
    ASSERT_EQ(scene.racks.size(), 2u);
    const Instance& r0 = scene.racks[0];
    EXPECT_TRUE(qFuzzyCompare(r0.center, QVector3D(12.0f, 1.0f, -8.0f)));
    EXPECT_TRUE(qFuzzyCompare(r0.size, QVector3D(0.6f, 2.0f, 1.2f)));
    EXPECT_TRUE(qFuzzyCompare(scene.racks[1].size, QVector3D(1.2f, 2.0f, 0.6f))) << "a quarter turn swaps width and depth";
    EXPECT_TRUE(qFuzzyCompare(r0.color, colorVector(rackRoleColor(RackRole::Network))));

    ASSERT_EQ(scene.obstacles.size(), 1u);
    EXPECT_TRUE(qFuzzyCompare(scene.obstacles[0].center, QVector3D(1.3f, 2.25f, -1.3f)));
    EXPECT_FALSE(scene.floors.empty());
    EXPECT_FLOAT_EQ(scene.bounds.min.x(), 0.0f);
    EXPECT_FLOAT_EQ(scene.bounds.max.x(), 60.0f);
    EXPECT_FLOAT_EQ(scene.bounds.max.y(), 4.5f) << "the column reaches the ceiling";
}

TEST(HallSceneTest, RackBoxesComeFromTheCatalogWithAPlaceholderForUnknownTypes) {
    const Catalog catalog = Catalog::loadFromDirectories({Catalog::shippedDirectory()});
    const auto racks = catalog.ofKind(CatalogKind::Rack);
    ASSERT_FALSE(racks.empty());
    const CatalogEntry& type = *racks.back();

    Model model = newProject("Catalog sizes");
    Rack rack;
    rack.hall = model.halls().ids().front();
    rack.catalog = model.strings.intern(type.id);
    model.racks().add(rack);
    rack.catalog = model.strings.intern("no-such-rack-type");
    model.racks().add(rack);

    const HallScene scene = buildHallScene(model, catalogRackSize(catalog));
    ASSERT_EQ(scene.racks.size(), 2u);
    EXPECT_NEAR(scene.racks[0].size.x(), type.dimensions.widthMm / 1000.0, 1e-3) << type.id;
    EXPECT_NEAR(scene.racks[0].size.y(), type.dimensions.heightMm / 1000.0, 1e-3);
    EXPECT_NEAR(scene.racks[0].size.z(), type.dimensions.depthMm / 1000.0, 1e-3);
    const BoxSizeMm fallback = placeholderRackSize(model, rack);
    EXPECT_NEAR(scene.racks[1].size.x(), fallback.width / 1000.0, 1e-3);
}

TEST(HallSceneTest, ModelWithoutHallsIsAnEmptyScene) {
    const HallScene scene = buildHallScene(Model{});
    EXPECT_TRUE(scene.floors.empty());
    EXPECT_TRUE(scene.racks.empty());
    EXPECT_TRUE(scene.bounds.empty());
}

TEST(CameraFramingTest, EveryCornerOfTheSceneIsInView) {
    Bounds bounds;
    bounds.add(QVector3D(0, -0.15f, -40));
    bounds.add(QVector3D(60, 2, 0));
    const float fov = 45.0f, aspect = 1.6f;
    const CameraPose pose = frameBounds(bounds, fov, aspect);
    QMatrix4x4 projection, view;
    projection.perspective(fov, aspect, pose.nearPlane, pose.farPlane);
    view.lookAt(pose.position, pose.viewCenter, pose.up);
    float widest = 0;
    for (int i = 0; i < 8; ++i) {
        const QVector3D corner(i & 1 ? bounds.max.x() : bounds.min.x(), i & 2 ? bounds.max.y() : bounds.min.y(),
                               i & 4 ? bounds.max.z() : bounds.min.z());
        const QVector3D ndc = (projection * view).map(corner);
        EXPECT_LE(std::abs(ndc.x()), 1.0f);
        EXPECT_LE(std::abs(ndc.y()), 1.0f);
        widest = std::max({widest, std::abs(ndc.x()), std::abs(ndc.y())});
    }
    EXPECT_GT(widest, 0.85f) << "the scene fills the view rather than floating in the middle";
    EXPECT_GT(pose.position.y(), 0.0f) << "looking down on the floor";
}

}  // namespace
}  // namespace rw::render
