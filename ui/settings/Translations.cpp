#include "ui/settings/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace carrywell::ui {
namespace {

const QString kSourceLanguage = QStringLiteral("en");

// Parented to the application, so they go with it; kept to be replaced when
// the language changes (the window restarts with the new language).
QPointer<QTranslator>& appTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator>& qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Loads `loader` into a new translator and installs it; nothing if it finds no file.
template <typename Loader>
void installNew(QPointer<QTranslator>& slot, Loader loader)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (loader(*translator) && QCoreApplication::installTranslator(translator)) {
        slot = translator;
        return;
    }
    delete translator;
}

// The language's own locale, but the system's when it speaks the same
// language, so that someone in Mexico or Britain keeps their date format.
QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    const QLocale chosen(code);
    return system.language() == chosen.language() ? system : chosen;
}

} // namespace

QList<Language> Translations::available()
{
    return {
        {kSourceLanguage, QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
}

QString Translations::pick(const QStringList& uiLanguages)
{
    const QList<Language> languages = available();
    for (const QString& uiLanguage : uiLanguages) {
        // "es-MX", "de_AT" and "en" all name their language before any separator.
        const QString code =
            uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        for (const Language& language : languages) {
            if (language.code == code)
                return code;
        }
    }
    return kSourceLanguage;
}

QString Translations::install(const QString& code)
{
    const QString language =
        pick(code.isEmpty() ? QLocale::system().uiLanguages() : QStringList{code});
    uninstall(appTranslator());
    uninstall(qtTranslator());
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    if (language == kSourceLanguage)
        return language;
    // Qt's first: the translator installed last is asked first, so Carrywell's own wins.
    installNew(qtTranslator(), [&locale](QTranslator& translator) {
        return translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    installNew(appTranslator(), [&language](QTranslator& translator) {
        return translator.load(QStringLiteral(":/i18n/carrywell_%1.qm").arg(language));
    });
    return language;
}

} // namespace carrywell::ui
