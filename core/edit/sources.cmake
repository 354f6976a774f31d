target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EntityValue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Transaction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Document.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Cascade.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Commands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Properties.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NameAllocator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Fragment.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlacementCommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ArrangeCommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeviceCommands.cpp)
