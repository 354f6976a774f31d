#include "docks/CableFocus.h"

namespace rw::gui {

void CableFocus::set(CableId cable) {
    cable_ = cable;
    emit changed();
}

}  // namespace rw::gui
