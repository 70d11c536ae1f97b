#include "core/journal/LegacySignsLine.h"

#include <QStringList>
#include <algorithm>
#include <array>

namespace carrywell::core {
namespace {

/// One language's line, exactly as WarningSigns::joinNote wrote it up to
/// schema v3 (resources/translations/carrywell_*.ts, context
/// carrywell::ui::WarningSigns): prefix, phrases joined by "; ", a full stop.
struct Wording
{
    const char* prefix;
    const char* leaking;
    const char* numbness;
    const char* nightPain;
};

constexpr std::array wordings{
    Wording{"Also noticed: ", "leaking", "numbness or tingling", "pain woke me at night"},
    Wording{"También he notado: ", "pérdidas de orina", "entumecimiento u hormigueo",
            "el dolor me despertó por la noche"},
    Wording{"Außerdem bemerkt: ", "Urinverlust", "Taubheit oder Kribbeln",
            "Schmerzen haben mich nachts geweckt"},
};

std::optional<QList<WarningSign>> signsIn(QStringView line, const Wording& wording)
{
    const QString prefix = QString::fromUtf8(wording.prefix);
    if (!line.startsWith(prefix) || !line.endsWith(QLatin1Char('.')))
        return std::nullopt;
    const QStringView list = line.mid(prefix.size()).chopped(1);
    const std::array phrases{
        std::pair{WarningSign::Leaking, QString::fromUtf8(wording.leaking)},
        std::pair{WarningSign::Numbness, QString::fromUtf8(wording.numbness)},
        std::pair{WarningSign::NightPain, QString::fromUtf8(wording.nightPain)},
    };
    QList<WarningSign> found;
    for (const QStringView part : list.split(QStringLiteral("; "))) {
        bool known = false;
        for (const auto& [sign, phrase] : phrases) {
            if (part == phrase) {
                if (!found.contains(sign))
                    found.append(sign);
                known = true;
            }
        }
        if (!known)
            return std::nullopt; // her own words: they stay text
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

std::optional<LegacySignsLine::Split> LegacySignsLine::split(const QString& note)
{
    // Trailing white space (a line end a spreadsheet added, "\r" of a file
    // saved on Windows) does not hide the line.
    qsizetype end = note.size();
    while (end > 0 && note.at(end - 1).isSpace())
        --end;
    if (end == 0)
        return std::nullopt;
    const qsizetype lineStart = note.lastIndexOf(QLatin1Char('\n'), end - 1) + 1;
    const QStringView line = QStringView(note).mid(lineStart, end - lineStart);
    for (const Wording& wording : wordings) {
        std::optional<QList<WarningSign>> signs = signsIn(line, wording);
        if (!signs)
            continue;
        QString text = note.left(lineStart);
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        return Split{text, std::move(*signs)};
    }
    return std::nullopt;
}

CheckIn LegacySignsLine::recovered(CheckIn checkIn)
{
    std::optional<Split> found = split(checkIn.note);
    if (!found)
        return checkIn;
    checkIn.note = std::move(found->note);
    checkIn.warningSigns.append(found->signs);
    return normalized(std::move(checkIn));
}

} // namespace carrywell::core
