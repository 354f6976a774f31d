#version 330 core
// OpenGL 3.3 technique for QT3D_RENDERER=opengl: same as instanced.vert with plain uniforms.
in vec3 vertexPosition;
in vec3 vertexNormal;
in vec3 instanceCenter;
in vec3 instanceSize;
in vec3 instanceColor;
in float instanceTurns;

out vec3 worldNormal;
out vec3 color;

uniform mat3 modelNormalMatrix;
uniform mat4 modelViewProjection;

vec3 turn(vec3 v, float quarterTurns)
{
    float angle = quarterTurns * 1.5707963;
    float c = cos(angle), s = sin(angle);
    return vec3(c * v.x + s * v.z, v.y, -s * v.x + c * v.z);
}

void main()
{
    vec3 position = turn(vertexPosition, instanceTurns);
    worldNormal = normalize(modelNormalMatrix * turn(vertexNormal, instanceTurns));
    color = instanceColor;
    gl_Position = modelViewProjection * vec4(instanceCenter + position * instanceSize, 1.0);
}
