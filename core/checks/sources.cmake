# Design checks (issue 6 findings): derived from the model, the catalog and the routing result.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Finding.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DesignChecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LayoutCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConnectivityCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PathwayCheck.cpp)
