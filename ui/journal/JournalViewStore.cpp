#include "ui/journal/JournalViewStore.h"

#include "core/settings/SettingsKeys.h"

namespace carrywell::ui {

JournalView JournalViewStore::load() const
{
    JournalView view;
    view.tab = m_file.read(core::keys::journalTab);
    view.span =
        JournalRangeBar::spanFromId(m_file.read(core::keys::journalRange)).value_or(view.span);
    view.customDays = {m_file.read(core::keys::journalRangeFrom),
                       m_file.read(core::keys::journalRangeTo)};
    view.hiddenPrompts = m_file.read(core::keys::journalHiddenPrompts);
    return view;
}

void JournalViewStore::save(const JournalView& view)
{
    m_file.write(core::keys::journalTab, view.tab);
    m_file.write(core::keys::journalRange, JournalRangeBar::spanId(view.span));
    m_file.write(core::keys::journalRangeFrom, view.customDays.first);
    m_file.write(core::keys::journalRangeTo, view.customDays.last);
    m_file.write(core::keys::journalHiddenPrompts, view.hiddenPrompts);
    m_file.sync();
}

} // namespace carrywell::ui
