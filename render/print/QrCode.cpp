#include "QrCode.h"

#include <qrencode.h>

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>

namespace rw::print {

namespace {
constexpr int kQuietZone = 4;
}

QrCode::QrCode(std::string_view text) {
    const std::string data(text);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(data.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) throw std::runtime_error("QR code: cannot encode '" + data + "'");
    size_ = code->width;
    modules_.resize(static_cast<std::size_t>(size_ * size_));
    // libqrencode sets bit 0 of each byte for a dark module; the other bits say what it is for.
    for (int i = 0; i < size_ * size_; ++i) modules_[static_cast<std::size_t>(i)] = (code->data[i] & 1) != 0;
}

void QrCode::paint(QPainter& painter, const QRectF& area) const {
    const double side = std::min(area.width(), area.height());
    const double module = side / (size_ + 2 * kQuietZone);
    const QPointF origin(area.center().x() - side / 2 + kQuietZone * module, area.center().y() - side / 2 + kQuietZone * module);
    painter.save();
    painter.fillRect(QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side), Qt::white);
    // One path for the whole symbol: a PDF gets one fill, not hundreds of rectangles, and
    // neighbouring modules share edges so no hairline gaps show between them.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < size_; ++y) {
        int x = 0;
        while (x < size_) {
            if (!dark(x, y)) { ++x; continue; }
            const int runStart = x;
            while (x < size_ && dark(x, y)) ++x;
            path.addRect(QRectF(origin.x() + runStart * module, origin.y() + y * module, (x - runStart) * module, module));
        }
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

}  // namespace rw::print
