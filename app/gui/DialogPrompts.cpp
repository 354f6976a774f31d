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

QString DialogPrompts::chooseExportPath(const QString& title, const QString& filter, const QString& suggestion) {
    return QFileDialog::getSaveFileName(parent_, title, suggestion, filter);
}

}  // namespace rw::gui
