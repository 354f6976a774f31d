#pragma once
// The status bar's summary of the project: how many racks, devices and cables it holds.
#include <QLabel>

#include "model/Model.h"

namespace rw::gui {

class ModelCountsLabel final : public QLabel {
    Q_OBJECT
public:
    explicit ModelCountsLabel(QWidget* parent = nullptr);

    void showCounts(const Model& model);
    /// The text for `model`, e.g. "12 racks · 96 devices · 1,024 cables".
    [[nodiscard]] static QString countsText(const Model& model);
};

}  // namespace rw::gui
