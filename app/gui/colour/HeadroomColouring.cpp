#include "colour/HeadroomColouring.h"

#include <algorithm>

#include <QLocale>
#include <QObject>

#include "colour/ColourScale.h"

namespace rw::gui {

QColor lostColour() noexcept { return QColor(0x1e, 0x1b, 0x24); }

Colouring colourByHeadroom(const Model& model, const std::vector<power::RackHeadroom>& byRack, const QString& what,
                           const QString& scenario) {
    using S = power::RackHeadroom::State;
    Colouring c;
    c.byId.assign(model.racks().capacity(), QColor());
    c.notes.assign(model.racks().capacity(), QString());
    int over = 0, lost = 0;
    double top = 0.0;
    model.racks().forEach([&](RackId id, const Rack&) {
        const power::RackHeadroom h = id.value < byRack.size() ? byRack[id.value] : power::RackHeadroom{};
        QColor& colour = c.byId[id.value];
        switch (h.state) {
            case S::NoData: colour = ColourScale::noData(); break;
            case S::Ok: colour = ColourScale::at(h.share); break;
            case S::Over: colour = ColourScale::overLimit(); ++over; break;
            case S::Lost: colour = lostColour(); ++lost; break;
        }
        if (h.state == S::Ok || h.state == S::Over) top = std::max(top, h.share);
        // The tooltip's figure: the share the colour stands for.
        if (h.state == S::Ok || h.state == S::Over)
            c.notes[id.value] = QObject::tr("%1: %2 % of its limit").arg(what, QLocale().toString(h.share * 100, 'f', 0));
        else if (h.state == S::Lost) c.notes[id.value] = QObject::tr("lost in the what-if");
        else c.notes[id.value] = QObject::tr("no rated element");
    });
    const QString state = scenario.isEmpty() ? QObject::tr("normal operation") : QObject::tr("what-if: %1").arg(scenario);
    c.legend = {QObject::tr("%1 of its limit (%2)").arg(what, state), true, 0.0, 100.0, QObject::tr("%"),
                {{ColourScale::overLimit(), QObject::tr("over a limit or tripping")},
                 {lostColour(), QObject::tr("lost in the what-if")},
                 {ColourScale::noData(), QObject::tr("no rated element")}},
                QObject::tr("Most loaded: %1 %; %2 racks over, %3 lost")
                    .arg(QLocale().toString(top * 100, 'f', 0))
                    .arg(over)
                    .arg(lost)};
    return c;
}

}  // namespace rw::gui
