# Cluster generator (issue 4). The fat-tree planner is pure arithmetic: no catalog, no Model.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FatTreePlan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FatTreePlanner.cpp)
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SpecParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeviceFactory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FloorPlacer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RackBuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FabricWiring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ManagementWiring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PowerWiring.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RackPowerPlanner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PowerChain.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoolingPlacement.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NvlinkDomains.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CablesAndOptics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Generator.cpp)
# Cable trays (issue 5)
target_sources(rackweave_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/TrayLayout.cpp ${CMAKE_CURRENT_LIST_DIR}/TraySizing.cpp)
