# Writes the manual page: carrywell.1.in with the SYNOPSIS and OPTIONS
# sections that `carrywell --help-man` makes from the command table, so the
# manual lists the options --help does, spelled the same way.
#   cmake -DCARRYWELL=<program> -DTEMPLATE=<carrywell.1.in> -DOUTPUT=<carrywell.1>
#         -DPROJECT_VERSION=<version> -P ManPage.cmake
execute_process(COMMAND ${CARRYWELL} --help-man
    OUTPUT_VARIABLE sections ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${CARRYWELL} --help-man failed (${status}): ${errors}")
endif()
string(FIND "${sections}" ".SH OPTIONS" split)
if(split EQUAL -1)
    message(FATAL_ERROR "${CARRYWELL} --help-man wrote no OPTIONS section")
endif()
string(SUBSTRING "${sections}" 0 ${split} CARRYWELL_MAN_SYNOPSIS)
string(SUBSTRING "${sections}" ${split} -1 CARRYWELL_MAN_OPTIONS)
string(STRIP "${CARRYWELL_MAN_SYNOPSIS}" CARRYWELL_MAN_SYNOPSIS)
string(STRIP "${CARRYWELL_MAN_OPTIONS}" CARRYWELL_MAN_OPTIONS)
configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
