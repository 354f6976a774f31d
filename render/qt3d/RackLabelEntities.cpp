#include "RackLabelEntities.h"

#include <cmath>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QQuaternion>
#include <Qt3DCore/QEntity>
#include <Qt3DCore/QTransform>
#include <Qt3DExtras/QPlaneMesh>
#include <Qt3DExtras/QTextureMaterial>
#include <Qt3DRender/QPaintedTextureImage>
#include <Qt3DRender/QTexture>

namespace rw::render {

namespace {

// A tag is painted at this many texture pixels per line of text, and is as wide as its name.
constexpr int kTexturePixelsHigh = 48;
constexpr double kPaddingLines = 0.35;

QFont tagFont() {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(kTexturePixelsHigh * 0.62));
    font.setBold(true);
    return font;
}

}  // namespace

/// A name on a light tag with a dark rim, for a plane in the 3D view.
class NameTexture final : public Qt3DRender::QPaintedTextureImage {
public:
    using Qt3DRender::QPaintedTextureImage::QPaintedTextureImage;

    /// A tag's width over its height for `name`.
    static double aspectOf(const QString& name) { return double(pixelWidthOf(name)) / kTexturePixelsHigh; }

    void setName(const QString& name) {
        name_ = name;
        setSize(QSize(pixelWidthOf(name), kTexturePixelsHigh));
        update();
    }

protected:
    void paint(QPainter* painter) override {
        const QRectF box(0, 0, width(), height());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillRect(box, QColor(0xf4, 0xf5, 0xf7));
        painter->setPen(QPen(QColor(0x30, 0x34, 0x3a), 3));
        painter->drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5));
        painter->setFont(tagFont());
        painter->setPen(QColor(0x12, 0x14, 0x18));
        painter->drawText(box, Qt::AlignCenter, name_);
    }

private:
    static int pixelWidthOf(const QString& name) {
        return int(std::ceil(QFontMetricsF(tagFont()).horizontalAdvance(name) + 2 * kPaddingLines * kTexturePixelsHigh));
    }

    QString name_;
};

RackLabelEntities::RackLabelEntities(Qt3DCore::QEntity* root) : root_(root) {}

RackLabelEntities::Tag& RackLabelEntities::tagAt(std::size_t i) {
    while (pool_.size() <= i) {
        Tag tag;
        tag.entity = new Qt3DCore::QEntity(root_);
        tag.transform = new Qt3DCore::QTransform;
        tag.plane = new Qt3DExtras::QPlaneMesh;
        tag.plane->setHeight(kRackLabelHeightMetres);
        auto* texture = new Qt3DRender::QTexture2D;
        tag.texture = new NameTexture;
        texture->addTextureImage(tag.texture);
        texture->setMinificationFilter(Qt3DRender::QAbstractTexture::Linear);
        texture->setMagnificationFilter(Qt3DRender::QAbstractTexture::Linear);
        auto* material = new Qt3DExtras::QTextureMaterial;
        material->setTexture(texture);
        tag.entity->addComponent(tag.plane);
        tag.entity->addComponent(material);
        tag.entity->addComponent(tag.transform);
        pool_.push_back(tag);
    }
    return pool_[i];
}

void RackLabelEntities::show(const std::vector<RackLabelPlacement>& labels, const std::vector<QString>& nameBySlot,
                             QVector3D eye, QVector3D target) {
    shown_.clear();
    // Parallel to the image plane. A plane mesh lies in its x-z plane, read from +y: +y goes back
    // towards the eye, +x to the camera's right and +z down the screen.
    QVector3D back = eye - target;
    if (back.lengthSquared() < 1e-12f) back = QVector3D(0, 0, 1);
    back.normalize();
    QVector3D right = QVector3D::crossProduct(QVector3D(0, 1, 0), back);
    if (right.lengthSquared() < 1e-12f) right = QVector3D(1, 0, 0);  // looking straight down
    right.normalize();
    const QVector3D up = QVector3D::crossProduct(back, right);
    const QQuaternion facing = QQuaternion::fromAxes(right, back, -up);
    // Tags as wide as their names; those a nearer tag would cover are left out.
    std::vector<float> widths;
    widths.reserve(labels.size());
    for (const RackLabelPlacement& placement : labels)
        widths.push_back(placement.slot < nameBySlot.size() ? float(NameTexture::aspectOf(nameBySlot[placement.slot])) * kRackLabelHeightMetres
                                                            : 0.0f);
    std::size_t used = 0;
    for (const std::size_t i : unclutteredLabels(labels, widths, kRackLabelHeightMetres, eye, target)) {
        const RackLabelPlacement& placement = labels[i];
        if (placement.slot >= nameBySlot.size() || nameBySlot[placement.slot].isEmpty()) continue;
        Tag& tag = tagAt(used++);
        const QString& name = nameBySlot[placement.slot];
        if (tag.name != name) {
            tag.name = name;
            tag.texture->setName(name);
            tag.plane->setWidth(widths[i]);
        }
        tag.transform->setRotation(facing);
        tag.transform->setTranslation(placement.anchor);
        tag.entity->setEnabled(true);
        shown_.push_back(placement.rack);
    }
    for (std::size_t i = used; i < pool_.size(); ++i) pool_[i].entity->setEnabled(false);
}

}  // namespace rw::render
