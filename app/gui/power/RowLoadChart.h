#pragma once
// The per-row chart: each panel (busway, RPP; one per row and side in generated halls) with its
// kW normally, after the worst single failure, in the what-if, and its limit in kW (Qt Charts).
#include <QChartView>

namespace rw::gui {

class PowerAnalysis;

class RowLoadChart final : public QChartView {
    Q_OBJECT
public:
    explicit RowLoadChart(QWidget* parent = nullptr);
    void refresh(const PowerAnalysis& analysis);
    /// Panels shown (the most loaded when there are more than fit).
    [[nodiscard]] int panelCount() const noexcept { return shown_; }

private:
    int shown_ = 0;
};

}  // namespace rw::gui
