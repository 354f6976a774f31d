#pragma once
// The camera's motion, as plain math the view applies to its Qt 3D camera: orbit about a target,
// pan, zoom towards the target, and a fly mode that moves the eye (WASD) and turns the view
// (mouse look). Scene units (metres, y up).
#include <QVector3D>

namespace rw::render {

class CameraRig final {
public:
    void setPose(const QVector3D& eye, const QVector3D& target) noexcept;
    [[nodiscard]] QVector3D eye() const noexcept { return eye_; }
    [[nodiscard]] QVector3D target() const noexcept { return target_; }
    [[nodiscard]] float distance() const noexcept { return (eye_ - target_).length(); }

    /// Orbits the eye about the target: `yawDegrees` about the vertical, `pitchDegrees` up or down
    /// (never over the top or under the floor's horizon by more than a few degrees).
    void orbit(float yawDegrees, float pitchDegrees) noexcept;
    /// Moves eye and target together across the view: `right` and `up` in scene units.
    void pan(float right, float up) noexcept;
    /// Moves the eye towards the target (steps > 0) or away, 15 % of the distance a step, never
    /// closer than `minDistance`.
    void zoom(float steps, float minDistance = 0.5f) noexcept;
    /// The same zoom about `point` (scene units) instead of the target: eye and target move
    /// towards it (or away) together, so whatever is at `point` stays under the mouse.
    void zoomTowards(const QVector3D& point, float steps, float minDistance = 0.5f) noexcept;

    /// Fly mode: turns the view about the eye (mouse look).
    void look(float yawDegrees, float pitchDegrees) noexcept;
    /// Fly mode: moves eye and target together along the view (`forward`), across it (`right`) and
    /// vertically (`up`), in scene units. Forward stays level so walking an aisle keeps its height.
    void fly(float forward, float right, float up) noexcept;

    /// Unit vectors of the view: forward (eye to target), right, up.
    [[nodiscard]] QVector3D forward() const noexcept;
    [[nodiscard]] QVector3D right() const noexcept;
    [[nodiscard]] QVector3D up() const noexcept;

private:
    // `offset` turned by yaw about the vertical and by pitch about the view's right axis, with
    // the pitch limited so the result stays between 85 degrees above and below the horizon.
    [[nodiscard]] static QVector3D turnedOffset(const QVector3D& offset, float yawDegrees, float pitchDegrees) noexcept;

    QVector3D eye_{0, 10, 10};
    QVector3D target_{0, 0, 0};
};

}  // namespace rw::render
