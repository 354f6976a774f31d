#pragma once
// The Help menu: the user guide (docs/gui.md, built into the program and rendered as Markdown)
// on F1, and the list of keyboard shortcuts taken from the window's own actions.
#include <QObject>

class QDialog;
class QMainWindow;
class QMenu;
class QTextBrowser;
class QTableWidget;

namespace rw::gui {

class HelpActions final : public QObject {
    Q_OBJECT
public:
    explicit HelpActions(QMainWindow& window);

    /// Adds User Guide (F1) and Keyboard Shortcuts to `menu`.
    void populate(QMenu& menu);

    /// Shows the user guide (made on first use); returns its text browser.
    QTextBrowser* showUserGuide();
    /// Shows the shortcut list, rebuilt from the menus now; returns its table.
    QTableWidget* showShortcuts();

private:
    QMainWindow& window_;
    QDialog* guide_ = nullptr;
    QDialog* shortcuts_ = nullptr;
};

}  // namespace rw::gui
