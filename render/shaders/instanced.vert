#version 450
// RHI technique: one draw for every instance of a base mesh. Each instance places and scales the
// mesh (centre + size) and colours it; matrices come from Qt 3D's per-draw uniform block, whose
// member order must match Qt 3D 6.4's own.
layout(location = 0) in vec3 vertexPosition;
layout(location = 1) in vec3 vertexNormal;
layout(location = 2) in vec3 instanceCenter;
layout(location = 3) in vec3 instanceSize;
layout(location = 4) in vec3 instanceColor;

layout(location = 0) out vec3 worldNormal;
layout(location = 1) out vec3 color;

layout(std140, binding = 1) uniform qt3d_command_uniforms {
    mat4 modelMatrix;
    mat4 inverseModelMatrix;
    mat4 modelViewMatrix;
    mat3 modelNormalMatrix;
    mat4 inverseModelViewMatrix;
    mat4 modelViewProjection;
    mat4 inverseModelViewProjectionMatrix;
};

void main()
{
    // Sizes are positive and boxes axis-aligned, so scaling keeps face normals as they are.
    worldNormal = normalize(modelNormalMatrix * vertexNormal);
    color = instanceColor;
    gl_Position = modelViewProjection * vec4(instanceCenter + vertexPosition * instanceSize, 1.0);
}
