// Importing: every bad row listed with its line, nothing imported until the
// person chooses, duplicates skipped.
#include "JournalUiFixture.h"
#include "core/journal/JournalFileFormats.h"
#include "ui/journal/ImportDialog.h"
#include "ui/journal/JournalFileActions.h"
#include "ui/journal/JournalText.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace carrywell;
using test::checkIn;
using test::utc;

namespace {

class ImportTest : public test::JournalUiTest
{
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    ui::ImportDialog::Importer importer(const QString& path)
    {
        return [this, path](core::ImportMode mode) {
            const core::Result<core::ImportBatch> batch = core::JournalFileFormats::read(path);
            if (!batch)
                return core::Result<core::ImportReport>(core::Error{batch.error()});
            return m_journal->import(batch.value(), mode);
        };
    }

    core::ImportBatch read(const QString& path)
    {
        const core::Result<core::ImportBatch> batch = core::JournalFileFormats::read(path);
        EXPECT_TRUE(batch.ok()) << batch.error().toStdString();
        return batch.ok() ? batch.value() : core::ImportBatch{};
    }

    static QStringList column(const QTableWidget* table, int column)
    {
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            cells.append(table->item(row, column)->text());
        return cells;
    }
};

const QByteArray kHeader = "time,overall,lower-back,neck,triggers,note\n";

} // namespace

TEST_F(ImportTest, BadRowsAreListedWithTheirLinesAndNothingIsImported)
{
    const QString path = write("with-mistakes.csv",
                               kHeader + "2026-01-05T09:00:00+01:00,5,5,,lifting,Fine\n"
                                         "2026-01-06T09:00:00+01:00,11,,,,Too high\n"
                                         "2026-01-07T09:00:00+01:00,4,,2,,Neck\n"
                                         "yesterday,3,,,,No date\n"
                                         "2026-01-08T09:00:00+01:00,2,,,dancing,Unknown trigger\n");
    const core::ImportBatch batch = read(path);
    ui::ImportDialog dialog(batch, path, importer(path));
    dialog.show();

    const QTableWidget* table = dialog.problemsTable();
    ASSERT_TRUE(table->isVisible());
    EXPECT_EQ(column(table, 0), (QStringList{"line 3", "line 5", "line 6"}));
    for (int row = 0; row < table->rowCount(); ++row)
        EXPECT_FALSE(table->item(row, 2)->text().isEmpty());
    EXPECT_TRUE(table->item(0, 2)->text().contains("11"))
        << table->item(0, 2)->text().toStdString();
    EXPECT_TRUE(table->item(2, 2)->text().contains("dancing"));
    EXPECT_TRUE(dialog.summaryText().contains("3 rows of this file have problems"));
    EXPECT_TRUE(dialog.summaryText().contains("Nothing has been imported"));
    EXPECT_TRUE(allCheckIns().isEmpty()) << "reviewing imports nothing";

    // The person chooses to import only the good rows.
    QPushButton* good = dialog.importButton();
    ASSERT_TRUE(good->isVisible());
    EXPECT_EQ(good->text(), QStringLiteral("Import only the 2 good entries"));
    EXPECT_FALSE(good->isDefault()) << "Enter cancels; importing part of a file is a choice";
    good->click();
    ASSERT_TRUE(dialog.report().has_value());
    EXPECT_EQ(dialog.report()->checkInsAdded, 2);
    EXPECT_EQ(dialog.report()->leftOut.size(), 3);
    EXPECT_EQ(allCheckIns().size(), 2);
    EXPECT_TRUE(dialog.summaryText().contains("Added 2 check-ins."));
    EXPECT_TRUE(dialog.summaryText().contains("3 bad rows were left out."));
    EXPECT_EQ(column(dialog.problemsTable(), 1), (QStringList{"Left out", "Left out", "Left out"}));
}

TEST_F(ImportTest, ACleanFileImportsWithOneClickAndTwiceAddsNothing)
{
    const QString path =
        write("clean.csv", kHeader + "2026-01-05T09:00:00+01:00,5,5,,lifting,Fine\n"
                                     "2026-01-07T09:00:00+01:00,4,,2,,Neck\n");
    {
        ui::ImportDialog dialog(read(path), path, importer(path));
        EXPECT_FALSE(dialog.problemsTable()->isVisibleTo(&dialog));
        EXPECT_EQ(dialog.importButton()->text(), QStringLiteral("Import 2 entries"));
        EXPECT_TRUE(dialog.importButton()->isDefault());
        dialog.importNow();
        ASSERT_TRUE(dialog.report().has_value()) << dialog.summaryText().toStdString();
        EXPECT_EQ(dialog.report()->checkInsAdded, 2);
    }
    ASSERT_EQ(allCheckIns().size(), 2);
    EXPECT_EQ(allCheckIns().first().regions,
              (QList<core::RegionScore>{{core::Region::LowerBack, 5}}));

    ui::ImportDialog again(read(path), path, importer(path));
    again.show();
    again.importNow();
    ASSERT_TRUE(again.report().has_value()) << again.summaryText().toStdString();
    EXPECT_EQ(again.report()->added(), 0);
    EXPECT_EQ(again.report()->duplicates.size(), 2);
    EXPECT_TRUE(again.summaryText().contains("2 entries were already in your journal"));
    EXPECT_EQ(column(again.problemsTable(), 1), (QStringList{"Already there", "Already there"}));
    EXPECT_EQ(column(again.problemsTable(), 0), (QStringList{"line 2", "line 3"}));
    EXPECT_EQ(allCheckIns().size(), 2);
}
