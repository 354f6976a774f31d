#pragma once
// The power check kept up to date across edits. It holds the network, the normal sums, each
// element's load change under every single failure that touches it, and every element's and
// device's findings; an edit to a device or an element reworks only the sums of its chains and
// re-judges only the elements on them (NetBox's users report naive recursive sums too slow at
// scale). The result always equals a full check of the same network: both judge through
// PowerJudgements, and a test compares them after random edits. A future "measured power" import replaces PoweredDevice::maxW through
// replaceDevice like any other edit.
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "power/CoolingCheck.h"
#include "power/FailureSweep.h"
#include "power/PowerCheck.h"
#include "power/PowerJudgements.h"
#include "power/PowerNetworkParts.h"

namespace rw {
class Catalog;
struct ChangeSet;
}  // namespace rw

namespace rw::power {

class PowerCheckSession final {
public:
    explicit PowerCheckSession(PowerNetwork net, PowerRules rules = {});

    /// Builds the network and the cooling check from the model.
    PowerCheckSession(const Model& model, const Catalog& catalog, PowerRules rules = {}, CoolingRules cooling = {});

    [[nodiscard]] const PowerNetwork& network() const noexcept { return net_; }
    /// The findings and budgets, in the order and with the figures of a full check.
    [[nodiscard]] PowerCheckResult result() const;
    [[nodiscard]] const std::vector<ElementBudget>& budgets() const noexcept { return judged_.budgets; }
    [[nodiscard]] const CoolingCheckResult& cooling() const noexcept { return cooling_; }
    [[nodiscard]] const CoolingNetwork& coolingNetwork() const noexcept { return coolingNet_; }

    /// A device's power, PSUs or cords changed.
    void replaceDevice(std::size_t index, PoweredDevice device);
    /// An element's rating, voltage or phases changed; anything else (its place in the tree,
    /// its label, which other findings quote) rebuilds everything.
    void replaceElement(ElementIndex index, SupplyElement element);
    /// After an edit: a modified PDU or powered device is read again on its own; other changes
    /// to what the network is built from read the whole network and apply the differences. The
    /// cooling check is rerun when a rack, device (a PDU aside), row, hall or cooling unit changed. Returns the number of devices and elements reworked (a
    /// structural change, such as an added feed, counts every one).
    std::size_t apply(const Model& model, const Catalog& catalog, const ChangeSet& changes);

private:
    /// One element's change under each failure that moves its load, by rising failure. The
    /// failures are kept apart from the loads so that renumbering them (spliceBanks) reads 4
    /// bytes an entry rather than the whole load.
    struct Scenarios {
        std::vector<ElementIndex> failed;
        std::vector<ElementLoad> delta;
    };

    void rebuild();
    /// Refreshes each modified device on its own (a PDU's rating, a device's power); false when
    /// one needs the whole network read again.
    /// PDUs in `spliced` (device ids) were just read again with their banks: they are skipped.
    bool applyDeviceEdits(const Model& model, const Catalog& catalog, const ChangeSet& changes, std::size_t& reworked,
                          const std::unordered_set<std::uint32_t>& spliced = {});
    /// The new ratings of modified feeds, panels and circuits that kept their place and words;
    /// false when one needs the whole network read again.
    bool supplyEdits(const Model& model, const ChangeSet& changes, std::vector<std::pair<ElementIndex, SupplyElement>>& out) const;
    std::size_t applyNetwork(PowerNetwork next);
    /// Whether the edit modifies devices that were PDUs and still are, and adds or removes none.
    [[nodiscard]] bool onlyPdusEdited(const Model& model, const Catalog& catalog, const ChangeSet& changes) const;
    /// A PDU whose new entry has another number of outlet banks: its devices' shares come off,
    /// its bank elements are swapped for `next`'s (the PDU, then its banks) in place, every index
    /// behind them moves, and the devices' cords go back on the new banks. The tree keeps the
    /// order a full reading gives, so nothing else is summed or judged again. Returns the
    /// elements and devices reworked.
    std::size_t spliceBanks(const Model& model, const Catalog& catalog, ElementIndex pdu, std::vector<SupplyElement> next);
    void evaluateElement(ElementIndex e);
    /// Adds (sign +1) or takes away (-1) device d's shares: normal sums and every failure's delta.
    void account(std::size_t d, double sign);
    /// Element e's change under `failed`, made (zero) if it has none yet.
    ElementLoad& entry(ElementIndex e, ElementIndex failed);
    void markAffected(ElementIndex e);
    void reevaluateAffected();

    PowerNetwork net_;
    PowerRules rules_;
    CoolingRules coolingRules_;
    std::vector<ElementLoad> normal_;
    std::vector<PsuOutcome> outcomes_;
    std::vector<std::vector<std::size_t>> devicesUnder_;
    std::vector<Scenarios> scenarios_;  // by element
    Judgements judged_;
    std::unordered_map<std::uint32_t, ElementIndex> pduElement_;  // by device id
    std::unordered_map<std::uint32_t, std::size_t> deviceIndex_;  // by device id
    BanksByPdu banks_;
    std::unordered_map<std::uint64_t, ElementIndex> supplyElement_;  // feeds, panels, circuits by (kind, id)
    std::vector<std::uint8_t> affectedFlag_;
    std::vector<ElementIndex> affected_;
    CoolingNetwork coolingNet_;
    CoolingCheckResult cooling_;
};

}  // namespace rw::power
