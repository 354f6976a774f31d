#pragma once
// Every question the file workflow asks the user, behind one interface: the application shows
// dialogs (DialogPrompts), tests answer from a script.
#include <QDateTime>
#include <QString>

#include "project/NewProject.h"

namespace rw {
class Catalog;
}

namespace rw::gui {

class UserPrompts {
public:
    enum class UnsavedChoice { Save, Discard, Cancel };

    virtual ~UserPrompts() = default;

    /// Tells the user an action failed; `message` names the file and the reason.
    virtual void showError(const QString& title, const QString& message) = 0;
    /// The project `name` has unsaved changes: save them, throw them away, or stop?
    [[nodiscard]] virtual UnsavedChoice askUnsavedChanges(const QString& name) = 0;
    /// A project file to open; empty when the user cancels.
    [[nodiscard]] virtual QString chooseOpenPath() = 0;
    /// Where to save; empty when the user cancels. `suggestion` is the current path, if any.
    [[nodiscard]] virtual QString chooseSavePath(const QString& suggestion) = 0;
    /// An autosave of `name` from `savedAt`, newer than the file, was left behind (a crash):
    /// restore it (true) or throw it away (false)?
    [[nodiscard]] virtual bool askRestoreAutosave(const QString& name, const QDateTime& savedAt) = 0;
    /// A cluster spec (.json) to generate from; empty when the user cancels.
    [[nodiscard]] virtual QString chooseSpecPath() = 0;
    /// File > Generate from Spec: where the spec comes from. FromForm: the form's spec, its JSON
    /// in `spec`; FromFile: a file, asked with chooseSpecPath(). Without a form (the default), a file.
    enum class SpecSource { FromForm, FromFile, Cancel };
    [[nodiscard]] virtual SpecSource askSpec(const Catalog& /*catalog*/, QString& /*spec*/) { return SpecSource::FromFile; }
    /// Where to write an export; `filter` as for QFileDialog ("CSV files (*.csv)"), `suggestion`
    /// a file name to start from. Empty when the user cancels.
    [[nodiscard]] virtual QString chooseExportPath(const QString& title, const QString& filter,
                                                   const QString& suggestion) = 0;
    /// `name` is open in another Rackweave (`holder` says who, or why it cannot be locked): open
    /// it read-only (true) or not at all (false)?
    [[nodiscard]] virtual bool askOpenReadOnly(const QString& name, const QString& holder) = 0;
    /// `name` changed on disk since it was opened (someone else saved it): overwrite it (true)?
    [[nodiscard]] virtual bool askOverwriteChangedFile(const QString& name) = 0;
    /// File > New: the new hall's size, starting from `size`'s values; false when the user cancels.
    [[nodiscard]] virtual bool askNewHall(NewHallSize& size) = 0;
    /// A file to read (an ibnetdiscover capture, a GUID inventory); empty when the user cancels.
    [[nodiscard]] virtual QString chooseInputPath(const QString& title, const QString& filter) = 0;
    /// Shows a text report (Tools > Verify Installed Fabric): `summary` in a line, `report` as
    /// plain text in a fixed-width font, as the CLI prints it.
    virtual void showReport(const QString& title, const QString& summary, const QString& report) = 0;
};

}  // namespace rw::gui
