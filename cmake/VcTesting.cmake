# Helpers that every test folder uses, so that tests and fuzzers are declared one way.
include(GoogleTest)

# Environment for every test: sanitizer options and the leak suppressions for third-party libraries.
set(VC_TEST_ENV
  "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1"
  "LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
  "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
  "VC_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
  "VC_BIN_DIR=${CMAKE_BINARY_DIR}/bin")

# Gives a gtest executable VC_TEST_ENV through its launcher. gtest_discover_tests (CMake 3.25,
# PRE_TEST) flattens a list-valued ENVIRONMENT property so that only its first variable would
# survive; a launcher ("cmake -E env ...") is used for discovery and every run alike.
function(vc_set_test_environment target)
  set_target_properties(${target} PROPERTIES CROSSCOMPILING_EMULATOR "${CMAKE_COMMAND};-E;env;${VC_TEST_ENV}")
endfunction()

# vc_add_gtest(NAME SOURCES a.cpp b.cpp LIBS lib1 lib2 [LABELS l1])
function(vc_add_gtest name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main GTest::gmock)
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  vc_set_test_environment(${name})
  string(REPLACE ";" "\\;" escaped_labels "unit;${ARG_LABELS}")
  gtest_discover_tests(${name} DISCOVERY_MODE PRE_TEST PROPERTIES LABELS "${escaped_labels}")
endfunction()

# vc_add_fuzzer(NAME SOURCE file.cpp LIBS libs CORPUS dir [RUNS n])
# Builds a libFuzzer target (VC_FUZZ only) and a bounded smoke run of it as a test.
function(vc_add_fuzzer name)
  cmake_parse_arguments(ARG "" "SOURCE;CORPUS;RUNS" "LIBS" ${ARGN})
  if(NOT VC_FUZZ)
    return()
  endif()
  if(NOT ARG_RUNS)
    set(ARG_RUNS 20000)
  endif()
  add_executable(${name} ${ARG_SOURCE})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
  set(work ${CMAKE_BINARY_DIR}/fuzz/${name}-corpus)
  add_test(NAME fuzz.${name}
           COMMAND ${CMAKE_COMMAND} -E env ${VC_TEST_ENV}
                   ${CMAKE_SOURCE_DIR}/tests/fuzz/run-smoke.sh $<TARGET_FILE:${name}> ${ARG_RUNS}
                   ${work} ${ARG_CORPUS})
  set_tests_properties(fuzz.${name} PROPERTIES LABELS "fuzz" TIMEOUT 300)
endfunction()

