target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Catalog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CatalogEntry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CatalogLoader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EntryParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/JsonFields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NetboxImport.cpp)
