# Fails when a file includes a header from a layer above its own. The order,
# lowest first:
#   core/common, core/domain → core/storage → core/sync → core/commands →
#   core/records → the features (every other folder of core) → cli, ui → app
# A folder may include its own layer and those below; cli and ui never
# include each other. Run by the build (see the top CMakeLists.txt) with
# -DSOURCE_DIR=<the project's source folder>.

function(_layer_rank path out)
  if(path MATCHES "^core/(common|domain)/")
    set(rank 0)
  elseif(path MATCHES "^core/storage/")
    set(rank 1)
  elseif(path MATCHES "^core/sync/")
    set(rank 2)
  elseif(path MATCHES "^core/commands/")
    set(rank 3)
  elseif(path MATCHES "^core/records/")
    set(rank 4)
  elseif(path MATCHES "^core/")
    set(rank 5)
  elseif(path MATCHES "^(cli|ui)/")
    set(rank 6)
  else()
    set(rank 7)
  endif()
  set(${out} ${rank} PARENT_SCOPE)
endfunction()

set(_violations "")
foreach(_top core cli ui app)
  file(GLOB_RECURSE _files RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${_top}/*.h"
       "${SOURCE_DIR}/${_top}/*.cpp")
  # Where a quoted include is looked for: beside the file, then the roots
  # the target's include path gives.
  if(_top STREQUAL "core")
    set(_roots core cli ui) # cli and ui last: only what core cannot mean otherwise
  elseif(_top STREQUAL "app")
    set(_roots app ui cli core)
  elseif(_top STREQUAL "cli")
    set(_roots cli core ui) # ui last: only what cli cannot mean otherwise
  else()
    set(_roots ui core cli)
  endif()
  foreach(_file IN LISTS _files)
    _layer_rank("${_file}" _rank)
    get_filename_component(_dir "${_file}" DIRECTORY)
    file(STRINGS "${SOURCE_DIR}/${_file}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(_line IN LISTS _includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" _header "${_line}")
      set(_found "")
      if(EXISTS "${SOURCE_DIR}/${_dir}/${_header}")
        set(_found "${_dir}/${_header}")
      else()
        foreach(_root IN LISTS _roots)
          if(NOT _found AND EXISTS "${SOURCE_DIR}/${_root}/${_header}")
            set(_found "${_root}/${_header}")
          endif()
        endforeach()
      endif()
      if(NOT _found)
        continue() # generated (ui_*.h, moc) or a system header in quotes
      endif()
      _layer_rank("${_found}" _target_rank)
      if(_target_rank GREATER _rank)
        list(APPEND _violations "${_file} includes ${_found}, a higher layer")
      elseif(_file MATCHES "^cli/" AND _found MATCHES "^ui/")
        list(APPEND _violations "${_file} includes ${_found}: cli and ui stand side by side")
      elseif(_file MATCHES "^ui/" AND _found MATCHES "^cli/")
        list(APPEND _violations "${_file} includes ${_found}: cli and ui stand side by side")
      endif()
    endforeach()
  endforeach()
endforeach()

if(_violations)
  list(JOIN _violations "\n  " _text)
  message(FATAL_ERROR "Layer order broken (see cmake/CheckLayers.cmake):\n  ${_text}")
endif()
