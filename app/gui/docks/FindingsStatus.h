#pragma once
// The status bar's count of findings per severity ("2 errors, 14 warnings, 1 note"), coloured
// by the worst; a click shows and raises the Findings dock.
#include <QLabel>

class QDockWidget;

namespace rw::gui {

class FindingsPanel;

class FindingsStatus final : public QLabel {
    Q_OBJECT
public:
    FindingsStatus(FindingsPanel& panel, QDockWidget& dock, QWidget* parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    void refresh();

    FindingsPanel& panel_;
    QDockWidget& dock_;
};

}  // namespace rw::gui
