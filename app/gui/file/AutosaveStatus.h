#pragma once
// Tells the user when autosave stops working (a full disk, a folder gone read-only, a removed
// drive), once, in the status bar, with a lasting warning beside it; and once more when it works
// again. Autosave itself keeps trying on its timer meanwhile: a failed write leaves the project
// marked as changed since the last autosave.
#include <QLabel>

class QStatusBar;

namespace rw::gui {

class Autosave;

class AutosaveStatus final : public QLabel {
    Q_OBJECT
public:
    AutosaveStatus(Autosave& autosave, QStatusBar& statusBar, QWidget* parent = nullptr);

    [[nodiscard]] bool failing() const noexcept { return failing_; }
    /// Status bar messages shown so far (one per change between working and failing).
    [[nodiscard]] int messagesShown() const noexcept { return messages_; }

private:
    void written(const QString& file, const QString& error);

    QStatusBar& statusBar_;
    bool failing_ = false;
    int messages_ = 0;
};

}  // namespace rw::gui
