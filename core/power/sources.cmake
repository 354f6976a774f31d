# Power budgets (issue 11): electrical arithmetic, PSU failover, cooling capacity curves and the
# power check over the model, normally and after each single failure, kept up to date across
# edits; the cooling check (docs/power.md).
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PowerMath.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PsuFailover.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CapacityCurve.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FailureSweep.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PowerFindings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PowerJudgements.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PowerCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PowerCheckSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PowerNetworkFromModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PowerNetworkParts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PowerBudget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoolingCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ScenarioLoads.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InRackCduLoads.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CoolingNetworkFromModel.cpp)
