#pragma once
// A text report in a dialog (Tools > Verify Installed Fabric): a summary line above the report
// as the CLI prints it, in a fixed-width font so its columns line up, selectable for copying.
#include <QDialog>

namespace rw::gui {

class ReportDialog final : public QDialog {
    Q_OBJECT
public:
    ReportDialog(const QString& title, const QString& summary, const QString& report, QWidget* parent = nullptr);
};

}  // namespace rw::gui
