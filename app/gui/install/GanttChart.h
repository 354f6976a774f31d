#pragma once
// The install plan as a Gantt chart by trade: one band per trade, split into one lane per crew,
// each work package a bar from its start to its finish over the working days, the critical
// chain's packages in red, and the day the slider shows as a vertical line. Painted by hand: a
// Colossus plan has tens of thousands of bars, which a QGraphicsScene of items would hold as
// many objects; painting only reads the plan.
#include <memory>
#include <optional>

#include <QWidget>

#include "install/InstallPlan.h"

namespace rw::gui {

struct PlannedHall;

class GanttChart final : public QWidget {
    Q_OBJECT
public:
    explicit GanttChart(QWidget* parent = nullptr);

    /// The plan to draw (null: an empty chart with a note).
    void setPlanned(std::shared_ptr<const PlannedHall> planned);
    /// The working day the day slider shows (end of that day); none = no marker.
    void setDayMarker(std::optional<int> day);

    /// The package drawn at `pos` (widget coordinates), if any: the Install Plan dock selects
    /// its racks and its crew and day for printing.
    [[nodiscard]] std::optional<int> packageAt(QPoint pos) const;
    /// Where a package's bar is drawn (empty when not drawn, e.g. a milestone).
    [[nodiscard]] QRectF barRect(int package) const;
    /// The band of a trade (its label and lanes).
    [[nodiscard]] QRectF tradeBand(install::Trade trade) const;

    [[nodiscard]] QSize sizeHint() const override { return {640, 220}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {200, 6 * 12 + 18}; }  // six trade bands a line of text high

signals:
    void packageClicked(int package);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void measureLabels();
    [[nodiscard]] QRectF chartArea() const;
    [[nodiscard]] double xOfMinute(double minute) const;

    std::shared_ptr<const PlannedHall> planned_;
    std::vector<char> critical_;  // by package
    std::optional<int> day_;
    int labelWidth_ = 0;  // trade names at the left of the bars
};

/// A trade's colour in the chart and its legend (distinct hues; red is kept for the critical path).
[[nodiscard]] QColor tradeColour(install::Trade trade) noexcept;

}  // namespace rw::gui
