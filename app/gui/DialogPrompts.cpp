#include "DialogPrompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

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

bool DialogPrompts::askRestoreAutosave(const QString& name, const QDateTime& savedAt) {
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("DialogPrompts", "Restore autosave"),
                    QCoreApplication::translate("DialogPrompts",
                                                "%1 has an autosave from %2 that is newer than the file: Rackweave "
                                                "may have stopped before the last changes were saved.\n\n"
                                                "Restore it? The file is not changed until you save; "
                                                "discarding deletes the autosave.")
                        .arg(name, QLocale().toString(savedAt, QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent_);
    box.setObjectName(QStringLiteral("restoreAutosaveDialog"));
    QPushButton* restore = box.addButton(QCoreApplication::translate("DialogPrompts", "Restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Discard);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
}

QString DialogPrompts::chooseSpecPath() {
    return QFileDialog::getOpenFileName(parent_, QCoreApplication::translate("DialogPrompts", "Generate from spec"),
                                        QString(),
                                        QCoreApplication::translate("DialogPrompts", "Cluster specs (*.json);;All files (*)"));
}

bool DialogPrompts::askOpenReadOnly(const QString& name, const QString& holder) {
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("DialogPrompts", "Project in use"),
                    QCoreApplication::translate("DialogPrompts",
                                                "%1 is open in Rackweave by %2.\n\nOpen it read-only? You can look "
                                                "and edit, and save a copy with Save As; the file itself is left to "
                                                "whoever has it open.")
                        .arg(name, holder),
                    QMessageBox::NoButton, parent_);
    box.setObjectName(QStringLiteral("projectInUseDialog"));
    QPushButton* readOnly = box.addButton(QCoreApplication::translate("DialogPrompts", "Open Read-Only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
}

bool DialogPrompts::askOverwriteChangedFile(const QString& name) {
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("DialogPrompts", "File changed on disk"),
                    QCoreApplication::translate("DialogPrompts",
                                                "%1 was changed on disk since you opened it: another program saved "
                                                "it.\n\nOverwrite it with your version? Their changes are then lost; "
                                                "Save As keeps both.")
                        .arg(name),
                    QMessageBox::NoButton, parent_);
    box.setObjectName(QStringLiteral("fileChangedDialog"));
    QPushButton* overwrite = box.addButton(QCoreApplication::translate("DialogPrompts", "Overwrite"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == overwrite;
}

QString DialogPrompts::chooseExportPath(const QString& title, const QString& filter, const QString& suggestion) {
    return QFileDialog::getSaveFileName(parent_, title, suggestion, filter);
}

}  // namespace rw::gui
