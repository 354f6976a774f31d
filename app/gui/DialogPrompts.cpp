#include "DialogPrompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>

#include "file/GenerateSpecForm.h"
#include "file/ReportDialog.h"

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

namespace {

// A question with one button that says what happens (`yes`) and a standard one that does not
// (`no`); true when the user pressed `yes`. `yesIsDefault` decides what Enter does.
struct Question {
    QMessageBox::Icon icon;
    const char* title;
    QString text;
    const char* objectName;
    const char* yes;
    QMessageBox::ButtonRole yesRole;
    QMessageBox::StandardButton no;
    bool yesIsDefault;
};

bool ask(QWidget* parent, const Question& q) {
    QMessageBox box(q.icon, QCoreApplication::translate("DialogPrompts", q.title), q.text, QMessageBox::NoButton, parent);
    box.setObjectName(QString::fromLatin1(q.objectName));
    QPushButton* yes = box.addButton(QCoreApplication::translate("DialogPrompts", q.yes), q.yesRole);
    QPushButton* no = box.addButton(q.no);
    box.setDefaultButton(q.yesIsDefault ? yes : no);
    box.exec();
    return box.clickedButton() == yes;
}

}  // namespace

bool DialogPrompts::askRestoreAutosave(const QString& name, const QDateTime& savedAt) {
    return ask(parent_, {QMessageBox::Question, QT_TRANSLATE_NOOP("DialogPrompts", "Restore autosave"),
                         QCoreApplication::translate("DialogPrompts",
                                                     "%1 has an autosave from %2 that is newer than the file: Rackweave "
                                                     "may have stopped before the last changes were saved.\n\n"
                                                     "Restore it? The file is not changed until you save; "
                                                     "discarding deletes the autosave.")
                             .arg(name, QLocale().toString(savedAt, QLocale::ShortFormat)),
                         "restoreAutosaveDialog", QT_TRANSLATE_NOOP("DialogPrompts", "Restore"), QMessageBox::AcceptRole,
                         QMessageBox::Discard, true});
}

QString DialogPrompts::chooseSpecPath() {
    return QFileDialog::getOpenFileName(parent_, QCoreApplication::translate("DialogPrompts", "Generate from spec"),
                                        QString(),
                                        QCoreApplication::translate("DialogPrompts", "Cluster specs (*.json);;All files (*)"));
}

UserPrompts::SpecSource DialogPrompts::askSpec(const Catalog& catalog, QString& spec) {
    GenerateSpecForm form(catalog, parent_);
    const int answer = form.exec();
    if (answer == QDialog::Accepted) {
        spec = form.specJson();
        return SpecSource::FromForm;
    }
    return answer == GenerateSpecForm::kOpenFile ? SpecSource::FromFile : SpecSource::Cancel;
}

bool DialogPrompts::askOpenReadOnly(const QString& name, const QString& holder) {
    return ask(parent_, {QMessageBox::Warning, QT_TRANSLATE_NOOP("DialogPrompts", "Project in use"),
                         QCoreApplication::translate("DialogPrompts",
                                                     "%1 is open in Rackweave by %2.\n\nOpen it read-only? You can look "
                                                     "and edit, and save a copy with Save As; the file itself is left to "
                                                     "whoever has it open.")
                             .arg(name, holder),
                         "projectInUseDialog", QT_TRANSLATE_NOOP("DialogPrompts", "Open Read-Only"), QMessageBox::AcceptRole,
                         QMessageBox::Cancel, true});
}

bool DialogPrompts::askOverwriteChangedFile(const QString& name) {
    return ask(parent_, {QMessageBox::Warning, QT_TRANSLATE_NOOP("DialogPrompts", "File changed on disk"),
                         QCoreApplication::translate("DialogPrompts",
                                                     "%1 was changed on disk since you opened it: another program saved "
                                                     "it.\n\nOverwrite it with your version? Their changes are then lost; "
                                                     "Save As keeps both.")
                             .arg(name),
                         "fileChangedDialog", QT_TRANSLATE_NOOP("DialogPrompts", "Overwrite"), QMessageBox::DestructiveRole,
                         QMessageBox::Cancel, false});
}

bool DialogPrompts::askNewHall(NewHallSize& size) {
    QDialog dialog(parent_);
    dialog.setObjectName(QStringLiteral("newHallDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("DialogPrompts", "New Project"));
    auto* form = new QFormLayout(&dialog);
    const auto field = [&](const QString& label, double value, double lo, double hi, const QString& suffix) {
        auto* box = new QDoubleSpinBox(&dialog);
        box->setRange(lo, hi);
        box->setDecimals(1);
        box->setSuffix(suffix);
        box->setValue(value);
        form->addRow(label, box);
        return box;
    };
    const QString metres = QStringLiteral(" m");
    auto* width = field(QCoreApplication::translate("DialogPrompts", "Hall width:"), size.widthM, 5, 1000, metres);
    auto* depth = field(QCoreApplication::translate("DialogPrompts", "Hall depth:"), size.depthM, 5, 1000, metres);
    auto* ceiling = field(QCoreApplication::translate("DialogPrompts", "Ceiling height:"), size.ceilingM, 2.5, 30, metres);
    auto* floor = field(QCoreApplication::translate("DialogPrompts", "Floor rating:"), size.floorKgPerM2, 100, 10000,
                        QStringLiteral(" kg/m²"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) return false;
    size = {width->value(), depth->value(), ceiling->value(), floor->value()};
    return true;
}

QString DialogPrompts::chooseExportPath(const QString& title, const QString& filter, const QString& suggestion) {
    return QFileDialog::getSaveFileName(parent_, title, suggestion, filter);
}

}  // namespace rw::gui

namespace rw::gui {

QString DialogPrompts::chooseInputPath(const QString& title, const QString& filter) {
    return QFileDialog::getOpenFileName(parent_, title, QString(), filter);
}

void DialogPrompts::showReport(const QString& title, const QString& summary, const QString& report) {
    ReportDialog(title, summary, report, parent_).exec();
}

}  // namespace rw::gui
