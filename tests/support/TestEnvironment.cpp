#include "TestEnvironment.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <cstdlib>
#include <ctime>

namespace carrywell::test {

void prepareEnvironment()
{
    setenv("TZ", "UTC", 1);
    tzset();
    setenv("LC_ALL", "C.UTF-8", 1);
    // Tests never touch the real data folder or settings.
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace carrywell::test
