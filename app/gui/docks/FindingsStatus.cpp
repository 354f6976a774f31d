#include "docks/FindingsStatus.h"

#include <QDockWidget>

#include "docks/FindingsPanel.h"

namespace rw::gui {

FindingsStatus::FindingsStatus(FindingsPanel& panel, QDockWidget& dock, QWidget* parent)
    : QLabel(parent), panel_(panel), dock_(dock) {
    setObjectName(QStringLiteral("findingsStatus"));
    setToolTip(tr("Findings by severity: click to show the Findings dock"));
    setCursor(Qt::PointingHandCursor);
    connect(&panel_, &FindingsPanel::findingsChanged, this, [this] { refresh(); });
    refresh();
}

void FindingsStatus::refresh() {
    const std::array<int, 3> n = panel_.severityCounts();
    setText(tr("%n error(s)", "", n[0]) + QStringLiteral(", ") + tr("%n warning(s)", "", n[1]) + QStringLiteral(", ") +
            tr("%n note(s)", "", n[2]));
    const char* colour = n[0] > 0 ? "#d03030" : n[1] > 0 ? "#c08000" : "palette(window-text)";
    setStyleSheet(QStringLiteral("QLabel { color: %1; padding: 0 6px; }").arg(QLatin1String(colour)));
}

void FindingsStatus::mousePressEvent(QMouseEvent* event) {
    dock_.show();
    dock_.raise();
    QLabel::mousePressEvent(event);
}

}  // namespace rw::gui
