#pragma once
// What a colour legend shows: a gradient from `min` to `max` in `unit`, and/or labelled swatches
// (categories, "over limit", "no data"), with a title and a one-line note.
#include <utility>
#include <vector>

#include <QColor>
#include <QString>

namespace rw::gui {

struct LegendSpec {
    QString title;
    bool gradient = false;
    double min = 0.0;
    double max = 0.0;
    QString unit;
    std::vector<std::pair<QColor, QString>> swatches;
    QString note;
};

}  // namespace rw::gui
