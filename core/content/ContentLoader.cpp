#include "core/content/ContentLoader.h"

#include "core/content/ContentParser.h"
#include "core/content/ContentValidator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace carrywell::core {
namespace {

QStringList jsonFilesUnder(const QString& directory)
{
    QStringList files;
    QDirIterator it(directory, {QStringLiteral("*.json")}, QDir::Files | QDir::Readable,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

struct FileContent
{
    QString displayName;
    QByteArray bytes;
};

std::optional<FileContent> readFile(const QString& path, const QString& displayName,
                                    QList<ContentError>& errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append({displayName, QString(),
                       QStringLiteral("could not be read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    return FileContent{displayName, file.readAll()};
}

template <typename T, typename Lookup>
void mergeBuiltIn(ContentLibrary& library, std::vector<T>& entries, const QString& kind,
                  QList<ContentError>& errors, Lookup lookup)
{
    for (T& entry : entries) {
        if (const T* existing = lookup(library, entry)) {
            errors.append({entry.origin.file, entry.origin.jsonPath + QStringLiteral(".id"),
                           QStringLiteral("duplicate %1 id (already defined at %2 in %3)")
                               .arg(kind, existing->origin.jsonPath, existing->origin.file)});
            continue;
        }
        library.put(entry);
    }
}

template <typename T>
void mergeOver(ContentLibrary& library, std::vector<T>& entries)
{
    for (T& entry : entries)
        library.put(entry);
}

template <typename T>
void mergeOver(ContentLibrary& library, std::optional<T>& entry)
{
    if (entry)
        library.put(*entry);
}

// The stop list and the pain rule are defined once in the built-in library.
template <typename T>
void mergeBuiltIn(ContentLibrary& library, std::optional<T>& entry, const T& existing,
                  const QString& what, QList<ContentError>& errors)
{
    if (!entry)
        return;
    if (!existing.isEmpty()) {
        errors.append({entry->origin.file, entry->origin.jsonPath,
                       QStringLiteral("a second %1 (already defined at %2 in %3)")
                           .arg(what, existing.origin.jsonPath, existing.origin.file)});
        return;
    }
    library.put(*entry);
}

// A library plus the ids each user file added, so two user files defining
// the same id are caught (replacing the built-in entry is allowed).
void loadUserFile(ContentLoadReport& report, const FileContent& file, QSet<QString>& userIds)
{
    QList<ContentError> errors;
    ContentFragment fragment = ContentParser::parse(file.bytes, file.displayName, false, errors);

    const auto claim = [&](const QString& kind, const QString& id, const ContentOrigin& origin) {
        if (userIds.contains(kind + QLatin1Char('/') + id)) {
            errors.append({origin.file, origin.jsonPath + QStringLiteral(".id"),
                           QStringLiteral("%1 “%2” is already defined by another file in the "
                                          "content folder")
                               .arg(kind, id)});
        }
    };
    for (const auto& e : fragment.sources)
        claim(QStringLiteral("source"), e.id, e.origin);
    for (const auto& e : fragment.causes)
        claim(QStringLiteral("cause"), e.id, e.origin);
    for (const auto& e : fragment.guides)
        claim(QStringLiteral("guide"), e.id, e.origin);
    for (const auto& e : fragment.symptoms)
        claim(QStringLiteral("symptom"), e.id, e.origin);
    for (const auto& e : fragment.exercises)
        claim(QStringLiteral("exercise"), e.id, e.origin);
    for (const auto& e : fragment.illustrations)
        claim(QStringLiteral("illustration"), e.exerciseId, e.origin);
    for (const auto& e : fragment.routines)
        claim(QStringLiteral("routine"), e.id, e.origin);

    ContentLibrary merged = report.library;
    if (errors.isEmpty()) {
        mergeOver(merged, fragment.regions);
        mergeOver(merged, fragment.sources);
        mergeOver(merged, fragment.causes);
        mergeOver(merged, fragment.guides);
        mergeOver(merged, fragment.symptoms);
        mergeOver(merged, fragment.exercises);
        mergeOver(merged, fragment.illustrations);
        mergeOver(merged, fragment.routines);
        mergeOver(merged, fragment.stopList);
        mergeOver(merged, fragment.painMonitoring);
        errors = ContentValidator::checkReferences(fragment, merged);
    }
    if (!errors.isEmpty()) {
        report.errors.append(errors);
        report.skippedFiles.append(file.displayName);
        return;
    }
    for (const auto& e : fragment.sources)
        userIds.insert(QStringLiteral("source/") + e.id);
    for (const auto& e : fragment.causes)
        userIds.insert(QStringLiteral("cause/") + e.id);
    for (const auto& e : fragment.guides)
        userIds.insert(QStringLiteral("guide/") + e.id);
    for (const auto& e : fragment.symptoms)
        userIds.insert(QStringLiteral("symptom/") + e.id);
    for (const auto& e : fragment.exercises)
        userIds.insert(QStringLiteral("exercise/") + e.id);
    for (const auto& e : fragment.illustrations)
        userIds.insert(QStringLiteral("illustration/") + e.exerciseId);
    for (const auto& e : fragment.routines)
        userIds.insert(QStringLiteral("routine/") + e.id);
    report.library = std::move(merged);
}

} // namespace

ContentLoadReport ContentLoader::load(const QString& builtInDirectory, const QString& userDirectory)
{
    ContentLoadReport report;

    ContentFragment all;
    const QDir base(builtInDirectory);
    const QStringList builtInFiles = jsonFilesUnder(builtInDirectory);
    if (builtInFiles.isEmpty()) {
        report.errors.append(
            {builtInDirectory, QString(), QStringLiteral("holds no content files")});
    }
    for (const QString& path : builtInFiles) {
        const std::optional<FileContent> file =
            readFile(path, base.relativeFilePath(path), report.errors);
        if (!file)
            continue;
        ContentFragment fragment =
            ContentParser::parse(file->bytes, file->displayName, true, report.errors);
        mergeBuiltIn(
            report.library, fragment.regions, QStringLiteral("region"), report.errors,
            [](const ContentLibrary& l, const RegionInfo& e) { return l.region(e.region); });
        mergeBuiltIn(report.library, fragment.sources, QStringLiteral("source"), report.errors,
                     [](const ContentLibrary& l, const Source& e) { return l.source(e.id); });
        mergeBuiltIn(report.library, fragment.causes, QStringLiteral("cause"), report.errors,
                     [](const ContentLibrary& l, const Cause& e) { return l.cause(e.id); });
        mergeBuiltIn(report.library, fragment.guides, QStringLiteral("guide"), report.errors,
                     [](const ContentLibrary& l, const Guide& e) { return l.guide(e.id); });
        std::move(fragment.guides.begin(), fragment.guides.end(), std::back_inserter(all.guides));
        mergeBuiltIn(report.library, fragment.symptoms, QStringLiteral("symptom"), report.errors,
                     [](const ContentLibrary& l, const Symptom& e) { return l.symptom(e.id); });
        mergeBuiltIn(report.library, fragment.exercises, QStringLiteral("exercise"), report.errors,
                     [](const ContentLibrary& l, const Exercise& e) { return l.exercise(e.id); });
        mergeBuiltIn(report.library, fragment.illustrations, QStringLiteral("illustration"),
                     report.errors, [](const ContentLibrary& l, const Illustration& e) {
                         return l.illustration(e.exerciseId);
                     });
        std::move(fragment.illustrations.begin(), fragment.illustrations.end(),
                  std::back_inserter(all.illustrations));
        mergeBuiltIn(report.library, fragment.routines, QStringLiteral("routine"), report.errors,
                     [](const ContentLibrary& l, const Routine& e) { return l.routine(e.id); });
        std::move(fragment.routines.begin(), fragment.routines.end(),
                  std::back_inserter(all.routines));
        mergeBuiltIn(report.library, fragment.stopList, report.library.postnatalStopList(),
                     QStringLiteral("postnatal stop list"), report.errors);
        mergeBuiltIn(report.library, fragment.painMonitoring, report.library.painMonitoring(),
                     QStringLiteral("pain-monitoring rule"), report.errors);
        if (fragment.stopList)
            all.stopList = fragment.stopList;
        if (fragment.painMonitoring)
            all.painMonitoring = fragment.painMonitoring;
        std::move(fragment.causes.begin(), fragment.causes.end(), std::back_inserter(all.causes));
        std::move(fragment.symptoms.begin(), fragment.symptoms.end(),
                  std::back_inserter(all.symptoms));
        std::move(fragment.exercises.begin(), fragment.exercises.end(),
                  std::back_inserter(all.exercises));
    }
    report.errors.append(ContentValidator::checkReferences(all, report.library));
    if (!builtInFiles.isEmpty()) {
        report.errors.append(ContentValidator::checkCompleteness(report.library, builtInDirectory));
    }

    if (userDirectory.isEmpty()) {
        report.library.sortExercises();
        return report;
    }

    const QFileInfo userInfo(userDirectory);
    if (!userInfo.isDir()) {
        report.errors.append({userDirectory, QString(),
                              QStringLiteral("is not a folder Carrywell can read, so no extra "
                                             "exercises were loaded from it")});
        report.library.sortExercises();
        return report;
    }
    QSet<QString> userIds;
    for (const QString& path : jsonFilesUnder(userDirectory)) {
        QList<ContentError> readErrors;
        const std::optional<FileContent> file = readFile(
            path, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), readErrors);
        if (!file) {
            report.errors.append(readErrors);
            report.skippedFiles.append(QFileInfo(path).absoluteFilePath());
            continue;
        }
        loadUserFile(report, *file, userIds);
    }
    report.library.sortExercises();
    return report;
}

} // namespace carrywell::core
