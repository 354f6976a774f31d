#include "FrameGrabber.h"

#include <memory>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <Qt3DRender/QRenderCapture>

namespace rw::render {

bool isFlat(const QImage& image) {
    if (image.isNull()) return true;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb first = rgb.pixel(0, 0);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (line[x] != first) return false;
    }
    return true;
}

QImage FrameGrabber::grabOnce(std::chrono::milliseconds timeout) const {
    std::unique_ptr<Qt3DRender::QRenderCaptureReply> reply(capture_->requestCapture());
    if (!reply->isComplete()) {
        QEventLoop loop;
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        QObject::connect(reply.get(), &Qt3DRender::QRenderCaptureReply::completed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!reply->isComplete()) return {};
    QImage image = reply->image();
    return flip_ ? image.mirrored(false, true) : image;
}

QImage FrameGrabber::grab(std::chrono::milliseconds timeout) const {
    const QDeadlineTimer deadline(timeout);
    QImage image;
    while (!deadline.hasExpired()) {
        image = grabOnce(std::chrono::milliseconds(deadline.remainingTime()));
        if (!isFlat(image)) break;
        // Let the renderer load buffers before asking again.
        QEventLoop pause;
        QTimer::singleShot(50, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return image;
}

}  // namespace rw::render
