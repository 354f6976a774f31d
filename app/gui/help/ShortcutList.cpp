#include "ShortcutList.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace rw::gui {
namespace {

QString plainText(QString text) {
    // "Save &As..." -> "Save As"; "&&" stays a literal '&'.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("..."))) text.chop(3);
    return text;
}

void collect(const QMenu& menu, const QString& path, std::vector<ShortcutEntry>& out) {
    for (QAction* action : menu.actions()) {
        if (QMenu* sub = action->menu()) {
            collect(*sub, path + QStringLiteral(" > ") + plainText(sub->title()), out);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty()) continue;
        QStringList texts;
        for (const QKeySequence& key : keys) texts << key.toString(QKeySequence::NativeText);
        out.push_back({path, plainText(action->text()), texts.join(QStringLiteral(" / "))});
    }
}

}  // namespace

std::vector<ShortcutEntry> collectShortcuts(const QMenuBar& bar) {
    std::vector<ShortcutEntry> out;
    for (QAction* top : bar.actions())
        if (const QMenu* menu = top->menu()) collect(*menu, plainText(menu->title()), out);
    return out;
}

}  // namespace rw::gui
