#pragma once

#include "core/journal/DateRange.h"
#include "core/settings/SettingsFile.h"
#include "ui/journal/JournalRangeBar.h"

namespace carrywell::ui {

/// How the user left the Journal page.
struct JournalView
{
    int tab = 0; ///< Charts (0) or History (1).
    JournalRangeBar::Span span = JournalRangeBar::Span::FourWeeks;
    /// The days chosen for Span::Custom; kept while another span is shown.
    core::DateRange customDays;
    /// Care prompts the user asked never to see again (CarePromptArea).
    QStringList hiddenPrompts;

    bool operator==(const JournalView&) const = default;
};

/// Reads and writes the [journal] group of the settings.
class JournalViewStore
{
public:
    JournalViewStore(QSettings& settings) : m_file(settings) {}

    JournalView load() const;
    void save(const JournalView& view);

private:
    core::SettingsFile m_file;
};

} // namespace carrywell::ui
