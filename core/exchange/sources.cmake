# Exchange with the tools a cluster team runs (issue 15): reading an ibnetdiscover capture and
# the as-built check against the design.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/IbnetdiscoverCapture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AsBuiltCheck.cpp)
