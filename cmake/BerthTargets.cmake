# SPDX-License-Identifier: GPL-3.0-or-later
# Defaults every Berth target shares: strict Qt defines, warnings, sanitizers.

set(BERTH_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")

function(berth_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_STRICT_ITERATORS)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
    if(BERTH_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(BERTH_FUZZ)
        # Coverage feedback from the libraries too, not just the fuzz target's own file.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
    if(BERTH_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=${BERTH_SANITIZE} -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=${BERTH_SANITIZE})
    endif()
endfunction()

# berth_add_library(NAME berth_http SOURCES ... PUBLIC_LIBS ... PRIVATE_LIBS ...)
# One static library per core folder; headers are included as <folder/header.h>.
function(berth_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/core" "${PROJECT_SOURCE_DIR}")
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    berth_target_defaults(${name})
    set_property(GLOBAL APPEND PROPERTY BERTH_TRANSLATED_TARGETS ${name})
endfunction()
