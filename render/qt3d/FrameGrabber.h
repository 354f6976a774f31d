#pragma once
// Synchronous screenshots of a Qt 3D view for tests and exports, hiding two Qt 3D 6.4 quirks:
// under RHI the captured image is upside down, and the first captures after start are often one
// flat colour while buffers still load.
#include <chrono>

#include <QImage>

namespace Qt3DRender {
class QRenderCapture;
}

namespace rw::render {

class FrameGrabber final {
public:
    /// `capture` must be part of the active frame graph. `flipVertically`: the renderer is RHI.
    FrameGrabber(Qt3DRender::QRenderCapture* capture, bool flipVertically) noexcept
        : capture_(capture), flip_(flipVertically) {}

    /// Captures frames (running the event loop meanwhile) until one is not a single flat colour or
    /// `timeout` passes; returns the last image, null if no capture completed.
    [[nodiscard]] QImage grab(std::chrono::milliseconds timeout) const;
    /// One capture: asks for a frame and waits until it is drawn and read back (null on timeout).
    [[nodiscard]] QImage grabOnce(std::chrono::milliseconds timeout) const;

private:

    Qt3DRender::QRenderCapture* capture_;
    bool flip_;
};

/// True when every pixel has the same colour (a frame that has not really been drawn yet).
[[nodiscard]] bool isFlat(const QImage& image);

}  // namespace rw::render
