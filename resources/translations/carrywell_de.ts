<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>carrywell::core::ActivityRating</name>
    <message>
        <source>it has no valid date and time</source>
        <translation>es hat kein gültiges Datum und keine gültige Uhrzeit</translation>
    </message>
    <message>
        <source>it does not say which activity it rates</source>
        <translation>es sagt nicht, welche Tätigkeit es bewertet</translation>
    </message>
    <message>
        <source>the activity&apos;s name is longer than %1 characters</source>
        <translation>der Name der Tätigkeit ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the activity score is %1, but scores run from 0 to 10</source>
        <translation>die Bewertung der Tätigkeit ist %1, aber Bewertungen gehen von 0 bis 10</translation>
    </message>
</context>
<context>
    <name>carrywell::core::CarePrompts</name>
    <message>
        <source>Severe pain for several days</source>
        <translation>Starke Schmerzen seit mehreren Tagen</translation>
    </message>
    <message>
        <source>Your pain has been 7 or more for %1 days in a row. Pain this strong that lasts is worth a visit to your doctor or a physiotherapist; you do not have to push through it.</source>
        <translation>Deine Schmerzen lagen %1 Tage in Folge bei 7 oder höher. So starke, anhaltende Schmerzen solltest du ärztlich oder physiotherapeutisch abklären lassen – du musst sie nicht einfach aushalten.</translation>
    </message>
    <message>
        <source>Leaking is worth a check</source>
        <translation>Urinverlust lieber abklären lassen</translation>
    </message>
    <message>
        <source>You noted leaking. It is common after birth, but you do not have to put up with it: a pelvic-floor physiotherapist can help. Every new parent can benefit from a pelvic-floor check.</source>
        <translation>Du hast Urinverlust notiert. Das ist nach der Geburt häufig, aber du musst dich nicht damit abfinden: Beckenboden-Physiotherapie kann helfen. Ein Beckenboden-Check lohnt sich nach jeder Geburt.</translation>
    </message>
    <message>
        <source>Numbness needs a doctor</source>
        <translation>Taubheit ärztlich abklären lassen</translation>
    </message>
    <message>
        <source>You noted numbness or tingling. Please see your doctor about it. Numbness around your bottom or genitals, or new trouble controlling your bladder or bowels, needs urgent medical help.</source>
        <translation>Du hast Taubheit oder Kribbeln notiert. Bitte lass das ärztlich abklären. Taubheit am Po oder im Intimbereich oder neue Probleme, Blase oder Darm zu kontrollieren, brauchen sofort ärztliche Hilfe.</translation>
    </message>
    <message>
        <source>Pain that wakes you</source>
        <translation>Schmerzen, die dich wecken</translation>
    </message>
    <message>
        <source>You noted pain that woke you. Pain that wakes you at night and does not ease when you change position, or comes with a fever, is worth showing your doctor.</source>
        <translation>Du hast notiert, dass dich Schmerzen geweckt haben. Schmerzen, die dich nachts wecken und beim Lagewechsel nicht nachlassen oder mit Fieber einhergehen, solltest du ärztlich abklären lassen.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::CheckIn</name>
    <message>
        <source>it has no valid date and time</source>
        <translation>Datum und Uhrzeit fehlen oder sind ungültig</translation>
    </message>
    <message>
        <source>the overall score is %1, but scores run from 0 to 10</source>
        <translation>der Gesamtwert ist %1, Werte gehen aber von 0 bis 10</translation>
    </message>
    <message>
        <source>“%1” is scored more than once</source>
        <translation>„%1“ ist mehr als einmal bewertet</translation>
    </message>
    <message>
        <source>the score for “%1” is %2, but scores run from 0 to 10</source>
        <translation>der Wert für „%1“ ist %2, Werte gehen aber von 0 bis 10</translation>
    </message>
    <message>
        <source>the note has %1 characters; at most %2 fit</source>
        <translation>die Notiz hat %1 Zeichen; höchstens %2 passen hinein</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Csv</name>
    <message>
        <source>a double quote inside a field that does not start with one (put the whole field in double quotes and double the quote)</source>
        <translation>ein doppeltes Anführungszeichen in einem Feld, das nicht mit einem beginnt (setz das ganze Feld in doppelte Anführungszeichen und verdopple das Zeichen)</translation>
    </message>
    <message>
        <source>text after the closing double quote of a field</source>
        <translation>Text nach dem schließenden doppelten Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>a field in double quotes is never closed</source>
        <translation>ein Feld in doppelten Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>carrywell::core::CsvMoment</name>
    <message>
        <source>“%1” is not a date like 2026-11-30</source>
        <translation>„%1“ ist kein Datum wie 2026-11-30</translation>
    </message>
    <message>
        <source>“%1” is not a time like 08:15:00</source>
        <translation>„%1“ ist keine Uhrzeit wie 08:15:00</translation>
    </message>
    <message>
        <source>“%1” is not a UTC offset like UTC+01:00</source>
        <translation>„%1“ ist keine Abweichung von UTC wie UTC+01:00</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Cue</name>
    <message>
        <source>Done. Well done.</source>
        <translation>Geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <source>%1, left side. Get ready.</source>
        <translation>%1, linke Seite. Mach dich bereit.</translation>
    </message>
    <message>
        <source>%1. Get ready.</source>
        <translation>%1. Mach dich bereit.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Die letzte</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Hin</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
</context>
<context>
    <name>carrywell::core::CueAnnouncement</name>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
</context>
<context>
    <name>carrywell::core::DataDirectory</name>
    <message>
        <source>Carrywell cannot keep its data in “%1” because that is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation>Carrywell kann seine Daten nicht in „%1“ ablegen, weil das eine Datei ist und kein Ordner. Wähle mit --data-dir einen Ordner.</translation>
    </message>
    <message>
        <source>Carrywell could not create its data folder “%1”. Check that the disk is writable, or choose another folder with --data-dir.</source>
        <translation>Carrywell konnte seinen Datenordner „%1“ nicht anlegen. Prüfe, ob der Datenträger beschreibbar ist, oder wähle mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Carrywell cannot write to its data folder “%1”, so nothing you record could be saved. Check its permissions, or choose another folder with --data-dir.</source>
        <translation>Carrywell kann nicht in seinen Datenordner „%1“ schreiben, daher ließe sich nichts speichern, was du einträgst. Prüfe die Zugriffsrechte oder wähle mit --data-dir einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Dosage</name>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 holds of %2</source>
        <translation>%1 × %2 halten</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>%1 sets × %2 reps</source>
        <translation>%1 Sätze × %2 Wdh.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 Wdh.</translation>
    </message>
    <message>
        <source>hold %1 each</source>
        <translation>je %1 halten</translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 Sätze</translation>
    </message>
    <message>
        <source>%1 s out, %2 s back</source>
        <translation>%1 s hin, %2 s zurück</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>pro Seite</translation>
    </message>
    <message>
        <source>rest %1 s</source>
        <translation>%1 s Pause</translation>
    </message>
    <message>
        <source>%1 s in, %2 s out</source>
        <translation>%1 s ein, %2 s aus</translation>
    </message>
</context>
<context>
    <name>carrywell::core::ExerciseListing</name>
    <message>
        <source>equipment: </source>
        <translation>Hilfsmittel: </translation>
    </message>
    <message>
        <source>source: </source>
        <translation>Quelle: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>from week %1 after a vaginal birth, week %2 after a caesarean</source>
        <translation>ab Woche %1 nach einer vaginalen Geburt, ab Woche %2 nach einem Kaiserschnitt</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 Min.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::FhirActivities</name>
    <message>
        <source>For each activity she named: 0 = unable to do the activity, 10 = able to do it as well as before the problem.</source>
        <translation>Für jede Aktivität, die sie genannt hat: 0 = kann die Aktivität nicht ausführen, 10 = kann sie so gut wie vor dem Problem ausführen.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::FhirCheckIns</name>
    <message>
        <source>Set off by: %1</source>
        <translation>Ausgelöst durch: %1</translation>
    </message>
</context>
<context>
    <name>carrywell::core::FhirSessions</name>
    <message>
        <source>Exercises done: %1</source>
        <translation>Erledigte Übungen: %1</translation>
    </message>
    <message>
        <source>Exercises skipped: %1</source>
        <translation>Übersprungene Übungen: %1</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Vor der Einheit</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Nach der Einheit</translation>
    </message>
</context>
<context>
    <name>carrywell::core::ImportFields</name>
    <message>
        <source>“%1” is not a date and time like 2026-01-05T09:30:00+01:00</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit wie 2026-01-05T09:30:00+01:00</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is “%2”, but scores are whole numbers from 0 to 10</source>
        <translation>%1 ist „%2“, Werte sind aber ganze Zahlen von 0 bis 10</translation>
    </message>
</context>
<context>
    <name>carrywell::core::IsoWeek</name>
    <message>
        <source>&quot;%1&quot; is not a week. Write it as year, W and week number, like 2026-W48.</source>
        <translation>„%1“ ist keine Woche. Schreib sie als Jahr, W und Wochennummer, etwa 2026-W48.</translation>
    </message>
    <message>
        <source>%1 has no week %2.</source>
        <translation>%1 hat keine Woche %2.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JointLimits</name>
    <message>
        <source>%1 is at %2°, outside the human range %3° to %4°</source>
        <translation>%1 liegt bei %2°, außerhalb des menschlich möglichen Bereichs von %3° bis %4°</translation>
    </message>
    <message>
        <source>the %1 should rest on the floor but is %2 cm above it</source>
        <translation>Körperpunkt %1 sollte auf dem Boden liegen, ist aber %2 cm darüber</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Journal</name>
    <message>
        <source>The folder for your journal, “%1”, does not exist. Check that the disk is connected, or choose another data folder with --data-dir.</source>
        <translation>Der Ordner für dein Tagebuch, „%1“, existiert nicht. Prüfe, ob der Datenträger angeschlossen ist, oder wähle mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Carrywell was installed without its SQLite driver (the Qt SQLite plugin, package libqt6sql6-sqlite), so it cannot open your journal. Your journal was not touched. Reinstall Carrywell.</source>
        <translation>Carrywell wurde ohne seinen SQLite-Treiber installiert (das Qt-SQLite-Plugin, Paket libqt6sql6-sqlite) und kann dein Tagebuch deshalb nicht öffnen. Dein Tagebuch wurde nicht angerührt. Installiere Carrywell neu.</translation>
    </message>
    <message>
        <source>Carrywell could not lock your journal “%1” for its use. Nothing was changed. Check the folder&apos;s permissions and free space, then start Carrywell again.</source>
        <translation>Carrywell konnte dein Tagebuch „%1“ nicht für sich sperren. Es wurde nichts geändert. Prüfe die Zugriffsrechte des Ordners und den freien Speicherplatz und starte Carrywell dann neu.</translation>
    </message>
    <message>
        <source>Carrywell could not open your journal “%1”. Nothing was changed. Check that the disk is connected and writable, then start Carrywell again.</source>
        <translation>Carrywell konnte dein Tagebuch „%1“ nicht öffnen. Es wurde nichts geändert. Prüfe, ob der Datenträger angeschlossen und beschreibbar ist, und starte Carrywell dann neu.</translation>
    </message>
    <message>
        <source>Your journal is on a disk that does not support SQLite&apos;s write-ahead log, so Carrywell uses the slower “%1” mode.</source>
        <translation>Dein Tagebuch liegt auf einem Datenträger, der das Write-Ahead-Log von SQLite nicht unterstützt, daher nutzt Carrywell den langsameren Modus „%1“.</translation>
    </message>
    <message>
        <source>Carrywell needs to update your journal for this version, but could not back it up first, so it was left as it was. %1</source>
        <translation>Carrywell muss dein Tagebuch für diese Version aktualisieren, konnte es aber vorher nicht sichern. Es bleibt deshalb, wie es war. %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup of your journal could not be made: %1</source>
        <translation>Die heutige Sicherung deines Tagebuchs konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>This check-in</source>
        <translation>Dieser Check-in</translation>
    </message>
    <message>
        <source>This change</source>
        <translation>Diese Änderung</translation>
    </message>
    <message>
        <source>This check-in is no longer in your journal, so the change was not saved.</source>
        <translation>Dieser Check-in ist nicht mehr in deinem Tagebuch, deshalb wurde die Änderung nicht gespeichert.</translation>
    </message>
    <message>
        <source>This check-in is no longer in your journal.</source>
        <translation>Dieser Check-in ist nicht mehr in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Einheit</translation>
    </message>
    <message>
        <source>This session is no longer in your journal.</source>
        <translation>Diese Einheit ist nicht mehr in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Dieser Plan</translation>
    </message>
    <message>
        <source>There is no saved plan for that week.</source>
        <translation>Für diese Woche gibt es keinen gespeicherten Plan.</translation>
    </message>
    <message>
        <source>Carrywell found damage in your journal: %1. Nothing was changed. Restart Carrywell to restore the latest backup.</source>
        <translation>Carrywell hat einen Schaden in deinem Tagebuch gefunden: %1. Es wurde nichts geändert. Starte Carrywell neu, um die neueste Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 was not saved because %2.</source>
        <translation>%1 wurde nicht gespeichert: %2.</translation>
    </message>
    <message>
        <source>Carrywell could not create the folder for backups of your journal (“%1”). Your journal itself is unchanged. Check that the disk is writable and has free space.</source>
        <translation>Carrywell konnte den Ordner für die Sicherungen deines Tagebuchs nicht anlegen („%1“). Dein Tagebuch selbst ist unverändert. Prüfe, ob der Datenträger beschreibbar ist und freien Platz hat.</translation>
    </message>
    <message>
        <source>Carrywell could not finish the backup copy of your journal in “%1”. Your journal itself is unchanged. Check that the disk has free space.</source>
        <translation>Carrywell konnte die Sicherungskopie deines Tagebuchs in „%1“ nicht fertigstellen. Dein Tagebuch selbst ist unverändert. Prüfe, ob der Datenträger freien Platz hat.</translation>
    </message>
    <message>
        <source>Your journal has format version %1, which no Carrywell release ever wrote, so Carrywell left it as it was.</source>
        <translation>Dein Tagebuch hat die Formatversion %1, die keine Carrywell-Version je geschrieben hat. Carrywell hat es deshalb so gelassen, wie es war.</translation>
    </message>
    <message>
        <source>Carrywell could not update your journal to this version because some of its entries refer to entries that no longer exist (in the table “%1”). Your entries are unchanged, and a backup was made before trying.</source>
        <translation>Carrywell konnte dein Tagebuch nicht auf diese Version aktualisieren, weil einige Einträge auf Einträge verweisen, die es nicht mehr gibt (in der Tabelle „%1“). Deine Einträge sind unverändert, und vor dem Versuch wurde eine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Or restore the latest backup this version can read, from %1: the newer journal will be kept beside it under another name, unchanged.</source>
        <translation>Oder stelle die neueste Sicherung wieder her, die diese Version lesen kann (vom %1): Das neuere Tagebuch bleibt unverändert unter einem anderen Namen daneben erhalten.</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1. Carrywell can restore it; the file you have now will be kept beside it under another name, unchanged.</source>
        <translation>Die neueste automatische Sicherung ist vom %1. Carrywell kann sie wiederherstellen; deine jetzige Datei bleibt unverändert unter einem anderen Namen daneben erhalten.</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. Carrywell can put the file aside, unchanged, and start a new journal; keep the file, as someone with SQLite tools may be able to rescue entries from it.</source>
        <translation>Es gibt keine automatische Sicherung zum Wiederherstellen. Carrywell kann die Datei unverändert beiseitelegen und ein neues Tagebuch beginnen. Bewahre die Datei auf: Wer sich mit SQLite-Werkzeugen auskennt, kann vielleicht Einträge daraus retten.</translation>
    </message>
    <message>
        <source>Your journal is open in another Carrywell window. Carrywell opens it in one window at a time so that nothing you record is lost. Switch to that window, or close it and start Carrywell again.</source>
        <translation>Dein Tagebuch ist schon in einem anderen Carrywell-Fenster geöffnet. Carrywell öffnet es immer nur in einem Fenster, damit nichts von deinen Einträgen verloren geht. Wechsle zu diesem Fenster oder schließe es und starte Carrywell neu.</translation>
    </message>
    <message>
        <source>Carrywell cannot write to your journal “%1”: the file or its folder is read-only, or the disk is write-protected. Nothing was changed. Make the folder writable, or choose another data folder with --data-dir, then start Carrywell again.</source>
        <translation>Carrywell kann nicht in dein Tagebuch „%1“ schreiben: Die Datei oder ihr Ordner ist schreibgeschützt, oder der Datenträger ist es. Es wurde nichts geändert. Mach den Ordner beschreibbar oder wähle mit --data-dir einen anderen Datenordner und starte Carrywell dann neu.</translation>
    </message>
    <message>
        <source>The journal file “%1” is not a database: it may have been overwritten or damaged outside Carrywell. Carrywell has not changed it.</source>
        <translation>Die Tagebuchdatei „%1“ ist keine Datenbank: Sie wurde vielleicht außerhalb von Carrywell überschrieben oder beschädigt. Carrywell hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>Carrywell found damage inside your journal file “%1”. Carrywell has not changed it, so nothing more can be lost.</source>
        <translation>Carrywell hat einen Schaden in deiner Tagebuchdatei „%1“ gefunden. Carrywell hat sie nicht verändert, damit nichts weiter verloren gehen kann.</translation>
    </message>
    <message>
        <source>The file “%1” is a database, but not a Carrywell journal. Carrywell has not changed it.</source>
        <translation>Die Datei „%1“ ist eine Datenbank, aber kein Carrywell-Tagebuch. Carrywell hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>Your journal “%1” was written by a newer version of Carrywell (journal format %2; this version reads formats up to %3). Carrywell has not changed it. Install the newer Carrywell again to keep using it.</source>
        <translation>Dein Tagebuch „%1“ wurde von einer neueren Carrywell-Version geschrieben (Tagebuchformat %2; diese Version liest Formate bis %3). Carrywell hat es nicht verändert. Installiere wieder die neuere Carrywell-Version, um es weiter zu nutzen.</translation>
    </message>
    <message>
        <source>Carrywell could not read your journal “%1”. Nothing was changed. Check that the disk is connected and that you may read the file, then start Carrywell again.</source>
        <translation>Carrywell konnte dein Tagebuch „%1“ nicht lesen. Es wurde nichts geändert. Prüfe, ob der Datenträger angeschlossen ist und ob du die Datei lesen darfst, und starte Carrywell dann neu.</translation>
    </message>
    <message>
        <source>Carrywell could not open your journal “%1”.</source>
        <translation>Carrywell konnte dein Tagebuch „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>Carrywell could not put your journal “%1” aside (the folder may be read-only). Nothing was changed.</source>
        <translation>Carrywell konnte dein Tagebuch „%1“ nicht beiseitelegen (der Ordner ist vielleicht schreibgeschützt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Carrywell could not lock your journal “%1” to change it. Nothing was changed.</source>
        <translation>Carrywell konnte dein Tagebuch „%1“ nicht für Änderungen sperren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be used: it is damaged or was made by a newer Carrywell. Nothing was changed; try an older backup.</source>
        <translation>Die Sicherung „%1“ ist nicht verwendbar: Sie ist beschädigt oder stammt von einem neueren Carrywell. Es wurde nichts geändert; versuch es mit einer älteren Sicherung.</translation>
    </message>
    <message>
        <source>Carrywell could not copy the backup “%1” next to your journal. Nothing was changed. Check that the disk has free space and is writable.</source>
        <translation>Carrywell konnte die Sicherung „%1“ nicht neben dein Tagebuch kopieren. Es wurde nichts geändert. Prüfe, ob der Datenträger freien Platz hat und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Carrywell could not put the backup in place of your journal. Nothing was changed.</source>
        <translation>Carrywell konnte die Sicherung nicht an die Stelle deines Tagebuchs setzen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>this check-in</source>
        <translation>diesen Check-in</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Einheit</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>diesen Plan</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>die Änderung</translation>
    </message>
    <message>
        <source>the imported entries (nothing from the file was added)</source>
        <translation>die importierten Einträge (aus der Datei wurde nichts übernommen)</translation>
    </message>
    <message>
        <source>the update of your journal to this version of Carrywell (your entries are unchanged)</source>
        <translation>die Aktualisierung deines Tagebuchs auf diese Carrywell-Version (deine Einträge sind unverändert)</translation>
    </message>
    <message>
        <source>a new journal</source>
        <translation>ein neues Tagebuch</translation>
    </message>
    <message>
        <source>the backup copy of your journal</source>
        <translation>die Sicherungskopie deines Tagebuchs</translation>
    </message>
    <message>
        <source>your entry</source>
        <translation>deinen Eintrag</translation>
    </message>
    <message>
        <source>Carrywell could not read your journal because the file appears damaged. Nothing was changed. Close Carrywell and start it again: it will check the file and offer its latest backup. (%1)</source>
        <translation>Carrywell konnte dein Tagebuch nicht lesen, weil die Datei beschädigt scheint. Es wurde nichts geändert. Schließe Carrywell und starte es neu: Es prüft dann die Datei und bietet die neueste Sicherung an. (%1)</translation>
    </message>
    <message>
        <source>Carrywell could not read your journal. Nothing was changed. Try again, or restart Carrywell. (%1)</source>
        <translation>Carrywell konnte dein Tagebuch nicht lesen. Es wurde nichts geändert. Versuch es noch einmal oder starte Carrywell neu. (%1)</translation>
    </message>
    <message>
        <source>The disk is full, so Carrywell could not save %1. Everything saved before is safe. Free some space on the disk, then try again.</source>
        <translation>Der Datenträger ist voll, deshalb konnte Carrywell %1 nicht speichern. Alles bisher Gespeicherte ist sicher. Schaffe etwas Platz auf dem Datenträger und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>Carrywell cannot write to your journal because the file or the disk it is on is read-only, so %1 was not saved. Everything saved before is safe. Check that the disk is not write-protected and that you may change the file, then try again.</source>
        <translation>Deine Tagebuchdatei oder ihr Datenträger ist schreibgeschützt, deshalb konnte Carrywell %1 nicht speichern. Alles bisher Gespeicherte ist sicher. Prüfe, ob der Datenträger schreibgeschützt ist und ob du die Datei ändern darfst, und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>The disk reported an error while Carrywell was saving %1, so it was not saved. Entries saved before are not affected. Check that the disk is still connected and working, then try again. (%2)</source>
        <translation>Der Datenträger hat einen Fehler gemeldet, als Carrywell %1 speichern wollte; gespeichert wurde nichts davon. Bisher gespeicherte Einträge sind nicht betroffen. Prüfe, ob der Datenträger noch angeschlossen ist und funktioniert, und versuch es dann noch einmal. (%2)</translation>
    </message>
    <message>
        <source>Carrywell found damage in the journal file while saving %1, so it was not saved. Close Carrywell and start it again: it will check the file and offer its latest backup. (%2)</source>
        <translation>Carrywell hat beim Versuch, %1 zu speichern, einen Schaden in der Tagebuchdatei gefunden; gespeichert wurde nichts davon. Schließe Carrywell und starte es neu: Es prüft dann die Datei und bietet die neueste Sicherung an. (%2)</translation>
    </message>
    <message>
        <source>The journal was busy, so %1 was not saved. Nothing was lost; try again in a moment.</source>
        <translation>Das Tagebuch war gerade beschäftigt, deshalb konnte Carrywell %1 nicht speichern. Es ist nichts verloren gegangen; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Carrywell could not save %1. Entries saved before are safe. (%2)</source>
        <translation>Carrywell konnte %1 nicht speichern. Bisher gespeicherte Einträge sind sicher. (%2)</translation>
    </message>
    <message>
        <source>The rating of “%1”</source>
        <translation>Die Bewertung von „%1“</translation>
    </message>
    <message>
        <source>these activity ratings</source>
        <translation>diese Bewertungen deiner Tätigkeiten</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalCsv</name>
    <message>
        <source>The file is not UTF-8 text, so Carrywell cannot read it. In LibreOffice, save it again as “Text CSV” with the character set “Unicode (UTF-8)”. Nothing was imported.</source>
        <translation>Die Datei ist kein UTF-8-Text, deshalb kann Carrywell sie nicht lesen. Speichere sie in LibreOffice noch einmal als „Text CSV“ mit dem Zeichensatz „Unicode (UTF-8)“. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation>Die Datei ist leer. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The first line of the file, which names the columns, is not valid CSV: %1. Nothing was imported.</source>
        <translation>Die erste Zeile der Datei mit den Spaltennamen ist kein gültiges CSV: %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line 1 names a column “%1” that Carrywell does not know. The columns are: %2. Nothing was imported.</source>
        <translation>Zeile 1 nennt eine Spalte „%1“, die Carrywell nicht kennt. Die Spalten sind: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line 1 names the column “%1” twice. Nothing was imported.</source>
        <translation>Zeile 1 nennt die Spalte „%1“ zweimal. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line 1 has no “%1” column, which every row needs. Nothing was imported.</source>
        <translation>In Zeile 1 fehlt die Spalte „%1“, die jede Zeile braucht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>it has %1 fields, but line 1 names %2 columns (a comma or line break inside a field needs the field in double quotes)</source>
        <translation>sie hat %1 Felder, Zeile 1 nennt aber %2 Spalten (steht in einem Feld ein Komma oder Zeilenumbruch, muss das Feld in doppelten Anführungszeichen stehen)</translation>
    </message>
    <message>
        <source>the overall score</source>
        <translation>der Gesamtwert</translation>
    </message>
    <message>
        <source>the score for “%1”</source>
        <translation>der Wert für „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a trigger Carrywell knows (%2)</source>
        <translation>„%1“ ist kein Auslöser, den Carrywell kennt (%2)</translation>
    </message>
    <message>
        <source>the duration “%1” is not a whole number of seconds</source>
        <translation>die Dauer „%1“ ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>the pain before</source>
        <translation>der Schmerzwert davor</translation>
    </message>
    <message>
        <source>the pain after</source>
        <translation>der Schmerzwert danach</translation>
    </message>
    <message>
        <source>“%1” is not a warning sign Carrywell knows (%2)</source>
        <translation>„%1“ ist kein Warnzeichen, das Carrywell kennt (%2)</translation>
    </message>
    <message>
        <source>The file does not look like a Carrywell export: its first line should name the columns, starting with “date,time,utc-offset,overall” for check-ins or “date,time,utc_offset,duration_seconds” for sessions. Nothing was imported.</source>
        <translation>Die Datei sieht nicht nach einem Carrywell-Export aus: Ihre erste Zeile sollte die Spalten nennen und mit „date,time,utc-offset,overall“ (Check-ins) oder „date,time,utc_offset,duration_seconds“ (Einheiten) beginnen. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalFileFormats</name>
    <message>
        <source>The check-ins were saved in “%1”, but the sessions were not: %2</source>
        <translation>Die Check-ins wurden in „%1“ gespeichert, die Einheiten aber nicht: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing new was added.</source>
        <translation>Es wurde nichts Neues hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Carrywell reads and writes journals as .csv or .json files, and “%1” is neither. Choose a name ending in .csv or .json.</source>
        <translation>Carrywell liest und schreibt Tagebücher als .csv- oder .json-Dateien, und „%1“ ist keins von beiden. Wähle einen Namen, der auf .csv oder .json endet.</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 Check-in</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 Check-ins</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>1 weekly plan</source>
        <translation>1 Wochenplan</translation>
    </message>
    <message>
        <source>%1 weekly plans</source>
        <translation>%1 Wochenpläne</translation>
    </message>
    <message>
        <source>1 entry was already in your journal and was skipped.</source>
        <translation>1 Eintrag war schon in deinem Tagebuch und wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1 entries were already in your journal and were skipped.</source>
        <translation>%1 Einträge waren schon in deinem Tagebuch und wurden übersprungen.</translation>
    </message>
    <message>
        <source>1 bad row was left out.</source>
        <translation>1 fehlerhafte Zeile wurde weggelassen.</translation>
    </message>
    <message>
        <source>%1 bad rows were left out.</source>
        <translation>%1 fehlerhafte Zeilen wurden weggelassen.</translation>
    </message>
    <message>
        <source>1 week already had a different plan; yours was kept.</source>
        <translation>Für 1 Woche gab es schon einen anderen Plan; deiner wurde behalten.</translation>
    </message>
    <message>
        <source>%1 weeks already had a different plan; yours were kept.</source>
        <translation>Für %1 Wochen gab es schon andere Pläne; deine wurden behalten.</translation>
    </message>
    <message>
        <source>“%1” was not written: FHIR exports are made from File ▸ Export ▸ For a clinic (FHIR) or with --export-journal.</source>
        <translation>„%1“ wurde nicht geschrieben: FHIR-Exporte entstehen über Datei ▸ Exportieren ▸ Für eine Praxis (FHIR) oder mit --export-journal.</translation>
    </message>
    <message>
        <source>“%1” is a FHIR file for clinics, which Carrywell writes but does not read back. Nothing was imported. To move your journal, import a .json backup or a .csv export instead.</source>
        <translation>„%1“ ist eine FHIR-Datei für Praxen, die Carrywell schreibt, aber nicht wieder einliest. Es wurde nichts importiert. Um dein Tagebuch umzuziehen, importiere stattdessen eine .json-Sicherung oder einen .csv-Export.</translation>
    </message>
    <message>
        <source>1 activity rating</source>
        <translation>1 Tätigkeitsbewertung</translation>
    </message>
    <message>
        <source>%1 activity ratings</source>
        <translation>%1 Tätigkeitsbewertungen</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalFiles</name>
    <message>
        <source>Carrywell could not write “%1” (%2). Nothing was written there; your journal is unchanged. Check that the folder is writable and the disk has free space, or choose another place.</source>
        <translation>Carrywell konnte „%1“ nicht schreiben (%2). Dort wurde nichts gespeichert; dein Tagebuch ist unverändert. Prüfe, ob der Ordner beschreibbar ist und der Datenträger freien Platz hat, oder wähle einen anderen Ort.</translation>
    </message>
    <message>
        <source>Carrywell could not open “%1” (%2). Nothing was imported.</source>
        <translation>Carrywell konnte „%1“ nicht öffnen (%2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“%1” is larger than any journal export (%2 MB), so Carrywell did not read it. Nothing was imported.</source>
        <translation>„%1“ ist größer als jeder Tagebuch-Export (%2 MB), deshalb hat Carrywell die Datei nicht gelesen. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalImporter</name>
    <message>
        <source>1 row of the file has a problem, so nothing was imported. Correct it and import again, or choose to import only the good rows.</source>
        <translation>1 Zeile der Datei hat einen Fehler, deshalb wurde nichts importiert. Korrigiere sie und importiere noch einmal, oder importiere nur die fehlerfreien Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the file have problems, so nothing was imported. Correct them and import again, or choose to import only the good rows.</source>
        <translation>
            <numerusform>%n Zeile der Datei hat einen Fehler, deshalb wurde nichts importiert. Korrigiere sie und importiere noch einmal, oder importiere nur die fehlerfreien Zeilen.</numerusform>
            <numerusform>%n Zeilen der Datei haben Fehler, deshalb wurde nichts importiert. Korrigiere sie und importiere noch einmal, oder importiere nur die fehlerfreien Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported, because Carrywell could not back up your journal first. %1</source>
        <translation>Es wurde nichts importiert, weil Carrywell dein Tagebuch vorher nicht sichern konnte. %1</translation>
    </message>
    <message>
        <source>the same check-in is already at %1 of this file</source>
        <translation>derselbe Check-in steht schon in %1 dieser Datei</translation>
    </message>
    <message>
        <source>the same check-in is already in your journal</source>
        <translation>derselbe Check-in ist schon in deinem Tagebuch</translation>
    </message>
    <message>
        <source>the same session is already at %1 of this file</source>
        <translation>dieselbe Einheit steht schon in %1 dieser Datei</translation>
    </message>
    <message>
        <source>the same session is already in your journal</source>
        <translation>dieselbe Einheit ist schon in deinem Tagebuch</translation>
    </message>
    <message>
        <source>the same plan is already in your journal</source>
        <translation>derselbe Plan ist schon in deinem Tagebuch</translation>
    </message>
    <message>
        <source>your journal already has a different plan for the week of %1; that one was kept</source>
        <translation>dein Tagebuch hat schon einen anderen Plan für die Woche vom %1; dieser wurde behalten</translation>
    </message>
    <message>
        <source>the same rating is already at %1 of this file</source>
        <translation>dieselbe Bewertung steht schon in %1 dieser Datei</translation>
    </message>
    <message>
        <source>the same rating is already in your journal</source>
        <translation>dieselbe Bewertung ist schon in deinem Tagebuch</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalJson</name>
    <message>
        <source>The file is not valid JSON (line %1: %2). Nothing was imported.</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile %1: %2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a Carrywell journal backup (it should say &quot;format&quot;: &quot;carrywell-journal&quot;). Nothing was imported.</source>
        <translation>Die Datei ist JSON, aber keine Carrywell-Tagebuchsicherung (darin sollte &quot;format&quot;: &quot;carrywell-journal&quot; stehen). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The backup does not say which version of the format it uses. Nothing was imported.</source>
        <translation>In der Sicherung steht nicht, welche Formatversion sie verwendet. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The backup was made by a newer Carrywell (format version %1; this version reads up to %2). Update Carrywell to import it. Nothing was imported.</source>
        <translation>Die Sicherung stammt von einem neueren Carrywell (Formatversion %1; diese Version liest bis %2). Aktualisiere Carrywell, um sie zu importieren. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>“%1” is not a body region (%2)</source>
        <translation>„%1“ ist kein Körperbereich (%2)</translation>
    </message>
    <message>
        <source>the score for “%1” must be a whole number from 0 to 10</source>
        <translation>der Wert für „%1“ muss eine ganze Zahl von 0 bis 10 sein</translation>
    </message>
    <message>
        <source>“regions” must be an object such as {&quot;neck&quot;: 3}</source>
        <translation>„regions“ muss ein Objekt sein, etwa {&quot;neck&quot;: 3}</translation>
    </message>
    <message>
        <source>“%1” is not a trigger Carrywell knows (%2)</source>
        <translation>„%1“ ist kein Auslöser, den Carrywell kennt (%2)</translation>
    </message>
    <message>
        <source>“triggers” must be a list of trigger ids</source>
        <translation>„triggers“ muss eine Liste von Auslöser-IDs sein</translation>
    </message>
    <message>
        <source>each exercise must be {&quot;id&quot;: …, &quot;outcome&quot;: &quot;done&quot; or &quot;skipped&quot;}</source>
        <translation>jede Übung muss {&quot;id&quot;: …, &quot;outcome&quot;: &quot;done&quot; oder &quot;skipped&quot;} sein</translation>
    </message>
    <message>
        <source>“exercises” must be a list</source>
        <translation>„exercises“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>“weekStart” must be a date like 2026-01-05</source>
        <translation>„weekStart“ muss ein Datum wie 2026-01-05 sein</translation>
    </message>
    <message>
        <source>“plan” must be an object</source>
        <translation>„plan“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>“%1” is not a warning sign Carrywell knows (%2)</source>
        <translation>„%1“ ist kein Warnzeichen, das Carrywell kennt (%2)</translation>
    </message>
    <message>
        <source>“warning-signs” must be a list of warning sign ids</source>
        <translation>„warning-signs“ muss eine Liste von Warnzeichen-IDs sein</translation>
    </message>
</context>
<context>
    <name>carrywell::core::LocaleFormat</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format (QDate::toString)</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QDate::toString)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QDate::toString)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format (QDate::toString)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <comment>date format (QDate::toString)</comment>
        <translation>dddd, d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format (QDate::toString)</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QDate::toString)</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d</source>
        <comment>date format (QDate::toString): the first day of a range within one month</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format (QDate::toString)</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of days</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day, then a time of day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>a number of minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>a number of seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>minutes and seconds</comment>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>carrywell::core::MeaningfulChange</name>
    <message>
        <source>a meaningful improvement</source>
        <translation>eine deutliche Verbesserung</translation>
    </message>
    <message>
        <source>a meaningful worsening</source>
        <translation>eine deutliche Verschlechterung</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>keine klare Veränderung</translation>
    </message>
    <message>
        <source>too few ratings to compare</source>
        <translation>zu wenige Bewertungen zum Vergleichen</translation>
    </message>
</context>
<context>
    <name>carrywell::core::MyActivities</name>
    <message>
        <source>Lifting the baby from the crib</source>
        <translation>Das Baby aus dem Bettchen heben</translation>
    </message>
    <message>
        <source>Fastening the car seat</source>
        <translation>Die Babyschale im Auto festmachen</translation>
    </message>
    <message>
        <source>Carrying shopping up the stairs</source>
        <translation>Einkäufe die Treppe hochtragen</translation>
    </message>
    <message>
        <source>Feeding the baby sitting up</source>
        <translation>Das Baby im Sitzen füttern</translation>
    </message>
    <message>
        <source>Getting up from the floor</source>
        <translation>Vom Boden aufstehen</translation>
    </message>
    <message>
        <source>Pushing the pram</source>
        <translation>Den Kinderwagen schieben</translation>
    </message>
    <message>
        <source>Carrying the baby on one hip</source>
        <translation>Das Baby auf der Hüfte tragen</translation>
    </message>
    <message>
        <source>Bending over the changing table</source>
        <translation>Mich über den Wickeltisch beugen</translation>
    </message>
    <message>
        <source>Sleeping through the night</source>
        <translation>Die Nacht durchschlafen</translation>
    </message>
    <message>
        <source>Walking for half an hour</source>
        <translation>Eine halbe Stunde spazieren gehen</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PainChartPoints</name>
    <message>
        <source>Day’s average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>Week’s average</source>
        <translation>Wochendurchschnitt</translation>
    </message>
    <message>
        <source>Month’s average</source>
        <translation>Monatsdurchschnitt</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanCalendar</name>
    <message>
        <source>Carrywell: %1-minute back care routine</source>
        <translation>Carrywell: Rückenroutine, %1 Minuten</translation>
    </message>
    <message>
        <source>Carrywell could not write the calendar to “%1” (%2). Choose another place.</source>
        <translation>Carrywell konnte den Kalender nicht nach „%1“ schreiben (%2). Wähle einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Move within what feels comfortable. Stop and get help if you have severe or worsening pain, numbness, leaking or heaviness in the pelvis. Carrywell teaches general exercises; it is not medical advice.</source>
        <translation>Beweg dich nur so weit, wie es sich gut anfühlt. Hör auf und hol dir Hilfe bei starken oder zunehmenden Schmerzen, Taubheit, ungewolltem Urinverlust oder einem Schweregefühl im Becken. Carrywell zeigt allgemeine Übungen und ersetzt keinen medizinischen Rat.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanEdits</name>
    <message>
        <source>That day is not in this week&apos;s plan.</source>
        <translation>Dieser Tag ist nicht im Plan dieser Woche.</translation>
    </message>
    <message>
        <source>%1 — added by you</source>
        <translation>%1 — von dir hinzugefügt</translation>
    </message>
    <message>
        <source>%1 — swapped in by you</source>
        <translation>%1 — von dir eingetauscht</translation>
    </message>
    <message>
        <source>That exercise is already on %1.</source>
        <translation>Diese Übung ist schon am %1 eingeplant.</translation>
    </message>
    <message>
        <source>That exercise is no longer in the plan.</source>
        <translation>Diese Übung ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>%1 is already on %2.</source>
        <translation>%1 ist schon am %2 eingeplant.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanGenerator</name>
    <message>
        <source>This week&apos;s time does not reach your %1. Add a free day or a few more minutes a day to work it too.</source>
        <translation>Die Zeit in dieser Woche reicht nicht für: %1. Nimm einen freien Tag oder ein paar Minuten pro Tag dazu, damit auch das drankommt.</translation>
    </message>
    <message>
        <source>%1 — to start calm and connect your breath with your core</source>
        <translation>%1 — ruhig anfangen und den Atem mit der Körpermitte verbinden</translation>
    </message>
    <message>
        <source>%1 — to get moving gently</source>
        <translation>%1 — sanft in Bewegung kommen</translation>
    </message>
    <message>
        <source>%1 — to keep your %2 strong</source>
        <translation>%1 — für Kraft im Bereich %2</translation>
    </message>
    <message>
        <source>%1 — to keep you strong for lifting and carrying</source>
        <translation>%1 — für Kraft beim Heben und Tragen</translation>
    </message>
    <message>
        <source>%1 — to finish by letting go of tension</source>
        <translation>%1 — zum Abschluss Spannung loslassen</translation>
    </message>
    <message>
        <source>%1 — for the %2 you logged</source>
        <translation>%1 — für deine notierten Beschwerden: %2</translation>
    </message>
    <message>
        <source>%1 — to work your %2</source>
        <translation>%1 — trainiert den Bereich %2</translation>
    </message>
    <message>
        <source> (a little more than last week)</source>
        <translation> (etwas mehr als letzte Woche)</translation>
    </message>
    <message>
        <source> (a little less than last week)</source>
        <translation> (etwas weniger als letzte Woche)</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanJson</name>
    <message>
        <source>The saved plan could not be read (%1). Make a new plan for this week.</source>
        <translation>Der gespeicherte Plan konnte nicht gelesen werden (%1). Erstelle einen neuen Plan für diese Woche.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>no week start</source>
        <translation>kein Wochenbeginn</translation>
    </message>
    <message>
        <source>%1 days instead of 7</source>
        <translation>%1 Tage statt 7</translation>
    </message>
    <message>
        <source>a day without a date</source>
        <translation>ein Tag ohne Datum</translation>
    </message>
    <message>
        <source>an exercise without an id or stage</source>
        <translation>eine Übung ohne ID oder Phase</translation>
    </message>
    <message>
        <source>a dosage that is out of range</source>
        <translation>eine Dosierung außerhalb des gültigen Bereichs</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanRequest</name>
    <message>
        <source>Choose between %1 and %2 minutes a day.</source>
        <translation>Wähle zwischen %1 und %2 Minuten pro Tag.</translation>
    </message>
    <message>
        <source>Choose at least one free day for the plan.</source>
        <translation>Wähle mindestens einen freien Tag für den Plan.</translation>
    </message>
    <message>
        <source>A plan starts on a Monday.</source>
        <translation>Ein Plan beginnt an einem Montag.</translation>
    </message>
    <message>
        <source>Weeks since birth cannot be negative.</source>
        <translation>Die Wochen seit der Geburt können nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Progression</name>
    <message>
        <source>Stepping back: your pain rose from %1 to %2 this week.</source>
        <translation>Einen Schritt zurück: Deine Schmerzen sind diese Woche von %1 auf %2 gestiegen.</translation>
    </message>
    <message>
        <source>Stepping back: after your sessions pain was %1 points higher on average.</source>
        <translation>Einen Schritt zurück: Nach deinen Einheiten waren die Schmerzen im Schnitt %1 Punkte höher.</translation>
    </message>
    <message>
        <source>Holding last week&apos;s amounts: there are no sessions from last week to go on.</source>
        <translation>Gleiche Menge wie letzte Woche: Aus der letzten Woche gibt es keine Einheiten als Anhaltspunkt.</translation>
    </message>
    <message>
        <source>Holding last week&apos;s amounts: %1 of %2 planned sessions were done, so the same week again is the next step.</source>
        <translation>Gleiche Menge wie letzte Woche: %1 von %2 geplanten Einheiten sind geschafft, also ist dieselbe Woche noch einmal der nächste Schritt.</translation>
    </message>
    <message>
        <source>Holding last week&apos;s amounts: sessions left your pain a little higher.</source>
        <translation>Gleiche Menge wie letzte Woche: Nach den Einheiten waren deine Schmerzen etwas stärker.</translation>
    </message>
    <message>
        <source>A little more this week: you did %1 of %2 sessions and your pain held steady or eased.</source>
        <translation>Diese Woche etwas mehr: Du hast %1 von %2 Einheiten gemacht, und deine Schmerzen blieben gleich oder wurden weniger.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::SavedPlan</name>
    <message>
        <source>it has no valid week start date</source>
        <translation>das Startdatum der Woche fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>its week starts on %1, which is not a Monday</source>
        <translation>die Woche beginnt am %1, und das ist kein Montag</translation>
    </message>
    <message>
        <source>it has no valid date and time of saving</source>
        <translation>Datum und Uhrzeit des Speicherns fehlen oder sind ungültig</translation>
    </message>
    <message>
        <source>its plan is not a JSON object</source>
        <translation>der Plan ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>carrywell::core::SessionPlan</name>
    <message>
        <source>has numbers outside the ranges the content format allows</source>
        <translation>enthält Zahlen außerhalb der Bereiche, die das Inhaltsformat erlaubt</translation>
    </message>
    <message>
        <source>says nothing to do</source>
        <translation>sagt nicht, was zu tun ist</translation>
    </message>
    <message>
        <source>“%1” has no exercises, so there is no session to run.</source>
        <translation>„%1“ enthält keine Übungen, deshalb gibt es keine Einheit zum Mitmachen.</translation>
    </message>
    <message>
        <source>The dosage of “%1” %2, so the session cannot start.</source>
        <translation>Die Dosierung von „%1“ %2, deshalb kann die Einheit nicht starten.</translation>
    </message>
    <message>
        <source>“%1” has no id to record it under, so the session cannot start.</source>
        <translation>„%1“ hat keine Kennung, unter der sie gespeichert werden kann, daher kann die Einheit nicht beginnen.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::SessionRecord</name>
    <message>
        <source>it has no valid start date and time</source>
        <translation>Startdatum und -uhrzeit fehlen oder sind ungültig</translation>
    </message>
    <message>
        <source>it lasted %1 seconds; a session lasts from 0 seconds to 24 hours</source>
        <translation>sie dauerte %1 Sekunden; eine Einheit dauert 0 Sekunden bis 24 Stunden</translation>
    </message>
    <message>
        <source>the routine id “%1” is not lower-case words joined by hyphens</source>
        <translation>die Routinen-ID „%1“ besteht nicht aus kleingeschriebenen Wörtern mit Bindestrichen</translation>
    </message>
    <message>
        <source>the exercise id “%1” is not lower-case words joined by hyphens</source>
        <translation>die Übungs-ID „%1“ besteht nicht aus kleingeschriebenen Wörtern mit Bindestrichen</translation>
    </message>
    <message>
        <source>the pain before is %1, but scores run from 0 to 10</source>
        <translation>der Schmerzwert davor ist %1, Werte gehen aber von 0 bis 10</translation>
    </message>
    <message>
        <source>the pain after is %1, but scores run from 0 to 10</source>
        <translation>der Schmerzwert danach ist %1, Werte gehen aber von 0 bis 10</translation>
    </message>
    <message>
        <source>the routine name is longer than 500 characters</source>
        <translation>der Name der Routine ist länger als 500 Zeichen</translation>
    </message>
</context>
<context>
    <name>carrywell::core::SessionStateStore</name>
    <message>
        <source>Could not create the folder %1 to keep your place in the session.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden, um deinen Stand in der Einheit zu merken.</translation>
    </message>
    <message>
        <source>Could not save your place in the session to %1: %2. The session goes on, but cannot be resumed if Carrywell closes.</source>
        <translation>Dein Stand in der Einheit konnte nicht in %1 gespeichert werden: %2. Die Einheit läuft weiter, kann aber nicht fortgesetzt werden, wenn Carrywell sich schließt.</translation>
    </message>
    <message>
        <source>the file is far too large to be a saved session</source>
        <translation>die Datei ist viel zu groß für eine gespeicherte Einheit</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>sie ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>it does not hold a saved session</source>
        <translation>sie enthält keine gespeicherte Einheit</translation>
    </message>
    <message>
        <source>The file was set aside as %1.</source>
        <translation>Die Datei wurde als %1 beiseitegelegt.</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>Die Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>Remove %1 to stop this message.</source>
        <translation>Lösche %1, damit diese Meldung nicht mehr erscheint.</translation>
    </message>
    <message>
        <source>The session you left unfinished could not be resumed: %1. %2 You can start the session again from the beginning.</source>
        <translation>Die Einheit, die du nicht beendet hast, konnte nicht fortgesetzt werden: %1. %2 Du kannst die Einheit von vorn beginnen.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Trigger</name>
    <message>
        <source>Lifting</source>
        <translation>Heben</translation>
    </message>
    <message>
        <source>Carrying</source>
        <translation>Tragen</translation>
    </message>
    <message>
        <source>Feeding</source>
        <translation>Stillen/Füttern</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Schlechter Schlaf</translation>
    </message>
    <message>
        <source>Bending</source>
        <translation>Bücken</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Vocabulary</name>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Körpermitte</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Gymnastikband</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>Release ball</source>
        <translation>Faszienball</translation>
    </message>
    <message>
        <source>Couch</source>
        <translation>Sofa</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Doorway</source>
        <translation>Türrahmen</translation>
    </message>
    <message>
        <source>Mat or rug</source>
        <translation>Matte oder Teppich</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Pillow or cushion</source>
        <translation>Kissen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Im Knien</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>In Rückenlage</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>In Seitenlage</translation>
    </message>
    <message>
        <source>Lying on your front</source>
        <translation>In Bauchlage</translation>
    </message>
</context>
<context>
    <name>carrywell::core::WarningSign</name>
    <message>
        <source>leak|incontinen|wet myself|peed a little</source>
        <translation>urinverlust|inkontinen|undicht|eingenässt|in die hose gemacht|tröpfel|urin verloren|pipi verloren</translation>
    </message>
    <message>
        <source>numb|tingl|pins and needles</source>
        <translation>taub|kribbel|ameisenlaufen|gefühllos</translation>
    </message>
    <message>
        <source>woke me|wakes me|waking me|woke up in pain|woke up with pain|pain woke</source>
        <translation>vor schmerzen aufgewacht|vor schmerz aufgewacht|mit schmerzen aufgewacht|wegen der schmerzen aufgewacht|schmerzen haben mich geweckt|schmerz hat mich geweckt|schmerzen weckten mich|schmerz weckte mich|schmerzen wecken mich|schmerz weckt mich</translation>
    </message>
    <message>
        <source>Leaking</source>
        <translation>Urinverlust</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Taubheit oder Kribbeln</translation>
    </message>
    <message>
        <source>Pain woke me at night</source>
        <translation>Schmerzen haben mich nachts geweckt</translation>
    </message>
    <message>
        <source>no </source>
        <translation>keine </translation>
    </message>
    <message>
        <source>not </source>
        <translation>kein </translation>
    </message>
    <message>
        <source>without </source>
        <translation>ohne </translation>
    </message>
</context>
<context>
    <name>carrywell::core::WeekPlanner</name>
    <message>
        <source>Planned with what most homes have: a mat or rug, a chair, a wall, a doorway, a sofa and a pillow. Tell Carrywell what else you have in your profile.</source>
        <translation>Geplant mit dem, was fast jeder Haushalt hat: Matte oder Teppich, Stuhl, Wand, Türrahmen, Sofa und Kissen. Was du sonst noch hast, kannst du in deinem Profil angeben.</translation>
    </message>
    <message>
        <source>Weeks since the birth are not set, so the plan keeps to what suits the first weeks. Add the birth date to your profile for a fuller plan.</source>
        <translation>Die Wochen seit der Geburt fehlen noch, deshalb bleibt der Plan bei dem, was in den ersten Wochen passt. Trag sie in deinem Profil ein, dann wird der Plan vielseitiger.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivitiesEditor</name>
    <message>
        <source>Name up to five everyday things that are hard now, in your own words or from the list. Once a week Carrywell asks how well you can do each, from 0 (not at all) to 10 (as well as before).</source>
        <translation>Nenne bis zu fünf alltägliche Dinge, die dir gerade schwerfallen, in deinen eigenen Worten oder aus der Liste. Einmal pro Woche fragt Carrywell, wie gut du jedes davon kannst, von 0 (gar nicht) bis 10 (so gut wie vorher).</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Tätigkeit %1</translation>
    </message>
    <message>
        <source>An everyday activity that is hard now, in your words or from the list</source>
        <translation>Eine alltägliche Tätigkeit, die dir gerade schwerfällt, in deinen Worten oder aus der Liste</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivityChartView</name>
    <message>
        <source>My activities over time</source>
        <translation>Meine Tätigkeiten im Verlauf</translation>
    </message>
    <message>
        <source>No activities rated in these days.</source>
        <translation>In diesen Tagen wurden keine Tätigkeiten bewertet.</translation>
    </message>
    <message>
        <source>How well (0–10, higher is better)</source>
        <translation>Wie gut (0–10, höher ist besser)</translation>
    </message>
    <message>
        <source>%1 ratings of %2 activities from %3 to %4.</source>
        <translation>%1 Bewertungen von %2 Tätigkeiten vom %3 bis %4.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivityCommands</name>
    <message>
        <source>You have not named any activities yet, so there is nothing to rate. Add up to five in Settings ▸ Profile. Nothing was saved.</source>
        <translation>Du hast noch keine Tätigkeiten genannt, also gibt es nichts zu bewerten. Füge bis zu fünf unter Einstellungen ▸ Profil hinzu. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is not one of your activities. Yours are: %2. Nothing was saved.</source>
        <translation>„%1“ ist keine deiner Tätigkeiten. Deine sind: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>--at %1 is in the future. Nothing was saved.</source>
        <translation>--at %1 liegt in der Zukunft. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1: %2 out of 10 for %3.</source>
        <translation>Gespeichert: %1, %2 von 10 für %3.</translation>
    </message>
    <message>
        <source>You have not named any activities yet. Add up to five that are hard now in Settings ▸ Profile.</source>
        <translation>Du hast noch keine Tätigkeiten genannt. Füge bis zu fünf, die dir gerade schwerfallen, unter Einstellungen ▸ Profil hinzu.</translation>
    </message>
    <message>
        <source>Your activities, 0 (unable to do it) to 10 (as well as before):</source>
        <translation>Deine Tätigkeiten, 0 (geht gar nicht) bis 10 (so gut wie vorher):</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivityPanel</name>
    <message>
        <source>Name up to five everyday activities that are hard now in Settings ▸ Profile, such as lifting the baby from the crib. Once a week you rate how well you can do each, and their lines appear here.</source>
        <translation>Nenne unter Einstellungen ▸ Profil bis zu fünf alltägliche Tätigkeiten, die dir gerade schwerfallen, etwa das Baby aus dem Bettchen heben. Einmal pro Woche bewertest du, wie gut du jede kannst, und ihre Linien erscheinen hier.</translation>
    </message>
    <message>
        <source>None of your activities was rated in these days. Choose a longer span above, or rate them with your next check-in.</source>
        <translation>Keine deiner Tätigkeiten wurde in diesen Tagen bewertet. Wähle oben einen längeren Zeitraum, oder bewerte sie beim nächsten Check-in.</translation>
    </message>
    <message>
        <source>%1: %2 (one rating so far)</source>
        <translation>%1: %2 (bisher eine Bewertung)</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4</source>
        <translation>%1: %2 → %3, %4</translation>
    </message>
    <message>
        <source>All together: %1 points on average, %2.</source>
        <translation>Alle zusammen: im Schnitt %1 Punkte, %2.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivityRatingDialog</name>
    <message>
        <source>Your activities this week</source>
        <translation>Deine Tätigkeiten diese Woche</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivityRatingsEditor</name>
    <message>
        <source>How well can you do each now? 0 = not at all, 10 = as well as before. Skip any you like.</source>
        <translation>Wie gut kannst du jede jetzt? 0 = gar nicht, 10 = so gut wie vorher. Lass aus, was du magst.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>0 means you cannot do it at all, 10 as well as before</source>
        <translation>0 heißt, es geht gar nicht, 10 so gut wie vorher</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::AppRunner</name>
    <message>
        <source>skipped %1 because of the problems above</source>
        <translation>%1 wegen der obigen Probleme übersprungen</translation>
    </message>
    <message>
        <source>the window needs a graphical session</source>
        <translation>das Fenster braucht eine grafische Sitzung</translation>
    </message>
    <message>
        <source>Carrywell cannot start</source>
        <translation>Carrywell kann nicht starten</translation>
    </message>
    <message>
        <source>Run “carrywell --help” to see the options.</source>
        <translation>Mit „carrywell --help“ siehst du die Optionen.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::AppearanceSection</name>
    <message>
        <source>&amp;Same as my desktop</source>
        <translation>&amp;Wie mein Desktop</translation>
    </message>
    <message>
        <source>Carrywell follows the desktop&apos;s own colours.</source>
        <translation>Carrywell übernimmt die Farben deines Desktops.</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on a light, warm background.</source>
        <translation>Dunkle Schrift auf hellem, warmem Hintergrund.</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on a dark background, easier on tired eyes at night.</source>
        <translation>Helle Schrift auf dunklem Hintergrund – angenehmer für müde Augen in der Nacht.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Carrywell&apos;s window. Exercise instructions stay in English.</source>
        <translation>Die Sprache des Carrywell-Fensters. Die Übungsanleitungen bleiben auf Englisch.</translation>
    </message>
    <message>
        <source>Same as my system (%1)</source>
        <translation>Wie mein System (%1)</translation>
    </message>
    <message>
        <source>Exercise instructions stay in English. A new language shows after Carrywell restarts its window.</source>
        <translation>Die Übungsanleitungen bleiben auf Englisch. Eine neue Sprache erscheint, sobald Carrywell sein Fenster neu öffnet.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Colours and language of the window.</source>
        <translation>Farben und Sprache des Fensters.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::Autostart</name>
    <message>
        <source>Reminders for your check-in and your planned exercises</source>
        <translation>Erinnerungen an deinen Check-in und deine geplanten Übungen</translation>
    </message>
    <message>
        <source>Carrywell could not set itself to start at login: %1 (%2). Reminders still come while Carrywell is open.</source>
        <translation>Carrywell konnte den Start bei der Anmeldung nicht einrichten: %1 (%2). Solange Carrywell geöffnet ist, kommen die Erinnerungen trotzdem.</translation>
    </message>
    <message>
        <source>the folder could not be made</source>
        <translation>der Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Carrywell could not stop starting at login: %1 could not be removed (%2). Removing that file by hand has the same effect.</source>
        <translation>Carrywell konnte den Start bei der Anmeldung nicht abschalten: %1 ließ sich nicht entfernen (%2). Wenn du diese Datei von Hand löschst, hat das dieselbe Wirkung.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::BackupRestore</name>
    <message>
        <source>The backup was not restored: %1 Your journal is as it was.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1 Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup of %1.</source>
        <translation>Dein Tagebuch wurde aus der Sicherung vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup of %1. The journal you had is kept in the data folder as “%2”.</source>
        <translation>Dein Tagebuch wurde aus der Sicherung vom %1 wiederhergestellt. Dein bisheriges Tagebuch liegt im Datenordner als „%2“.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::BodyMapWidget</name>
    <message>
        <source>Show exercises for this part of the body</source>
        <translation>Übungen für diesen Körperbereich zeigen</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Choose where it hurts: front and back of the body</source>
        <translation>Wähle, wo es wehtut: Vorder- und Rückseite des Körpers</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::CarePromptArea</name>
    <message>
        <source>Don’t show again</source>
        <translation>Nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Don’t show “%1” again</source>
        <translation>„%1“ nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Hide “%1” for now</source>
        <translation>„%1“ vorerst ausblenden</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::CheckInCommand</name>
    <message>
        <source>Carrywell could not redo “%1”. %2</source>
        <translation>Carrywell konnte „%1“ nicht wiederherstellen. %2</translation>
    </message>
    <message>
        <source>Carrywell could not undo “%1”. %2</source>
        <translation>Carrywell konnte „%1“ nicht rückgängig machen. %2</translation>
    </message>
    <message>
        <source>new check-in of %1</source>
        <translation>neuer Check-in vom %1</translation>
    </message>
    <message>
        <source>change to the check-in of %1</source>
        <translation>Änderung am Check-in vom %1</translation>
    </message>
    <message>
        <source>deleting the check-in of %1</source>
        <translation>Löschen des Check-ins vom %1</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::CheckInDialog</name>
    <message>
        <source>How much does it hurt right now?</source>
        <translation>Wie stark tut es gerade weh?</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <source>Where it hurts (optional)</source>
        <translation>Wo es wehtut (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything else? Enter saves; Shift+Enter starts a new line.</source>
        <translation>Sonst noch etwas? Enter speichert, Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>What set it off? (optional)</source>
        <translation>Was hat es ausgelöst? (optional)</translation>
    </message>
    <message>
        <source>Also noticed (optional)</source>
        <translation>Außerdem bemerkt (optional)</translation>
    </message>
    <message>
        <source>These are worth showing a doctor or a pelvic-floor physiotherapist.</source>
        <translation>Das solltest du ärztlich oder in einer Beckenboden-Physiotherapie abklären lassen.</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Check-in bearbeiten</translation>
    </message>
    <message>
        <source>How much did it hurt?</source>
        <translation>Wie stark hat es wehgetan?</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Enter)</translation>
    </message>
    <message>
        <source>Choose a score first: press 0 to 10</source>
        <translation>Wähle zuerst einen Wert: Drück 0 bis 10</translation>
    </message>
    <message>
        <source>Anything else about today. Enter saves; Shift+Enter starts a new line.</source>
        <translation>Sonst noch etwas zu heute. Enter speichert, Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>The day and time this check-in is about</source>
        <translation>Tag und Uhrzeit, um die es in diesem Check-in geht</translation>
    </message>
    <message>
        <source>Your activities this week, 0 = not at all, 10 = as before (optional)</source>
        <translation>Deine Tätigkeiten diese Woche, 0 = gar nicht, 10 = wie vorher (optional)</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::CommandLine</name>
    <message>
        <source>Exercises, guided sessions and a private journal for back pain after pregnancy.</source>
        <translation>Übungen, geführte Einheiten und ein privates Tagebuch bei Rückenschmerzen nach der Schwangerschaft.</translation>
    </message>
    <message>
        <source>Print the exercise library and exit.</source>
        <translation>Die Übungssammlung ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --list-exercises: only exercises for this body region (%1). With --log-pain: a region that hurts, scored like the overall score or as ID=SCORE; repeat for more regions.</source>
        <translation>Mit --list-exercises: nur Übungen für diesen Körperbereich (%1). Mit --log-pain: ein Bereich, der wehtut, bewertet wie der Gesamtwert oder als ID=WERT; für mehrere Bereiche wiederholen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Keep the journal and settings in this folder instead of the standard one.</source>
        <translation>Tagebuch und Einstellungen in diesem Ordner statt im Standardordner ablegen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Also load exercises from the JSON files in this folder (for example from your physiotherapist).</source>
        <translation>Zusätzlich Übungen aus den JSON-Dateien in diesem Ordner laden (zum Beispiel aus deiner Physiotherapie).</translation>
    </message>
    <message>
        <source>Draw every exercise&apos;s steps as PNG files in this folder, with a contact sheet of all of them, and exit.</source>
        <translation>Die Schritte jeder Übung als PNG-Dateien in diesen Ordner zeichnen, dazu eine Übersicht aller Bilder, und beenden.</translation>
    </message>
    <message>
        <source>Add a pain check-in with this overall score, 0 (no pain) to 10 (worst imaginable), to the journal and exit.</source>
        <translation>Einen Schmerz-Check-in mit diesem Gesamtwert, 0 (kein Schmerz) bis 10 (schlimmstmöglicher Schmerz), ins Tagebuch eintragen und beenden.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>wert</translation>
    </message>
    <message>
        <source>With --log-pain: what set it off (%1); repeat for more.</source>
        <translation>Mit --log-pain: was es ausgelöst hat (%1); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>With --log-pain: a note.</source>
        <translation>Mit --log-pain: eine Notiz.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>time</source>
        <translation>zeit</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Import a .csv or .json export into the journal and exit. A file with bad rows is reported row by row and nothing is imported.</source>
        <translation>Einen .csv- oder .json-Export ins Tagebuch importieren und beenden. Bei einer Datei mit fehlerhaften Zeilen werden die Fehler Zeile für Zeile gemeldet und nichts importiert.</translation>
    </message>
    <message>
        <source>With --import-journal: import the good rows of a file that has bad ones.</source>
        <translation>Mit --import-journal: die fehlerfreien Zeilen einer Datei mit fehlerhaften Zeilen importieren.</translation>
    </message>
    <message>
        <source>Write the report for your physiotherapist as a PDF and exit (default: the last 4 weeks).</source>
        <translation>Den Bericht für deine Physiotherapie als PDF schreiben und beenden (Standard: die letzten 4 Wochen).</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>datei.pdf</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Open the main window, check that the exercise library, the journal and the session cues work, print one line saying so and exit.</source>
        <translation>Das Hauptfenster öffnen, prüfen, ob Übungssammlung, Tagebuch und Ansagen der Einheiten funktionieren, das Ergebnis in einer Zeile ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Write the week&apos;s exercise plan as a PDF to print and pin up, and exit. A week with no plan gets one made from your profile and saved, as Make my week does.</source>
        <translation>Den Übungsplan der Woche als PDF zum Ausdrucken und Aufhängen schreiben und beenden. Gibt es für die Woche noch keinen Plan, wird einer aus deinem Profil erstellt und gespeichert, wie bei „Meine Woche planen“.</translation>
    </message>
    <message>
        <source>Write the week&apos;s exercise plan as a calendar file for your calendar app, one event per exercise day at your usual time, and exit.</source>
        <translation>Den Übungsplan der Woche als Kalenderdatei für deine Kalender-App schreiben, ein Termin pro Übungstag zu deiner üblichen Uhrzeit, und beenden.</translation>
    </message>
    <message>
        <source>file.ics</source>
        <translation>datei.ics</translation>
    </message>
    <message>
        <source>With --print-plan or --export-calendar: the ISO week (YYYY-Www, like 2026-W02; default: this week).</source>
        <translation>Mit --print-plan oder --export-calendar: die ISO-Woche (JJJJ-Www, etwa 2026-W02; Standard: diese Woche).</translation>
    </message>
    <message>
        <source>week</source>
        <translation>woche</translation>
    </message>
    <message>
        <source>With --print-plan: week (the days side by side, landscape; default) or days (one under another, portrait).</source>
        <translation>Mit --print-plan: week (die Tage nebeneinander, Querformat; Standard) oder days (untereinander, Hochformat).</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--content-dir needs a folder.</source>
        <translation>--content-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Use one of %1 at a time.</source>
        <translation>Verwende jeweils nur eine der Optionen %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>--render-illustrations needs a folder.</source>
        <translation>--render-illustrations braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--%1 goes with %2.</source>
        <translation>--%1 geht nur zusammen mit %2.</translation>
    </message>
    <message>
        <source>--list-exercises takes one --region.</source>
        <translation>--list-exercises nimmt nur ein --region.</translation>
    </message>
    <message>
        <source>Unknown body region “%1”. Use one of: %2.</source>
        <translation>Unbekannter Körperbereich „%1“. Verwende einen von: %2.</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use text or json.</source>
        <translation>Unbekanntes Format „%1“. Verwende text oder json.</translation>
    </message>
    <message>
        <source>--%1 needs a file name ending in %2, not “%3”.</source>
        <translation>--%1 braucht einen Dateinamen, der auf %2 endet, nicht „%3“.</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) liegt nach --to (%2).</translation>
    </message>
    <message>
        <source>--%1 needs a file name ending in .%2, not “%3”.</source>
        <translation>--%1 braucht einen Dateinamen, der auf .%2 endet, nicht „%3“.</translation>
    </message>
    <message>
        <source>--week: %1</source>
        <translation>--week: %1</translation>
    </message>
    <message>
        <source>Unknown layout “%1”. Use week or days.</source>
        <translation>Unbekanntes Layout „%1“. Verwende week oder days.</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window, so reminders can come (how Carrywell starts at login). Without reminders on, the window opens.</source>
        <translation>Im Infobereich starten, ohne das Fenster zu öffnen, damit Erinnerungen kommen können (so startet Carrywell bei der Anmeldung). Sind keine Erinnerungen eingeschaltet, öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>--background starts Carrywell in the tray; it does not go with %1.</source>
        <translation>--background startet Carrywell im Infobereich und lässt sich nicht mit %1 kombinieren.</translation>
    </message>
    <message>
        <source>Print the ready-made routines (exercises, minutes, and the earliest week after each kind of birth) and exit.</source>
        <translation>Die fertigen Abläufe ausgeben (Übungen, Minuten und die früheste Woche nach jeder Art der Geburt) und beenden.</translation>
    </message>
    <message>
        <source>With --log-pain: a warning sign you noticed (%1); repeat for more.</source>
        <translation>Mit --log-pain: ein Warnzeichen, das du bemerkt hast (%1); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Export the journal to this .json file (a backup of everything), .csv file (check-ins; sessions go to NAME-sessions.csv) or .fhir.json file (FHIR for a clinic) and exit.</source>
        <translation>Das Tagebuch in diese .json-Datei (eine Sicherung von allem), .csv-Datei (Check-ins; Einheiten gehen nach NAME-sessions.csv) oder .fhir.json-Datei (FHIR für eine Praxis) exportieren und beenden.</translation>
    </message>
    <message>
        <source>--from and --to choose the days of an export for a clinic (NAME.fhir.json); a .json or .csv export always holds the whole journal. Nothing was exported.</source>
        <translation>--from und --to wählen die Tage eines Exports für eine Praxis (NAME.fhir.json); ein .json- oder .csv-Export enthält immer das ganze Tagebuch. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>With --journal-report, or --export-journal to a .fhir.json file: the first day (YYYY-MM-DD).</source>
        <translation>Mit --journal-report oder mit --export-journal in eine .fhir.json-Datei: der erste Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>With --journal-report, or --export-journal to a .fhir.json file: the last day (YYYY-MM-DD, default today).</source>
        <translation>Mit --journal-report oder mit --export-journal in eine .fhir.json-Datei: der letzte Tag (JJJJ-MM-TT, Standard: heute).</translation>
    </message>
    <message>
        <source>With --list-exercises, --list-routines or --list-activities: text (default) or json.</source>
        <translation>Mit --list-exercises, --list-routines oder --list-activities: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>With --log-pain or --rate-activity: when, in ISO 8601 (default: now).</source>
        <translation>Mit --log-pain oder --rate-activity: wann, in ISO 8601 (Standard: jetzt).</translation>
    </message>
    <message>
        <source>name=score</source>
        <translation>name=bewertung</translation>
    </message>
    <message>
        <source>Rate how well you can do one of your activities now, 0 (unable) to 10 (as before), and exit; repeat for more.</source>
        <translation>Bewerte, wie gut du eine deiner Tätigkeiten jetzt kannst, 0 (geht nicht) bis 10 (wie vorher), und beende; für mehr wiederholen.</translation>
    </message>
    <message>
        <source>Print your activities with their latest rating and exit.</source>
        <translation>Zeigt deine Tätigkeiten mit ihrer letzten Bewertung und beendet.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ContentProblemsBanner</name>
    <message>
        <source>Content problems</source>
        <translation>Probleme mit Inhalten</translation>
    </message>
    <message>
        <source>Some content could not be read. Everything else is available.</source>
        <translation>Einige Inhalte konnten nicht gelesen werden. Alles andere ist verfügbar.</translation>
    </message>
    <message>
        <source>One extra exercise file was left out because it contains mistakes. The rest of the library is available.</source>
        <translation>Eine zusätzliche Übungsdatei wurde weggelassen, weil sie Fehler enthält. Der Rest der Übungssammlung ist verfügbar.</translation>
    </message>
    <message>
        <source>%1 extra exercise files were left out because they contain mistakes. The rest of the library is available.</source>
        <translation>%1 zusätzliche Übungsdateien wurden weggelassen, weil sie Fehler enthalten. Der Rest der Übungssammlung ist verfügbar.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Content problem details</source>
        <translation>Details zu den Problemen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::DataSection</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Diese Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>The folder that holds your journal, its backups and your settings. Copy it to keep everything.</source>
        <translation>Der Ordner mit deinem Tagebuch, seinen Sicherungen und deinen Einstellungen. Kopiere ihn, um alles zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation>Zeigt den Datenordner in deinem Dateimanager.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Copies of your journal, newest first. Carrywell makes one each day you use it.</source>
        <translation>Kopien deines Tagebuchs, die neueste zuerst. Carrywell legt an jedem Tag, an dem du es nutzt, eine an.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Makes a copy of your journal now.</source>
        <translation>Erstellt jetzt eine Kopie deines Tagebuchs.</translation>
    </message>
    <message>
        <source>Puts the chosen copy in place of your journal. Your current journal is kept beside it.</source>
        <translation>Setzt die gewählte Kopie an die Stelle deines Tagebuchs. Dein jetziges Tagebuch bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Bac&amp;kups:</source>
        <translation>&amp;Sicherungen:</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Everything you record stays on this computer, in one folder.</source>
        <translation>Alles, was du einträgst, bleibt auf diesem Computer, in einem einzigen Ordner.</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Tägliche Kopie</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von dir erstellt</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>Your journal could not be opened, so nothing is being recorded.</source>
        <translation>Dein Tagebuch konnte nicht geöffnet werden, deshalb wird gerade nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your journal could not be opened. You can restore a backup below.</source>
        <translation>Dein Tagebuch konnte nicht geöffnet werden. Unten kannst du eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Your journal: %1</source>
        <translation>Dein Tagebuch: %1</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Die Sicherung wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your journal will go back to how it was on %1.</source>
        <translation>Dein Tagebuch wird auf den Stand vom %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Anything recorded after that will not show, but nothing is deleted: your current journal is kept in the data folder. Carrywell reopens its window to do this.</source>
        <translation>Was du danach eingetragen hast, ist dann nicht mehr zu sehen, aber nichts wird gelöscht: Dein jetziges Tagebuch bleibt im Datenordner. Carrywell öffnet dafür sein Fenster neu.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::DayListPainter</name>
    <message>
        <source>page 1 of 2</source>
        <translation>Seite 1 von 2</translation>
    </message>
    <message>
        <source>page 2 of 2</source>
        <translation>Seite 2 von 2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Pain today</source>
        <translation>Schmerz heute</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>Rest helps your body recover.</source>
        <translation>Ruhe hilft deinem Körper, sich zu erholen.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExerciseDetailView</name>
    <message>
        <source>Exercise details</source>
        <translation>Übungsdetails</translation>
    </message>
    <message>
        <source>Choose an exercise on the left to see how to do it.</source>
        <translation>Wähle links eine Übung, um zu sehen, wie sie geht.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExerciseHtml</name>
    <message>
        <source>How much</source>
        <translation>Wie viel</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Oder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Du brauchst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Warum es hilft</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Stop and see a clinician if</source>
        <translation>Hör auf und lass dich untersuchen, wenn</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Leichter</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>From the first days after birth</source>
        <translation>Ab den ersten Tagen nach der Geburt</translation>
    </message>
    <message>
        <source>From week %1 after birth</source>
        <translation>Ab Woche %1 nach der Geburt</translation>
    </message>
    <message>
        <source>; from week %1 after a caesarean</source>
        <translation>; nach Kaiserschnitt ab Woche %1</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Drawing of step %1</source>
        <translation>Zeichnung zu Schritt %1</translation>
    </message>
    <message>
        <source>Suits you as written.</source>
        <translation>Passt für dich so, wie beschrieben.</translation>
    </message>
    <message>
        <source>Change it:</source>
        <translation>Ändere sie so:</translation>
    </message>
    <message>
        <source>Leave it for now.</source>
        <translation>Lass sie vorerst weg.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Down to the floor and up again:</source>
        <translation>Auf den Boden und wieder hoch:</translation>
    </message>
    <message>
        <source>What you should feel</source>
        <translation>Was du spüren solltest</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <source>If your belly muscles have a gap (diastasis)</source>
        <translation>Wenn deine Bauchmuskeln einen Spalt haben (Rektusdiastase)</translation>
    </message>
    <message>
        <source>When to move on</source>
        <translation>Wann du zur schwereren Variante übergehst</translation>
    </message>
    <message>
        <source>If you have pelvic girdle pain</source>
        <translation>Wenn du Beckengürtelschmerzen hast</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExerciseListModel</name>
    <message>
        <source>no equipment</source>
        <translation>ohne Hilfsmittel</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExercisePage</name>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Start guided session</source>
        <translation>Geführte Einheit starten</translation>
    </message>
    <message>
        <source>Back to the list (%1)</source>
        <translation>Zurück zur Liste (%1)</translation>
    </message>
    <message>
        <source>Follow this exercise with sound and a countdown</source>
        <translation>Diese Übung mit Ton und Countdown mitmachen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExercisePane</name>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Pause animation</source>
        <translation>Animation anhalten</translation>
    </message>
    <message>
        <source>Play animation</source>
        <translation>Animation abspielen</translation>
    </message>
    <message>
        <source>%1 s out, %2 s back</source>
        <translation>%1 s hin, %2 s zurück</translation>
    </message>
    <message>
        <source>%1 s out, hold, %2 s back</source>
        <translation>%1 s hin, halten, %2 s zurück</translation>
    </message>
    <message>
        <source>%1 s in, %2 s out</source>
        <translation>%1 s ein, %2 s aus</translation>
    </message>
    <message>
        <source>%1 s in, hold, %2 s out</source>
        <translation>%1 s ein, halten, %2 s aus</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExercisePickerDialog</name>
    <message>
        <source>Only what suits me now</source>
        <translation>Nur was jetzt zu mir passt</translation>
    </message>
    <message>
        <source>Search by name, body part or symptom</source>
        <translation>Nach Name, Körperteil oder Beschwerde suchen</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Leaves out exercises that come later after the birth, need equipment you do not have, or carry a caution for you.</source>
        <translation>Lässt Übungen weg, die erst später nach der Geburt dran sind, Hilfsmittel brauchen, die du nicht hast, oder bei denen du vorsichtig sein solltest.</translation>
    </message>
    <message>
        <source>Exercises to choose from</source>
        <translation>Übungen zur Auswahl</translation>
    </message>
    <message>
        <source>No exercise matches “%1”. Try another word, or clear the search.</source>
        <translation>Keine Übung passt zu „%1“. Versuche ein anderes Wort oder leere die Suche.</translation>
    </message>
    <message>
        <source>Nothing else suits you now for this part of the day (weeks since the birth, the kind of birth and the equipment you have). Untick “Only what suits me now” to see everything.</source>
        <translation>Für diesen Teil des Tages passt gerade nichts anderes zu dir (Wochen seit der Geburt, Art der Geburt und deine Ausstattung). Entferne das Häkchen bei „Nur was jetzt zu mir passt“, um alles zu sehen.</translation>
    </message>
    <message>
        <source>No other exercise belongs in this part of the day.</source>
        <translation>Keine andere Übung gehört in diesen Teil des Tages.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::FigureView</name>
    <message>
        <source>Exercise animation</source>
        <translation>Übungsanimation</translation>
    </message>
    <message>
        <source>%1, moving in its tempo</source>
        <translation>%1, Bewegung im Übungstempo</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Carrywell</source>
        <translation>Willkommen bei Carrywell</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor du anfängst</translation>
    </message>
    <message>
        <source>&lt;p&gt;Carrywell shows gentle exercises and everyday habits that many people find helpful for back pain after pregnancy. It keeps a private journal on this computer only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is not medical advice&lt;/b&gt; and does not replace your midwife, doctor or physiotherapist. Move within what feels comfortable.&lt;/p&gt;&lt;p&gt;Stop and get help if you have severe or worsening pain, numbness, leaking or heaviness in the pelvis, fever, heavier bleeding, or pain at a caesarean scar. Every exercise lists its own warning signs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Carrywell zeigt sanfte Übungen und Alltagsgewohnheiten, die vielen bei Rückenschmerzen nach der Schwangerschaft helfen. Dein Tagebuch ist privat und bleibt nur auf diesem Computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Carrywell ist kein medizinischer Rat&lt;/b&gt; und ersetzt weder deine Hebamme noch ärztliche oder physiotherapeutische Betreuung. Beweg dich nur so weit, wie es sich gut anfühlt.&lt;/p&gt;&lt;p&gt;Hör auf und hol dir Hilfe bei starken oder zunehmenden Schmerzen, Taubheit, ungewolltem Urinverlust oder einem Schweregefühl im Becken, Fieber, stärkeren Blutungen oder Schmerzen an der Kaiserschnittnarbe. Jede Übung nennt ihre eigenen Warnzeichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A few optional questions</source>
        <translation>Ein paar freiwillige Fragen</translation>
    </message>
    <message>
        <source>Answers help suggest exercises that suit you now. You can change them any time in File ▸ Settings ▸ Profile.</source>
        <translation>Deine Antworten helfen, Übungen vorzuschlagen, die jetzt zu dir passen. Du kannst sie jederzeit unter Datei ▸ Einstellungen ▸ Profil ändern.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>What is hard right now? (optional)</source>
        <translation>Was fällt dir gerade schwer? (optional)</translation>
    </message>
    <message>
        <source>Seeing these get easier is often the clearest sign of progress, and a report for your physiotherapist can show it.</source>
        <translation>Zu sehen, wie sie leichter werden, ist oft das klarste Zeichen von Fortschritt, und ein Bericht für deine Physiotherapeutin kann es zeigen.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::HelpDialog</name>
    <message>
        <source>Carrywell help</source>
        <translation>Carrywell-Hilfe</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Using Carrywell&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Library&lt;/b&gt;: click where it hurts on the body map (or pick a region in the list), narrow down by what hurts, kind of exercise, equipment and what suits you now, or type to search. Press Enter on an exercise to open it: the figure shows the movement in its tempo, and every step is drawn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Journal&lt;/b&gt;: log how your pain is in a few seconds (Ctrl+N, a number, Enter), see how it changes over time and whether sessions help, and make a report for your physiotherapist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;: Make my week asks a few questions and gives each free day a short routine. Change anything: swap, add, remove, reorder, drag an exercise onto another day, or make a day a rest day. Start a day as a guided session, print the week for the fridge, or add it to your calendar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Session&lt;/b&gt;: follow a routine with tones, spoken cues and a big countdown; pause whenever the baby needs you.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Learn&lt;/b&gt;: short reads on why backs hurt after birth, everyday body mechanics, and when to get help.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;So nutzt du Carrywell&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Übungen&lt;/b&gt;: Klick auf der Körperkarte an, wo es wehtut (oder wähl einen Bereich in der Liste). Filtere nach Beschwerden, Übungsart, Hilfsmitteln und dem, was jetzt zu dir passt, oder gib einen Suchbegriff ein. Drück Enter auf einer Übung, um sie zu öffnen: Die Figur zeigt die Bewegung in ihrem Tempo, und jeder Schritt ist gezeichnet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tagebuch&lt;/b&gt;: Trag in wenigen Sekunden ein, wie stark deine Schmerzen sind (Strg+N, eine Zahl, Enter). Sieh, wie sie sich verändern und ob die Einheiten helfen, und erstelle einen Bericht für deine Physiotherapie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wochenplan&lt;/b&gt;: „Meine Woche planen“ stellt ein paar Fragen und gibt jedem freien Tag eine kurze Routine. Du kannst alles ändern: tauschen, hinzufügen, entfernen, umsortieren, eine Übung auf einen anderen Tag ziehen oder einen Tag zum Ruhetag machen. Starte einen Tag als geführte Einheit, druck die Woche für den Kühlschrank aus oder trag sie in deinen Kalender ein.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Übungseinheit&lt;/b&gt;: Mach eine Routine mit Signaltönen, gesprochenen Ansagen und einem großen Countdown mit; pausiere, wann immer das Baby dich braucht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wissen&lt;/b&gt;: Kurze Texte dazu, warum der Rücken nach der Geburt wehtut, wie du dich im Alltag rückenschonend bewegst und wann du dir Hilfe holen solltest.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages, in the order of the navigation</source>
        <translation>Seiten, in der Reihenfolge der Navigation</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <source>Print the plan (Plan page) or the report for your physio (Journal page)</source>
        <translation>Plan drucken (Seite Wochenplan) oder Bericht für die Physiotherapie (Seite Tagebuch)</translation>
    </message>
    <message>
        <source>Undo and redo changes to the journal or the plan</source>
        <translation>Änderungen am Tagebuch oder Plan rückgängig machen und wiederherstellen</translation>
    </message>
    <message>
        <source>Previous and next week on the Plan page</source>
        <translation>Vorige und nächste Woche auf der Seite Wochenplan</translation>
    </message>
    <message>
        <source>Delete, Alt+Up, Alt+Down</source>
        <translation>Entf, Alt+↑, Alt+↓</translation>
    </message>
    <message>
        <source>Remove an exercise from the day, or move it up or down</source>
        <translation>Übung vom Tag entfernen oder nach oben bzw. unten verschieben</translation>
    </message>
    <message>
        <source>Space, →, ←, Esc</source>
        <translation>Leertaste, →, ←, Esc</translation>
    </message>
    <message>
        <source>During a session: pause, skip, back, stop</source>
        <translation>Während einer Einheit: Pause, überspringen, zurück, beenden</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Arrow keys, Space</source>
        <translation>Pfeiltasten, Leertaste</translation>
    </message>
    <message>
        <source>Move around the body map and choose a region</source>
        <translation>Auf der Körperkarte bewegen und einen Bereich wählen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Settings&lt;/b&gt; (Ctrl+,): your profile, how sessions sound, reminders, the theme and the language, and your data: where it is kept, its backups, and restoring one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reminders&lt;/b&gt;: turn on a daily check-in reminder, or one for the day&apos;s planned session. They come as desktop notifications with Snooze and Done; while they are on, closing the window keeps Carrywell in the tray.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Einstellungen&lt;/b&gt; (Strg+,): dein Profil, wie Einheiten klingen, Erinnerungen, Darstellung und Sprache sowie deine Daten: wo sie liegen, ihre Sicherungen und wie du eine zurückholst.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erinnerungen&lt;/b&gt;: Schalte eine tägliche Erinnerung an deinen Check-in ein oder eine an die geplante Einheit des Tages. Sie kommen als Desktop-Benachrichtigung mit „Schlummern“ und „Erledigt“; solange sie an sind, bleibt Carrywell nach dem Schließen des Fensters im Infobereich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Tastatur&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move from one control to the next; every control can be reached</source>
        <translation>Von einem Bedienelement zum nächsten; jedes ist so erreichbar</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::IllustrationExport</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write “%1” (%2).</source>
        <translation>„%1“ konnte nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::IllustrationRenderer</name>
    <message>
        <source>Shown on the left side; then do the right.</source>
        <translation>Gezeigt ist die linke Seite; danach die rechte.</translation>
    </message>
    <message>
        <source>Shown on the right side; then do the left.</source>
        <translation>Gezeigt ist die rechte Seite; danach die linke.</translation>
    </message>
    <message>
        <source>Where you feel it</source>
        <translation>Wo du es spürst</translation>
    </message>
    <message>
        <source>How you move</source>
        <translation>Wie du dich bewegst</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ImportDialog</name>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Zeilen mit Fehlern</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>The file holds %1, all readable. Entries already in your journal are skipped, so importing the same file twice adds nothing.</source>
        <translation>Die Datei enthält %1, alles lesbar. Einträge, die schon in deinem Tagebuch sind, werden übersprungen. Wenn du dieselbe Datei zweimal importierst, kommt also nichts doppelt hinzu.</translation>
    </message>
    <message>
        <source>Import 1 entry</source>
        <translation>1 Eintrag importieren</translation>
    </message>
    <message>
        <source>Import %1 entries</source>
        <translation>%1 Einträge importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>1 row of this file has a problem, listed below.</source>
        <translation>1 Zeile dieser Datei hat einen Fehler, siehe unten.</translation>
    </message>
    <message>
        <source>%1 rows of this file have problems, listed below.</source>
        <translation>%1 Zeilen dieser Datei haben Fehler, siehe unten.</translation>
    </message>
    <message>
        <source>Nothing has been imported. You can fix the file and import it again, or import only the good rows (%1).</source>
        <translation>Bisher wurde nichts importiert. Du kannst die Datei korrigieren und noch einmal importieren oder nur die fehlerfreien Zeilen importieren (%1).</translation>
    </message>
    <message>
        <source>Import only the good entry</source>
        <translation>Nur den fehlerfreien Eintrag importieren</translation>
    </message>
    <message>
        <source>Import only the %1 good entries</source>
        <translation>Nur die %1 fehlerfreien Einträge importieren</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelassen</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <source>Kept yours</source>
        <translation>Deine Version bleibt</translation>
    </message>
    <message>
        <source>Rows not added</source>
        <translation>Nicht übernommene Zeilen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…und %1 weitere</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalActions</name>
    <message>
        <source>&amp;New check-in…</source>
        <translation>&amp;Neuer Check-in…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Check-in saved: %1 (%2).</source>
        <translation>Check-in gespeichert: %1 (%2).</translation>
    </message>
    <message>
        <source>Saved the rating of “%1”.</source>
        <translation>Die Bewertung von „%1“ wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the ratings of %n activities.</source>
        <translation>
            <numerusform>Die Bewertung von %n Tätigkeit wurde gespeichert.</numerusform>
            <numerusform>Die Bewertungen von %n Tätigkeiten wurden gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalArguments</name>
    <message>
        <source>%1 takes a pain score, a whole number from 0 (no pain) to 10 (worst imaginable), not “%2”.</source>
        <translation>%1 erwartet einen Schmerzwert, eine ganze Zahl von 0 (kein Schmerz) bis 10 (schlimmstmöglicher Schmerz), nicht „%2“.</translation>
    </message>
    <message>
        <source>Unknown body region “%1”. Use one of: %2 (optionally with a score, as in lower-back=6).</source>
        <translation>Unbekannter Körperbereich „%1“. Verwende einen von: %2 (wahlweise mit Wert, etwa lower-back=6).</translation>
    </message>
    <message>
        <source>Unknown trigger “%1”. Use one of: %2.</source>
        <translation>Unbekannter Auslöser „%1“. Verwende einen von: %2.</translation>
    </message>
    <message>
        <source>--at takes a date and time in ISO 8601, such as 2026-01-05T09:30 or 2026-01-05T09:30:00+01:00, not “%1”.</source>
        <translation>--at erwartet Datum und Uhrzeit in ISO 8601, etwa 2026-01-05T09:30 oder 2026-01-05T09:30:00+01:00, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 takes a day as YYYY-MM-DD, such as 2026-01-05, not “%2”.</source>
        <translation>%1 erwartet einen Tag als JJJJ-MM-TT, etwa 2026-01-05, nicht „%2“.</translation>
    </message>
    <message>
        <source>--region %1 is given more than once.</source>
        <translation>--region %1 ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>The check-in cannot be saved: %1.</source>
        <translation>Der Check-in kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Unknown warning sign “%1”. Use one of: %2.</source>
        <translation>Unbekanntes Warnzeichen „%1“. Verwende eines von: %2.</translation>
    </message>
    <message>
        <source>--rate-activity takes an activity and its score as NAME=SCORE, such as &quot;Pushing the pram=6&quot;, not “%1”.</source>
        <translation>--rate-activity braucht eine Tätigkeit und ihre Bewertung als NAME=BEWERTUNG, etwa &quot;Den Kinderwagen schieben=6&quot;, nicht „%1“.</translation>
    </message>
    <message>
        <source>--rate-activity %1 takes a whole number from 0 (unable to do it) to 10 (as well as before), not “%2”.</source>
        <translation>--rate-activity %1 braucht eine ganze Zahl von 0 (geht gar nicht) bis 10 (so gut wie vorher), nicht „%2“.</translation>
    </message>
    <message>
        <source>--rate-activity rates “%1” more than once.</source>
        <translation>--rate-activity bewertet „%1“ mehr als einmal.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalChartsPanel</name>
    <message>
        <source>Show each &amp;region</source>
        <translation>Jeden Be&amp;reich zeigen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalCommands</name>
    <message>
        <source>--at %1 is in the future. Nothing was added.</source>
        <translation>--at %1 liegt in der Zukunft. Es wurde nichts eingetragen.</translation>
    </message>
    <message>
        <source>Saved a check-in of %1 (%2) for %3.</source>
        <translation>Check-in mit %1 (%2) für %3 gespeichert.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>%1 of the file have problems, so nothing was imported. Fix them, or run again with --good-rows-only to import the other %2.</source>
        <translation>Fehlerhaft: %1 der Datei, deshalb wurde nichts importiert. Korrigiere die Fehler oder starte noch einmal mit --good-rows-only, um den Rest zu importieren (%2).</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 holds nothing to import.</source>
        <translation>%1 enthält nichts zum Importieren.</translation>
    </message>
    <message>
        <source>Skipped %1: already in your journal.</source>
        <translation>%1 übersprungen: schon in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>…and %1 more already in your journal.</source>
        <translation>…und %1 weitere, die schon in deinem Tagebuch sind.</translation>
    </message>
    <message>
        <source>--from %1 is after the last day of the report, %2.</source>
        <translation>--from %1 liegt nach dem letzten Tag des Berichts, %2.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 to %3, %4 check-ins, %5 sessions.</source>
        <translation>%1 geschrieben: %2 bis %3, %4 Check-ins, %5 Einheiten.</translation>
    </message>
    <message>
        <source>--from %1 is after today, %2: there is nothing to export yet.</source>
        <translation>--from %1 liegt nach heute, %2: Es gibt noch nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalFileActions</name>
    <message>
        <source>&amp;Import into journal…</source>
        <translation>Ins Tagebuch &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Report for my physio…</source>
        <translation>Be&amp;richt für die Physiotherapie…</translation>
    </message>
    <message>
        <source>JSON backup, everything (*.json)</source>
        <translation>JSON-Sicherung, alles (*.json)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>The journal was not exported</source>
        <translation>Das Tagebuch wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Exported your journal to %1.</source>
        <translation>Dein Tagebuch wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Import into your journal</source>
        <translation>Ins Tagebuch importieren</translation>
    </message>
    <message>
        <source>Journal exports (*.csv *.json);;CSV (*.csv);;JSON backup (*.json)</source>
        <translation>Tagebuch-Exporte (*.csv *.json);;CSV (*.csv);;JSON-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>No report was made</source>
        <translation>Es wurde kein Bericht erstellt</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Der Bericht wurde an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>The report is in %1.</source>
        <translation>Der Bericht liegt in %1.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Backup or spreadsheet (JSON, CSV)…</source>
        <translation>&amp;Sicherung oder Tabelle (JSON, CSV)…</translation>
    </message>
    <message>
        <source>For a &amp;clinic (FHIR)…</source>
        <translation>Für eine &amp;Praxis (FHIR)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>FHIR for a clinic (*.fhir.json)</source>
        <translation>FHIR für eine Praxis (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export for your clinic</source>
        <translation>Für deine Praxis exportieren</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalHistoryModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Set off by</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Also noticed</source>
        <translation>Außerdem bemerkt</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalHistoryPanel</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Only check-ins that scored</source>
        <translation>Nur Check-ins mit Wert für diesen Bereich</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Jeder Bereich</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Be&amp;reich</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Delete the selected check-in (Delete). Undo brings it back.</source>
        <translation>Ausgewählten Check-in löschen (Entf). Mit Rückgängig holst du ihn zurück.</translation>
    </message>
    <message>
        <source>Check-in changed. Undo (Ctrl+Z) puts it back.</source>
        <translation>Check-in geändert. Rückgängig (Strg+Z) stellt den alten Stand wieder her.</translation>
    </message>
    <message>
        <source>Deleted the check-in of %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Check-in vom %1 gelöscht. Rückgängig (Strg+Z) holt ihn zurück.</translation>
    </message>
    <message>
        <source>No check-ins in these days.</source>
        <translation>Keine Check-ins an diesen Tagen.</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 Check-in</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 Check-ins</translation>
    </message>
    <message>
        <source>Shows only the check-ins where this region hurt</source>
        <translation>Zeigt nur die Check-ins, bei denen dieser Bereich wehtat</translation>
    </message>
    <message>
        <source>Newest first. Arrow keys move between check-ins; Enter edits, Delete deletes.</source>
        <translation>Neueste zuerst. Mit den Pfeiltasten wechselst du zwischen Check-ins; Enter bearbeitet, Entf löscht.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalOpener</name>
    <message>
        <source>Your journal needs attention</source>
        <translation>Dein Tagebuch braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Your journal file has not been changed.</source>
        <translation>Deine Tagebuchdatei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Sicherung vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Continue without the journal</source>
        <translation>Ohne Tagebuch weitermachen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>New check-in (Ctrl+N)</source>
        <translation>Neuer Check-in (Strg+N)</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Neuer Check-in</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Journal views</source>
        <translation>Tagebuchansichten</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Di&amp;agramme</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Part of your journal could not be read just now: %1</source>
        <translation>Ein Teil deines Tagebuchs konnte gerade nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>My &amp;activities</source>
        <translation>Meine &amp;Tätigkeiten</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalRangeBar</name>
    <message>
        <source>Days shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Choose days…</source>
        <translation>Tage wählen…</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>How far back the charts and history go</source>
        <translation>Wie weit Diagramme und Verlauf zurückreichen</translation>
    </message>
    <message>
        <source>The charts and history start on this day</source>
        <translation>Diagramme und Verlauf beginnen an diesem Tag</translation>
    </message>
    <message>
        <source>The charts and history end on this day</source>
        <translation>Diagramme und Verlauf enden an diesem Tag</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalReport</name>
    <message>
        <source>The report needs a first day on or before its last day.</source>
        <translation>Der erste Tag des Berichts darf nicht nach dem letzten liegen.</translation>
    </message>
    <message>
        <source>The report could not read your journal: %1</source>
        <translation>Für den Bericht konnte dein Tagebuch nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Pain journal&lt;/h1&gt;&lt;p&gt;&lt;b&gt;For my physiotherapist:&lt;/b&gt; %1&lt;/p&gt;&lt;p class=&quot;muted&quot;&gt;Made with Carrywell on %2. Pain is scored from 0 (no pain) to 10 (worst imaginable).&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Schmerztagebuch&lt;/h1&gt;&lt;p&gt;&lt;b&gt;Für meine Physiotherapie:&lt;/b&gt; %1&lt;/p&gt;&lt;p class=&quot;muted&quot;&gt;Erstellt mit Carrywell am %2. Schmerzen sind von 0 (kein Schmerz) bis 10 (schlimmstmöglicher Schmerz) bewertet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pain over time&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Schmerzverlauf&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Carrywell teaches general exercises; it is not medical advice.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Carrywell zeigt allgemeine Übungen und ersetzt keinen medizinischen Rat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>None in these days.</source>
        <translation>Keine an diesen Tagen.</translation>
    </message>
    <message>
        <source>%1 on %2 of %3 days</source>
        <translation>%1 an %2 von %3 Tagen</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Schmerz im Schnitt</translation>
    </message>
    <message>
        <source>%1 (lowest day %2 on %3, highest %4 on %5)</source>
        <translation>%1 (niedrigster Tag %2 am %3, höchster %4 am %5)</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Erledigte Einheiten</translation>
    </message>
    <message>
        <source>%1 (%2 minutes in all)</source>
        <translation>%1 (insgesamt %2 Minuten)</translation>
    </message>
    <message>
        <source>Pain before → after a session</source>
        <translation>Schmerz vor → nach einer Einheit</translation>
    </message>
    <message>
        <source>%1 → %2 on average (%3 sessions rated; eased %4, same %5, worse %6)</source>
        <translation>im Schnitt %1 → %2 (%3 Einheiten bewertet; besser %4, gleich %5, schlechter %6)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Summary&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zusammenfassung&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Where it hurts&lt;/h2&gt;&lt;p&gt;No regions were scored in these days.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Wo es wehtut&lt;/h2&gt;&lt;p&gt;An diesen Tagen wurden keine Bereiche bewertet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Days scored</source>
        <translation>Tage bewertet</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Where it hurts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Wo es wehtut&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What set it off&lt;/h2&gt;&lt;p&gt;Nothing was noted.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Auslöser&lt;/h2&gt;&lt;p&gt;Es wurde nichts notiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What set it off&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Auslöser&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sessions done&lt;/h2&gt;&lt;p&gt;No sessions in these days.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Erledigte Einheiten&lt;/h2&gt;&lt;p&gt;Keine Einheiten an diesen Tagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Erledigte Übungen</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vor → nach</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sessions done&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Erledigte Einheiten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sessions done&lt;/h2&gt;&lt;p&gt;%1 sessions, by routine:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Erledigte Einheiten&lt;/h2&gt;&lt;p&gt;%1 Einheiten, nach Routine:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Notes&lt;/h2&gt;&lt;p&gt;No notes in these days.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Notizen&lt;/h2&gt;&lt;p&gt;Keine Notizen an diesen Tagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Notes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Notizen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Carrywell could not write the report to “%1” (%2). Choose another place.</source>
        <translation>Carrywell konnte den Bericht nicht nach „%1“ schreiben (%2). Wähle einen anderen Ort.</translation>
    </message>
    <message>
        <source>Pain journal, %1 to %2</source>
        <translation>Schmerztagebuch, %1 bis %2</translation>
    </message>
    <message>
        <source>too few days to tell</source>
        <translation>zu wenige Tage für eine Aussage</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>easing (%1 a week)</source>
        <translation>sinkend (%1 pro Woche)</translation>
    </message>
    <message>
        <source>rising (+%1 a week)</source>
        <translation>steigend (+%1 pro Woche)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Also noticed&lt;/h2&gt;&lt;p&gt;No leaking, numbness or pain that woke me at night was noted.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Außerdem bemerkt&lt;/h2&gt;&lt;p&gt;Weder Urinverlust noch Taubheit noch Schmerzen, die mich nachts geweckt haben, wurden notiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Also noticed&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Außerdem bemerkt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Also noticed</source>
        <translation>Außerdem bemerkt</translation>
    </message>
    <message>
        <source>Pain, start → end</source>
        <translation>Schmerz, Anfang → Ende</translation>
    </message>
    <message>
        <source>%1 not rated in these days</source>
        <translation>%1 in diesen Tagen nicht bewertet</translation>
    </message>
    <message>
        <source>%1 %2, rated once (%3), too few ratings to compare</source>
        <translation>%1 %2, einmal bewertet (%3), zu wenige Bewertungen zum Vergleichen</translation>
    </message>
    <message>
        <source>%1 %2 → %3, %4 &lt;span class=&quot;muted&quot;&gt;(%5 → %6)&lt;/span&gt;</source>
        <translation>%1 %2 → %3, %4 &lt;span class=&quot;muted&quot;&gt;(%5 → %6)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My activities&lt;/h2&gt;&lt;p class=&quot;muted&quot;&gt;Everyday activities I find hard, each rated from 0 (unable to do it) to 10 (as well as before): the Patient-Specific Functional Scale. First and last rating in these days.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Meine Tätigkeiten&lt;/h2&gt;&lt;p class=&quot;muted&quot;&gt;Alltägliche Tätigkeiten, die mir schwerfallen, jeweils bewertet von 0 (geht gar nicht) bis 10 (so gut wie vorher): die Patientenspezifische Funktionsskala (PSFS). Erste und letzte Bewertung in diesen Tagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;All activities together: %1 points on average, %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle Tätigkeiten zusammen: im Schnitt %1 Punkte, %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;A change is called meaningful when it reaches the smallest change that matters to patients: for the activities 2 points on their mean or 3 points on one activity (Stratford et al. 1995, Physiotherapy Canada 47:258–263; Horn et al. 2012, J Orthop Sports Phys Ther 42:30–42), for pain 2 points or 30 % (Farrar et al. 2001, Pain 94:149–158). Pain compares the average of the first week with check-ins with the last. Anything smaller is shown as no clear change.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Eine Veränderung gilt als deutlich, wenn sie die kleinste Veränderung erreicht, die für Patientinnen zählt: bei den Tätigkeiten 2 Punkte im Mittel oder 3 Punkte bei einer Tätigkeit (Stratford et al. 1995, Physiotherapy Canada 47:258–263; Horn et al. 2012, J Orthop Sports Phys Ther 42:30–42), beim Schmerz 2 Punkte oder 30 % (Farrar et al. 2001, Pain 94:149–158). Beim Schmerz wird der Schnitt der ersten Woche mit Check-ins mit dem der letzten verglichen. Alles Kleinere erscheint als keine klare Veränderung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalText</name>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmstmöglich</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Leaking</source>
        <translation>Urinverlust</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Night pain</source>
        <translation>Nachtschmerz</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::LearnPage</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Topic text</source>
        <translation>Thementext</translation>
    </message>
    <message>
        <source>Why backs hurt after birth</source>
        <translation>Warum der Rücken nach der Geburt wehtut</translation>
    </message>
    <message>
        <source>Everyday body mechanics</source>
        <translation>Rückenschonend im Alltag</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Wann du Hilfe holen solltest</translation>
    </message>
    <message>
        <source>Warning signs, by symptom</source>
        <translation>Warnzeichen nach Beschwerden</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>It can play a part in</source>
        <translation>Kann eine Rolle spielen bei</translation>
    </message>
    <message>
        <source>Exercises help common aches. These signs mean it is time to see a doctor or a pelvic-floor physiotherapist.</source>
        <translation>Übungen helfen bei den üblichen Beschwerden. Diese Zeichen bedeuten: Zeit für eine ärztliche Abklärung oder Beckenboden-Physiotherapie.</translation>
    </message>
    <message>
        <source>Your recovery</source>
        <translation>Deine Erholung</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::LibraryCommands</name>
    <message>
        <source>Wrote %1 files to %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <source>these exercises have no drawings: %1</source>
        <translation>diese Übungen haben keine Zeichnungen: %1</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::LibraryFilterPanel</name>
    <message>
        <source>Only what I have at hand</source>
        <translation>Nur was ich zur Hand habe</translation>
    </message>
    <message>
        <source>Suitable for me now</source>
        <translation>Passt jetzt zu mir</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>Wo tut es weh?</translation>
    </message>
    <message>
        <source>What hurts</source>
        <translation>Was wehtut</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation>Übungsart</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>&amp;What hurts</source>
        <translation>&amp;Was wehtut</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>All regions (%1)</source>
        <translation>Alle Bereiche (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add how many weeks it is since the birth in your profile (File ▸ Settings ▸ Profile) to use this.</source>
        <translation>Trag dafür in deinem Profil ein, wie viele Wochen die Geburt her ist (Datei ▸ Einstellungen ▸ Profil).</translation>
    </message>
    <message>
        <source>Exercises usually fine %1 weeks after a caesarean birth.</source>
        <translation>Übungen, die %1 Wochen nach einem Kaiserschnitt meist in Ordnung sind.</translation>
    </message>
    <message>
        <source>Exercises usually fine %1 weeks after birth.</source>
        <translation>Übungen, die %1 Wochen nach der Geburt meist in Ordnung sind.</translation>
    </message>
    <message>
        <source>Shows the exercises that help with this</source>
        <translation>Zeigt die Übungen, die dabei helfen</translation>
    </message>
    <message>
        <source>Shows only this kind of exercise</source>
        <translation>Zeigt nur diese Übungsart</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::LibraryPage</name>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Search names, steps and symptoms (Ctrl+F)</source>
        <translation>Namen, Schritte und Beschwerden durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Number of exercises found</source>
        <translation>Anzahl gefundener Übungen</translation>
    </message>
    <message>
        <source>Exercises found</source>
        <translation>Gefundene Übungen</translation>
    </message>
    <message>
        <source>No exercises match. Try fewer filters or other words.</source>
        <translation>Keine Übung passt. Versuch es mit weniger Filtern oder anderen Wörtern.</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::MainWindow</name>
    <message>
        <source>Carrywell</source>
        <translation>Carrywell</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Search exercises</source>
        <translation>Übungen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Carrywell &amp;help</source>
        <translation>Carrywell-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Carrywell</source>
        <translation>Ü&amp;ber Carrywell</translation>
    </message>
    <message>
        <source>About Carrywell</source>
        <translation>Über Carrywell</translation>
    </message>
    <message>
        <source>Plan &amp;layout</source>
        <translation>&amp;Layout des Plans</translation>
    </message>
    <message>
        <source>The routine did not start</source>
        <translation>Die Routine ist nicht gestartet</translation>
    </message>
    <message>
        <source>The session was not saved in your journal</source>
        <translation>Die Einheit wurde nicht in deinem Tagebuch gespeichert</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Reopen the window now?</source>
        <translation>Fenster jetzt neu öffnen?</translation>
    </message>
    <message>
        <source>The new language shows when Carrywell reopens its window.</source>
        <translation>Die neue Sprache erscheint, sobald Carrywell sein Fenster neu öffnet.</translation>
    </message>
    <message>
        <source>A session in progress is kept and offered back.</source>
        <translation>Eine laufende Einheit bleibt erhalten und wird dir wieder angeboten.</translation>
    </message>
    <message>
        <source>Reopen now</source>
        <translation>Jetzt neu öffnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carrywell %1&lt;/h3&gt;&lt;p&gt;Exercises, guided sessions and a private journal for back pain after pregnancy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carrywell %1&lt;/h3&gt;&lt;p&gt;Übungen, geführte Einheiten und ein privates Tagebuch bei Rückenschmerzen nach der Schwangerschaft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not medical advice.&lt;/b&gt; Carrywell teaches general exercises. If pain is severe, getting worse, or comes with numbness, leaking or fever, see a doctor or a pelvic-floor physiotherapist.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kein medizinischer Rat.&lt;/b&gt; Carrywell zeigt allgemeine Übungen. Wenn die Schmerzen stark sind, schlimmer werden oder mit Taubheit, Urinverlust oder Fieber einhergehen, lass dich ärztlich oder von einer Beckenboden-Physiotherapeutin untersuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Your journal stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder neuer. Dein Tagebuch bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::MakeWeekDialog</name>
    <message>
        <source>Make my week</source>
        <translation>Meine Woche planen</translation>
    </message>
    <message>
        <source>Tell Carrywell about you and your week. Each free day gets a short routine: breathing first, then gentle mobility, strength and core, and a release to finish.</source>
        <translation>Erzähl Carrywell von dir und deiner Woche. Jeder freie Tag bekommt eine kurze Routine: zuerst Atmung, dann sanfte Mobilität, Kraft und Körpermitte und zum Schluss Entspannung.</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Usual time for the routine</source>
        <translation>Übliche Uhrzeit für die Routine</translation>
    </message>
    <message>
        <source>Your week</source>
        <translation>Deine Woche</translation>
    </message>
    <message>
        <source>Minutes a day:</source>
        <translation>Minuten pro Tag:</translation>
    </message>
    <message>
        <source>Free days:</source>
        <translation>Freie Tage:</translation>
    </message>
    <message>
        <source>Usual time:</source>
        <translation>Übliche Uhrzeit:</translation>
    </message>
    <message>
        <source>Choose at least one free day.</source>
        <translation>Wähle mindestens einen freien Tag.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über dich</translation>
    </message>
    <message>
        <source>How long each day&apos;s routine may take</source>
        <translation>Wie lange die Routine pro Tag dauern darf</translation>
    </message>
    <message>
        <source>Used for the calendar file and the printed plan</source>
        <translation>Für die Kalenderdatei und den gedruckten Plan</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PainChartView</name>
    <message>
        <source>Pain over time</source>
        <translation>Schmerzverlauf</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Day’s average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Sessions a week (monthly)</source>
        <translation>Einheiten pro Woche (monatlich)</translation>
    </message>
    <message>
        <source>No check-ins in these days.</source>
        <translation>Keine Check-ins an diesen Tagen.</translation>
    </message>
    <message>
        <source>%1 days with check-ins from %2 to %3, average pain %4.</source>
        <translation>%1 Tage mit Check-ins vom %2 bis %3, Schmerz im Schnitt %4.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PainScalePicker</name>
    <message>
        <source>Pain score</source>
        <translation>Schmerzwert</translation>
    </message>
    <message>
        <source>0 no pain, 10 worst imaginable. Number keys or arrows choose.</source>
        <translation>0 kein Schmerz, 10 schlimmstmöglich. Mit Zifferntasten oder Pfeiltasten wählen.</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>0, no pain</source>
        <translation>0, kein Schmerz</translation>
    </message>
    <message>
        <source>10, worst imaginable</source>
        <translation>10, schlimmstmöglich</translation>
    </message>
    <message>
        <source>%1: %2 (key %3)</source>
        <translation>%1: %2 (Taste %3)</translation>
    </message>
    <message>
        <source>1 then 0</source>
        <translation>1, dann 0</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Kein Schmerz</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Schlimmstmöglich</translation>
    </message>
    <message>
        <source>Press a number key, 0 to 10</source>
        <translation>Drück eine Zifferntaste, 0 bis 10</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pain score: %1, %2</source>
        <translation>Schmerzwert: %1, %2</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanCommands</name>
    <message>
        <source>the plan</source>
        <translation>den Plan</translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation>den Kalender</translation>
    </message>
    <message>
        <source>Carrywell could not write %1 to “%2” (%3). Nothing was changed.</source>
        <translation>Carrywell konnte %1 nicht nach „%2“ schreiben (%3). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No plan was kept for %1, so Carrywell made one from your profile and saved it in your journal.</source>
        <translation>Für %1 war kein Plan gespeichert, deshalb hat Carrywell einen aus deinem Profil erstellt und in deinem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Wrote %1: the plan for %2 (%3), %4 of 7 days with exercises.</source>
        <translation>%1 geschrieben: der Plan für %2 (%3), %4 von 7 Tagen mit Übungen.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanDayList</name>
    <message>
        <source>Days of the week</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <source>%1 · Today</source>
        <translation>%1 · Heute</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>%1 · done ✓</source>
        <translation>%1 · erledigt ✓</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanDayView</name>
    <message>
        <source>Add exercise…</source>
        <translation>Übung hinzufügen…</translation>
    </message>
    <message>
        <source>Swap…</source>
        <translation>Tauschen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Make it a rest day</source>
        <translation>Zum Ruhetag machen</translation>
    </message>
    <message>
        <source>A rest day. Rest is part of getting stronger: an easy walk with the pram is plenty.
Add an exercise to make it a training day.</source>
        <translation>Ein Ruhetag. Ruhe gehört zum Stärkerwerden: Ein gemütlicher Spaziergang mit dem Kinderwagen ist genug.
Füge eine Übung hinzu, um daraus einen Übungstag zu machen.</translation>
    </message>
    <message>
        <source>Take the exercise off this day (Delete)</source>
        <translation>Übung von diesem Tag nehmen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+↓)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben auf</translation>
    </message>
    <message>
        <source>Move the exercise to another day; you can also drag it onto a day</source>
        <translation>Übung auf einen anderen Tag verschieben; du kannst sie auch auf einen Tag ziehen</translation>
    </message>
    <message>
        <source>%1 · Today</source>
        <translation>%1 · Heute</translation>
    </message>
    <message>
        <source>%1 of your %2 minutes · breathing, then mobility, strength and core, then release</source>
        <translation>%1 von deinen %2 Minuten · Atmung, dann Mobilität, Kraft und Körpermitte, dann Entspannung</translation>
    </message>
    <message>
        <source>%1 — longer than your %2 minutes; remove an exercise to fit.</source>
        <translation>%1 — länger als deine %2 Minuten; entferne eine Übung, damit es passt.</translation>
    </message>
    <message>
        <source>Start today&apos;s routine</source>
        <translation>Heutige Routine starten</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Diese Routine starten</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanExerciseList</name>
    <message>
        <source>Exercises of the day</source>
        <translation>Übungen des Tages</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanPage</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Vorige</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Nächste ›</translation>
    </message>
    <message>
        <source>Make my week…</source>
        <translation>Meine Woche planen…</translation>
    </message>
    <message>
        <source>Try another plan</source>
        <translation>Anderer Vorschlag</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige Woche (Alt+←)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+→)</translation>
    </message>
    <message>
        <source>Answer a few questions and get a plan for this week</source>
        <translation>Beantworte ein paar Fragen und bekomm einen Plan für diese Woche</translation>
    </message>
    <message>
        <source>The same answers, other exercises</source>
        <translation>Gleiche Antworten, andere Übungen</translation>
    </message>
    <message>
        <source>Here is another plan from the same answers. Undo brings the last one back.</source>
        <translation>Hier ist ein anderer Plan mit denselben Antworten. Rückgängig holt den vorigen zurück.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>The plan was not changed</source>
        <translation>Der Plan wurde nicht geändert</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Auf %1 verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Umsortieren</translation>
    </message>
    <message>
        <source>Make it a rest day</source>
        <translation>Zum Ruhetag machen</translation>
    </message>
    <message>
        <source>Your week is ready. Change anything you like; undo is Ctrl+Z.</source>
        <translation>Deine Woche steht. Ändere, was du möchtest; Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>This week · %1</source>
        <translation>Diese Woche · %1</translation>
    </message>
    <message>
        <source>Next week · %1</source>
        <translation>Nächste Woche · %1</translation>
    </message>
    <message>
        <source>Last week · %1</source>
        <translation>Letzte Woche · %1</translation>
    </message>
    <message>
        <source>Make it again…</source>
        <translation>Neu planen…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No plan for this week yet&lt;/h2&gt;&lt;p&gt;Answer a few questions — what hurts, how long since the birth, what you have at home, how many minutes and which days — and Carrywell puts together a short routine for each free day.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch kein Plan für diese Woche&lt;/h2&gt;&lt;p&gt;Beantworte ein paar Fragen – was wehtut, wie lange die Geburt her ist, was du zu Hause hast, wie viele Minuten und an welchen Tagen –, und Carrywell stellt für jeden freien Tag eine kurze Routine zusammen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1&apos;s plan</source>
        <translation>Plan für %1</translation>
    </message>
    <message>
        <source>Add an exercise to %1</source>
        <translation>Übung zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Swap %1 for…</source>
        <translation>%1 tauschen gegen…</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap in %1</source>
        <translation>%1 eintauschen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanPdf</name>
    <message>
        <source>Carrywell could not write the plan to “%1” (%2). Choose another place.</source>
        <translation>Carrywell konnte den Plan nicht nach „%1“ schreiben (%2). Wähle einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Carrywell could not draw the plan into “%1”. Nothing was saved there.</source>
        <translation>Carrywell konnte den Plan nicht in „%1“ zeichnen. Dort wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanPrintActions</name>
    <message>
        <source>&amp;Print plan…</source>
        <translation>Plan &amp;drucken…</translation>
    </message>
    <message>
        <source>Save plan as P&amp;DF…</source>
        <translation>Plan als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Add plan to &amp;calendar…</source>
        <translation>Plan in den &amp;Kalender eintragen…</translation>
    </message>
    <message>
        <source>&amp;Week grid (landscape)</source>
        <translation>&amp;Wochenraster (Querformat)</translation>
    </message>
    <message>
        <source>&amp;Day by day (portrait)</source>
        <translation>&amp;Tag für Tag (Hochformat)</translation>
    </message>
    <message>
        <source>Print the week&apos;s plan to pin up, with a preview first</source>
        <translation>Wochenplan zum Aufhängen drucken, vorher mit Vorschau</translation>
    </message>
    <message>
        <source>Save the week&apos;s plan as a PDF to print later or share</source>
        <translation>Wochenplan als PDF speichern, um ihn später zu drucken oder zu teilen</translation>
    </message>
    <message>
        <source>Save the week&apos;s exercise days as a calendar file (.ics) for your calendar app</source>
        <translation>Die Übungstage der Woche als Kalenderdatei (.ics) für deine Kalender-App speichern</translation>
    </message>
    <message>
        <source>The seven days side by side on a landscape page</source>
        <translation>Die sieben Tage nebeneinander auf einer Seite im Querformat</translation>
    </message>
    <message>
        <source>One day under another on a portrait page</source>
        <translation>Die Tage untereinander auf einer Seite im Hochformat</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>Plan drucken</translation>
    </message>
    <message>
        <source>The plan was sent to the printer.</source>
        <translation>Der Plan wurde an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Plan als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan gespeichert</translation>
    </message>
    <message>
        <source>The plan is in %1.</source>
        <translation>Der Plan liegt in %1.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>Der Plan wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the plan to %1.</source>
        <translation>Plan unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Add the plan to your calendar</source>
        <translation>Plan in den Kalender eintragen</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation>Die Kalenderdatei wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the plan&apos;s exercise days (%1 of 7, at %2) to %3. Open the file with your calendar app to add them.</source>
        <translation>Die Übungstage des Plans (%1 von 7, um %2) wurden unter %3 gespeichert. Öffne die Datei mit deiner Kalender-App, um sie einzutragen.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanSheet</name>
    <message>
        <source>My exercise week</source>
        <translation>Meine Übungswoche</translation>
    </message>
    <message>
        <source>A week of rest.</source>
        <translation>Eine Woche Ruhe.</translation>
    </message>
    <message>
        <source>About %1 minutes on 1 day.</source>
        <translation>Etwa %1 Minuten an 1 Tag.</translation>
    </message>
    <message>
        <source>Up to %1 minutes a day, on %2 days.</source>
        <translation>Bis zu %1 Minuten pro Tag, an %2 Tagen.</translation>
    </message>
    <message>
        <source>Tick a day when you have done it, and mark how your pain was that day from 0 (none) to 10 (worst imaginable).</source>
        <translation>Hak jeden geschafften Tag ab und notier, wie stark deine Schmerzen an dem Tag waren, von 0 (keine) bis 10 (schlimmstmöglich).</translation>
    </message>
    <message>
        <source>Carrywell teaches general exercises; it is not medical advice. Move within what feels comfortable. Stop and get help if you have severe or worsening pain, numbness, leaking or heaviness in the pelvis, fever, heavier bleeding, or pain at a caesarean scar.</source>
        <translation>Carrywell zeigt allgemeine Übungen und ersetzt keinen medizinischen Rat. Beweg dich nur so weit, wie es sich gut anfühlt. Hör auf und hol dir Hilfe bei starken oder zunehmenden Schmerzen, Taubheit, ungewolltem Urinverlust oder einem Schweregefühl im Becken, Fieber, stärkeren Blutungen oder Schmerzen an der Kaiserschnittnarbe.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanText</name>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>Strength and core</source>
        <translation>Kraft und Körpermitte</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanWorkspace</name>
    <message>
        <source>Make the week again</source>
        <translation>Woche neu planen</translation>
    </message>
    <message>
        <source>Make my week</source>
        <translation>Meine Woche planen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ProfileForm</name>
    <message>
        <source>Weeks since the birth:</source>
        <translation>Wochen seit der Geburt:</translation>
    </message>
    <message>
        <source>Weeks since the birth</source>
        <translation>Wochen seit der Geburt</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>How was the birth?</source>
        <translation>Wie war die Geburt?</translation>
    </message>
    <message>
        <source>Vaginal birth</source>
        <translation>Vaginale Geburt</translation>
    </message>
    <message>
        <source>Caesarean birth</source>
        <translation>Kaiserschnitt</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>What do you have at home?</source>
        <translation>Was hast du zu Hause?</translation>
    </message>
    <message>
        <source>What bothers you most?</source>
        <translation>Was macht dir am meisten zu schaffen?</translation>
    </message>
    <message>
        <source>Exercises are suggested to suit this stage of recovery</source>
        <translation>Die Übungsvorschläge richten sich nach dieser Phase der Erholung</translation>
    </message>
    <message>
        <source>My belly muscles have a gap (diastasis)</source>
        <translation>Meine Bauchmuskeln haben einen Spalt (Rektusdiastase)</translation>
    </message>
    <message>
        <source>Core exercises then show how to change them for the gap; see Learn ▸ Your recovery for how to check.</source>
        <translation>Rumpfübungen zeigen dann, wie du sie für den Spalt anpasst; unter Wissen ▸ Deine Erholung steht, wie du ihn prüfst.</translation>
    </message>
    <message>
        <source>Everyday activities that are hard now (optional)</source>
        <translation>Alltägliche Tätigkeiten, die dir gerade schwerfallen (optional)</translation>
    </message>
    <message>
        <source>Name for your clinic (optional)</source>
        <translation>Name für deine Praxis (optional)</translation>
    </message>
    <message>
        <source>Name for your clinic</source>
        <translation>Name für deine Praxis</translation>
    </message>
    <message>
        <source>Only put in the file you export for a clinic (FHIR). Leave empty to stay anonymous.</source>
        <translation>Steht nur in der Datei, die du für eine Praxis exportierst (FHIR). Lass es leer, um anonym zu bleiben.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::RatingPromptBanner</name>
    <message>
        <source>Rate them</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Not this week</source>
        <translation>Diese Woche nicht</translation>
    </message>
    <message>
        <source>How are your everyday activities this week?</source>
        <translation>Wie gehen deine alltäglichen Tätigkeiten diese Woche?</translation>
    </message>
    <message>
        <source>A few seconds: rate how well you can do each of your activities now, so you and your physiotherapist can see them get easier.</source>
        <translation>Ein paar Sekunden: Bewerte, wie gut du jede deiner Tätigkeiten jetzt kannst, damit du und deine Physiotherapeutin seht, wie sie leichter werden.</translation>
    </message>
    <message>
        <source>Not this week: ask again in a week</source>
        <translation>Diese Woche nicht: in einer Woche wieder fragen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::RegionScoresEditor</name>
    <message>
        <source>%1 score</source>
        <translation>Wert für %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 does not hurt</source>
        <translation>%1 tut nicht weh</translation>
    </message>
    <message>
        <source>Optional: tap where it hurts. Each region gets its own score.</source>
        <translation>Optional: Tipp an, wo es wehtut. Jeder Bereich bekommt einen eigenen Wert.</translation>
    </message>
    <message>
        <source>Tap a region again to take it away.</source>
        <translation>Tipp einen Bereich noch einmal an, um ihn wieder zu entfernen.</translation>
    </message>
    <message>
        <source>0 no pain, 10 worst imaginable</source>
        <translation>0 kein Schmerz, 10 schlimmstmöglich</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReminderSection</name>
    <message>
        <source>Remind me to &amp;check in each day at</source>
        <translation>Täglich an den &amp;Check-in erinnern um</translation>
    </message>
    <message>
        <source>Check-in reminder time</source>
        <translation>Uhrzeit der Check-in-Erinnerung</translation>
    </message>
    <message>
        <source>Remind me of the day&apos;s &amp;planned session at</source>
        <translation>An die ge&amp;plante Einheit des Tages erinnern um</translation>
    </message>
    <message>
        <source>Session reminder time</source>
        <translation>Uhrzeit der Übungserinnerung</translation>
    </message>
    <message>
        <source>Start Carrywell in the tray when I &amp;log in</source>
        <translation>Carrywell beim &amp;Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>Skipped on days you have already checked in.</source>
        <translation>Entfällt an Tagen, an denen du schon einen Check-in gemacht hast.</translation>
    </message>
    <message>
        <source>When the check-in reminder appears.</source>
        <translation>Wann die Check-in-Erinnerung erscheint.</translation>
    </message>
    <message>
        <source>Only on days your weekly plan has a session you have not done yet.</source>
        <translation>Nur an Tagen, an denen dein Wochenplan eine Einheit vorsieht, die du noch nicht gemacht hast.</translation>
    </message>
    <message>
        <source>Your usual session time; the plan&apos;s calendar uses it too.</source>
        <translation>Deine übliche Uhrzeit für die Einheit; auch der Kalender des Plans nutzt sie.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Schlummerdauer</translation>
    </message>
    <message>
        <source>How long “Snooze” waits before reminding you again.</source>
        <translation>Wie lange „Schlummern“ wartet, bevor du wieder erinnert wirst.</translation>
    </message>
    <message>
        <source>Carrywell waits quietly in the tray, without opening its window, so reminders can come.</source>
        <translation>Carrywell wartet still im Infobereich, ohne sein Fenster zu öffnen, damit Erinnerungen kommen können.</translation>
    </message>
    <message>
        <source>While reminders are on, closing the window keeps Carrywell in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation>Solange Erinnerungen an sind, bleibt Carrywell nach dem Schließen des Fensters im Infobereich. Beenden kannst du es über das Menü des Symbols dort.</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so reminders come only while Carrywell&apos;s window is open.</source>
        <translation>Dein Desktop zeigt keine Symbole im Infobereich, deshalb kommen Erinnerungen nur, solange das Carrywell-Fenster offen ist.</translation>
    </message>
    <message>
        <source>&amp;Snooze for:</source>
        <translation>&amp;Schlummerdauer:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>A gentle nudge on your desktop, with Snooze and Done.</source>
        <translation>Ein sanfter Hinweis auf deinem Desktop, mit „Schlummern“ und „Erledigt“.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReminderService</name>
    <message>
        <source>Carrywell is still here</source>
        <translation>Carrywell ist noch da</translation>
    </message>
    <message>
        <source>Your reminders keep coming while the window is closed. To stop Carrywell, choose Quit in this icon&apos;s menu.</source>
        <translation>Deine Erinnerungen kommen weiter, auch wenn das Fenster zu ist. Um Carrywell zu beenden, wähl „Carrywell beenden“ im Menü dieses Symbols.</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Schlummern (%1 min)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Time for your check-in</source>
        <translation>Zeit für deinen Check-in</translation>
    </message>
    <message>
        <source>How is your back today? It takes ten seconds.</source>
        <translation>Wie geht es deinem Rücken heute? Dauert nur zehn Sekunden.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Check-in machen</translation>
    </message>
    <message>
        <source>Time for today&apos;s exercises</source>
        <translation>Zeit für deine heutigen Übungen</translation>
    </message>
    <message>
        <source>Your %1-minute routine is ready when you are.</source>
        <translation>Deine %1-Minuten-Routine ist bereit, wann immer du es bist.</translation>
    </message>
    <message>
        <source>Your routine for today is ready when you are.</source>
        <translation>Deine heutige Routine ist bereit, wann immer du es bist.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReminderTray</name>
    <message>
        <source>Carrywell: reminders are on</source>
        <translation>Carrywell: Erinnerungen sind an</translation>
    </message>
    <message>
        <source>Open Carrywell</source>
        <translation>Carrywell öffnen</translation>
    </message>
    <message>
        <source>Check in now…</source>
        <translation>Check-in machen…</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Heutige Einheit starten</translation>
    </message>
    <message>
        <source>Check-in reminder: done for today</source>
        <translation>Check-in-Erinnerung: für heute erledigt</translation>
    </message>
    <message>
        <source>Session reminder: done for today</source>
        <translation>Übungserinnerung: für heute erledigt</translation>
    </message>
    <message>
        <source>Quit Carrywell</source>
        <translation>Carrywell beenden</translation>
    </message>
    <message>
        <source>Check-in reminder: again in %1 minutes</source>
        <translation>Check-in-Erinnerung: erneut in %1 Minuten</translation>
    </message>
    <message>
        <source>Session reminder: again in %1 minutes</source>
        <translation>Übungserinnerung: erneut in %1 Minuten</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReportChartPainter</name>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Sessions per week (right scale)</source>
        <translation>Einheiten pro Woche (rechte Skala)</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReportDialog</name>
    <message>
        <source>Report for my physio</source>
        <translation>Bericht für die Physiotherapie</translation>
    </message>
    <message>
        <source>A few pages to bring to your physiotherapist or doctor: your pain over these days, where it hurts, what set it off, the sessions you did and your notes.</source>
        <translation>Ein paar Seiten für deine Physiotherapie- oder Arzttermine: deine Schmerzen an diesen Tagen, wo es wehtut, was es ausgelöst hat, deine Einheiten und deine Notizen.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Letzte %1 Wochen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>The report starts on this day</source>
        <translation>Der Bericht beginnt an diesem Tag</translation>
    </message>
    <message>
        <source>The report ends on this day</source>
        <translation>Der Bericht endet an diesem Tag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::RoutineChooser</name>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Start “%1” as a guided session</source>
        <translation>„%1“ als geführte Einheit starten</translation>
    </message>
    <message>
        <source>Suits from the first days after birth.</source>
        <translation>Passt ab den ersten Tagen nach der Geburt.</translation>
    </message>
    <message>
        <source>From week %1 after birth; week %2 after a caesarean.</source>
        <translation>Ab Woche %1 nach der Geburt; ab Woche %2 nach einem Kaiserschnitt.</translation>
    </message>
    <message>
        <source>Not yet for you.</source>
        <translation>Noch nicht für dich.</translation>
    </message>
    <message>
        <source>“%1” suits you now.</source>
        <translation>„%1“ passt jetzt für dich.</translation>
    </message>
    <message>
        <source>“%1” in it is best left for now with pelvic girdle pain.</source>
        <translation>Bei Beckengürtelschmerzen lässt du „%1“ darin besser vorerst weg.</translation>
    </message>
    <message>
        <source>“%1” in it is best left for now with a gap between your belly muscles.</source>
        <translation>Mit einem Spalt zwischen den Bauchmuskeln lässt du „%1“ darin besser vorerst weg.</translation>
    </message>
    <message>
        <source>Not for you now.</source>
        <translation>Jetzt nicht für dich.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ScoredBodyMap</name>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <source>Tap or press Space on each region that hurts; again to take it away</source>
        <translation>Tipp jeden Bereich an, der wehtut, oder drück die Leertaste; noch einmal, um ihn zu entfernen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SessionEffectChartView</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Schmerz vor und nach den Einheiten</translation>
    </message>
    <message>
        <source>No rated sessions yet</source>
        <translation>Noch keine bewerteten Einheiten</translation>
    </message>
    <message>
        <source>Rate your pain before and after a session to see how sessions help.</source>
        <translation>Bewerte deine Schmerzen vor und nach einer Einheit, um zu sehen, wie die Einheiten helfen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Sessions eased pain by %1</source>
        <translation>Die Einheiten senkten den Schmerz um %1</translation>
    </message>
    <message>
        <source>%1. Before %2, after %3, over %4 sessions.</source>
        <translation>%1. Vorher %2, nachher %3, über %4 Einheiten.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SessionEndView</name>
    <message>
        <source>What you did</source>
        <translation>Was du gemacht hast</translation>
    </message>
    <message>
        <source>How is your pain?</source>
        <translation>Wie stark sind deine Schmerzen?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst you can imagine. Both are optional: leave them empty if you like.</source>
        <translation>0 heißt keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst. Beides ist freiwillig: Lass es leer, wenn du möchtest.</translation>
    </message>
    <message>
        <source>&amp;Before the session:</source>
        <translation>&amp;Vor der Einheit:</translation>
    </message>
    <message>
        <source>&amp;Now:</source>
        <translation>&amp;Jetzt:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>0 no pain, 10 worst imaginable; optional. Number keys or arrows choose.</source>
        <translation>0 keine Schmerzen, 10 die schlimmsten vorstellbaren; freiwillig. Mit Zifferntasten oder Pfeilen wählen.</translation>
    </message>
    <message>
        <source>Clear the pain before</source>
        <translation>Schmerzen vorher leeren</translation>
    </message>
    <message>
        <source>Clear the pain now</source>
        <translation>Schmerzen jetzt leeren</translation>
    </message>
    <message>
        <source>Keeps the session in your journal</source>
        <translation>Speichert die Einheit in deinem Tagebuch</translation>
    </message>
    <message>
        <source>Well done. That is the whole session.</source>
        <translation>Gut gemacht. Das war die ganze Einheit.</translation>
    </message>
    <message>
        <source>Session stopped. What you did is kept.</source>
        <translation>Einheit beendet. Was du gemacht hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 exercises done</source>
        <translation>%1 · %2 von %3 Übungen gemacht</translation>
    </message>
    <message>
        <source>Time spent: %1 (pauses not counted)</source>
        <translation>Dauer: %1 (ohne Pausen)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gemacht</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1: %2 out of 10</source>
        <translation>%1: %2 von 10</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SessionPage</name>
    <message>
        <source>Choose a guided session</source>
        <translation>Geführte Einheit wählen</translation>
    </message>
    <message>
        <source>Sound tells you when to move, hold, switch sides and rest, so you can follow with your eyes closed. Space pauses when the baby needs you. Any single exercise can also be started from its page in the Library.</source>
        <translation>Über den Ton erfährst du, wann du dich bewegst, hältst, die Seite wechselst und ausruhst – so kannst du auch mit geschlossenen Augen mitmachen. Mit der Leertaste pausierst du, wenn das Baby dich braucht. Jede einzelne Übung kannst du auch auf ihrer Seite unter Übungen starten.</translation>
    </message>
    <message>
        <source>Ready-made sessions</source>
        <translation>Fertige Einheiten</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Signaltöne</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Gesprochene Ansagen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>&amp;Get ready for:</source>
        <translation>&amp;Vorbereitungszeit:</translation>
    </message>
    <message>
        <source>This session cannot start</source>
        <translation>Diese Einheit kann nicht starten</translation>
    </message>
    <message>
        <source>A session is already running. Finish or stop it first.</source>
        <translation>Es läuft schon eine Einheit. Mach sie zuerst fertig oder brich sie ab.</translation>
    </message>
    <message>
        <source>An unfinished session could not be read</source>
        <translation>Eine unterbrochene Einheit konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Continue your session?</source>
        <translation>Einheit fortsetzen?</translation>
    </message>
    <message>
        <source>“%1” was left unfinished. Continue where you stopped?</source>
        <translation>„%1“ wurde nicht beendet. Dort weitermachen, wo du aufgehört hast?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The session could not be continued</source>
        <translation>Die Einheit konnte nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>Diese Einheit beenden?</translation>
    </message>
    <message>
        <source>Last session: %1 — %2 of %3 exercises done in %4.</source>
        <translation>Letzte Einheit: %1 — %2 von %3 Übungen in %4 geschafft.</translation>
    </message>
    <message>
        <source>How loud the tones and spoken words are</source>
        <translation>Wie laut Töne und Ansagen sind</translation>
    </message>
    <message>
        <source>Seconds to get into position before each exercise</source>
        <translation>Sekunden, um vor jeder Übung in Position zu kommen</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation>Was du bisher gemacht hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SessionRunView</name>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Back (←)</source>
        <translation>Zurück (←)</translation>
    </message>
    <message>
        <source>Skip (→)</source>
        <translation>Überspringen (→)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Progress through the session</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Verbleibende Sekunden</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Ansage</translation>
    </message>
    <message>
        <source>No sound device was found, so cues are shown here in large text.</source>
        <translation>Es wurde kein Audiogerät gefunden, deshalb erscheinen die Ansagen hier in großer Schrift.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Hin</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Wiederholung %1</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Geführte Einheit</translation>
    </message>
    <message>
        <source>Space pauses or resumes, Left goes back, Right skips, Esc stops.</source>
        <translation>Leertaste pausiert oder setzt fort, Pfeil links geht zurück, Pfeil rechts überspringt, Esc beendet.</translation>
    </message>
    <message>
        <source>Pause or resume the session (Space)</source>
        <translation>Einheit pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Back to the start of this exercise or the one before (Left arrow)</source>
        <translation>Zurück zum Anfang dieser Übung oder zur vorigen (Pfeil links)</translation>
    </message>
    <message>
        <source>Skip to what comes next (Right arrow)</source>
        <translation>Zum nächsten Schritt springen (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Stop the session; what you did is kept (Esc)</source>
        <translation>Einheit beenden; Geschafftes bleibt gespeichert (Esc)</translation>
    </message>
    <message>
        <source>Set, rep and side</source>
        <translation>Satz, Wiederholung und Seite</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Set %1 of %2 done</source>
        <translation>Satz %1 von %2 geschafft</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 comes next.</source>
        <translation>Als Nächstes kommt Satz %1 von %2.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Danach: %1</translation>
    </message>
    <message>
        <source>Then you are done</source>
        <translation>Danach bist du fertig</translation>
    </message>
    <message>
        <source>Signs to stop and get help</source>
        <translation>Warnzeichen: aufhören und Hilfe holen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>Choose which settings to show.</source>
        <translation>Wähle, welche Einstellungen angezeigt werden.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Dein Profil</translation>
    </message>
    <message>
        <source>Tailors the library and your weekly plan. Every answer is optional.</source>
        <translation>Passt die Übungen und deinen Wochenplan an dich an. Jede Antwort ist freiwillig.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SheetCanvas</name>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SmokeTest</name>
    <message>
        <source>the exercise library has problems: %1</source>
        <translation>die Übungssammlung hat Probleme: %1</translation>
    </message>
    <message>
        <source>the exercise library is empty</source>
        <translation>die Übungssammlung ist leer</translation>
    </message>
    <message>
        <source>the app calls itself “%1” on the desktop instead of “%2”</source>
        <translation>die App nennt sich auf dem Desktop „%1“ statt „%2“</translation>
    </message>
    <message>
        <source>the app icon could not be drawn; Qt&apos;s SVG support (libqt6svg6) is missing</source>
        <translation>das App-Symbol konnte nicht gezeichnet werden; die SVG-Unterstützung von Qt (libqt6svg6) fehlt</translation>
    </message>
    <message>
        <source>the journal could not be opened: %1</source>
        <translation>das Tagebuch konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the journal could not save a check-in: %1</source>
        <translation>das Tagebuch konnte keinen Check-in speichern: %1</translation>
    </message>
    <message>
        <source>the journal could not be read: %1</source>
        <translation>das Tagebuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the journal holds %1 check-ins instead of the one just saved</source>
        <translation>das Tagebuch enthält %1 Check-ins statt des einen, der gerade gespeichert wurde</translation>
    </message>
    <message>
        <source>the main window did not appear on the screen</source>
        <translation>das Hauptfenster ist nicht auf dem Bildschirm erschienen</translation>
    </message>
    <message>
        <source>the main window has no %1 page</source>
        <translation>das Hauptfenster hat keine Seite %1</translation>
    </message>
    <message>
        <source>the %1 page could not be shown</source>
        <translation>die Seite %1 konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>the main window could not be drawn</source>
        <translation>das Hauptfenster konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>the library has no built-in exercise for a session</source>
        <translation>die Übungssammlung hat keine eingebaute Übung für eine Einheit</translation>
    </message>
    <message>
        <source>a session of “%1” could not start</source>
        <translation>eine Einheit mit „%1“ konnte nicht starten</translation>
    </message>
    <message>
        <source>the session showed no cue on screen</source>
        <translation>die Einheit hat keine Ansage auf dem Bildschirm gezeigt</translation>
    </message>
    <message>
        <source>the session gave the sound player no cue</source>
        <translation>die Einheit hat dem Audioplayer keine Ansage übergeben</translation>
    </message>
    <message>
        <source>no voice clip says “%1”</source>
        <translation>keine Sprachaufnahme sagt „%1“</translation>
    </message>
    <message>
        <source>the sound %1 took too long to load</source>
        <translation>der Ton %1 hat zu lange zum Laden gebraucht</translation>
    </message>
    <message>
        <source>the sound %1 could not be loaded</source>
        <translation>der Ton %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>smoke test failed: %1</source>
        <translation>Selbsttest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no temporary folder could be made: %1</source>
        <translation>es konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>no temporary folder could be made for the session check</source>
        <translation>für die Prüfung der Einheit konnte kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>visual + sound</source>
        <translation>Bild + Ton</translation>
    </message>
    <message>
        <source>visual (no sound device)</source>
        <translation>nur Bild (kein Audiogerät)</translation>
    </message>
    <message>
        <source>%1 %2 smoke test passed: %3 exercises, journal ok, cues: %4</source>
        <translation>%1 %2 Selbsttest bestanden: %3 Übungen, Tagebuch ok, Ansagen: %4</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SoundSection</name>
    <message>
        <source>Play a short &amp;tone at each change</source>
        <translation>Bei jedem Wechsel einen kurzen &amp;Ton spielen</translation>
    </message>
    <message>
        <source>Say what comes &amp;next</source>
        <translation>Ansagen, was als &amp;Nächstes kommt</translation>
    </message>
    <message>
        <source>A soft tone when a hold starts, a side changes or a rest begins.</source>
        <translation>Ein sanfter Ton, wenn ein Halten beginnt, die Seite wechselt oder eine Pause anfängt.</translation>
    </message>
    <message>
        <source>A voice names the next step, so you can keep your eyes on your baby.</source>
        <translation>Eine Stimme nennt den nächsten Schritt, damit du dein Baby im Blick behalten kannst.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud tones and words are, from 0 to 100.</source>
        <translation>Wie laut Töne und Ansagen sind, von 0 bis 100.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>Seconds to get into position before each exercise.</source>
        <translation>Sekunden, um vor jeder Übung in Position zu kommen.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>&amp;Get ready for:</source>
        <translation>&amp;Vorbereitungszeit:</translation>
    </message>
    <message>
        <source>Guided sessions</source>
        <translation>Geführte Einheiten</translation>
    </message>
    <message>
        <source>How sessions sound. Cues always show on screen too, so sessions work with the sound off.</source>
        <translation>Wie die Einheiten klingen. Ansagen erscheinen immer auch auf dem Bildschirm, Einheiten funktionieren also auch ohne Ton.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SuitabilityGate</name>
    <message>
        <source>With a gap between your belly muscles, “%1” is best left for now. %2</source>
        <translation>Mit einem Spalt zwischen den Bauchmuskeln lässt du „%1“ besser vorerst weg. %2</translation>
    </message>
    <message>
        <source>“%1” usually suits from week %2 after your kind of birth.</source>
        <translation>„%1“ passt meist ab Woche %2 nach deiner Art der Geburt.</translation>
    </message>
    <message>
        <source>Not yet for you</source>
        <translation>Noch nicht für dich</translation>
    </message>
    <message>
        <source>“%1” does not suit you yet.</source>
        <translation>„%1“ passt noch nicht für dich.</translation>
    </message>
    <message>
        <source>Start it only if your midwife, doctor or physiotherapist has cleared you for it.</source>
        <translation>Starte sie nur, wenn deine Hebamme, deine Ärztin oder deine Physiotherapeutin sie dir freigegeben hat.</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>„%1“ starten</translation>
    </message>
    <message>
        <source>My clinician cleared me</source>
        <translation>Meine Fachperson hat es mir freigegeben</translation>
    </message>
    <message>
        <source>With pelvic girdle pain, “%1” is best left for now. %2</source>
        <translation>Bei Beckengürtelschmerzen lässt du „%1“ besser vorerst weg. %2</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SummaryCards</name>
    <message>
        <source>Pain this week</source>
        <translation>Schmerz diese Woche</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Einheiten diese Woche</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Best and worst days</source>
        <translation>Beste und schlechteste Tage</translation>
    </message>
    <message>
        <source>No check-ins last week to compare with.</source>
        <translation>Keine Check-ins letzte Woche zum Vergleichen.</translation>
    </message>
    <message>
        <source>The same as last week (%1).</source>
        <translation>Genau wie letzte Woche (%1).</translation>
    </message>
    <message>
        <source>Down %1 from last week (%2).</source>
        <translation>%1 weniger als letzte Woche (%2).</translation>
    </message>
    <message>
        <source>Up %1 from last week (%2).</source>
        <translation>%1 mehr als letzte Woche (%2).</translation>
    </message>
    <message>
        <source>Last week: %1.</source>
        <translation>Letzte Woche: %1.</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Noch keine Check-ins</translation>
    </message>
    <message>
        <source>%1 minutes. Last week: %2.</source>
        <translation>%1 Minuten. Letzte Woche: %2.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Longest: 1 day.</source>
        <translation>Längste Serie: 1 Tag.</translation>
    </message>
    <message>
        <source>Longest: %1 days.</source>
        <translation>Längste Serie: %1 Tage.</translation>
    </message>
    <message>
        <source>A check-in today keeps it going. </source>
        <translation>Mit einem Check-in heute geht die Serie weiter. </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No check-ins in the days shown.</source>
        <translation>Keine Check-ins an den angezeigten Tagen.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Best %1, worst %2.</source>
        <translation>Bester Tag: %1, schlechtester: %2</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::TrayReminderNotifier</name>
    <message>
        <source>Snooze or Done are in the Carrywell icon&apos;s menu.</source>
        <translation>„Schlummern“ und „Erledigt“ findest du im Menü des Carrywell-Symbols.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::WeekGridPainter</name>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>Rest helps your body recover.</source>
        <translation>Ruhe hilft deinem Körper, sich zu erholen.</translation>
    </message>
    <message>
        <source>Pain today</source>
        <translation>Schmerz heute</translation>
    </message>
</context>
</TS>
