#include "core/common/PathDisplay.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace carrywell::core;

TEST(PathDisplay, ShowsAPathWithTheSystemsSeparators)
{
    const QString path = QStringLiteral("/home/ana/.local/share/Carrywell/journal.sqlite");
    EXPECT_EQ(shownPath(path), QDir::toNativeSeparators(path));
#ifndef Q_OS_WIN
    EXPECT_EQ(shownPath(path), path);
#endif
}

TEST(PathDisplay, KeepsSpacesQuotesAndLettersOfAnyLanguage)
{
    const QString path = QStringLiteral("/home/zoë/Mis documentos/“Rücken” plan.pdf");
    EXPECT_EQ(shownPath(path), QDir::toNativeSeparators(path));
    EXPECT_TRUE(shownPath(path).endsWith(QStringLiteral("“Rücken” plan.pdf")));
}
