# Plugin host (issue 17): dlopen-loaded exporters and checks, API in plugins/api.
include(GNUInstallDirs)
target_sources(rackweave_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/PluginHost.cpp)
target_include_directories(rackweave_core PUBLIC ${PROJECT_SOURCE_DIR}/plugins/api)
target_link_libraries(rackweave_core PRIVATE ${CMAKE_DL_LIBS})
target_compile_definitions(rackweave_core PRIVATE RACKWEAVE_PLUGIN_LIBDIR="${CMAKE_INSTALL_LIBDIR}")
