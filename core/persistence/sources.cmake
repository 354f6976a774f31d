target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Sqlite.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PolygonText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PackedRecords.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PortRun.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProjectWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProjectReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProjectFile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SaveFolder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProjectLock.cpp)
