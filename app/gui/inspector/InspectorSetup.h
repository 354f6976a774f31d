#pragma once
// Gives the window's properties inspector its pages (hall, row, device, tray, PDU, cable) and the
// ways to pick those objects: a click on empty floor, a row's name or a tray in the plan, a device
// in the rack elevation, a cable wherever it is focused (Findings, Find, the elevation's table), a
// feed, panel, circuit, PDU or in-rack CDU in the Power and Cooling dock's tree.
namespace rw::gui {

class MainWindow;

void setUpInspectorPages(MainWindow& window);

}  // namespace rw::gui
