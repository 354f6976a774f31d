#pragma once
// One cable label painted into a rectangle: the QR code with the cable id on the left, the near
// end, the far end and the cable id on the right (CableLabel in core/install). Used for the PDF
// label sheets and, later, the app's print preview.
#include "install/CableLabels.h"

class QPainter;
class QRectF;

namespace rw::print {

void paintCableLabel(QPainter& painter, const QRectF& label, const install::CableLabel& text);

}  // namespace rw::print
