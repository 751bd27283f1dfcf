# known_leaks.cmake — reads tests/known_leaks.txt: the tests that the asan
# presets run with LeakSanitizer off (each entry says why).
#
#   ftpy_known_leaks(<out_var>)            the list of ctest names
#   ftpy_mark_known_leaks(<names...>)      for each name that is a test of
#                                          the current directory, append
#                                          detect_leaks=0 to its ASAN_OPTIONS
#
# Only with FTPY_SANITIZE=address; elsewhere both do nothing. Unit tests
# are discovered by gtest_discover_tests at test time, so tests/CMakeLists.txt
# passes their names to a second discovery instead (TEST_FILTER).
set(FTPY_KNOWN_LEAKS_FILE "${CMAKE_CURRENT_LIST_DIR}/../tests/known_leaks.txt")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${FTPY_KNOWN_LEAKS_FILE}")

# The ASAN_OPTIONS change that turns leak checking off for one test.
set(FTPY_NO_LEAK_CHECK "ASAN_OPTIONS=string_append::detect_leaks=0")

function(ftpy_known_leaks out_var)
  set(names "")
  if(FTPY_SANITIZE STREQUAL "address" AND EXISTS "${FTPY_KNOWN_LEAKS_FILE}")
    file(STRINGS "${FTPY_KNOWN_LEAKS_FILE}" lines)
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "#.*" "" line "${line}")
      string(STRIP "${line}" line)
      if(line)
        list(APPEND names "${line}")
      endif()
    endforeach()
  endif()
  set(${out_var} ${names} PARENT_SCOPE)
endfunction()

function(ftpy_mark_known_leaks)
  foreach(name IN LISTS ARGN)
    if(TEST "${name}")
      set_property(TEST "${name}" APPEND PROPERTY ENVIRONMENT_MODIFICATION "${FTPY_NO_LEAK_CHECK}")
    endif()
  endforeach()
endfunction()
