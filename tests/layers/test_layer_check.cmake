# Proves that cmake/CheckLayers.cmake fails on a file that includes a higher
# layer, and on cli and ui including each other, and passes a tree in order.
# Run by ctest: cmake -DCHECK=<CheckLayers.cmake> -DWORK=<scratch folder> -P this file.
function(write_tree root)
  file(REMOVE_RECURSE "${root}")
  file(WRITE "${root}/core/storage/Database.h" "#pragma once\n")
  file(WRITE "${root}/core/sync/Store.h" "#pragma once\n#include \"storage/Database.h\"\n")
  file(WRITE "${root}/core/children/ChildRecords.h" "#pragma once\n#include \"sync/Store.h\"\n")
  file(WRITE "${root}/cli/children/ChildCommands.cpp" "#include \"children/ChildRecords.h\"\n")
  file(WRITE "${root}/ui/children/ChildPage.h" "#pragma once\n#include \"children/ChildRecords.h\"\n")
  file(WRITE "${root}/app/main.cpp" "#include \"children/ChildPage.h\"\n")
endfunction()

function(expect_check root should_pass needle)
  execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${root} -P ${CHECK}
                  RESULT_VARIABLE result ERROR_VARIABLE error OUTPUT_QUIET)
  if(should_pass AND NOT result EQUAL 0)
    message(FATAL_ERROR "a tree in order was refused:\n${error}")
  endif()
  if(NOT should_pass)
    if(result EQUAL 0)
      message(FATAL_ERROR "a broken order passed (${needle})")
    endif()
    string(FIND "${error}" "${needle}" at)
    if(at LESS 0)
      message(FATAL_ERROR "the failure does not name ${needle}:\n${error}")
    endif()
  endif()
endfunction()

set(tree "${WORK}/layers")
write_tree("${tree}")
expect_check("${tree}" TRUE "")

file(APPEND "${tree}/core/storage/Database.h" "#include \"sync/Store.h\"\n")
expect_check("${tree}" FALSE "core/storage/Database.h includes core/sync/Store.h")

write_tree("${tree}")
file(WRITE "${tree}/core/records/RecordKinds.cpp" "#include \"children/ChildRecords.h\"\n")
expect_check("${tree}" FALSE "core/records/RecordKinds.cpp includes core/children/ChildRecords.h")

write_tree("${tree}")
file(APPEND "${tree}/ui/children/ChildPage.h" "#include \"children/ChildCommands.cpp\"\n")
expect_check("${tree}" FALSE "cli and ui stand side by side")

write_tree("${tree}")
file(APPEND "${tree}/core/children/ChildRecords.h" "#include \"children/ChildPage.h\"\n")
expect_check("${tree}" FALSE "core/children/ChildRecords.h")
file(REMOVE_RECURSE "${tree}")
