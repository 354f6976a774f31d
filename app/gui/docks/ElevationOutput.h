#pragma once
// File > Print Rack Elevation... and File > Export > Rack Elevation (PDF)...: the rack shown in
// the Rack Elevation dock on an A4 portrait page, front and rear, with its name, type, hall and
// totals. The rails are drawn by the dock's own RackElevationView, laid out again at the page's
// size (every U numbered, 1U devices labelled), and the page goes through PageOutput, the one
// paint path of the floor plan's PDF and printout.
#include <QObject>

#include "file/PageOutput.h"

class QAction;
class QMenu;

namespace rw::gui {

class DesignContext;
class ProjectSession;
class RackElevationPanel;
class RackSelection;
class UserPrompts;

class ElevationOutput final : public QObject {
    Q_OBJECT
public:
    ElevationOutput(RackElevationPanel& panel, const ProjectSession& session, const DesignContext& context,
                    RackSelection& selection, UserPrompts& prompts, QWidget& window, QObject* parent = nullptr);

    /// Adds "Rack Elevation (PDF)..." to `exportMenu` and, where the build can print,
    /// "Print Rack Elevation..." to `fileMenu` before `before`.
    void populate(QMenu& fileMenu, QAction* before, QMenu& exportMenu);

    /// The page: A4 portrait, titled after the rack.
    [[nodiscard]] PageSetup pageSetup() const;
    /// Paints the shown rack's page into `page`; nothing when no rack is shown.
    void paint(QPainter& painter, const QRect& page) const;
    /// Writes the page as a PDF; false (and an error shown) without a rack or when the file
    /// cannot be written.
    bool exportPdfTo(const QString& path);

    [[nodiscard]] QAction* printAction() const noexcept { return print_; }
    [[nodiscard]] QAction* exportAction() const noexcept { return export_; }

signals:
    void exported(const QString& path);

private:
    /// True when a rack is shown; else tells the user to select one.
    bool haveRack() const;
    void followSelection();

    RackElevationPanel& panel_;
    const ProjectSession& session_;
    const DesignContext& context_;
    UserPrompts& prompts_;
    QWidget& window_;
    QAction* print_;
    QAction* export_;
};

}  // namespace rw::gui
