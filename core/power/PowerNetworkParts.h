#pragma once
// One PDU element or one powered device of the power network, read from the model and catalog
// as powerNetworkFromModel reads them, for the incremental session to refresh a single entity
// after an edit without reading the whole hall again. Entities these cannot judge alone (power
// shelves, whose load is their rack's busbar devices; devices with no PSUs) return nullopt and
// the session reads the whole network. PowerCheckSession's random-edit test compares the
// result with powerNetworkFromModel after every edit, so the two readings cannot drift apart
// unnoticed; powerNetworkFromModel can call these when it is next reworked.
#include <optional>
#include <unordered_map>
#include <vector>

#include "power/PowerNetwork.h"
#include "power/PowerRules.h"

namespace rw {
class Catalog;
struct CatalogEntry;
struct PowerDistributionSpec;
}

namespace rw::power {

/// Whether the device is a rack PDU: by its role or its catalog entry's kind.
[[nodiscard]] bool isPdu(const Device& device, const CatalogEntry* entry);

/// The PDU element of `device` with the place in the tree of `current` (its parent circuit,
/// whose voltage and phases apply when the catalog entry has no distribution data); nullopt
/// when the device is no longer a PDU.
[[nodiscard]] std::optional<SupplyElement> pduElementOf(const Model& model, const Catalog& catalog, const Device& device,
                                                        const PowerNetwork& net, const SupplyElement& current);

/// The PDU element of `device` placed as element `current` is, followed by one element per
/// outlet bank of its (new) catalog entry, as powerNetworkFromModel makes them: their count may
/// differ from the banks the network holds now. nullopt when the device is no longer a PDU.
[[nodiscard]] std::optional<std::vector<SupplyElement>> pduWithBanksOf(const Model& model, const Catalog& catalog,
                                                                       const Device& device, const PowerNetwork& net,
                                                                       ElementIndex current);

/// One Bank element per outlet bank of the PDU's distribution data, below element `pduElement`
/// (the PDU device's id and name label them).
[[nodiscard]] std::vector<SupplyElement> bankElements(std::uint32_t pduId, const std::string& pduName, ElementIndex pduElement,
                                                      const PowerDistributionSpec& pds);

/// The bank index of each outlet of a PDU entry with banks, keyed by the outlet name's id in the
/// model's string pool (the first bank listing a name wins); names the model never interned are
/// absent. Both the whole-network reading and the session's single-PDU reading place cords by it.
[[nodiscard]] std::unordered_map<std::uint32_t, std::size_t> bankIndexByOutlet(const Model& model, const CatalogEntry& entry);

/// The cord of a PSU in outlet `outlet` (name string id) of the PDU at element `pdu`, whose banks
/// (catalog order, `pds`) are the elements from `firstBank` on: on its bank and leg, else on the PDU.
[[nodiscard]] PsuCord cordOnBanks(ElementIndex pdu, ElementIndex firstBank,
                                  const std::unordered_map<std::uint32_t, std::size_t>& bankOfOutlet,
                                  const PowerDistributionSpec& pds, std::uint32_t outlet);

/// Where each PDU's bank elements are: PDU element -> its bank elements in catalog order.
using BanksByPdu = std::unordered_map<ElementIndex, std::vector<ElementIndex>>;
[[nodiscard]] BanksByPdu banksByPdu(const PowerNetwork& net);

/// The cords of each device in `devices` (by device id), read from the power-cord links in
/// link order: each lands on the bank holding its outlet (from the PDU's catalog entry), else on
/// the PDU. `pduElements` maps a PDU's device id to its element.
[[nodiscard]] std::unordered_map<std::uint32_t, std::vector<PsuCord>> cordsOf(
    const Model& model, const Catalog& catalog, const std::unordered_map<std::uint32_t, ElementIndex>& pduElements,
    const BanksByPdu& banks, const std::unordered_map<std::uint32_t, bool>& devices);

/// The powered device `device` with the cords of `current` (cords are links, which the caller
/// knows did not change); nullopt for PDUs, power shelves and devices with no PSUs.
[[nodiscard]] std::optional<PoweredDevice> poweredDeviceOf(const Model& model, const Catalog& catalog, const Device& device,
                                                           const PoweredDevice& current, const PowerRules& rules);

}  // namespace rw::power
