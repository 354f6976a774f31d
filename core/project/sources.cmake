target_sources(rackweave_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/NewProject.cpp)
