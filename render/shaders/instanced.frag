#version 450
// Flat colour with one fixed key light, so faces of a box read apart without any light setup.
layout(location = 0) in vec3 worldNormal;
layout(location = 1) in vec3 color;

layout(location = 0) out vec4 fragColor;

void main()
{
    const vec3 toLight = normalize(vec3(0.35, 0.85, 0.45));
    float diffuse = max(dot(normalize(worldNormal), toLight), 0.0);
    fragColor = vec4(color * (0.4 + 0.6 * diffuse), 1.0);
}
