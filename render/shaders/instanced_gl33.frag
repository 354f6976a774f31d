#version 330 core
// OpenGL 3.3 technique for QT3D_RENDERER=opengl: same as instanced.frag.
in vec3 worldNormal;
in vec3 color;

out vec4 fragColor;

void main()
{
    const vec3 toLight = normalize(vec3(0.35, 0.85, 0.45));
    float diffuse = max(dot(normalize(worldNormal), toLight), 0.0);
    fragColor = vec4(color * (0.4 + 0.6 * diffuse), 1.0);
}
