#pragma once
// Gives the window its page outputs: File > Export > Floor Plan View (PNG, PDF, SVG) and Rack
// Elevation (PDF), and, where the build can print, File > Print Floor Plan... and Print Rack
// Elevation... above Quit. Each written file is named in the status bar.
class QAction;
class QMenu;

namespace rw::gui {

class MainWindow;
class UserPrompts;

void setUpPageOutputs(MainWindow& window, UserPrompts& prompts, QMenu& fileMenu, QAction* quit);

}  // namespace rw::gui
