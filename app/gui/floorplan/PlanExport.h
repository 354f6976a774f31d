#pragma once
// File > Export > Floor Plan View as PNG or PDF: what the 2D plan shows now (zoom, colour mode,
// trays, labels), drawn again at print resolution rather than copied from the screen. SVG needs
// Qt SVG (qt6-svg-dev), which the build does not use yet.
#include <QObject>
#include <QString>

class QMenu;

namespace rw::gui {

class FloorPlanView;
class UserPrompts;

class PlanExport final : public QObject {
    Q_OBJECT
public:
    PlanExport(FloorPlanView& view, UserPrompts& prompts, QObject* parent = nullptr);

    /// Adds "Floor Plan View (PNG)...", "(PDF)..." and "(SVG)..." to `menu` (File > Export).
    void populate(QMenu& menu);

    /// The visible plan at twice the screen's pixels; true when written (errors are shown).
    bool exportPngTo(const QString& path);
    /// The visible plan on a landscape A3 page, fitted with its proportions; true when written.
    bool exportPdfTo(const QString& path);
    /// The visible plan as an SVG drawing (vector shapes and text) in the view's pixels, written
    /// atomically; true when written.
    bool exportSvgTo(const QString& path);

signals:
    void exported(const QString& path);

private:
    FloorPlanView& view_;
    UserPrompts& prompts_;
};

}  // namespace rw::gui
