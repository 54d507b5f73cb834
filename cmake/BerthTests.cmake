# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers for registering tests. Every test runs offscreen with test-mode standard paths
# (QStandardPaths::setTestModeEnabled in the test itself) and a timeout.

set(BERTH_ENV_DIR "${CMAKE_BINARY_DIR}/env" CACHE INTERNAL "State of the test services")
# Every test's own home (HOME, DOCKER_CONFIG, the XDG folders), made fresh by the testhome
# fixture (tests/env/testhome.sh) at the start of each run: the docker CLI and skopeo never
# read the user's configuration or credentials, and no test sees what another wrote.
set(BERTH_TEST_HOMES "${CMAKE_BINARY_DIR}/test-homes" CACHE INTERNAL "Homes of the tests")

# Labels, timeout, environment and fixtures shared by every kind of test.
function(_berth_test_properties name labels timeout fixtures environment)
    if(NOT timeout)
        set(timeout 120)
    endif()
    if(NOT labels)
        set(labels unit)
    endif()
    set(home "${BERTH_TEST_HOMES}/${name}")
    set_property(GLOBAL APPEND PROPERTY BERTH_TEST_HOME_DIRS "${home}")
    # Not REGISTRY_AUTH_FILE for skopeo: docker-registry, which tests restart, takes every
    # REGISTRY_* variable for its configuration. skopeo reads XDG_RUNTIME_DIR's auth.json.
    set(home_environment "HOME=${home}" "DOCKER_CONFIG=${home}/.docker"
        "XDG_RUNTIME_DIR=${home}/.run" "XDG_CONFIG_HOME=${home}/.config"
        "XDG_DATA_HOME=${home}/.local/share" "XDG_CACHE_HOME=${home}/.cache")
    set_tests_properties(${name} PROPERTIES
        LABELS "${labels}"
        TIMEOUT ${timeout}
        SKIP_RETURN_CODE 77
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=;BERTH_ENV_DIR=${BERTH_ENV_DIR};BERTH_BINARY_DIR=${CMAKE_BINARY_DIR};BERTH_SOURCE_DIR=${PROJECT_SOURCE_DIR};${home_environment};${environment}")
    set(required testhome ${fixtures})
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${required}")
    # Tests share one private dockerd and change its images: under ctest -j they take
    # turns, so one test's tags never show up in another's comparison.
    if("dockerd" IN_LIST fixtures)
        set_property(TEST ${name} APPEND PROPERTY RESOURCE_LOCK dockerd)
    endif()
endfunction()

# berth_add_test(NAME tst_x SOURCES ... LIBS ... [LABELS ...] [FIXTURES ...] [TIMEOUT s])
# Builds one small QtTest executable and registers it. FIXTURES names the services the
# test needs (e.g. dockerd); their start and stop become CTest fixtures.
function(berth_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${ARG_NAME} PRIVATE "${PROJECT_SOURCE_DIR}/tests")
    berth_target_defaults(${ARG_NAME})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    _berth_test_properties(${ARG_NAME} "${ARG_LABELS}" "${ARG_TIMEOUT}" "${ARG_FIXTURES}" "${ARG_ENVIRONMENT}")
endfunction()

# berth_add_script_test(NAME x COMMAND ... [LABELS ...] [FIXTURES ...]): a test that is a
# command (a shell script driving real clients), with the same environment.
function(berth_add_script_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "COMMAND;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_COMMAND})
    _berth_test_properties(${ARG_NAME} "${ARG_LABELS}" "${ARG_TIMEOUT}" "${ARG_FIXTURES}" "${ARG_ENVIRONMENT}")
endfunction()

# berth_add_test_homes(): after every test is registered, the fixture that makes their homes.
function(berth_add_test_homes)
    get_property(homes GLOBAL PROPERTY BERTH_TEST_HOME_DIRS)
    add_test(NAME env_testhome_start
        COMMAND bash "${PROJECT_SOURCE_DIR}/tests/env/testhome.sh" ${homes})
    set_tests_properties(env_testhome_start PROPERTIES FIXTURES_SETUP testhome LABELS env TIMEOUT 60)
endfunction()

# berth_add_service(NAME dockerd SCRIPT tests/env/dockerd.sh [ARGS ...] [REQUIRES ...]):
# registers the service's start and stop scripts as the setup and cleanup of a CTest
# fixture of the same name. The script is called as SCRIPT start|stop STATE_DIR [ARGS];
# its state (sockets, ports, logs) lives in ${BERTH_ENV_DIR}/NAME. ARGS lets one script
# serve several fixtures (registry.sh open|htpasswd|token|tls); REQUIRES names fixtures
# that must run first (the proxy needs the registry behind it).
function(berth_add_service)
    cmake_parse_arguments(ARG "" "NAME;SCRIPT" "REQUIRES;ARGS" ${ARGN})
    set(state "${BERTH_ENV_DIR}/${ARG_NAME}")
    add_test(NAME env_${ARG_NAME}_start COMMAND bash "${ARG_SCRIPT}" start "${state}" ${ARG_ARGS})
    add_test(NAME env_${ARG_NAME}_stop COMMAND bash "${ARG_SCRIPT}" stop "${state}" ${ARG_ARGS})
    set_tests_properties(env_${ARG_NAME}_start PROPERTIES FIXTURES_SETUP ${ARG_NAME} LABELS env TIMEOUT 180
        ENVIRONMENT "BERTH_ENV_DIR=${BERTH_ENV_DIR};BERTH_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
    set_tests_properties(env_${ARG_NAME}_stop PROPERTIES FIXTURES_CLEANUP ${ARG_NAME} LABELS env TIMEOUT 60
        ENVIRONMENT "BERTH_ENV_DIR=${BERTH_ENV_DIR};BERTH_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
    if(ARG_REQUIRES)
        set_tests_properties(env_${ARG_NAME}_start PROPERTIES FIXTURES_REQUIRED "${ARG_REQUIRES}")
        set_tests_properties(env_${ARG_NAME}_stop PROPERTIES FIXTURES_REQUIRED "${ARG_REQUIRES}")
    endif()
endfunction()

# berth_add_fuzz_target(NAME fuzz_x SOURCE x.cpp LIBS ... CORPUS dir)
# The suite replays the corpus through the target with a plain main (label fuzz-replay);
# with BERTH_FUZZ (clang) a libFuzzer binary is built too, run for a set time (label fuzz).
function(berth_add_fuzz_target)
    cmake_parse_arguments(ARG "" "NAME;SOURCE;CORPUS" "LIBS" ${ARGN})
    if(BERTH_FUZZ)
        add_executable(${ARG_NAME} ${ARG_SOURCE})
        target_link_libraries(${ARG_NAME} PRIVATE ${ARG_LIBS})
        target_compile_options(${ARG_NAME} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_options(${ARG_NAME} PRIVATE -fsanitize=fuzzer,address,undefined)
        berth_target_defaults(${ARG_NAME})
        set(BERTH_FUZZ_SECONDS 60 CACHE STRING "Seconds each timed fuzz run takes")
        # New inputs go to a corpus in the build folder; the committed one is only read.
        set(work_corpus "${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}_corpus")
        file(MAKE_DIRECTORY "${work_corpus}")
        add_test(NAME ${ARG_NAME}_timed COMMAND ${ARG_NAME} -max_total_time=${BERTH_FUZZ_SECONDS}
            -rss_limit_mb=2048 "${work_corpus}" "${ARG_CORPUS}")
        set_tests_properties(${ARG_NAME}_timed PROPERTIES LABELS fuzz TIMEOUT 900)
    else()
        add_executable(${ARG_NAME}_replay ${ARG_SOURCE} "${PROJECT_SOURCE_DIR}/tests/fuzz/replaymain.cpp")
        target_link_libraries(${ARG_NAME}_replay PRIVATE ${ARG_LIBS})
        berth_target_defaults(${ARG_NAME}_replay)
        add_test(NAME ${ARG_NAME}_replay COMMAND ${ARG_NAME}_replay "${ARG_CORPUS}")
        set_tests_properties(${ARG_NAME}_replay PROPERTIES LABELS fuzz-replay TIMEOUT 300)
    endif()
endfunction()
