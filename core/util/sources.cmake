target_sources(rackweave_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ShippedAssets.cpp)
