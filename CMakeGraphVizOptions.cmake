# `cmake --graphviz=build/graph/carrywell.dot --preset dev` draws the layers
# (docs/architecture.md): our libraries and the Qt modules they link, without
# tests, benchmarks, generated resource targets and Qt's build tools.
set(GRAPHVIZ_GRAPH_NAME "Carrywell")
set(GRAPHVIZ_IGNORE_TARGETS
    "_resources_[0-9]+$"
    "^Qt6::(moc|uic|rcc|lrelease|lupdate|Platform)$"
    "^GTest::" "^benchmark::" "^SQLite::" "^OpenGL::" "^Threads::" "^Wrap" "^Qt::"
    "^Qt6::(Test|Network|OpenGL|OpenGLWidgets|Gui)$"
    "_tests$" "^journal_writer$" "^carrywell_bench" "_bench$" "^make_bench_data$"
    "^empty_window$" "^first_paint$")
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
