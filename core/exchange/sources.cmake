# Files for and from the systems a cluster team already runs (issue 15): Slurm topology, reading
# an ibnetdiscover capture, the as-built check against the design and OpenSM ftree GUID files.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Hostlist.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SlurmTopology.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IbnetdiscoverCapture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AsBuiltCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OpenSmGuidFiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DesignedFabric.cpp)
# NetBox import pack: CSVs in import order and the device-type YAMLs they reference.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NetboxDeviceTypes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NetboxPack.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PackFolder.cpp)
# Excel workbooks (hall: BOM, Cables, Racks; purchasing BOM by category) with libxlsxwriter (Debian: libxlsxwriter-dev).
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
target_link_libraries(rackweave_core PRIVATE PkgConfig::XLSXWRITER)
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/XlsxBook.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HallWorkbook.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BomWorkbook.cpp)
# glTF 2.0 of racks, devices, trays and cable bundles with tinygltf (Debian: libtinygltf-dev).
find_package(TinyGLTF REQUIRED)
target_link_libraries(rackweave_core PRIVATE TinyGLTF::TinyGLTF)
target_sources(rackweave_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/GltfBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/HallGltf.cpp)
