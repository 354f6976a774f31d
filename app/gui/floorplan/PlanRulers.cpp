#include "floorplan/PlanRulers.h"

#include <cmath>

#include <QAction>
#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>

#include "ProjectSession.h"
#include "floorplan/FloorPlanScene.h"
#include "floorplan/FloorPlanView.h"

namespace rw::gui {
namespace {

constexpr double kMinMajorPx = 70.0;  // room for a label such as "-123.5" between major ticks
const QString kShowRulersKey = QStringLiteral("view/showRulers");
const QColor kBackground(0xf0, 0xf1, 0xf3);
const QColor kInk(0x40, 0x44, 0x48);
const QColor kCursor(0xd0, 0x20, 0x30);

/// One ruler strip: paints the ticks PlanRulers computes for its edge.
class RulerStrip final : public QWidget {
public:
    RulerStrip(const PlanRulers& rulers, PlanRulers::Edge edge, QWidget* parent)
        : QWidget(parent), rulers_(rulers), edge_(edge) {
        setObjectName(edge == PlanRulers::Edge::Top ? QStringLiteral("planRulerTop") : QStringLiteral("planRulerLeft"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), kBackground);
        const bool top = edge_ == PlanRulers::Edge::Top;
        const int depth = top ? height() : width();
        p.setPen(kInk);
        // The edge towards the plan.
        if (top) p.drawLine(0, depth - 1, width(), depth - 1);
        else p.drawLine(depth - 1, 0, depth - 1, height());
        QFont small = font();
        small.setPixelSize(10);
        p.setFont(small);
        const std::vector<PlanRulers::Tick> ticks = rulers_.ticks(edge_);
        double step = 0.0;  // the major step, for the labels' decimals
        for (std::size_t i = 1; i < ticks.size() && step == 0.0; ++i)
            if (ticks[i].major)
                for (std::size_t j = 0; j < i; ++j)
                    if (ticks[j].major) step = std::abs(ticks[i].mm - ticks[j].mm);
        for (const PlanRulers::Tick& t : ticks) {
            const int at = int(std::lround(t.px));
            const int length = t.major ? depth - 2 : depth / 4;
            if (top) p.drawLine(at, depth - 1 - length, at, depth - 1);
            else p.drawLine(depth - 1 - length, at, depth - 1, at);
            if (!t.major) continue;
            const QString text = PlanRulers::tickText(t.mm, step > 0 ? step : 1'000.0);
            if (top) {
                p.drawText(QRect(at + 3, 0, 80, depth - 6), Qt::AlignLeft | Qt::AlignVCenter, text);
            } else {
                // Written up the ruler, as drawing tools do, so a long number fits its narrow width.
                p.save();
                p.translate(0, at - 3);
                p.rotate(-90);
                p.drawText(QRect(0, 0, 80, depth - 6), Qt::AlignLeft | Qt::AlignVCenter, text);
                p.restore();
            }
        }
        if (top && !rulers_.referenceName().isEmpty()) {
            // Which hall's coordinates these are (a site has several), at the far end.
            const QString name = rulers_.referenceName();
            const int w = p.fontMetrics().horizontalAdvance(name) + 8;
            const QRect box(width() - w - 2, 2, w, depth - 6);
            p.fillRect(box, kBackground);
            p.drawText(box, Qt::AlignCenter, name);
        }
        if (rulers_.hasCursor()) {
            p.setPen(QPen(kCursor, 1));
            const int at = int(std::lround(top ? rulers_.cursor().x() : rulers_.cursor().y()));
            if (top) p.drawLine(at, 0, at, depth);
            else p.drawLine(0, at, depth, at);
        }
    }

private:
    const PlanRulers& rulers_;
    PlanRulers::Edge edge_;
};

/// The square where the rulers meet: the unit.
class RulerCorner final : public QWidget {
public:
    explicit RulerCorner(QWidget* parent) : QWidget(parent) {
        setObjectName(QStringLiteral("planRulerCorner"));
        setToolTip(tr("Rulers in metres, in the floor coordinates of the hall named at the top ruler's end"));
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), kBackground);
        p.setPen(kInk);
        QFont small = font();
        small.setPixelSize(10);
        p.setFont(small);
        p.drawText(rect(), Qt::AlignCenter, QStringLiteral("m"));
    }
};

}  // namespace

PlanRulers::PlanRulers(FloorPlanView& view, const ProjectSession& session, QObject* parent)
    : QObject(parent),
      view_(view),
      session_(session),
      action_(new QAction(tr("&Rulers"), this)),
      top_(new RulerStrip(*this, Edge::Top, &view)),
      left_(new RulerStrip(*this, Edge::Left, &view)),
      corner_(new RulerCorner(&view)) {
    action_->setObjectName(QStringLiteral("actionShowRulers"));
    action_->setCheckable(true);
    action_->setChecked(QSettings().value(kShowRulersKey, true).toBool());
    connect(action_, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kShowRulersKey, on);
        setShown(on);
    });
    view_.viewport()->setMouseTracking(true);
    view_.viewport()->installEventFilter(this);
    setShown(action_->isChecked());
}

void PlanRulers::setShown(bool on) {
    const int k = on ? kThicknessPx : 0;
    view_.setViewportMargins(k, k, 0, 0);
    for (QWidget* w : {top_, left_, corner_}) w->setVisible(on);
    placeRulers();
}

void PlanRulers::placeRulers() {
    const QRect v = view_.viewport()->geometry();
    const int k = kThicknessPx;
    top_->setGeometry(v.left(), v.top() - k, v.width(), k);
    left_->setGeometry(v.left() - k, v.top(), k, v.height());
    corner_->setGeometry(v.left() - k, v.top() - k, k, k);
}

bool PlanRulers::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::Resize: placeRulers(); [[fallthrough]];
        case QEvent::Paint:  // every zoom and pan repaints the viewport: the ticks follow
            if (action_->isChecked()) {
                top_->update();
                left_->update();
            }
            break;
        case QEvent::MouseMove:
            cursor_ = static_cast<QMouseEvent*>(event)->position();
            hasCursor_ = true;
            break;
        case QEvent::Leave: hasCursor_ = false; break;
        default: break;
    }
    return QObject::eventFilter(watched, event);
}

HallId PlanRulers::referenceHall() const {
    return view_.planScene().site().locate(session_.model(), view_.mapToScene(view_.viewport()->rect().center())).hall;
}

QString PlanRulers::referenceName() const {
    if (!view_.planScene().site().isSiteOfSeveralHalls()) return {};  // one hall: nothing to tell apart
    const HallId hall = referenceHall();
    return hall ? QString::fromStdString(session_.model().halls()[hall].name) : QString();
}

double PlanRulers::majorStep(double pixelsPerMm, double minPx) {
    if (pixelsPerMm <= 0 || minPx <= 0) return 0.0;
    const double minMm = minPx / pixelsPerMm;
    const double decade = std::pow(10.0, std::floor(std::log10(minMm)));
    for (double lead : {1.0, 2.0, 5.0, 10.0})
        if (lead * decade >= minMm * (1 - 1e-9)) return lead * decade;
    return 10 * decade;
}

QString PlanRulers::tickText(double mm, double stepMm) {
    const int decimals = stepMm >= 1'000 ? 0 : stepMm >= 100 ? 1 : stepMm >= 10 ? 2 : 3;
    double metres = mm / 1'000.0;
    if (std::abs(metres) < 0.5 * std::pow(10.0, -decimals)) metres = 0.0;  // no "-0"
    return QLocale().toString(metres, 'f', decimals);
}

std::vector<PlanRulers::Tick> PlanRulers::ticks(Edge edge) const {
    std::vector<Tick> out;
    const double ppm = view_.pixelsPerMm();
    const double major = majorStep(ppm, kMinMajorPx);
    if (major <= 0) return out;
    // A 2 x 10^n step is split in four, the others in five: minor ticks stay round lengths too.
    const double lead = major / std::pow(10.0, std::floor(std::log10(major) + 1e-9));
    const double minor = major / (std::abs(lead - 2.0) < 1e-6 ? 4.0 : 5.0);
    // Model x = scene x - offset.x; model y = offset.y - scene y (FloorCoordinates flips y).
    const QPointF offset = view_.planScene().site().offset(referenceHall());
    const QPointF origin = view_.mapToScene(QPoint(0, 0));  // the viewport's top-left corner
    const bool top = edge == Edge::Top;
    const int lengthPx = top ? view_.viewport()->width() : view_.viewport()->height();
    // Model mm at the ruler's start, and which way it runs (x grows right; the model's y grows north, up).
    const double startMm = top ? origin.x() - offset.x() : offset.y() - origin.y();
    const double direction = top ? 1.0 : -1.0;
    const double endMm = startMm + direction * lengthPx / ppm;
    const double lowMm = std::min(startMm, endMm), highMm = std::max(startMm, endMm);
    for (double i = std::ceil(lowMm / minor); i * minor <= highMm; i += 1.0) {
        const double mm = i * minor;
        const double px = (mm - startMm) * direction * ppm;
        const double inMajor = mm / major;
        out.push_back({px, std::abs(inMajor - std::round(inMajor)) < 1e-6, mm});
    }
    return out;
}

}  // namespace rw::gui
