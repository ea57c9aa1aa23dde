# Fails when translations/casebook_en_GB.ts is not what `update_translations`
# would make of the sources now, or when one of its plural messages has no
# English forms. Run by ctest with -DPROJECT_IN (the lupdate project the build
# generated), -DGENERATOR (Qt's GenerateLUpdateProject.cmake), -DLUPDATE,
# -DTS (the committed file) and -DWORK (a scratch folder).
set(json "${WORK}/translations_project.json")
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${json}
                        -P ${GENERATOR}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cannot make the lupdate project from ${PROJECT_IN}")
endif()
set(copy "${WORK}/casebook_en_GB.check.ts")
configure_file(${TS} ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} -project ${json} -no-obsolete -locations none -ts ${copy}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ ${TS} committed)
file(READ ${copy} current)
if(NOT committed STREQUAL current)
  execute_process(COMMAND diff -u ${TS} ${copy} OUTPUT_VARIABLE difference)
  message(FATAL_ERROR "translations/casebook_en_GB.ts is out of date with the sources: run "
                      "`cmake --build build --target update_translations` and commit it.\n"
                      "${difference}")
endif()
string(REGEX MATCHALL "<message numerus=\"yes\">[^<]*<source>[^<]*</source>[^<]*<translation type=\"unfinished\""
       unfinished "${committed}")
if(unfinished)
  string(REGEX REPLACE "<[^>]*>|\n" " " names "${unfinished}")
  message(FATAL_ERROR "plural messages without their English forms in casebook_en_GB.ts "
                      "(give each a <numerusform> for one and for many): ${names}")
endif()
