#pragma once

#include "core/vocabulary/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace carrywell::core {

enum class BirthType
{
    Unknown,
    Vaginal,
    Caesarean,
};

/// What the user told Carrywell about herself on first run (all optional).
/// The birth date is kept rather than "weeks since birth" so the number
/// grows by itself.
struct Profile
{
    std::optional<QDate> birthDate;
    BirthType birthType = BirthType::Unknown;
    QList<Equipment> equipment; ///< What she has at hand.
    QStringList symptomIds;     ///< What hurts.
    bool diastasis = false;     ///< A gap between her belly muscles (diastasis recti).
    /// Everyday activities that are hard now, in her words (PSFS); see MyActivities.
    QStringList activities;
    /// Her name, put only in the file exported for a clinic (FHIR); empty keeps
    /// that file anonymous.
    QString name;

    /// Whole weeks since the birth on `today`, or nullopt when unknown.
    std::optional<int> weeksSinceBirth(const QDate& today) const;
    /// Sets the birth date so that `weeks` have passed by `today`.
    void setWeeksSinceBirth(int weeks, const QDate& today);

    bool operator==(const Profile&) const = default;
};

QString toId(BirthType type);
BirthType birthTypeFromId(const QString& id);

} // namespace carrywell::core
