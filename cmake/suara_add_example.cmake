# suara_add_example: an executable of examples/ or tools/, built and run as a test (the
# Boost.Hana habit: every example is a test).
# suara_add_example(<name> <src> [EXPECTED <file>] [ARGS ...])
function(suara_add_example name src)
  cmake_parse_arguments(ARG "" "EXPECTED" "ARGS;LIBS" ${ARGN})
  add_executable(${name} ${src})
  target_link_libraries(${name} PRIVATE suara::suara suara_warnings ${ARG_LIBS})
  if(SUARA_BUILD_TESTS)
    if(ARG_EXPECTED)
      add_test(NAME example.${name}
               COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:${name}> -DEXPECTED=${ARG_EXPECTED}
                       "-DARGS=${ARG_ARGS}" -P ${PROJECT_SOURCE_DIR}/cmake/run_and_compare.cmake)
    else()
      add_test(NAME example.${name} COMMAND ${name} ${ARG_ARGS})
    endif()
  endif()
endfunction()

