#pragma once
// The generator's notes after File > Generate from Spec, in a window beside the new project: the
// defaults it took (the reference architecture's fabrics, the hall size it chose), halls it added,
// feeds per rack, cages left without optics... -- what `rackweave-cli generate` prints. Not modal:
// the user reads it while looking at the design, and closes it when done.
#include <string>
#include <vector>

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace rw::gui {

class GenerationNotesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit GenerationNotesDialog(QWidget* parent = nullptr);

    /// Shows `notes` on the design generated from `source` (a file, or the form) and raises the window.
    void showNotes(const QString& source, const std::vector<std::string>& notes);
    [[nodiscard]] QString notesText() const;

private:
    QLabel* heading_;
    QPlainTextEdit* notes_;
};

}  // namespace rw::gui
