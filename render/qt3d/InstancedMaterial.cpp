#include "InstancedMaterial.h"

#include <QUrl>
#include <Qt3DRender/QEffect>
#include <Qt3DRender/QFilterKey>
#include <Qt3DRender/QGraphicsApiFilter>
#include <Qt3DRender/QRenderPass>
#include <Qt3DRender/QShaderProgram>
#include <Qt3DRender/QTechnique>

namespace rw::render {
namespace {

using Qt3DRender::QGraphicsApiFilter;

Qt3DRender::QTechnique* makeTechnique(QGraphicsApiFilter::Api api, int major, int minor,
                                      QGraphicsApiFilter::OpenGLProfile profile, const QString& shaderBase) {
    auto* technique = new Qt3DRender::QTechnique;
    technique->graphicsApiFilter()->setApi(api);
    technique->graphicsApiFilter()->setMajorVersion(major);
    technique->graphicsApiFilter()->setMinorVersion(minor);
    technique->graphicsApiFilter()->setProfile(profile);

    // The default forward renderer only draws techniques carrying this key.
    auto* forward = new Qt3DRender::QFilterKey(technique);
    forward->setName(QStringLiteral("renderingStyle"));
    forward->setValue(QStringLiteral("forward"));
    technique->addFilterKey(forward);

    auto* program = new Qt3DRender::QShaderProgram(technique);
    const QString prefix = QStringLiteral("qrc:/rackweave/shaders/") + shaderBase;
    program->setVertexShaderCode(Qt3DRender::QShaderProgram::loadSource(QUrl(prefix + QStringLiteral(".vert"))));
    program->setFragmentShaderCode(Qt3DRender::QShaderProgram::loadSource(QUrl(prefix + QStringLiteral(".frag"))));

    auto* pass = new Qt3DRender::QRenderPass(technique);
    pass->setShaderProgram(program);
    technique->addRenderPass(pass);
    return technique;
}

}  // namespace

InstancedMaterial::InstancedMaterial(Qt3DCore::QNode* parent) : Qt3DRender::QMaterial(parent) {
    auto* effect = new Qt3DRender::QEffect(this);
    effect->addTechnique(makeTechnique(QGraphicsApiFilter::RHI, 1, 0, QGraphicsApiFilter::NoProfile,
                                       QStringLiteral("instanced")));
    effect->addTechnique(makeTechnique(QGraphicsApiFilter::OpenGL, 3, 3, QGraphicsApiFilter::CoreProfile,
                                       QStringLiteral("instanced_gl33")));
    setEffect(effect);
}

}  // namespace rw::render
