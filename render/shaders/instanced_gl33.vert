#version 330 core
// OpenGL 3.3 technique for QT3D_RENDERER=opengl: same as instanced.vert with plain uniforms.
in vec3 vertexPosition;
in vec3 vertexNormal;
in vec3 instanceCenter;
in vec3 instanceSize;
in vec3 instanceColor;

out vec3 worldNormal;
out vec3 color;

uniform mat3 modelNormalMatrix;
uniform mat4 modelViewProjection;

void main()
{
    worldNormal = normalize(modelNormalMatrix * vertexNormal);
    color = instanceColor;
    gl_Position = modelViewProjection * vec4(instanceCenter + vertexPosition * instanceSize, 1.0);
}
