#pragma once
// Schema of a .rackweave file, version 3. docs/file-format.md documents every column; keep both
// in step. Ids are the model's own ids (INTEGER PRIMARY KEY), so they survive save/open.
// The numerous entities are packed: a device's consecutive ports into one `port_runs` row
// (PortRun.h), and runs of consecutive links, cables and transceivers into `*_runs` rows
// (PackedRecords.h). Their references are checked on open by Model::validate(), not by foreign keys.
// Version 1 (links, cables and transceivers one row each) and version 2 (no power ratings beyond
// amps and kW, no hall cooling figures, no zone of a cooling unit) are still read: ProjectReader.cpp.
#include <string_view>

namespace rw::schema {

inline constexpr std::string_view kCreateV3 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE strings (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE halls (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, outline TEXT NOT NULL,
  floor_load_kg_m2 REAL NOT NULL, ceiling_height_mm INTEGER NOT NULL,
  cooling_capacity_kw REAL NOT NULL, water_supply_c REAL NOT NULL);
CREATE TABLE obstacles (
  hall INTEGER NOT NULL REFERENCES halls(id), seq INTEGER NOT NULL, kind TEXT NOT NULL, outline TEXT NOT NULL,
  PRIMARY KEY (hall, seq));
CREATE TABLE rows (
  id INTEGER PRIMARY KEY, hall INTEGER NOT NULL REFERENCES halls(id), name TEXT NOT NULL,
  origin_x INTEGER NOT NULL, origin_y INTEGER NOT NULL, rotation INTEGER NOT NULL);
CREATE TABLE racks (
  id INTEGER PRIMARY KEY, hall INTEGER NOT NULL REFERENCES halls(id), row INTEGER REFERENCES rows(id),
  catalog INTEGER NOT NULL REFERENCES strings(id), name TEXT NOT NULL,
  x INTEGER NOT NULL, y INTEGER NOT NULL, rotation INTEGER NOT NULL, role TEXT NOT NULL);
CREATE TABLE devices (
  id INTEGER PRIMARY KEY, rack INTEGER NOT NULL REFERENCES racks(id),
  catalog INTEGER NOT NULL REFERENCES strings(id), name TEXT NOT NULL,
  u INTEGER NOT NULL, face TEXT NOT NULL, role TEXT NOT NULL);
CREATE TABLE port_runs (
  first_port INTEGER PRIMARY KEY, device INTEGER NOT NULL REFERENCES devices(id), ports BLOB NOT NULL);
CREATE TABLE link_runs (first_link INTEGER PRIMARY KEY, links BLOB NOT NULL);
CREATE TABLE cable_runs (first_cable INTEGER PRIMARY KEY, cables BLOB NOT NULL);
CREATE TABLE transceiver_runs (first_transceiver INTEGER PRIMARY KEY, transceivers BLOB NOT NULL);
CREATE TABLE trays (
  id INTEGER PRIMARY KEY, hall INTEGER NOT NULL REFERENCES halls(id),
  ax INTEGER NOT NULL, ay INTEGER NOT NULL, az INTEGER NOT NULL,
  bx INTEGER NOT NULL, by INTEGER NOT NULL, bz INTEGER NOT NULL,
  width_mm INTEGER NOT NULL, depth_mm INTEGER NOT NULL, level INTEGER NOT NULL, kind TEXT NOT NULL,
  max_fill_percent INTEGER NOT NULL, max_load_kg_m REAL NOT NULL,
  catalog INTEGER NOT NULL REFERENCES strings(id));
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, side TEXT NOT NULL, voltage INTEGER NOT NULL,
  capacity_kw REAL NOT NULL, capacity_kva REAL NOT NULL, catalog INTEGER NOT NULL REFERENCES strings(id));
CREATE TABLE panels (
  id INTEGER PRIMARY KEY, feed INTEGER NOT NULL REFERENCES feeds(id), hall INTEGER REFERENCES halls(id),
  name TEXT NOT NULL, kind TEXT NOT NULL, rated_amps INTEGER NOT NULL,
  catalog INTEGER NOT NULL REFERENCES strings(id));
CREATE TABLE circuits (
  id INTEGER PRIMARY KEY, panel INTEGER NOT NULL REFERENCES panels(id),
  pdu INTEGER NOT NULL REFERENCES devices(id), breaker_amps INTEGER NOT NULL, voltage INTEGER NOT NULL,
  phases INTEGER NOT NULL, catalog INTEGER NOT NULL REFERENCES strings(id));
CREATE TABLE cooling_units (
  id INTEGER PRIMARY KEY, hall INTEGER NOT NULL REFERENCES halls(id),
  catalog INTEGER NOT NULL REFERENCES strings(id), name TEXT NOT NULL, kind TEXT NOT NULL,
  x INTEGER NOT NULL, y INTEGER NOT NULL, rotation INTEGER NOT NULL, capacity_kw REAL NOT NULL,
  device INTEGER REFERENCES devices(id), row INTEGER REFERENCES rows(id));
)sql";

}  // namespace rw::schema
