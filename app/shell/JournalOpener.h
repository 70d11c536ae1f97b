#pragma once

#include "core/common/Clock.h"
#include "core/journal/JournalInspector.h"

#include <future>
#include <memory>

class QWidget;

namespace carrywell::core {
class Journal;
}

namespace carrywell::ui {

/// Opens the journal for the window. When the file has a problem, explains
/// what was found (the file itself is never changed), offers the latest
/// backup when there is one, and otherwise lets Carrywell start without it.
class JournalOpener
{
public:
    /// `inspection` is the file's inspection, already under way
    /// (core::JournalInspector::start), so it can run while the window is built.
    static std::unique_ptr<core::Journal> open(const QString& path, const core::Clock& clock,
                                               std::future<core::JournalInspection> inspection,
                                               QWidget* parent = nullptr);
};

} // namespace carrywell::ui
