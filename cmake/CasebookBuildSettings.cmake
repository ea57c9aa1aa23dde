# One INTERFACE target carries the settings every Casebook target shares.
add_library(casebook_build_settings INTERFACE)

target_compile_definitions(casebook_build_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  CASEBOOK_VERSION="${PROJECT_VERSION}")

target_compile_options(casebook_build_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual)

if(CASEBOOK_WARNINGS_AS_ERRORS)
  target_compile_options(casebook_build_settings INTERFACE -Werror)
endif()

if(CASEBOOK_SANITIZE)
  target_compile_options(casebook_build_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(casebook_build_settings INTERFACE -fsanitize=address,undefined)
endif()
