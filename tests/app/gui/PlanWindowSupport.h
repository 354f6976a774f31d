#pragma once
// A main window showing only the 2D floor plan of `model`, at `size`, shown and exposed (the
// floor plan tests' common set-up).
#include <memory>

#include <QSize>

#include "MainWindow.h"
#include "model/Model.h"

namespace rw::gui::test {

[[nodiscard]] std::unique_ptr<MainWindow> planWindow(Model model, QSize size = QSize(1400, 900));

}  // namespace rw::gui::test
