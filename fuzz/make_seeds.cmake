# make_seeds.cmake — the fuzz seed corpus: copies every *.py under each of
# ROOTS ('|'-separated; missing folders are skipped) into OUTPUT, named
# <root index>_<root name>_<path with '/' as '_'>, so no two seeds collide.
#
#   cmake -DOUTPUT=<dir> -DROOTS=<dir>|<dir>... -P make_seeds.cmake
#
# Run at every build (fuzz/CMakeLists.txt); unchanged files are not
# rewritten, so the corpus folder's times stay put.
if(NOT OUTPUT OR NOT ROOTS)
  message(FATAL_ERROR "make_seeds.cmake: set OUTPUT and ROOTS")
endif()
string(REPLACE "|" ";" _roots "${ROOTS}")
file(MAKE_DIRECTORY "${OUTPUT}")
set(_count 0)
set(_index 0)
foreach(_root IN LISTS _roots)
  math(EXPR _index "${_index} + 1")
  if(NOT IS_DIRECTORY "${_root}")
    continue()
  endif()
  get_filename_component(_name "${_root}" NAME)
  set(_tag "${_index}_${_name}")
  file(GLOB_RECURSE _programs "${_root}/*.py")
  foreach(_py IN LISTS _programs)
    file(RELATIVE_PATH _rel "${_root}" "${_py}")
    string(REPLACE "/" "_" _flat "${_tag}_${_rel}")
    file(COPY_FILE "${_py}" "${OUTPUT}/${_flat}" ONLY_IF_DIFFERENT)
    math(EXPR _count "${_count} + 1")
  endforeach()
endforeach()
message(STATUS "fuzz seeds: ${_count} programs in ${OUTPUT}")
