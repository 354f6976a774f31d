#pragma once
// A QR code as a square of dark and light modules (libqrencode), painted with QPainter so the
// same code lands in a PDF, a print preview or on a printer.
#include <cstddef>
#include <string_view>
#include <vector>

class QPainter;
class QRectF;

namespace rw::print {

class QrCode final {
public:
    /// Encodes `text` as 8-bit data, error correction M (15 % of the symbol can be lost to a
    /// crease or a smudge on a wrapped label), the smallest version that holds it.
    explicit QrCode(std::string_view text);
    [[nodiscard]] int size() const noexcept { return size_; }
    [[nodiscard]] bool dark(int x, int y) const noexcept { return modules_[static_cast<std::size_t>(y * size_ + x)]; }
    /// Paints the code centred in `area` as a square, with the 4-module light quiet zone the QR
    /// standard asks for inside it (scanners such as zbar find nothing without it).
    void paint(QPainter& painter, const QRectF& area) const;

private:
    int size_ = 0;
    std::vector<bool> modules_;
};

}  // namespace rw::print
