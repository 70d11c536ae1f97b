#include "core/profile/Profile.h"

namespace carrywell::core {

std::optional<int> Profile::weeksSinceBirth(const QDate& today) const
{
    if (!birthDate || !birthDate->isValid() || *birthDate > today)
        return birthDate && *birthDate > today ? std::optional<int>(0) : std::nullopt;
    return static_cast<int>(birthDate->daysTo(today) / 7);
}

void Profile::setWeeksSinceBirth(int weeks, const QDate& today)
{
    birthDate = today.addDays(-7LL * std::max(weeks, 0));
}

QString toId(BirthType type)
{
    switch (type) {
    case BirthType::Vaginal:
        return QStringLiteral("vaginal");
    case BirthType::Caesarean:
        return QStringLiteral("caesarean");
    case BirthType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

BirthType birthTypeFromId(const QString& id)
{
    if (id == QLatin1String("vaginal"))
        return BirthType::Vaginal;
    if (id == QLatin1String("caesarean"))
        return BirthType::Caesarean;
    return BirthType::Unknown;
}

} // namespace carrywell::core
