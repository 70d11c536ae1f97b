#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace carrywell::ui {

/// A language the interface is translated into: its code ("es") and its
/// name as its speakers write it ("Español"), for a language menu.
struct Language
{
    QString code;
    QString nativeName;
};

/// Chooses the interface language and installs its translations, Carrywell's
/// own and Qt's (standard buttons such as OK and Cancel), into the running
/// application. Widgets are not retranslated: install before building them.
class Translations
{
public:
    /// English first (the language the texts are written in), then the translations.
    static QList<Language> available();

    /// The first of `uiLanguages` (most preferred first, as "es-MX", "de_AT" or
    /// "en") that Carrywell is translated into, or English if none is.
    static QString pick(const QStringList& uiLanguages);

    /// Installs the translations for `code` ("" = the system's UI languages,
    /// falling back to English), replacing any installed before, and makes the
    /// language's locale the default so dates and numbers match the words.
    /// Returns the language code actually in use.
    static QString install(const QString& code);
};

} // namespace carrywell::ui
