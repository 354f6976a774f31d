# Cable router (issue 5): tray graph, media rules, capacity-aware routing, route storage.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AxisSearch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NearestNodeIndex.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RoutingWorld.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RuleResolver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Router.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RouterCongestion.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RouterGeometry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RouteStorage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RouteQuality.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrayDemand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrayPath.cpp)
