#pragma once
// The keyboard shortcuts of a window, read from its menu bar's actions themselves, so the list the
// user sees (Help > Keyboard Shortcuts) can never disagree with the keys that work.
#include <vector>

#include <QString>

class QMenuBar;

namespace rw::gui {

struct ShortcutEntry {
    QString menu;    ///< "Edit" or "File > Export"
    QString action;  ///< the action's text without mnemonics or "..." ("Save As")
    QString keys;    ///< every key of the action, native text, " / " between ("Ctrl+Shift+Z / Ctrl+Y")
};

/// Every action with at least one shortcut in `bar`'s menus and submenus, in menu order.
[[nodiscard]] std::vector<ShortcutEntry> collectShortcuts(const QMenuBar& bar);

}  // namespace rw::gui
