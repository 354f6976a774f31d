#pragma once
// Remembers a main window's geometry and toolbar/dock layout between runs (QSettings).
class QMainWindow;

namespace rw::gui {

class WindowLayoutStore final {
public:
    /// Restores what save() stored last; leaves the window as it is when nothing was stored.
    static void restore(QMainWindow& window);
    static void save(const QMainWindow& window);
    /// Shows the window: as it was left when a geometry was stored, else maximised (a first
    /// start uses the whole screen rather than a fixed size).
    static void show(QMainWindow& window);
};

}  // namespace rw::gui
