# Files for and from the systems a cluster team already runs (issue 15): Slurm topology, reading
# an ibnetdiscover capture and the as-built check against the design.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Hostlist.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SlurmTopology.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IbnetdiscoverCapture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AsBuiltCheck.cpp)
# NetBox import pack: CSVs in import order and the device-type YAMLs they reference.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NetboxDeviceTypes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NetboxPack.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PackFolder.cpp)
