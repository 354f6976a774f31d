# Install planning (issue 12): a generic resource-constrained project scheduler (RCPSP) and its
# PSPLIB reader; the work packages built from a design come on top.
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RcpspProblem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CriticalPath.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ResourceProfile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SerialScheduler.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ScheduleCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CapacityWhatIf.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CrewAssignment.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PsplibReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RcpspBranchAndBound.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LabourRates.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WorkPackages.cpp)
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PlanSettings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InstallSpec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WorkCalendar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InstallPlan.cpp)
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PlanReports.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MspdiExport.cpp)
# Printouts: label stocks, cable labels (TIA-606 identifiers, ZPL) and work orders, as data; the
# painting is render/print (rackweave_print).
target_sources(rackweave_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LabelStock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CableLabels.cpp)
target_sources(rackweave_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/WorkOrders.cpp)
