#include "install/PlanCalendarRow.h"

#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include "install/InstallPlanner.h"

namespace rw::gui {
namespace {

// Target days a box offers: the planner's own bound is far above any real install.
constexpr int kMaxTargetDaysInBox = 9999;

QDate toQDate(std::chrono::year_month_day d) {
    return QDate(int(d.year()), int(unsigned(d.month())), int(unsigned(d.day())));
}

std::chrono::year_month_day fromQDate(const QDate& d) {
    return std::chrono::year_month_day(std::chrono::year(d.year()), std::chrono::month(unsigned(d.month())),
                                       std::chrono::day(unsigned(d.day())));
}

QSpinBox* spinBox(const char* name, int min, int max, int value, const QString& tip) {
    auto* box = new QSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setValue(value);
    box->setToolTip(tip);
    return box;
}

}  // namespace

PlanCalendarRow::PlanCalendarRow(InstallPlanner& planner, QWidget* parent)
    : QWidget(parent), planner_(planner) {
    const install::PlanSettings& s = planner_.settings();
    shiftHours_ = spinBox("shiftHours", 1, 24, s.shiftHours, tr("Working hours a working day (work starts at 07:00)"));
    daysPerWeek_ = spinBox("daysPerWeek", 1, 7, s.workingDaysPerWeek, tr("Working days a week, from Monday"));
    targetDays_ = spinBox("targetDays", 0, kMaxTargetDaysInBox, s.targetDays.value_or(0),
                          tr("Finish in this many working days: the plan then uses the fewest crews of each trade "
                             "the search finds (the crew boxes show them)"));
    targetDays_->setSpecialValueText(tr("none"));
    start_ = new QDateEdit(toQDate(s.start));
    start_->setObjectName(QStringLiteral("startDate"));
    start_->setCalendarPopup(true);
    start_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    start_->setMinimumDate(QDate(1900, 1, 1));
    start_->setToolTip(tr("The first day of work; a day off moves to the next working day"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    const auto add = [&](const QString& text, QWidget* box) {
        auto* label = new QLabel(text);
        label->setBuddy(box);
        row->addWidget(label);
        row->addWidget(box);
    };
    add(tr("Hours a day:"), shiftHours_);
    add(tr("Days a week:"), daysPerWeek_);
    add(tr("Start:"), start_);
    add(tr("Target days:"), targetDays_);
    row->addStretch(1);

    connect(shiftHours_, &QSpinBox::valueChanged, this, &PlanCalendarRow::edited);
    connect(daysPerWeek_, &QSpinBox::valueChanged, this, &PlanCalendarRow::edited);
    connect(targetDays_, &QSpinBox::valueChanged, this, &PlanCalendarRow::edited);
    connect(start_, &QDateEdit::dateChanged, this, &PlanCalendarRow::edited);
}

void PlanCalendarRow::edited() {
    const int target = targetDays_->value();
    planner_.setCalendar(shiftHours_->value(), daysPerWeek_->value(), fromQDate(start_->date()),
                         target == 0 ? std::nullopt : std::optional<int>(target));
}

}  // namespace rw::gui
