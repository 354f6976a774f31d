#include "floorplan/ScaleBar.h"

#include <cmath>

#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include "ProjectSession.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"

namespace rw::gui {
namespace {

constexpr double kMaxBarPx = 120.0;
constexpr int kMarginPx = 10;

}  // namespace

ScaleBar::ScaleBar(FloorPlanView& view) : QWidget(&view), view_(view) {
    setObjectName(QStringLiteral("floorPlanScaleBar"));
    setAttribute(Qt::WA_TransparentForMouseEvents);  // clicks reach the plan under it
    resize(int(kMaxBarPx) + 2 * kMarginPx, 34);
    view_.viewport()->installEventFilter(this);
    follow();
}

double ScaleBar::roundLength(double pixelsPerMm, double maxPx) {
    if (pixelsPerMm <= 0 || maxPx <= 0) return 0.0;
    const double maxMm = maxPx / pixelsPerMm;
    const double decade = std::pow(10.0, std::floor(std::log10(maxMm)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * decade <= maxMm) return step * decade;
    return decade;
}

QString ScaleBar::lengthText(double mm) {
    if (mm >= 1'000) return QStringLiteral("%1 m").arg(QLocale().toString(mm / 1'000, 'g', 6));
    return QStringLiteral("%1 mm").arg(QLocale().toString(mm, 'g', 6));
}

bool ScaleBar::eventFilter(QObject* watched, QEvent* event) {
    // Every zoom repaints the viewport, and so does a resize: both may change the bar.
    if (event->type() == QEvent::Paint || event->type() == QEvent::Resize) follow();
    return QWidget::eventFilter(watched, event);
}

void ScaleBar::follow() {
    const QWidget* viewport = view_.viewport();
    // Lower right: row names start at the rows' left ends, where a bar on the left covered one.
    move(viewport->geometry().right() - width() - kMarginPx / 2, viewport->geometry().bottom() - height() - kMarginPx / 2);
    raise();
    const double ppm = view_.pixelsPerMm();
    if (ppm == pixelsPerMm_) return;
    pixelsPerMm_ = ppm;
    lengthMm_ = roundLength(ppm, kMaxBarPx);
    update();
}

void ScaleBar::paintEvent(QPaintEvent*) {
    if (lengthMm_ <= 0) return;
    QPainter painter(this);
    const int barPx = int(std::lround(lengthMm_ * pixelsPerMm_));
    const int left = width() - barPx - 2 * kMarginPx;  // right-aligned: the bar's length varies
    const QRect bar(left + kMarginPx, height() - 12, barPx, 5);
    painter.fillRect(QRect(left, 0, barPx + 2 * kMarginPx, height()), QColor(0x20, 0x24, 0x28, 170));
    painter.fillRect(bar, QColor(0xe8, 0xe8, 0xe8));
    painter.fillRect(QRect(bar.left(), bar.top(), barPx / 2, bar.height()), QColor(0x30, 0x34, 0x38));
    painter.setPen(QColor(0xe8, 0xe8, 0xe8));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    painter.drawText(QRect(left + kMarginPx, 2, barPx + kMarginPx, height() - 16), Qt::AlignLeft | Qt::AlignVCenter,
                     lengthText(lengthMm_));
}

CursorReadout::CursorReadout(FloorPlanView& view, const FloorPlanScene& scene, const ProjectSession& session, QWidget* parent)
    : QLabel(parent), view_(view), scene_(scene), session_(session) {
    setObjectName(QStringLiteral("cursorReadout"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Hall 00  x 000.00 m  y 000.00 m")));
    view_.viewport()->setMouseTracking(true);
    view_.viewport()->installEventFilter(this);
}

bool CursorReadout::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::MouseMove) {
        const QPointF scenePoint = view_.mapToScene(static_cast<QMouseEvent*>(event)->position().toPoint());
        const Model& model = session_.model();
        const HallId hall = scene_.site().hallAt(model, scenePoint);
        if (!hall) {
            setText(QString());
        } else {
            const Point2 p = scene_.site().toModel(hall, scenePoint);
            const QLocale locale;
            setText(tr("%1  x %2 m  y %3 m")
                        .arg(QString::fromStdString(model.halls()[hall].name), locale.toString(p.x / 1'000.0, 'f', 2),
                             locale.toString(p.y / 1'000.0, 'f', 2)));
        }
    } else if (event->type() == QEvent::Leave) {
        setText(QString());
    }
    return QLabel::eventFilter(watched, event);
}

}  // namespace rw::gui
