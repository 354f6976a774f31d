#pragma once
// The material of every instanced batch: per-instance centre, size and colour, one fixed light.
// Two techniques in one effect: RHI (Qt 3D's default renderer, GLSL 450) and OpenGL 3.3 for
// QT3D_RENDERER=opengl. Qt 3D picks whichever the running renderer accepts.
#include <Qt3DRender/QMaterial>

namespace rw::render {

class InstancedMaterial final : public Qt3DRender::QMaterial {
    Q_OBJECT
public:
    explicit InstancedMaterial(Qt3DCore::QNode* parent = nullptr);
};

}  // namespace rw::render
