#pragma once
// The status bar's routing state: a busy bar while routes are computed, "Routes out of date" while
// edits are not routed yet (or cannot be: no catalog), else a summary of the current routes.
// Hidden while the project has no routes.
#include <QWidget>

class QLabel;
class QProgressBar;

namespace rw::gui {

class RouteState;

class RouteStatusIndicator final : public QWidget {
    Q_OBJECT
public:
    explicit RouteStatusIndicator(const RouteState& routing, QWidget* parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] bool busyShown() const;

private:
    void refresh();

    const RouteState& routing_;
    QLabel* label_;
    QProgressBar* busy_;
};

}  // namespace rw::gui
