target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/StringPool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SpatialIndex.cpp)
