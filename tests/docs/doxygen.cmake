# Runs doxygen over include/suara with the configured Doxyfile and fails on any warning: a public
# name without a `///` comment, or a comment doxygen cannot read. The warnings are printed.
#   cmake -DDOXYGEN=<doxygen or empty> -DDOXYFILE=<configured Doxyfile> -DLOG=<warnings.log> -P doxygen.cmake
# Without doxygen the test reports itself skipped (scripts/setup.sh installs it, so CI runs it).
cmake_minimum_required(VERSION 3.20)
if(NOT DOXYGEN)
  message("SUARA-SKIP: doxygen not found; install Debian's doxygen (scripts/setup.sh does) to check the API reference")
  return()
endif()
file(REMOVE "${LOG}")
# doxygen opens WARN_LOGFILE before it creates OUTPUT_DIRECTORY: on a fresh build folder the
# directory must exist first.
get_filename_component(_log_dir "${LOG}" DIRECTORY)
file(MAKE_DIRECTORY "${_log_dir}")
execute_process(COMMAND "${DOXYGEN}" "${DOXYFILE}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(warnings "")
if(EXISTS "${LOG}")
  file(READ "${LOG}" warnings)
endif()
if(NOT rc EQUAL 0 OR NOT warnings STREQUAL "")
  string(REGEX MATCHALL "\n" _lines "\n${warnings}")
  list(LENGTH _lines _n)
  math(EXPR _n "${_n} - 1")
  message(FATAL_ERROR "doxygen: exit ${rc}, ${_n} warning line(s) (every public name needs a `///` comment):\n${warnings}${err}")
endif()
message(STATUS "doxygen: no warnings")
