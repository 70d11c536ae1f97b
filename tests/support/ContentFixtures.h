#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace carrywell::test {

/// A complete, valid exercise that passes every loader check; tests break
/// one thing at a time.
QJsonObject validExercise(const QString& id = QStringLiteral("test-exercise"));

/// A small but complete built-in library: all regions, a source, a cause, a
/// symptom and one exercise per region.
QJsonObject minimalLibrary();

/// Writes `json` to dir/name, creating folders as needed.
void writeJson(const QString& dir, const QString& name, const QJsonObject& json);
void writeText(const QString& dir, const QString& name, const QByteArray& text);

} // namespace carrywell::test
