#include "GuiTestSupport.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include <QDir>
#include <fmt/format.h>

#include "project/NewProject.h"

namespace rw::gui::test {

Model projectWithRacks(int count) {
    // Pods of up to 20 rows x 20 racks in a near-square grid, rows facing each other in pairs;
    // the hall grows beyond its 60 m x 40 m default when the racks need more room.
    constexpr int kPerRow = 20, kRowsPerPod = 20, kRackPitch = 600, kRowPitch = 2'400;
    constexpr int kPodPitchX = kPerRow * kRackPitch + 4'000, kPodPitchY = kRowsPerPod * kRowPitch + 4'000;
    constexpr Point2 kOrigin{20'000, 15'000};
    const int pods = (count + kPerRow * kRowsPerPod - 1) / (kPerRow * kRowsPerPod);
    const int podsX = std::max(1, int(std::ceil(std::sqrt(pods * double(kPodPitchY) / kPodPitchX))));

    Model model = newProject("Test site");
    const HallId hall = model.halls().ids().front();
    std::int32_t width = 60'000, depth = 40'000;

    const StringId rackType = model.strings.intern("apc-netshelter-sx-48u-600x1200");
    for (int i = 0; i < count; ++i) {
        const int row = i / kPerRow, pod = row / kRowsPerPod;
        Rack rack;
        rack.hall = hall;
        rack.catalog = rackType;
        rack.name = fmt::format("R{}", i + 1);
        rack.position = Point2{kOrigin.x + (pod % podsX) * kPodPitchX + (i % kPerRow) * kRackPitch,
                               kOrigin.y + (pod / podsX) * kPodPitchY + (row % kRowsPerPod) * kRowPitch};
        rack.rotation = (row % 2) ? Rotation::R180 : Rotation::R0;
        rack.role = RackRole::Compute;
        width = std::max(width, rack.position.x + 5'000);
        depth = std::max(depth, rack.position.y + 5'000);
        model.racks().add(std::move(rack));
    }
    model.halls()[hall].outline = {{0, 0}, {width, 0}, {width, depth}, {0, depth}};
    return model;
}

std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

QString saveScreenshot(const QImage& image, const QString& name) {
    const QString dir = QStringLiteral(RACKWEAVE_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    // Runs on Qt 3D's OpenGL renderer keep their own copies next to the RHI ones.
    const QString renderer = qEnvironmentVariable("QT3D_RENDERER") == QStringLiteral("opengl") ? QStringLiteral("-opengl")
                                                                                             : QString();
    const QString path = dir + QLatin1Char('/') + name + renderer + QStringLiteral(".png");
    image.save(path);
    return path;
}

double greyStdDev(const QImage& image) {
    if (image.isNull()) return 0.0;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0.0, sumSq = 0.0;
    const double n = double(grey.width()) * grey.height();
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            sum += line[x];
            sumSq += double(line[x]) * line[x];
        }
    }
    const double mean = sum / n;
    return std::sqrt(std::max(0.0, sumSq / n - mean * mean));
}

int pixelsOfHue(const QImage& image, const QColor& color, int hueTolerance) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const int hue = color.hsvHue();
    const int saturation = color.hsvSaturation();
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = QColor::fromRgb(rgb.pixel(x, y));
            if (c.value() < 40) continue;  // too dark for a trustworthy hue
            const int dh = std::abs(c.hsvHue() - hue);
            if (std::min(dh, 360 - dh) <= hueTolerance && std::abs(c.hsvSaturation() - saturation) <= 40) ++count;
        }
    return count;
}

int pixelsNear(const QImage& image, const QColor& color, int tolerance) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = rgb.pixel(x, y);
            if (std::abs(qRed(p) - color.red()) <= tolerance && std::abs(qGreen(p) - color.green()) <= tolerance &&
                std::abs(qBlue(p) - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

}  // namespace rw::gui::test
