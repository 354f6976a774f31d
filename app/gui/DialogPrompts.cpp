#include "DialogPrompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace rw::gui {

QString DialogPrompts::projectFilter() {
    return QCoreApplication::translate("DialogPrompts", "Rackweave projects (*.rackweave);;All files (*)");
}

void DialogPrompts::showError(const QString& title, const QString& message) {
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Ok, parent_);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.exec();
}

UserPrompts::UnsavedChoice DialogPrompts::askUnsavedChanges(const QString& name) {
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("DialogPrompts", "Unsaved changes"),
                    QCoreApplication::translate("DialogPrompts", "Save the changes to %1?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent_);
    box.setObjectName(QStringLiteral("unsavedChangesDialog"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
        case QMessageBox::Save: return UnsavedChoice::Save;
        case QMessageBox::Discard: return UnsavedChoice::Discard;
        default: return UnsavedChoice::Cancel;
    }
}

QString DialogPrompts::chooseOpenPath() {
    return QFileDialog::getOpenFileName(parent_, QCoreApplication::translate("DialogPrompts", "Open project"),
                                        QString(), projectFilter());
}

QString DialogPrompts::chooseSavePath(const QString& suggestion) {
    QFileDialog dialog(parent_, QCoreApplication::translate("DialogPrompts", "Save project"), suggestion,
                       projectFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("rackweave"));
    return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty() ? dialog.selectedFiles().first()
                                                                                   : QString();
}

}  // namespace rw::gui
