#pragma once
// The 3D view's rack names: a small pool of name tags -- a plane with the name painted on a
// light tag (QPaintedTextureImage on a QTextureMaterial), turned to face the camera and centred
// where RackLabels places it. Tags not needed are disabled, not destroyed, and a tag's texture
// is painted again only when it is given another rack, so moving the camera rewrites transforms.
// (Qt 3D's own QText2DEntity drew nothing here, under RHI or OpenGL, in Qt 6.4.)
#include <vector>

#include <QString>
#include <QVector3D>

#include "../RackLabels.h"

namespace Qt3DCore {
class QEntity;
class QTransform;
}
namespace Qt3DExtras {
class QPlaneMesh;
}

namespace rw::render {

class NameTexture;

class RackLabelEntities final {
public:
    /// The entities are children of `root`, which must outlive this object.
    explicit RackLabelEntities(Qt3DCore::QEntity* root);

    /// Shows a tag per placement (`nameBySlot[placement.slot]`), facing a camera at `eye`
    /// looking at `target`; hides the rest.
    void show(const std::vector<RackLabelPlacement>& labels, const std::vector<QString>& nameBySlot, QVector3D eye,
              QVector3D target);
    /// The racks named now, nearest first.
    [[nodiscard]] const std::vector<RackId>& shown() const noexcept { return shown_; }

private:
    struct Tag {
        Qt3DCore::QEntity* entity = nullptr;
        Qt3DCore::QTransform* transform = nullptr;
        Qt3DExtras::QPlaneMesh* plane = nullptr;
        NameTexture* texture = nullptr;
        QString name;
    };
    Tag& tagAt(std::size_t i);

    Qt3DCore::QEntity* root_;
    std::vector<Tag> pool_;
    std::vector<RackId> shown_;
};

}  // namespace rw::render
