#pragma once

#include <QCoreApplication>
#include <QString>

/// Gives a source file's functions a tr() whose strings belong to `context`,
/// a class name written out in full (carrywell::ui::JournalReport), the one
/// lupdate records. Write it once, after the includes and outside any
/// namespace; classes with Q_OBJECT keep their own tr(). lupdate is told to
/// read it as Q_DECLARE_TR_FUNCTIONS (-tr-function-alias, ui/CMakeLists.txt);
/// at file scope, rather than in a namespace that headers also open, lupdate
/// finds it from every function of the file.
#define CARRYWELL_TR_CONTEXT(context)                                                              \
    namespace {                                                                                    \
    [[maybe_unused]] QString tr(const char* sourceText, const char* disambiguation = nullptr,      \
                                int n = -1)                                                        \
    {                                                                                              \
        return QCoreApplication::translate(#context, sourceText, disambiguation, n);               \
    }                                                                                              \
    }                                                                                              \
    static_assert(true)
