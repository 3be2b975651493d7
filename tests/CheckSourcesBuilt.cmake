# Fails when a .cpp file under core/, ui/ or app/ is compiled by no target: the source lists
# are explicit, so a file added without naming it in its library's list would otherwise be
# silently left out. Usage: cmake -DROOT=<source dir> -DCOMMANDS=<compile_commands.json> -P ...
file(READ "${COMMANDS}" commands)
set(missing "")
foreach(part core ui app)
  file(GLOB_RECURSE sources RELATIVE "${ROOT}" "${ROOT}/${part}/*.cpp")
  foreach(source IN LISTS sources)
    string(FIND "${commands}" "\"file\": \"${ROOT}/${source}\"" at)
    if(at EQUAL -1)
      list(APPEND missing "${source}")
    endif()
  endforeach()
endforeach()
if(missing)
  list(JOIN missing "\n  " text)
  message(FATAL_ERROR "sources that no target compiles (add them to their CMakeLists.txt):\n  ${text}")
endif()
message(STATUS "every source under core/, ui/ and app/ is compiled")
