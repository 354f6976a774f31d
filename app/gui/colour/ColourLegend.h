#pragma once
// A compact legend for the current colour mode: its title, a gradient bar with the range's ends
// (or nothing for categories), labelled swatches and a one-line note. Sits in the status bar.
#include <QWidget>

#include "colour/Legend.h"

namespace rw::gui {

class ColourLegend final : public QWidget {
    Q_OBJECT
public:
    explicit ColourLegend(QWidget* parent = nullptr);

    void show(const LegendSpec& spec);
    [[nodiscard]] const LegendSpec& spec() const noexcept { return spec_; }
    /// All the legend's words on one line, e.g. "Rack weight ...: 0 - 1,210 kg; over rack or floor rating".
    [[nodiscard]] QString text() const;

    [[nodiscard]] QSize sizeHint() const override;
    /// Small: the legend gives way (clipped, whole text in its tooltip) rather than set the
    /// window's minimum width.
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    LegendSpec spec_;
};

}  // namespace rw::gui
