# Fails when a file under SOURCE_DIR includes a QtWidgets, QtPrintSupport or
# QtCharts header. Run by the build (see core/CMakeLists.txt).
file(GLOB_RECURSE _sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(_widget_headers
  "QtWidgets|QtPrintSupport|QtCharts|QApplication|QWidget|QMainWindow|QDialog|QMessageBox"
  "|QFileDialog|QLabel|QLineEdit|QPushButton|QAction|QMenu|QPrinter|QChart"
  "|Q[A-Za-z]*View|Q[A-Za-z]*Widget")
string(JOIN "" _widget_headers ${_widget_headers})
set(_violations "")
foreach(_file IN LISTS _sources)
  file(STRINGS "${_file}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]*<")
  foreach(_line IN LISTS _includes)
    # QStringView and its kin are QtCore's views of text, not item views.
    if(_line MATCHES "<(${_widget_headers})[>/]" AND NOT _line MATCHES "<Q[A-Za-z0-9]*(String|Array)View>")
      list(APPEND _violations "${_file}: ${_line}")
    endif()
  endforeach()
endforeach()
if(_violations)
  list(JOIN _violations "\n  " _text)
  message(FATAL_ERROR "core must not use QtWidgets:\n  ${_text}")
endif()
