# Spoken cues, rendered to WAV at build time with flite so they work offline
# and without a text-to-speech engine at run time.
#
# carrywell_add_speech(TARGET target PHRASES_FILE file CONTENT_DIR dir)
# speaks every line of PHRASES_FILE, the numbers 1–30 and the name of every
# exercise under CONTENT_DIR, and compiles the clips into TARGET under
# :/speech/<slug>.wav, where slug is the phrase in lower case with every run
# of other characters turned into one "-" (see SpeechClips::slug()).

find_program(FLITE_EXECUTABLE flite REQUIRED)

function(carrywell_speech_slug text out)
    string(TOLOWER "${text}" slug)
    string(REGEX REPLACE "[^a-z0-9]+" "-" slug "${slug}")
    string(REGEX REPLACE "^-+|-+$" "" slug "${slug}")
    set(${out} "${slug}" PARENT_SCOPE)
endfunction()

function(carrywell_add_speech)
    cmake_parse_arguments(ARG "" "TARGET;PHRASES_FILE;CONTENT_DIR" "" ${ARGN})
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ARG_PHRASES_FILE})

    file(STRINGS ${ARG_PHRASES_FILE} lines)
    set(phrases)
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        if(line AND NOT line MATCHES "^#")
            list(APPEND phrases "${line}")
        endif()
    endforeach()
    foreach(n RANGE 1 30)
        list(APPEND phrases "${n}")
    endforeach()

    file(GLOB_RECURSE content_files CONFIGURE_DEPENDS ${ARG_CONTENT_DIR}/*.json)
    foreach(file IN LISTS content_files)
        file(READ ${file} json)
        string(JSON has ERROR_VARIABLE missing GET "${json}" exercises)
        if(missing)
            continue()
        endif()
        string(JSON count LENGTH "${json}" exercises)
        math(EXPR last "${count} - 1")
        foreach(i RANGE ${last})
            string(JSON name GET "${json}" exercises ${i} name)
            list(APPEND phrases "${name}")
        endforeach()
    endforeach()

    set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/speech)
    file(MAKE_DIRECTORY ${out_dir})
    set(wavs)
    set(seen)
    foreach(phrase IN LISTS phrases)
        carrywell_speech_slug("${phrase}" slug)
        if(slug IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${slug})
        set(wav ${out_dir}/${slug}.wav)
        add_custom_command(OUTPUT ${wav}
            COMMAND ${FLITE_EXECUTABLE} -t "${phrase}" -o ${wav}
            COMMENT "Speaking \"${phrase}\""
            VERBATIM)
        list(APPEND wavs ${wav})
    endforeach()
    qt_add_resources(${ARG_TARGET} "speech"
        PREFIX "/speech"
        BASE ${out_dir}
        FILES ${wavs})
endfunction()
