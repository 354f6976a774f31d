# Reports derived from a design (issue 4): statistics and the InfiniBand topology export.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CablesCsv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BillOfMaterials.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DesignStats.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DesignStatsFormat.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IbnetdiscoverExport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RackMetrics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RouteQualityFormat.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StatsReport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrayFill.cpp)
