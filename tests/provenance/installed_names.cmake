# Installs suara into a scratch prefix and runs the installed suara-audit on the shipped Sirekap
# records: the region must be named from <prefix>/share/suara/wilayah/regions.tsv.gz.
#   cmake -DBUILD_DIR=<build> -DDATA_DIR=<checkout>/data -P installed_names.cmake
# The prefix is outside the build tree: a program run from inside its build tree looks there first.
if(DEFINED ENV{TMPDIR})
  set(_tmp $ENV{TMPDIR})
else()
  set(_tmp /tmp)
endif()
string(RANDOM LENGTH 10 _r)
set(WORK_DIR ${_tmp}/suara-installed-${_r})
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/prefix
                OUTPUT_QUIET RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "install failed: ${rc}")
endif()
set(_names ${WORK_DIR}/prefix/share/suara/wilayah/regions.tsv.gz)
if(NOT EXISTS ${_names})
  message(FATAL_ERROR "the install has no ${_names}")
endif()
# suara-audit's manual page and bash completion are installed beside it.
foreach(_f share/man/man1/suara-audit.1 share/bash-completion/completions/suara-audit)
  if(NOT EXISTS ${WORK_DIR}/prefix/${_f})
    message(FATAL_ERROR "the install has no ${_f}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=0
                        ${WORK_DIR}/prefix/bin/suara-audit --quiet --output jsonl ${DATA_DIR}/sirekap
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
string(REGEX MATCH "^[^\n]*" header "${out}")
string(FIND "${header}" "\"names_source\": \"${WORK_DIR}/prefix/share/suara/wilayah/regions.tsv.gz\"" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the installed suara-audit did not name the region from its share/suara: ${header}")
endif()
string(FIND "${header}" "\"text\": \"31 DKI JAKARTA\"" at)
if(at EQUAL -1)
  message(FATAL_ERROR "region not named: ${header}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "installed suara-audit names regions from ${_names}")
