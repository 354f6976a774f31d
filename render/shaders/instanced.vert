#version 450
// RHI technique: one draw for every instance of a base mesh. Each instance places and scales the
// mesh (centre + size) and colours it; matrices come from Qt 3D's per-draw uniform block, whose
// member order must match Qt 3D 6.4's own.
layout(location = 0) in vec3 vertexPosition;
layout(location = 1) in vec3 vertexNormal;
layout(location = 2) in vec3 instanceCenter;
layout(location = 3) in vec3 instanceSize;
layout(location = 4) in vec3 instanceColor;
layout(location = 5) in float instanceTurns;

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

// Turns a mesh by whole quarter turns about y, counter-clockwise seen from above.
vec3 turn(vec3 v, float quarterTurns)
{
    float angle = quarterTurns * 1.5707963;
    float c = cos(angle), s = sin(angle);
    return vec3(c * v.x + s * v.z, v.y, -s * v.x + c * v.z);
}

void main()
{
    // Turning comes before scaling (see Instance in SceneTypes.h). Only quarter turns and positive
    // sizes, so face normals only need the turn.
    vec3 position = turn(vertexPosition, instanceTurns);
    worldNormal = normalize(modelNormalMatrix * turn(vertexNormal, instanceTurns));
    color = instanceColor;
    gl_Position = modelViewProjection * vec4(instanceCenter + position * instanceSize, 1.0);
}
