#pragma once
// File > Export > Floor Plan View as PNG, PDF or SVG, and File > Print Floor Plan...: what the
// 2D plan shows now (zoom, colour mode, trays, labels), drawn again at the output's resolution
// rather than copied from the screen. The PDF and the printout are one page painted by paint(),
// through PageOutput.
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QPainter;
class QRect;

namespace rw::gui {

class FloorPlanView;
class UserPrompts;

class PlanExport final : public QObject {
    Q_OBJECT
public:
    PlanExport(FloorPlanView& view, UserPrompts& prompts, QObject* parent = nullptr);

    /// Adds "Floor Plan View (PNG)...", "(PDF)..." and "(SVG)..." to `menu` (File > Export).
    void populate(QMenu& menu);
    /// File > Print Floor Plan...: a print preview of the PDF's page (landscape A3), to print from.
    [[nodiscard]] QAction* printAction() const noexcept { return print_; }
    /// Paints the visible plan into `page`, fitted with its proportions (the PDF's and the printout's page).
    void paint(QPainter& painter, const QRect& page) const;

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
    QAction* print_;
};

}  // namespace rw::gui
