#pragma once
// The 3D view of a project's halls: the scene API the application uses. Every Qt 3D type stays
// behind this header (Qt 3D is deprecated upstream from Qt 6.8), so the engine can be replaced
// without touching the application.
#include <chrono>
#include <memory>

#include <QImage>
#include <QWidget>

#include "RackAppearance.h"
#include "model/Model.h"

namespace rw::render {

struct Mesh;

/// What the view currently draws, for status displays and tests.
struct HallViewStats {
    int rackInstances = 0;
    int obstacleInstances = 0;
    int floorTriangles = 0;
    int drawBatches = 0;  // instanced draws issued per frame (one per non-empty batch)
};

class HallView final : public QWidget {
    Q_OBJECT
public:
    explicit HallView(QWidget* parent = nullptr);
    ~HallView() override;

    /// How big each rack is drawn; defaults to placeholderRackSize(). Applies from the next setModel().
    void setRackSize(RackSizeFn rackSize);

    /// Rebuilds the scene from `model`: floors, columns, and all racks as one instanced draw.
    /// Keeps the camera where it is; call frameAll() to look at the whole scene.
    void setModel(const Model& model);

    /// Points the camera at everything in the scene.
    void frameAll();

    /// A screenshot of the 3D view the right way up. Runs the event loop until a drawn frame
    /// arrives or `timeout` passes (null image then). Needs the view to be shown.
    [[nodiscard]] QImage grabImage(std::chrono::milliseconds timeout = std::chrono::seconds(15));

    [[nodiscard]] HallViewStats stats() const noexcept;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void replaceFloors(const Mesh& floors);

    struct Scene;
    std::unique_ptr<Scene> scene_;
};

}  // namespace rw::render
