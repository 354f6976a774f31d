#pragma once
// Editing a supply element's rating from the Power & Cooling dock, as one undo step through the
// commit layer: a feed's capacity (kW), a panel's rating or a circuit's breaker (A). A PDU's
// input rating is its catalog entry's (change the part instead), so it has none to edit here.
#include <QString>

#include "power/PowerNetwork.h"

namespace rw {
class Document;
}

namespace rw::gui {

/// True for the kinds whose rating lives in the model (feeds, panels, circuits).
[[nodiscard]] bool hasEditableRating(const power::SupplyElement& element) noexcept;
/// "kW" for feeds, "A" otherwise.
[[nodiscard]] QString ratingUnit(const power::SupplyElement& element);
/// The rating as the model holds it (capacity kW, rated or breaker A).
[[nodiscard]] double currentRating(const power::SupplyElement& element) noexcept;
/// Sets it in one undo step ("Set breaker of circuit ... to 40 A"). Throws rw::EditError when the
/// element is gone or its kind has no editable rating.
void setRating(Document& doc, const power::SupplyElement& element, double value);

}  // namespace rw::gui
