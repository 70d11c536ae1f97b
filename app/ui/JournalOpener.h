#pragma once

#include "common/Clock.h"

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
    static std::unique_ptr<core::Journal> open(const QString& path, const core::Clock& clock,
                                               QWidget* parent = nullptr);
};

} // namespace carrywell::ui
