#include "file/AutosaveStatus.h"

#include <QStatusBar>

#include "file/Autosave.h"

namespace rw::gui {

AutosaveStatus::AutosaveStatus(Autosave& autosave, QStatusBar& statusBar, QWidget* parent)
    : QLabel(parent), statusBar_(statusBar) {
    setObjectName(QStringLiteral("autosaveStatus"));
    setText(tr("\u26A0 Autosave failing"));
    setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    hide();
    connect(&autosave, &Autosave::written, this, &AutosaveStatus::written);
}

void AutosaveStatus::written(const QString& file, const QString& error) {
    if (!error.isEmpty()) {
        setToolTip(tr("The last autosave failed:\n%1\nRackweave keeps trying. Your work is safe until you close "
                      "Rackweave; save it to another place if this goes on.")
                       .arg(error));
        if (failing_) return;  // said once; the warning stays beside the status bar
        failing_ = true;
        show();
        ++messages_;
        statusBar_.showMessage(tr("Autosave failed: %1. Rackweave keeps trying.").arg(error));
        return;
    }
    if (!failing_) return;
    failing_ = false;
    hide();
    ++messages_;
    statusBar_.showMessage(tr("Autosave works again (%1)").arg(file), 10000);
}

}  // namespace rw::gui
