#include "core/settings/SettingsKeys.h"

#include "core/plan/PlanRequest.h"
#include "core/reminders/ReminderSettings.h"
#include "core/settings/SettingsFile.h"

#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cctype>
#include <gtest/gtest.h>
#include <memory>
#include <variant>

using namespace carrywell::core;

namespace {

template <typename... Visitors>
struct Overloaded : Visitors...
{
    using Visitors::operator()...;
};

class SettingsKeyTest : public ::testing::TestWithParam<SettingKey>
{
protected:
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    }

    /// Writes `raw` as a hand edit would, then reads the key back through a fresh file.
    template <typename Key>
    auto readAfterHandEdit(const Key& key, const QVariant& raw) const
    {
        settings()->setValue(key.name, raw);
        const auto file = settings();
        return SettingsFile(*file).read(key);
    }

    template <typename Key>
    auto readMissing(const Key& key) const
    {
        const auto file = settings();
        return SettingsFile(*file).read(key);
    }

    /// Writes `value` through the key and reads it back through a fresh file.
    template <typename Key, typename Value>
    auto roundTrip(const Key& key, const Value& value) const
    {
        {
            const auto file = settings();
            SettingsFile(*file).write(key, value);
        }
        const auto file = settings();
        return SettingsFile(*file).read(key);
    }

    QTemporaryDir m_dir;
};

const QString kGarbage = QStringLiteral("~garbage, 42?");

std::string testName(const ::testing::TestParamInfo<SettingKey>& info)
{
    std::string name = nameOf(info.param).toStdString();
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}

} // namespace

TEST(SettingsKeys, EveryKeyIsListedOnceAsGroupAndName)
{
    QSet<QString> names;
    for (const SettingKey& key : keys::all()) {
        const QString name = nameOf(key);
        EXPECT_EQ(name.count(QLatin1Char('/')), 1) << name.toStdString();
        EXPECT_FALSE(names.contains(name)) << name.toStdString() << " is listed twice";
        names.insert(name);
    }
    EXPECT_EQ(names.size(), 44);
}

TEST(SettingsKeys, RangesAgreeWithTheRulesThatUseThem)
{
    EXPECT_EQ(keys::planMinutesPerDay.min, PlanRequest::kMinMinutes);
    EXPECT_EQ(keys::planMinutesPerDay.max, PlanRequest::kMaxMinutes);
    EXPECT_EQ(keys::remindersSnoozeMinutes.min, ReminderSettings::kMinSnoozeMinutes);
    EXPECT_EQ(keys::remindersSnoozeMinutes.max, ReminderSettings::kMaxSnoozeMinutes);
    EXPECT_EQ(keys::remindersSnoozeMinutes.fallback, ReminderSettings{}.snoozeMinutes);
    EXPECT_EQ(keys::remindersCheckInTime.fallback, ReminderSettings{}.checkInTime);
    EXPECT_TRUE(keys::profileEquipment.choices.contains(QStringLiteral("foam-roller")));
    EXPECT_TRUE(keys::planExtraRegions.choices.contains(QStringLiteral("pelvic-floor")));
}

TEST_P(SettingsKeyTest, TheFallbackIsAnAllowedValue)
{
    std::visit(Overloaded{
                   [](const NumberKey& key) {
                       EXPECT_LE(key.min, key.fallback);
                       EXPECT_LE(key.fallback, key.max);
                   },
                   [](const TextKey& key) {
                       EXPECT_TRUE(key.choices.isEmpty() || key.choices.contains(key.fallback));
                   },
                   [](const TimeKey& key) { EXPECT_TRUE(key.fallback.isValid()); },
                   [](const auto&) {},
               },
               GetParam());
}

TEST_P(SettingsKeyTest, AMissingKeyReadsAsItsFallback)
{
    std::visit(Overloaded{
                   [this](const FlagKey& key) { EXPECT_EQ(readMissing(key), key.fallback); },
                   [this](const NumberKey& key) { EXPECT_EQ(readMissing(key), key.fallback); },
                   [this](const TextKey& key) { EXPECT_EQ(readMissing(key), key.fallback); },
                   [this](const TextListKey& key) { EXPECT_TRUE(readMissing(key).isEmpty()); },
                   [this](const DateKey& key) { EXPECT_FALSE(readMissing(key).isValid()); },
                   [this](const TimeKey& key) { EXPECT_EQ(readMissing(key), key.fallback); },
                   [this](const MomentKey& key) { EXPECT_FALSE(readMissing(key).isValid()); },
                   [this](const BytesKey& key) { EXPECT_TRUE(readMissing(key).isEmpty()); },
               },
               GetParam());
}

TEST_P(SettingsKeyTest, GarbageReadsAsTheFallback)
{
    std::visit(Overloaded{
                   [this](const FlagKey& key) {
                       EXPECT_EQ(readAfterHandEdit(key, kGarbage), key.fallback);
                   },
                   [this](const NumberKey& key) {
                       EXPECT_EQ(readAfterHandEdit(key, kGarbage), key.fallback);
                   },
                   [this](const TextKey& key) {
                       // Free text (ids of content that may come later, a language
                       // code) is kept for the page that reads it to judge.
                       const QString read = readAfterHandEdit(key, kGarbage);
                       EXPECT_EQ(read, key.choices.isEmpty() ? kGarbage : key.fallback);
                   },
                   [this](const TextListKey& key) {
                       const QStringList read = readAfterHandEdit(key, QStringList{kGarbage});
                       EXPECT_EQ(read,
                                 key.choices.isEmpty() ? QStringList{kGarbage} : QStringList{});
                   },
                   [this](const DateKey& key) {
                       EXPECT_FALSE(readAfterHandEdit(key, kGarbage).isValid());
                   },
                   [this](const TimeKey& key) {
                       EXPECT_EQ(readAfterHandEdit(key, kGarbage), key.fallback);
                       EXPECT_EQ(readAfterHandEdit(key, QStringLiteral("25:00")), key.fallback);
                   },
                   [this](const MomentKey& key) {
                       EXPECT_FALSE(readAfterHandEdit(key, kGarbage).isValid());
                   },
                   [](const BytesKey&) {
                       // Bytes only Qt reads back; it ignores what it does not recognise.
                   },
               },
               GetParam());
}

TEST_P(SettingsKeyTest, WhatIsSavedIsReadBack)
{
    std::visit(
        Overloaded{
            [this](const FlagKey& key) { EXPECT_EQ(roundTrip(key, !key.fallback), !key.fallback); },
            [this](const NumberKey& key) {
                const int other = key.fallback == key.max ? key.min : key.max;
                EXPECT_EQ(roundTrip(key, other), other);
            },
            [this](const TextKey& key) {
                const QString other =
                    key.choices.isEmpty() ? QStringLiteral("seen-before") : key.choices.constLast();
                EXPECT_EQ(roundTrip(key, other), other);
            },
            [this](const TextListKey& key) {
                const QStringList list =
                    key.choices.isEmpty() ? QStringList{QStringLiteral("a"), QStringLiteral("b c")}
                                          : key.choices.mid(1);
                EXPECT_EQ(roundTrip(key, list), list);
            },
            [this](const DateKey& key) {
                EXPECT_EQ(roundTrip(key, QDate(2026, 2, 3)), QDate(2026, 2, 3));
                EXPECT_FALSE(roundTrip(key, QDate()).isValid());
                EXPECT_FALSE(settings()->contains(key.name)) << "an unset day removes the key";
            },
            [this](const TimeKey& key) { EXPECT_EQ(roundTrip(key, QTime(7, 45)), QTime(7, 45)); },
            [this](const MomentKey& key) {
                const QDateTime moment(QDate(2026, 1, 14), QTime(20, 16, 3, 250),
                                       QTimeZone("Europe/Berlin"));
                EXPECT_EQ(roundTrip(key, moment), moment);
                EXPECT_FALSE(roundTrip(key, QDateTime()).isValid());
                EXPECT_FALSE(settings()->contains(key.name)) << "an unset moment removes the key";
            },
            [this](const BytesKey& key) {
                const QByteArray bytes("\x01\xff geometry\n", 13);
                EXPECT_EQ(roundTrip(key, bytes), bytes);
            },
        },
        GetParam());
}

TEST(SettingsKeys, NumbersOutOfRangeAreBroughtIntoIt)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SettingsFile file(settings);
    int numbers = 0;
    for (const SettingKey& any : keys::all()) {
        const auto* key = std::get_if<NumberKey>(&any);
        if (!key)
            continue;
        ++numbers;
        settings.setValue(key->name, key->max + 1000);
        EXPECT_EQ(file.read(*key), key->max) << key->name.toStdString();
        settings.setValue(key->name, QString::number(key->min - 1000));
        EXPECT_EQ(file.read(*key), key->min) << key->name.toStdString();
        file.write(*key, key->max + 1);
        EXPECT_EQ(settings.value(key->name).toInt(), key->max) << "written in range";
    }
    EXPECT_EQ(numbers, 5);
}

INSTANTIATE_TEST_SUITE_P(EveryKey, SettingsKeyTest, ::testing::ValuesIn(keys::all()), testName);
