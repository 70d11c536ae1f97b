#include "ui/widgets/ExerciseHtml.h"

#include "core/common/LocaleFormat.h"
#include "core/common/Translate.h"

#include <QCoreApplication>

CARRYWELL_TR_CONTEXT(carrywell::ui::ExerciseHtml);

namespace carrywell::ui {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString list(const char* tag, const QStringList& items)
{
    QString html = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

QString section(const QString& title, const QString& body)
{
    return QStringLiteral("<h3>%1</h3>%2").arg(esc(title), body);
}

QString variations(const QList<core::Variation>& entries, const core::ContentLibrary& library)
{
    QString html = QStringLiteral("<ul>");
    for (const core::Variation& variation : entries) {
        html += QStringLiteral("<li>") + esc(variation.text);
        if (const core::Exercise* other = library.exercise(variation.exerciseId)) {
            html += QStringLiteral(" — <a href=\"%1:%2\">%3</a>")
                        .arg(ExerciseHtml::exerciseLinkScheme(), esc(other->id), esc(other->name));
        }
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString phaseText(const core::Phase& phase)
{
    const QString vaginal = phase.earliestWeek == 0
                                ? tr("From the first days after birth")
                                : tr("From week %1 after birth").arg(phase.earliestWeek);
    QString text = vaginal;
    if (phase.caesareanEarliestWeek != phase.earliestWeek) {
        text += tr("; from week %1 after a caesarean").arg(phase.caesareanEarliestWeek);
    }
    text += QLatin1Char('.');
    if (!phase.caesareanNote.isEmpty())
        text += QLatin1Char(' ') + phase.caesareanNote;
    return text;
}

QString equipmentText(const core::Exercise& exercise)
{
    if (exercise.equipment.isEmpty())
        return tr("Nothing");
    QStringList names;
    for (const core::Equipment item : exercise.equipment)
        names.append(core::displayName(item));
    return names.join(QStringLiteral(", "));
}

QString conditionText(const core::ConditionAdvice& advice)
{
    switch (advice.rule) {
    case core::ConditionRule::Ok:
        return esc(advice.note.isEmpty() ? tr("Suits you as written.") : advice.note);
    case core::ConditionRule::Modify:
        return QStringLiteral("<b>%1</b> %2").arg(esc(tr("Change it:")), esc(advice.note));
    case core::ConditionRule::Avoid:
        return QStringLiteral("<b>%1</b> %2").arg(esc(tr("Leave it for now.")), esc(advice.note));
    }
    return QString();
}

} // namespace

QString ExerciseHtml::painRuleHtml(const core::PainMonitoring& rule)
{
    QString html = QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(esc(rule.summary));
    for (const core::PainLevel& level : rule.levels) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(level.range), esc(level.text));
    }
    html += QStringLiteral("</table>");
    if (!rule.afterwards.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(rule.afterwards));
    return html;
}

QString ExerciseHtml::stopListHtml(const core::PostnatalStopList& list)
{
    QString html = QStringLiteral("<p>%1</p><ul>").arg(esc(list.intro));
    for (const core::StopSign& sign : list.signs)
        html += QStringLiteral("<li><b>%1</b> %2</li>").arg(esc(sign.text), esc(sign.action));
    return html + QStringLiteral("</ul>");
}

QUrl ExerciseHtml::stepImageUrl(int step)
{
    return QUrl(QStringLiteral("carrywell-step:%1").arg(step));
}

namespace {

QString illustratedSteps(const QStringList& steps, QSize size)
{
    QString html = QStringLiteral("<table cellspacing=\"6\" cellpadding=\"0\">");
    for (int i = 0; i < steps.size(); ++i) {
        html += QStringLiteral("<tr><td width=\"%1\"><img src=\"%2\" width=\"%1\" height=\"%3\" "
                               "alt=\"%4\"></td><td valign=\"middle\"><b>%5.</b> %6</td></tr>")
                    .arg(size.width())
                    .arg(ExerciseHtml::stepImageUrl(i).toString())
                    .arg(size.height())
                    .arg(esc(tr("Drawing of step %1").arg(i + 1)))
                    .arg(i + 1)
                    .arg(esc(steps[i]));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

bool ExerciseHtml::isOnTheFloor(const core::Exercise& exercise)
{
    switch (exercise.position) {
    case core::Position::Kneeling:
    case core::Position::AllFours:
    case core::Position::LyingBack:
    case core::Position::LyingSide:
    case core::Position::LyingFront:
        return true;
    case core::Position::Sitting:
        // Sitting on a mat is on the floor; on a chair it is not.
        return exercise.equipment.contains(core::Equipment::Mat);
    case core::Position::Standing:
        return false;
    }
    return false;
}

QString ExerciseHtml::render(const core::Exercise& exercise, const core::ContentLibrary& library,
                             QSize stepImageSize, std::optional<int> weeksSinceBirth)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(exercise.name), esc(exercise.summary));

    const core::Dosage& dosage = exercise.dosage;
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(tr("How much"),
        esc(dosage.describe(exercise.tempo())) + QStringLiteral(" (") +
            esc(core::LocaleFormat::aboutMinutes(dosage.estimatedSeconds(exercise.tempo()))) +
            QStringLiteral(")"));
    for (const core::Dosage& alternative : dosage.alternatives)
        row(tr("Or"),
            esc(alternative.label + QStringLiteral(": ") + alternative.describe(exercise.tempo())));
    if (!dosage.note.isEmpty())
        row(QString(), esc(dosage.note));
    row(tr("Kind"), esc(core::displayName(exercise.category)));
    row(tr("Position"), esc(core::displayName(exercise.position)));
    row(tr("You need"), esc(equipmentText(exercise)));
    row(tr("How often"), esc(exercise.frequency));
    row(tr("When"), esc(phaseText(exercise.phase)));
    html += QStringLiteral("</table>");
    if (isOnTheFloor(exercise)) {
        if (const core::Guide* guide = library.guide(gettingUpGuideId())) {
            html += QStringLiteral("<p>%1 <a href=\"%2:%3\">%4</a></p>")
                        .arg(esc(tr("Down to the floor and up again:")), guideLinkScheme(),
                             esc(guide->id), esc(guide->title));
        }
    }

    html += section(tr("Steps"), stepImageSize.isEmpty()
                                     ? list("ol", exercise.steps)
                                     : illustratedSteps(exercise.steps, stepImageSize));
    html +=
        section(tr("What you should feel"), QStringLiteral("<p>%1</p>").arg(esc(exercise.feel)));
    html += section(tr("Tips"), list("ul", exercise.cues));
    html += section(tr("Common mistakes"), list("ul", exercise.commonMistakes));

    QStringList helps;
    for (const QString& id : exercise.symptomIds) {
        if (const core::Symptom* symptom = library.symptom(id))
            helps.append(symptom->name);
    }
    for (const QString& id : exercise.causeIds) {
        if (const core::Cause* cause = library.cause(id))
            helps.append(cause->title);
    }
    html += section(tr("Why it helps"), list("ul", helps));
    html += section(tr("Take care"), list("ul", exercise.cautions));
    html += section(tr("If your belly muscles have a gap (diastasis)"),
                    QStringLiteral("<p>%1</p>").arg(conditionText(exercise.diastasis)));
    // Said only when it changes something or has a word of advice.
    if (exercise.pelvicGirdlePain.rule != core::ConditionRule::Ok ||
        !exercise.pelvicGirdlePain.note.isEmpty()) {
        html += section(tr("If you have pelvic girdle pain"),
                        QStringLiteral("<p>%1</p>").arg(conditionText(exercise.pelvicGirdlePain)));
    }
    if (!library.painMonitoring().isEmpty())
        html += section(library.painMonitoring().title, painRuleHtml(library.painMonitoring()));
    html += section(tr("Stop and see a clinician if"), list("ul", exercise.stopIf));
    const core::PostnatalStopList& stops = library.postnatalStopList();
    if (!stops.isEmpty() && weeksSinceBirth.value_or(0) < stops.weeks)
        html += section(stops.title, stopListHtml(stops));
    if (!exercise.easier.isEmpty())
        html += section(tr("Easier"), variations(exercise.easier, library));
    if (!exercise.harder.isEmpty())
        html += section(tr("Harder"), variations(exercise.harder, library));
    if (!exercise.progressWhen.isEmpty())
        html += section(tr("When to move on"),
                        QStringLiteral("<p>%1</p>").arg(esc(exercise.progressWhen)));

    const core::Source* source = library.source(exercise.source.id);
    html += QStringLiteral("<p><small>%1 %2. %3</small></p>")
                .arg(esc(tr("Source:")), esc(source ? source->title : exercise.source.id),
                     esc(exercise.source.note));
    return html;
}

} // namespace carrywell::ui
