# Files for the systems a cluster team already runs (issue 15): Slurm topology.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Hostlist.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SlurmTopology.cpp)
