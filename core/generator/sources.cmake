# Cluster generator (issue 4). The fat-tree planner is pure arithmetic: no catalog, no Model.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FatTreePlan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FatTreePlanner.cpp)
