#include "ui/settings/Translations.h"

#include "JournalUiFixture.h"
#include "core/common/LocaleFormat.h"
#include "core/plan/PlanCalendar.h"
#include "ui/reminders/Autostart.h"
#include "ui/window/MainWindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace carrywell;
using ui::Translations;

namespace {

class TranslationsTest : public test::JournalUiTest
{
protected:
    void TearDown() override
    {
        // The other tests in this program expect English and the fixed test locale.
        Translations::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        JournalUiTest::TearDown();
    }

    /// What the window shows: its navigation items and menu titles.
    QStringList visibleTexts()
    {
        ui::MainWindow window(test::shippedContent(), *m_settings, m_clock, m_journal.get());
        QStringList texts;
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        EXPECT_NE(navigation, nullptr);
        for (int row = 0; navigation && row < navigation->count(); ++row)
            texts.append(navigation->item(row)->text());
        for (const QAction* menu : window.menuBar()->actions())
            texts.append(menu->text());
        return texts;
    }

    /// What Qt calls a standard Cancel button in the installed language.
    static QString cancelText()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        return buttons.button(QDialogButtonBox::Cancel)->text();
    }
};

} // namespace

TEST(TranslationsPickTest, TakesTheFirstUiLanguageCarrywellIsTranslatedInto)
{
    EXPECT_EQ(Translations::pick({"fr-FR", "es-MX", "de-DE"}), QStringLiteral("es"));
    EXPECT_EQ(Translations::pick({"de_AT", "es"}), QStringLiteral("de"));
    EXPECT_EQ(Translations::pick({"en-GB", "es-ES"}), QStringLiteral("en"));
    EXPECT_EQ(Translations::pick({"ES"}), QStringLiteral("es"));
}

TEST(TranslationsPickTest, FallsBackToEnglish)
{
    EXPECT_EQ(Translations::pick({"fr-FR", "it"}), QStringLiteral("en"));
    EXPECT_EQ(Translations::pick({"C"}), QStringLiteral("en"));
    EXPECT_EQ(Translations::pick({}), QStringLiteral("en"));
}

TEST(TranslationsAvailableTest, EveryTranslationIsBuiltIn)
{
    QStringList codes;
    for (const ui::Language& language : Translations::available()) {
        codes.append(language.code);
        EXPECT_FALSE(language.nativeName.isEmpty()) << language.code.toStdString();
        if (language.code != QStringLiteral("en")) {
            EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/carrywell_%1.qm").arg(language.code)))
                << language.code.toStdString();
        }
    }
    EXPECT_EQ(codes, QStringList({"en", "es", "de"}));
}

TEST_F(TranslationsTest, SpanishShowsTheWindowAndQtsButtonsInSpanish)
{
    ASSERT_EQ(Translations::install(QStringLiteral("es")), QStringLiteral("es"));

    const QStringList texts = visibleTexts();
    for (const char* expected :
         {"Biblioteca", "Diario", "Plan", "Sesión", "Aprender", "&Archivo", "Ay&uda"}) {
        EXPECT_TRUE(texts.contains(QString::fromUtf8(expected)))
            << expected << " not in " << texts.join(QStringLiteral(", ")).toStdString();
    }
    EXPECT_FALSE(texts.contains(QStringLiteral("Library")));
    EXPECT_EQ(cancelText(), QStringLiteral("Cancelar"));
    // Dates and numbers follow the words, in Spanish order and on a 24-hour clock.
    EXPECT_EQ(QLocale().language(), QLocale::Spanish);
    EXPECT_EQ(core::LocaleFormat::decimal(1.5), QStringLiteral("1,5"));
    EXPECT_EQ(core::LocaleFormat::dateTime(QDateTime(QDate(2026, 1, 14), QTime(17, 30))),
              QStringLiteral("mié 14 ene 2026, 17:30"));
    EXPECT_EQ(core::LocaleFormat::dayRange(QDate(2026, 1, 26), QDate(2026, 2, 1)),
              QStringLiteral("26 de enero – 1 de febrero de 2026"));
    EXPECT_EQ(core::LocaleFormat::aboutMinutes(600), QStringLiteral("unos 10 min"));
}

TEST_F(TranslationsTest, EnglishReplacesTheSpanishTranslation)
{
    ASSERT_EQ(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
    ASSERT_EQ(Translations::install(QStringLiteral("en")), QStringLiteral("en"));

    const QStringList texts = visibleTexts();
    EXPECT_TRUE(texts.contains(QStringLiteral("Library")));
    EXPECT_TRUE(texts.contains(QStringLiteral("&File")));
    EXPECT_FALSE(texts.contains(QStringLiteral("Biblioteca")));
    EXPECT_EQ(cancelText(), QStringLiteral("Cancel"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST_F(TranslationsTest, GermanCanFollowSpanish)
{
    ASSERT_EQ(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
    ASSERT_EQ(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(cancelText(), QStringLiteral("Abbrechen"));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    EXPECT_EQ(core::LocaleFormat::decimal(6.0), QStringLiteral("6,0"));
    EXPECT_EQ(core::LocaleFormat::dateTime(QDateTime(QDate(2026, 1, 14), QTime(17, 30))),
              QStringLiteral("Mi., 14. Jan. 2026, 17:30"));
    EXPECT_EQ(core::LocaleFormat::dayRange(QDate(2026, 1, 5), QDate(2026, 1, 11)),
              QStringLiteral("5. – 11. Januar 2026"));
}

TEST_F(TranslationsTest, NoChoiceFollowsTheSystemsLanguages)
{
    // QLocale::system() is read once per process, so the rule itself is
    // checked through pick() above; here, that install("") applies it.
    EXPECT_EQ(Translations::install(QString()),
              Translations::pick(QLocale::system().uiLanguages()));
}

TEST_F(TranslationsTest, AFilesTranslationContextIsTheOneLookedUpAtRunTime)
{
    // Strings tr() finds through CARRYWELL_TR_CONTEXT, in the UI and in the core.
    ASSERT_EQ(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_TRUE(ui::Autostart::entryText(QStringLiteral("/usr/bin/carrywell"))
                    .contains(QStringLiteral(
                        "Comment=Erinnerungen an deinen Check-in und deine geplanten Übungen")));
    const core::Result<core::Done> saved =
        core::PlanCalendar::save(m_dir.filePath(QStringLiteral("gone/week.ics")), "BEGIN");
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(
        saved.error().startsWith(QStringLiteral("Carrywell konnte den Kalender nicht nach „")))
        << saved.error().toStdString();
}

TEST_F(TranslationsTest, AnUntranslatedLanguageGivesEnglish)
{
    EXPECT_EQ(Translations::install(QStringLiteral("fr")), QStringLiteral("en"));
    EXPECT_EQ(cancelText(), QStringLiteral("Cancel"));
}
