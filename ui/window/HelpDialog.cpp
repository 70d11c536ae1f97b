#include "ui/window/HelpDialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace carrywell::ui {
namespace {

QString key(QKeySequence::StandardKey standard)
{
    return QKeySequence(standard).toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString key(const char* portable)
{
    return QKeySequence(QString::fromLatin1(portable))
        .toString(QKeySequence::NativeText)
        .toHtmlEscaped();
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Carrywell help"));
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("helpText"));
    text->setAccessibleName(tr("Help text"));
    const QString row = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>");
    text->setHtml(
        tr("<h2>Using Carrywell</h2>"
           "<p><b>Library</b>: click where it hurts on the body map (or pick a region in the "
           "list), narrow down by what hurts, kind of exercise, equipment and what suits you "
           "now, or type to search. Press Enter on an exercise to open it: the figure shows "
           "the movement in its tempo, and every step is drawn.</p>"
           "<p><b>Journal</b>: log how your pain is in a few seconds (Ctrl+N, a number, "
           "Enter), see how it changes over time and whether sessions help, and make a report "
           "for your physiotherapist.</p>"
           "<p><b>Plan</b>: Make my week asks a few questions and gives each free day a short "
           "routine. Change anything: swap, add, remove, reorder, drag an exercise onto another "
           "day, or make a day a rest day. Start a day as a guided session, print the week for "
           "the fridge, or add it to your calendar.</p>"
           "<p><b>Session</b>: follow a routine with tones, spoken cues and a big countdown; "
           "pause whenever the baby needs you.</p>"
           "<p><b>Learn</b>: short reads on why backs hurt after birth, everyday body "
           "mechanics, and when to get help.</p>") +
        tr("<p><b>Settings</b> (Ctrl+,): your profile, how sessions sound, reminders, the "
           "theme and the language, and your data: where it is kept, its backups, and "
           "restoring one.</p>"
           "<p><b>Reminders</b>: turn on a daily check-in reminder, or one for the day's "
           "planned session. They come as desktop notifications with Snooze and Done; while "
           "they are on, closing the window keeps Carrywell in the tray.</p>") +
        tr("<h3>Keyboard</h3>") + QStringLiteral("<table cellspacing=\"4\">") +
        row.arg(key("Ctrl+1") + QStringLiteral("…"), tr("Pages, in the order of the navigation")) +
        row.arg(key(QKeySequence::Find), tr("Search exercises")) +
        row.arg(key(QKeySequence::Back), tr("Back to the list")) +
        row.arg(key(QKeySequence::New), tr("New check-in")) +
        row.arg(key(QKeySequence::Print),
                tr("Print the plan (Plan page) or the report for your physio (Journal page)")) +
        row.arg(key(QKeySequence::Undo) + QStringLiteral(", ") + key(QKeySequence::Redo),
                tr("Undo and redo changes to the journal or the plan")) +
        row.arg(key("Alt+Left") + QStringLiteral(", ") + key("Alt+Right"),
                tr("Previous and next week on the Plan page")) +
        row.arg(tr("Delete, Alt+Up, Alt+Down"),
                tr("Remove an exercise from the day, or move it up or down")) +
        row.arg(tr("Space, →, ←, Esc"), tr("During a session: pause, skip, back, stop")) +
        row.arg(key("Ctrl+,"), tr("Settings")) +
        row.arg(tr("Tab, Shift+Tab"),
                tr("Move from one control to the next; every control can be reached")) +
        row.arg(key(QKeySequence::HelpContents), tr("This help")) +
        row.arg(key(QKeySequence::Quit), tr("Quit")) +
        row.arg(tr("Arrow keys, Space"), tr("Move around the body map and choose a region")) +
        QStringLiteral("</table>"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 620);
}

} // namespace carrywell::ui
