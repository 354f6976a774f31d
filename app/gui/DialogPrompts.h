#pragma once
// UserPrompts answered by the user through modal dialogs.
#include <QPointer>
#include <QWidget>

#include "UserPrompts.h"

namespace rw::gui {

class DialogPrompts final : public UserPrompts {
public:
    /// Dialogs are centred on `parent`.
    explicit DialogPrompts(QWidget* parent) : parent_(parent) {}

    void showError(const QString& title, const QString& message) override;
    [[nodiscard]] UnsavedChoice askUnsavedChanges(const QString& name) override;
    [[nodiscard]] QString chooseOpenPath() override;
    [[nodiscard]] QString chooseSavePath(const QString& suggestion) override;
    [[nodiscard]] bool askRestoreAutosave(const QString& name, const QDateTime& savedAt) override;
    [[nodiscard]] QString chooseSpecPath() override;
    [[nodiscard]] SpecSource askSpec(const Catalog& catalog, QString& spec) override;
    [[nodiscard]] QString chooseExportPath(const QString& title, const QString& filter,
                                           const QString& suggestion) override;
    [[nodiscard]] bool askOpenReadOnly(const QString& name, const QString& holder) override;
    [[nodiscard]] bool askOverwriteChangedFile(const QString& name) override;
    [[nodiscard]] bool askNewHall(NewHallSize& size) override;
    [[nodiscard]] QString chooseInputPath(const QString& title, const QString& filter) override;
    void showReport(const QString& title, const QString& summary, const QString& report) override;

    /// The filter shown in file dialogs.
    [[nodiscard]] static QString projectFilter();

private:
    QPointer<QWidget> parent_;
};

}  // namespace rw::gui
