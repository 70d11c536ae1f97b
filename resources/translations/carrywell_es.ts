<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>carrywell::core::ActivityRating</name>
    <message>
        <source>it has no valid date and time</source>
        <translation>no tiene una fecha y hora válidas</translation>
    </message>
    <message>
        <source>it does not say which activity it rates</source>
        <translation>no dice qué actividad puntúa</translation>
    </message>
    <message>
        <source>the activity&apos;s name is longer than %1 characters</source>
        <translation>el nombre de la actividad tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the activity score is %1, but scores run from 0 to 10</source>
        <translation>la puntuación de la actividad es %1, pero las puntuaciones van de 0 a 10</translation>
    </message>
</context>
<context>
    <name>carrywell::core::CarePrompts</name>
    <message>
        <source>Leaking is worth a check</source>
        <translation>Vale la pena revisar las pérdidas</translation>
    </message>
    <message>
        <source>You noted leaking. It is common after birth, but you do not have to put up with it: a pelvic-floor physiotherapist can help. Every new parent can benefit from a pelvic-floor check.</source>
        <translation>Anotaste pérdidas de orina. Son frecuentes después del parto, pero no tienes por qué aguantarlas: un fisioterapeuta de suelo pélvico puede ayudarte. A cualquier persona que acaba de tener un bebé le viene bien una revisión del suelo pélvico.</translation>
    </message>
    <message>
        <source>Numbness needs a doctor</source>
        <translation>El entumecimiento requiere ver a un médico</translation>
    </message>
    <message>
        <source>You noted numbness or tingling. Please see your doctor about it. Numbness around your bottom or genitals, or new trouble controlling your bladder or bowels, needs urgent medical help.</source>
        <translation>Anotaste entumecimiento u hormigueo. Consúltalo con tu médico. El entumecimiento alrededor de las nalgas o los genitales, o nuevos problemas para controlar la vejiga o el intestino, necesitan atención médica urgente.</translation>
    </message>
    <message>
        <source>Pain that wakes you</source>
        <translation>Dolor que te despierta</translation>
    </message>
    <message>
        <source>You noted pain that woke you. Pain that wakes you at night and does not ease when you change position, or comes with a fever, is worth showing your doctor.</source>
        <translation>Anotaste dolor que te despertó. Si el dolor te despierta por la noche y no se alivia al cambiar de postura, o viene con fiebre, conviene que lo vea tu médico.</translation>
    </message>
    <message>
        <source>Severe pain for several days</source>
        <translation>Dolor intenso durante varios días</translation>
    </message>
    <message>
        <source>Your pain has been 7 or more for %1 days in a row. Pain this strong that lasts is worth a visit to your doctor or a physiotherapist; you do not have to push through it.</source>
        <translation>Tu dolor ha sido de 7 o más durante %1 días seguidos. Un dolor tan fuerte que se mantiene merece una visita a tu médico o a un fisioterapeuta; no tienes que aguantarlo.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::CheckIn</name>
    <message>
        <source>it has no valid date and time</source>
        <translation>no tiene una fecha y hora válidas</translation>
    </message>
    <message>
        <source>the overall score is %1, but scores run from 0 to 10</source>
        <translation>la puntuación general es %1, pero las puntuaciones van de 0 a 10</translation>
    </message>
    <message>
        <source>“%1” is scored more than once</source>
        <translation>«%1» tiene más de una puntuación</translation>
    </message>
    <message>
        <source>the score for “%1” is %2, but scores run from 0 to 10</source>
        <translation>la puntuación de «%1» es %2, pero las puntuaciones van de 0 a 10</translation>
    </message>
    <message>
        <source>the note has %1 characters; at most %2 fit</source>
        <translation>la nota tiene %1 caracteres; caben como máximo %2</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Csv</name>
    <message>
        <source>a double quote inside a field that does not start with one (put the whole field in double quotes and double the quote)</source>
        <translation>hay comillas dobles dentro de un campo que no empieza con ellas (pon todo el campo entre comillas dobles y duplica las comillas)</translation>
    </message>
    <message>
        <source>text after the closing double quote of a field</source>
        <translation>hay texto después de las comillas dobles que cierran un campo</translation>
    </message>
    <message>
        <source>a field in double quotes is never closed</source>
        <translation>un campo entre comillas dobles no se cierra nunca</translation>
    </message>
</context>
<context>
    <name>carrywell::core::CsvMoment</name>
    <message>
        <source>“%1” is not a date like 2026-11-30</source>
        <translation>«%1» no es una fecha como 2026-11-30</translation>
    </message>
    <message>
        <source>“%1” is not a time like 08:15:00</source>
        <translation>«%1» no es una hora como 08:15:00</translation>
    </message>
    <message>
        <source>“%1” is not a UTC offset like UTC+01:00</source>
        <translation>«%1» no es una diferencia horaria con UTC como UTC+01:00</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Cue</name>
    <message>
        <source>Done. Well done.</source>
        <translation>Terminado. ¡Muy bien!</translation>
    </message>
    <message>
        <source>%1, left side. Get ready.</source>
        <translation>%1, lado izquierdo. Prepárate.</translation>
    </message>
    <message>
        <source>%1. Get ready.</source>
        <translation>%1. Prepárate.</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>La última</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ida</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vuelta</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>A mitad</translation>
    </message>
</context>
<context>
    <name>carrywell::core::CueAnnouncement</name>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
</context>
<context>
    <name>carrywell::core::DataDirectory</name>
    <message>
        <source>Carrywell cannot keep its data in “%1” because that is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation>Carrywell no puede guardar sus datos en «%1» porque es un archivo, no una carpeta. Elige una carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Carrywell could not create its data folder “%1”. Check that the disk is writable, or choose another folder with --data-dir.</source>
        <translation>Carrywell no pudo crear su carpeta de datos «%1». Comprueba que se pueda escribir en el disco o elige otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Carrywell cannot write to its data folder “%1”, so nothing you record could be saved. Check its permissions, or choose another folder with --data-dir.</source>
        <translation>Carrywell no puede escribir en su carpeta de datos «%1», así que no se podría guardar nada de lo que anotes. Revisa sus permisos o elige otra carpeta con --data-dir.</translation>
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
        <translation>mantén %2, %1 veces</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>mantén %1</translation>
    </message>
    <message>
        <source>%1 sets × %2 reps</source>
        <translation>%1 series × %2 repeticiones</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 repeticiones</translation>
    </message>
    <message>
        <source>hold %1 each</source>
        <translation>mantén %1 cada vez</translation>
    </message>
    <message>
        <source>%1 sets</source>
        <translation>%1 series</translation>
    </message>
    <message>
        <source>%1 s out, %2 s back</source>
        <translation>%1 s de ida, %2 s de vuelta</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>cada lado</translation>
    </message>
    <message>
        <source>rest %1 s</source>
        <translation>descansa %1 s</translation>
    </message>
    <message>
        <source>%1 s in, %2 s out</source>
        <translation>%1 s inspirar, %2 s espirar</translation>
    </message>
</context>
<context>
    <name>carrywell::core::ExerciseListing</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>equipment: </source>
        <translation>material: </translation>
    </message>
    <message>
        <source>source: </source>
        <translation>fuente: </translation>
    </message>
    <message>
        <source>from week %1 after a vaginal birth, week %2 after a caesarean</source>
        <translation>desde la semana %1 tras un parto vaginal, la semana %2 tras una cesárea</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>unos %1 min</translation>
    </message>
</context>
<context>
    <name>carrywell::core::FhirActivities</name>
    <message>
        <source>For each activity she named: 0 = unable to do the activity, 10 = able to do it as well as before the problem.</source>
        <translation>Para cada actividad que nombró: 0 = no puede hacer la actividad, 10 = puede hacerla tan bien como antes del problema.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::FhirCheckIns</name>
    <message>
        <source>Set off by: %1</source>
        <translation>Desencadenado por: %1</translation>
    </message>
</context>
<context>
    <name>carrywell::core::FhirSessions</name>
    <message>
        <source>Exercises done: %1</source>
        <translation>Ejercicios hechos: %1</translation>
    </message>
    <message>
        <source>Exercises skipped: %1</source>
        <translation>Ejercicios saltados: %1</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Antes de la sesión</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Después de la sesión</translation>
    </message>
</context>
<context>
    <name>carrywell::core::ImportFields</name>
    <message>
        <source>“%1” is not a date and time like 2026-01-05T09:30:00+01:00</source>
        <translation>«%1» no es una fecha y hora como 2026-01-05T09:30:00+01:00</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 is “%2”, but scores are whole numbers from 0 to 10</source>
        <translation>%1 es «%2», pero las puntuaciones son números enteros de 0 a 10</translation>
    </message>
</context>
<context>
    <name>carrywell::core::IsoWeek</name>
    <message>
        <source>&quot;%1&quot; is not a week. Write it as year, W and week number, like 2026-W48.</source>
        <translation>&quot;%1&quot; no es una semana. Escríbela como año, W y número de semana, por ejemplo 2026-W48.</translation>
    </message>
    <message>
        <source>%1 has no week %2.</source>
        <translation>%1 no tiene semana %2.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JointLimits</name>
    <message>
        <source>%1 is at %2°, outside the human range %3° to %4°</source>
        <translation>«%1» está a %2°, fuera del rango humano de %3° a %4°</translation>
    </message>
    <message>
        <source>the %1 should rest on the floor but is %2 cm above it</source>
        <translation>el punto «%1» debería apoyarse en el suelo, pero está %2 cm por encima</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Journal</name>
    <message>
        <source>%1 was not saved because %2.</source>
        <translation>No se guardó %1 porque %2.</translation>
    </message>
    <message>
        <source>The folder for your journal, “%1”, does not exist. Check that the disk is connected, or choose another data folder with --data-dir.</source>
        <translation>La carpeta de tu diario, «%1», no existe. Comprueba que el disco esté conectado o elige otra carpeta de datos con --data-dir.</translation>
    </message>
    <message>
        <source>Carrywell was installed without its SQLite driver (the Qt SQLite plugin, package libqt6sql6-sqlite), so it cannot open your journal. Your journal was not touched. Reinstall Carrywell.</source>
        <translation>Carrywell se instaló sin su controlador de SQLite (el complemento SQLite de Qt, paquete libqt6sql6-sqlite), así que no puede abrir tu diario. Tu diario no se ha tocado. Vuelve a instalar Carrywell.</translation>
    </message>
    <message>
        <source>Carrywell could not lock your journal “%1” for its use. Nothing was changed. Check the folder&apos;s permissions and free space, then start Carrywell again.</source>
        <translation>Carrywell no pudo bloquear tu diario «%1» para usarlo. No se ha cambiado nada. Revisa los permisos de la carpeta y el espacio libre, y vuelve a abrir Carrywell.</translation>
    </message>
    <message>
        <source>Carrywell could not open your journal “%1”. Nothing was changed. Check that the disk is connected and writable, then start Carrywell again.</source>
        <translation>Carrywell no pudo abrir tu diario «%1». No se ha cambiado nada. Comprueba que el disco esté conectado y que se pueda escribir en él, y vuelve a abrir Carrywell.</translation>
    </message>
    <message>
        <source>Your journal is on a disk that does not support SQLite&apos;s write-ahead log, so Carrywell uses the slower “%1” mode.</source>
        <translation>Tu diario está en un disco que no admite el registro de escritura anticipada de SQLite, así que Carrywell usa el modo «%1», más lento.</translation>
    </message>
    <message>
        <source>Carrywell needs to update your journal for this version, but could not back it up first, so it was left as it was. %1</source>
        <translation>Carrywell necesita actualizar tu diario para esta versión, pero antes no pudo hacer una copia de seguridad, así que lo dejó como estaba. %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup of your journal could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad de hoy de tu diario: %1</translation>
    </message>
    <message>
        <source>This check-in</source>
        <translation>Este registro</translation>
    </message>
    <message>
        <source>This change</source>
        <translation>Este cambio</translation>
    </message>
    <message>
        <source>This check-in is no longer in your journal, so the change was not saved.</source>
        <translation>Este registro ya no está en tu diario, así que el cambio no se guardó.</translation>
    </message>
    <message>
        <source>This check-in is no longer in your journal.</source>
        <translation>Este registro ya no está en tu diario.</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>This session is no longer in your journal.</source>
        <translation>Esta sesión ya no está en tu diario.</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Este plan</translation>
    </message>
    <message>
        <source>There is no saved plan for that week.</source>
        <translation>No hay ningún plan guardado para esa semana.</translation>
    </message>
    <message>
        <source>Carrywell found damage in your journal: %1. Nothing was changed. Restart Carrywell to restore the latest backup.</source>
        <translation>Carrywell encontró daños en tu diario: %1. No se ha cambiado nada. Reinicia Carrywell para restaurar la última copia de seguridad.</translation>
    </message>
    <message>
        <source>Carrywell could not create the folder for backups of your journal (“%1”). Your journal itself is unchanged. Check that the disk is writable and has free space.</source>
        <translation>Carrywell no pudo crear la carpeta para las copias de seguridad de tu diario («%1»). Tu diario no ha cambiado. Comprueba que se pueda escribir en el disco y que tenga espacio libre.</translation>
    </message>
    <message>
        <source>Carrywell could not finish the backup copy of your journal in “%1”. Your journal itself is unchanged. Check that the disk has free space.</source>
        <translation>Carrywell no pudo terminar la copia de seguridad de tu diario en «%1». Tu diario no ha cambiado. Comprueba que el disco tenga espacio libre.</translation>
    </message>
    <message>
        <source>Your journal has format version %1, which no Carrywell release ever wrote, so Carrywell left it as it was.</source>
        <translation>Tu diario tiene la versión de formato %1, que ninguna versión de Carrywell ha escrito nunca, así que Carrywell lo dejó como estaba.</translation>
    </message>
    <message>
        <source>Carrywell could not update your journal to this version because some of its entries refer to entries that no longer exist (in the table “%1”). Your entries are unchanged, and a backup was made before trying.</source>
        <translation>Carrywell no pudo actualizar tu diario a esta versión porque algunas de sus entradas hacen referencia a entradas que ya no existen (en la tabla «%1»). Tus entradas no han cambiado y se hizo una copia de seguridad antes de intentarlo.</translation>
    </message>
    <message>
        <source>Or restore the latest backup this version can read, from %1: the newer journal will be kept beside it under another name, unchanged.</source>
        <translation>O restaura la última copia de seguridad que esta versión puede leer, del %1: el diario más reciente se guardará a su lado con otro nombre, sin cambios.</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1. Carrywell can restore it; the file you have now will be kept beside it under another name, unchanged.</source>
        <translation>La última copia de seguridad automática es del %1. Carrywell puede restaurarla; el archivo que tienes ahora se guardará a su lado con otro nombre, sin cambios.</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore. Carrywell can put the file aside, unchanged, and start a new journal; keep the file, as someone with SQLite tools may be able to rescue entries from it.</source>
        <translation>No hay ninguna copia de seguridad automática para restaurar. Carrywell puede apartar el archivo, sin cambios, y empezar un diario nuevo; guarda el archivo, porque alguien con herramientas de SQLite quizá pueda recuperar entradas.</translation>
    </message>
    <message>
        <source>Your journal is open in another Carrywell window. Carrywell opens it in one window at a time so that nothing you record is lost. Switch to that window, or close it and start Carrywell again.</source>
        <translation>Tu diario está abierto en otra ventana de Carrywell. Carrywell lo abre en una sola ventana a la vez para que no se pierda nada de lo que anotes. Cambia a esa ventana, o ciérrala y vuelve a abrir Carrywell.</translation>
    </message>
    <message>
        <source>Carrywell cannot write to your journal “%1”: the file or its folder is read-only, or the disk is write-protected. Nothing was changed. Make the folder writable, or choose another data folder with --data-dir, then start Carrywell again.</source>
        <translation>Carrywell no puede escribir en tu diario «%1»: el archivo o su carpeta son de solo lectura, o el disco está protegido contra escritura. No se ha cambiado nada. Permite escribir en la carpeta o elige otra carpeta de datos con --data-dir, y vuelve a abrir Carrywell.</translation>
    </message>
    <message>
        <source>The journal file “%1” is not a database: it may have been overwritten or damaged outside Carrywell. Carrywell has not changed it.</source>
        <translation>El archivo del diario «%1» no es una base de datos: puede que se haya sobrescrito o dañado fuera de Carrywell. Carrywell no lo ha modificado.</translation>
    </message>
    <message>
        <source>Carrywell found damage inside your journal file “%1”. Carrywell has not changed it, so nothing more can be lost.</source>
        <translation>Carrywell encontró daños dentro del archivo de tu diario «%1». Carrywell no lo ha modificado, así que no se puede perder nada más.</translation>
    </message>
    <message>
        <source>The file “%1” is a database, but not a Carrywell journal. Carrywell has not changed it.</source>
        <translation>El archivo «%1» es una base de datos, pero no un diario de Carrywell. Carrywell no lo ha modificado.</translation>
    </message>
    <message>
        <source>Your journal “%1” was written by a newer version of Carrywell (journal format %2; this version reads formats up to %3). Carrywell has not changed it. Install the newer Carrywell again to keep using it.</source>
        <translation>Tu diario «%1» lo escribió una versión más reciente de Carrywell (formato de diario %2; esta versión lee formatos hasta el %3). Carrywell no lo ha modificado. Vuelve a instalar la versión más reciente de Carrywell para seguir usándolo.</translation>
    </message>
    <message>
        <source>Carrywell could not read your journal “%1”. Nothing was changed. Check that the disk is connected and that you may read the file, then start Carrywell again.</source>
        <translation>Carrywell no pudo leer tu diario «%1». No se ha cambiado nada. Comprueba que el disco esté conectado y que tengas permiso para leer el archivo, y vuelve a abrir Carrywell.</translation>
    </message>
    <message>
        <source>Carrywell could not open your journal “%1”.</source>
        <translation>Carrywell no pudo abrir tu diario «%1».</translation>
    </message>
    <message>
        <source>Carrywell could not put your journal “%1” aside (the folder may be read-only). Nothing was changed.</source>
        <translation>Carrywell no pudo apartar tu diario «%1» (puede que la carpeta sea de solo lectura). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Carrywell could not lock your journal “%1” to change it. Nothing was changed.</source>
        <translation>Carrywell no pudo bloquear tu diario «%1» para modificarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be used: it is damaged or was made by a newer Carrywell. Nothing was changed; try an older backup.</source>
        <translation>La copia de seguridad «%1» no se puede usar: está dañada o la hizo una versión más reciente de Carrywell. No se ha cambiado nada; prueba con una copia anterior.</translation>
    </message>
    <message>
        <source>Carrywell could not copy the backup “%1” next to your journal. Nothing was changed. Check that the disk has free space and is writable.</source>
        <translation>Carrywell no pudo copiar la copia de seguridad «%1» junto a tu diario. No se ha cambiado nada. Comprueba que el disco tenga espacio libre y que se pueda escribir en él.</translation>
    </message>
    <message>
        <source>Carrywell could not put the backup in place of your journal. Nothing was changed.</source>
        <translation>Carrywell no pudo poner la copia de seguridad en lugar de tu diario. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>this check-in</source>
        <translation>este registro</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sesión</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>este plan</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>el cambio</translation>
    </message>
    <message>
        <source>the imported entries (nothing from the file was added)</source>
        <translation>las entradas importadas (no se añadió nada del archivo)</translation>
    </message>
    <message>
        <source>the update of your journal to this version of Carrywell (your entries are unchanged)</source>
        <translation>la actualización de tu diario a esta versión de Carrywell (tus entradas no han cambiado)</translation>
    </message>
    <message>
        <source>a new journal</source>
        <translation>un diario nuevo</translation>
    </message>
    <message>
        <source>the backup copy of your journal</source>
        <translation>la copia de seguridad de tu diario</translation>
    </message>
    <message>
        <source>your entry</source>
        <translation>tu entrada</translation>
    </message>
    <message>
        <source>Carrywell could not read your journal because the file appears damaged. Nothing was changed. Close Carrywell and start it again: it will check the file and offer its latest backup. (%1)</source>
        <translation>Carrywell no pudo leer tu diario porque el archivo parece dañado. No se ha cambiado nada. Cierra Carrywell y vuelve a abrirlo: revisará el archivo y te ofrecerá su última copia de seguridad. (%1)</translation>
    </message>
    <message>
        <source>Carrywell could not read your journal. Nothing was changed. Try again, or restart Carrywell. (%1)</source>
        <translation>Carrywell no pudo leer tu diario. No se ha cambiado nada. Inténtalo de nuevo o reinicia Carrywell. (%1)</translation>
    </message>
    <message>
        <source>The disk is full, so Carrywell could not save %1. Everything saved before is safe. Free some space on the disk, then try again.</source>
        <translation>El disco está lleno, así que Carrywell no pudo guardar %1. Todo lo guardado antes está a salvo. Libera algo de espacio en el disco e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Carrywell cannot write to your journal because the file or the disk it is on is read-only, so %1 was not saved. Everything saved before is safe. Check that the disk is not write-protected and that you may change the file, then try again.</source>
        <translation>Carrywell no puede escribir en tu diario porque el archivo o su disco son de solo lectura, así que %1 no se guardó. Todo lo guardado antes está a salvo. Comprueba que el disco no esté protegido contra escritura y que tengas permiso para modificar el archivo, e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The disk reported an error while Carrywell was saving %1, so it was not saved. Entries saved before are not affected. Check that the disk is still connected and working, then try again. (%2)</source>
        <translation>El disco informó de un error mientras Carrywell guardaba %1, así que no se guardó. Las entradas guardadas antes no se ven afectadas. Comprueba que el disco siga conectado y funcione, e inténtalo de nuevo. (%2)</translation>
    </message>
    <message>
        <source>Carrywell found damage in the journal file while saving %1, so it was not saved. Close Carrywell and start it again: it will check the file and offer its latest backup. (%2)</source>
        <translation>Carrywell encontró daños en el archivo del diario al guardar %1, así que no se guardó. Cierra Carrywell y vuelve a abrirlo: revisará el archivo y te ofrecerá su última copia de seguridad. (%2)</translation>
    </message>
    <message>
        <source>The journal was busy, so %1 was not saved. Nothing was lost; try again in a moment.</source>
        <translation>El diario estaba ocupado, así que %1 no se guardó. No se ha perdido nada; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Carrywell could not save %1. Entries saved before are safe. (%2)</source>
        <translation>Carrywell no pudo guardar %1. Las entradas guardadas antes están a salvo. (%2)</translation>
    </message>
    <message>
        <source>The rating of “%1”</source>
        <translation>La puntuación de «%1»</translation>
    </message>
    <message>
        <source>these activity ratings</source>
        <translation>estas puntuaciones de actividades</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalCsv</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>The first line of the file, which names the columns, is not valid CSV: %1. Nothing was imported.</source>
        <translation>La primera línea del archivo, que nombra las columnas, no es CSV válido: %1. No se importó nada.</translation>
    </message>
    <message>
        <source>Line 1 names a column “%1” that Carrywell does not know. The columns are: %2. Nothing was imported.</source>
        <translation>La línea 1 nombra una columna «%1» que Carrywell no conoce. Las columnas son: %2. No se importó nada.</translation>
    </message>
    <message>
        <source>Line 1 names the column “%1” twice. Nothing was imported.</source>
        <translation>La línea 1 nombra dos veces la columna «%1». No se importó nada.</translation>
    </message>
    <message>
        <source>Line 1 has no “%1” column, which every row needs. Nothing was imported.</source>
        <translation>La línea 1 no tiene la columna «%1», que toda fila necesita. No se importó nada.</translation>
    </message>
    <message>
        <source>it has %1 fields, but line 1 names %2 columns (a comma or line break inside a field needs the field in double quotes)</source>
        <translation>tiene %1 campos, pero la línea 1 nombra %2 columnas (una coma o un salto de línea dentro de un campo requiere poner el campo entre comillas dobles)</translation>
    </message>
    <message>
        <source>the overall score</source>
        <translation>la puntuación general</translation>
    </message>
    <message>
        <source>the score for “%1”</source>
        <translation>la puntuación de «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a trigger Carrywell knows (%2)</source>
        <translation>«%1» no es un desencadenante que Carrywell conozca (%2)</translation>
    </message>
    <message>
        <source>the duration “%1” is not a whole number of seconds</source>
        <translation>la duración «%1» no es un número entero de segundos</translation>
    </message>
    <message>
        <source>the pain before</source>
        <translation>el dolor de antes</translation>
    </message>
    <message>
        <source>the pain after</source>
        <translation>el dolor de después</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so Carrywell cannot read it. In LibreOffice, save it again as “Text CSV” with the character set “Unicode (UTF-8)”. Nothing was imported.</source>
        <translation>El archivo no es texto UTF-8, así que Carrywell no puede leerlo. En LibreOffice, vuelve a guardarlo como «Texto CSV» con el juego de caracteres «Unicode (UTF-8)». No se importó nada.</translation>
    </message>
    <message>
        <source>The file is empty. Nothing was imported.</source>
        <translation>El archivo está vacío. No se importó nada.</translation>
    </message>
    <message>
        <source>“%1” is not a warning sign Carrywell knows (%2)</source>
        <translation>«%1» no es una señal de alerta que Carrywell conozca (%2)</translation>
    </message>
    <message>
        <source>The file does not look like a Carrywell export: its first line should name the columns, starting with “date,time,utc-offset,overall” for check-ins or “date,time,utc_offset,duration_seconds” for sessions. Nothing was imported.</source>
        <translation>El archivo no parece una exportación de Carrywell: su primera línea debería nombrar las columnas, empezando por «date,time,utc-offset,overall» para los registros o «date,time,utc_offset,duration_seconds» para las sesiones. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalFileFormats</name>
    <message>
        <source>Carrywell reads and writes journals as .csv or .json files, and “%1” is neither. Choose a name ending in .csv or .json.</source>
        <translation>Carrywell lee y escribe diarios como archivos .csv o .json, y «%1» no es ninguno de los dos. Elige un nombre que termine en .csv o .json.</translation>
    </message>
    <message>
        <source>The check-ins were saved in “%1”, but the sessions were not: %2</source>
        <translation>Los registros se guardaron en «%1», pero las sesiones no: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>1 weekly plan</source>
        <translation>1 plan semanal</translation>
    </message>
    <message>
        <source>%1 weekly plans</source>
        <translation>%1 planes semanales</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing new was added.</source>
        <translation>No se añadió nada nuevo.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió: %1.</translation>
    </message>
    <message>
        <source>1 entry was already in your journal and was skipped.</source>
        <translation>1 entrada ya estaba en tu diario y se omitió.</translation>
    </message>
    <message>
        <source>%1 entries were already in your journal and were skipped.</source>
        <translation>%1 entradas ya estaban en tu diario y se omitieron.</translation>
    </message>
    <message>
        <source>1 bad row was left out.</source>
        <translation>Se dejó fuera 1 fila incorrecta.</translation>
    </message>
    <message>
        <source>%1 bad rows were left out.</source>
        <translation>Se dejaron fuera %1 filas incorrectas.</translation>
    </message>
    <message>
        <source>1 week already had a different plan; yours was kept.</source>
        <translation>1 semana ya tenía otro plan; se conservó el tuyo.</translation>
    </message>
    <message>
        <source>%1 weeks already had a different plan; yours were kept.</source>
        <translation>%1 semanas ya tenían otro plan; se conservaron los tuyos.</translation>
    </message>
    <message>
        <source>“%1” was not written: FHIR exports are made from File ▸ Export ▸ For a clinic (FHIR) or with --export-journal.</source>
        <translation>«%1» no se guardó: las exportaciones FHIR se hacen desde Archivo ▸ Exportar ▸ Para una clínica (FHIR) o con --export-journal.</translation>
    </message>
    <message>
        <source>“%1” is a FHIR file for clinics, which Carrywell writes but does not read back. Nothing was imported. To move your journal, import a .json backup or a .csv export instead.</source>
        <translation>«%1» es un archivo FHIR para clínicas, que Carrywell escribe pero no vuelve a leer. No se importó nada. Para llevar tu diario a otro sitio, importa mejor una copia .json o una exportación .csv.</translation>
    </message>
    <message>
        <source>1 activity rating</source>
        <translation>1 puntuación de actividad</translation>
    </message>
    <message>
        <source>%1 activity ratings</source>
        <translation>%1 puntuaciones de actividades</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalFiles</name>
    <message>
        <source>Carrywell could not write “%1” (%2). Nothing was written there; your journal is unchanged. Check that the folder is writable and the disk has free space, or choose another place.</source>
        <translation>Carrywell no pudo escribir «%1» (%2). No se escribió nada ahí; tu diario no ha cambiado. Comprueba que se pueda escribir en la carpeta y que el disco tenga espacio libre, o elige otro lugar.</translation>
    </message>
    <message>
        <source>Carrywell could not open “%1” (%2). Nothing was imported.</source>
        <translation>Carrywell no pudo abrir «%1» (%2). No se importó nada.</translation>
    </message>
    <message>
        <source>“%1” is larger than any journal export (%2 MB), so Carrywell did not read it. Nothing was imported.</source>
        <translation>«%1» es más grande que cualquier exportación del diario (%2 MB), así que Carrywell no lo leyó. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalImporter</name>
    <message>
        <source>the same check-in is already at %1 of this file</source>
        <translation>el mismo registro ya está en %1 de este archivo</translation>
    </message>
    <message>
        <source>the same check-in is already in your journal</source>
        <translation>el mismo registro ya está en tu diario</translation>
    </message>
    <message>
        <source>the same session is already at %1 of this file</source>
        <translation>la misma sesión ya está en %1 de este archivo</translation>
    </message>
    <message>
        <source>the same session is already in your journal</source>
        <translation>la misma sesión ya está en tu diario</translation>
    </message>
    <message>
        <source>the same plan is already in your journal</source>
        <translation>el mismo plan ya está en tu diario</translation>
    </message>
    <message>
        <source>your journal already has a different plan for the week of %1; that one was kept</source>
        <translation>tu diario ya tiene otro plan para la semana del %1; se conservó ese</translation>
    </message>
    <message>
        <source>1 row of the file has a problem, so nothing was imported. Correct it and import again, or choose to import only the good rows.</source>
        <translation>1 fila del archivo tiene un problema, así que no se importó nada. Corrígela e importa de nuevo, o elige importar solo las filas correctas.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of the file have problems, so nothing was imported. Correct them and import again, or choose to import only the good rows.</source>
        <translation>
            <numerusform>%n fila del archivo tiene problemas, así que no se importó nada. Corrígela e importa de nuevo, o elige importar solo las filas correctas.</numerusform>
            <numerusform>%n filas del archivo tienen problemas, así que no se importó nada. Corrígelas e importa de nuevo, o elige importar solo las filas correctas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported, because Carrywell could not back up your journal first. %1</source>
        <translation>No se importó nada porque Carrywell no pudo hacer antes una copia de seguridad de tu diario. %1</translation>
    </message>
    <message>
        <source>the same rating is already at %1 of this file</source>
        <translation>la misma puntuación ya está en %1 de este archivo</translation>
    </message>
    <message>
        <source>the same rating is already in your journal</source>
        <translation>la misma puntuación ya está en tu diario</translation>
    </message>
</context>
<context>
    <name>carrywell::core::JournalJson</name>
    <message>
        <source>unknown key “%1”</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3</source>
        <translation>«%1» debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>“%1” is not a body region (%2)</source>
        <translation>«%1» no es una zona del cuerpo (%2)</translation>
    </message>
    <message>
        <source>the score for “%1” must be a whole number from 0 to 10</source>
        <translation>la puntuación de «%1» debe ser un número entero de 0 a 10</translation>
    </message>
    <message>
        <source>“regions” must be an object such as {&quot;neck&quot;: 3}</source>
        <translation>«regions» debe ser un objeto como {&quot;neck&quot;: 3}</translation>
    </message>
    <message>
        <source>“%1” is not a trigger Carrywell knows (%2)</source>
        <translation>«%1» no es un desencadenante que Carrywell conozca (%2)</translation>
    </message>
    <message>
        <source>“triggers” must be a list of trigger ids</source>
        <translation>«triggers» debe ser una lista de identificadores de desencadenantes</translation>
    </message>
    <message>
        <source>each exercise must be {&quot;id&quot;: …, &quot;outcome&quot;: &quot;done&quot; or &quot;skipped&quot;}</source>
        <translation>cada ejercicio debe ser {&quot;id&quot;: …, &quot;outcome&quot;: &quot;done&quot; o &quot;skipped&quot;}</translation>
    </message>
    <message>
        <source>“exercises” must be a list</source>
        <translation>«exercises» debe ser una lista</translation>
    </message>
    <message>
        <source>“weekStart” must be a date like 2026-01-05</source>
        <translation>«weekStart» debe ser una fecha como 2026-01-05</translation>
    </message>
    <message>
        <source>“plan” must be an object</source>
        <translation>«plan» debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2). Nothing was imported.</source>
        <translation>El archivo no es JSON válido (línea %1: %2). No se importó nada.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a Carrywell journal backup (it should say &quot;format&quot;: &quot;carrywell-journal&quot;). Nothing was imported.</source>
        <translation>El archivo es JSON, pero no una copia de seguridad del diario de Carrywell (debería decir &quot;format&quot;: &quot;carrywell-journal&quot;). No se importó nada.</translation>
    </message>
    <message>
        <source>The backup does not say which version of the format it uses. Nothing was imported.</source>
        <translation>La copia de seguridad no indica qué versión del formato usa. No se importó nada.</translation>
    </message>
    <message>
        <source>The backup was made by a newer Carrywell (format version %1; this version reads up to %2). Update Carrywell to import it. Nothing was imported.</source>
        <translation>La copia de seguridad la hizo una versión más reciente de Carrywell (versión de formato %1; esta versión lee hasta la %2). Actualiza Carrywell para importarla. No se importó nada.</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>“%1” is not a warning sign Carrywell knows (%2)</source>
        <translation>«%1» no es una señal de alerta que Carrywell conozca (%2)</translation>
    </message>
    <message>
        <source>“warning-signs” must be a list of warning sign ids</source>
        <translation>«warning-signs» debe ser una lista de identificadores de señales de alerta</translation>
    </message>
</context>
<context>
    <name>carrywell::core::LocaleFormat</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format (QDate::toString)</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QDate::toString)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QDate::toString)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format (QDate::toString)</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <comment>date format (QDate::toString)</comment>
        <translation>dddd d MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format (QDate::toString)</comment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QDate::toString)</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d</source>
        <comment>date format (QDate::toString): the first day of a range within one month</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format (QDate::toString)</comment>
        <translation>d &apos;de&apos; MMMM</translation>
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
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>unos %1 min</translation>
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
        <translation>una mejora significativa</translation>
    </message>
    <message>
        <source>a meaningful worsening</source>
        <translation>un empeoramiento significativo</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>sin un cambio claro</translation>
    </message>
    <message>
        <source>too few ratings to compare</source>
        <translation>muy pocas puntuaciones para comparar</translation>
    </message>
</context>
<context>
    <name>carrywell::core::MyActivities</name>
    <message>
        <source>Lifting the baby from the crib</source>
        <translation>Sacar al bebé de la cuna</translation>
    </message>
    <message>
        <source>Fastening the car seat</source>
        <translation>Abrochar la silla del coche</translation>
    </message>
    <message>
        <source>Carrying shopping up the stairs</source>
        <translation>Subir la compra por las escaleras</translation>
    </message>
    <message>
        <source>Feeding the baby sitting up</source>
        <translation>Dar de comer al bebé sentada</translation>
    </message>
    <message>
        <source>Getting up from the floor</source>
        <translation>Levantarme del suelo</translation>
    </message>
    <message>
        <source>Pushing the pram</source>
        <translation>Empujar el carrito</translation>
    </message>
    <message>
        <source>Carrying the baby on one hip</source>
        <translation>Llevar al bebé en la cadera</translation>
    </message>
    <message>
        <source>Bending over the changing table</source>
        <translation>Inclinarme sobre el cambiador</translation>
    </message>
    <message>
        <source>Sleeping through the night</source>
        <translation>Dormir toda la noche</translation>
    </message>
    <message>
        <source>Walking for half an hour</source>
        <translation>Caminar media hora</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PainChartPoints</name>
    <message>
        <source>Day’s average</source>
        <translation>Media del día</translation>
    </message>
    <message>
        <source>Week’s average</source>
        <translation>Media de la semana</translation>
    </message>
    <message>
        <source>Month’s average</source>
        <translation>Media del mes</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanCalendar</name>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 ejercicios</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Move within what feels comfortable. Stop and get help if you have severe or worsening pain, numbness, leaking or heaviness in the pelvis. Carrywell teaches general exercises; it is not medical advice.</source>
        <translation>Muévete dentro de lo que te resulte cómodo. Para y busca ayuda si tienes dolor intenso o que empeora, entumecimiento, pérdidas de orina o sensación de peso en la pelvis. Carrywell enseña ejercicios generales; no es consejo médico.</translation>
    </message>
    <message>
        <source>Carrywell: %1-minute back care routine</source>
        <translation>Carrywell: rutina de %1 minutos para la espalda</translation>
    </message>
    <message>
        <source>Carrywell could not write the calendar to “%1” (%2). Choose another place.</source>
        <translation>Carrywell no pudo escribir el calendario en «%1» (%2). Elige otro lugar.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanEdits</name>
    <message>
        <source>That exercise is no longer in the plan.</source>
        <translation>Ese ejercicio ya no está en el plan.</translation>
    </message>
    <message>
        <source>%1 is already on %2.</source>
        <translation>%1 ya está el %2.</translation>
    </message>
    <message>
        <source>That day is not in this week&apos;s plan.</source>
        <translation>Ese día no está en el plan de esta semana.</translation>
    </message>
    <message>
        <source>%1 — added by you</source>
        <translation>%1 — añadido por ti</translation>
    </message>
    <message>
        <source>%1 — swapped in by you</source>
        <translation>%1 — cambiado por ti</translation>
    </message>
    <message>
        <source>That exercise is already on %1.</source>
        <translation>Ese ejercicio ya está el %1.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanGenerator</name>
    <message>
        <source>This week&apos;s time does not reach your %1. Add a free day or a few more minutes a day to work it too.</source>
        <translation>El tiempo de esta semana no alcanza para tu %1. Añade un día libre o unos minutos más al día para trabajarlo también.</translation>
    </message>
    <message>
        <source>%1 — to start calm and connect your breath with your core</source>
        <translation>%1 — para empezar con calma y conectar la respiración con el core</translation>
    </message>
    <message>
        <source>%1 — to get moving gently</source>
        <translation>%1 — para empezar a moverte con suavidad</translation>
    </message>
    <message>
        <source>%1 — to keep your %2 strong</source>
        <translation>%1 — para mantener fuerte tu %2</translation>
    </message>
    <message>
        <source>%1 — to keep you strong for lifting and carrying</source>
        <translation>%1 — para mantenerte fuerte al levantar y cargar peso</translation>
    </message>
    <message>
        <source>%1 — to finish by letting go of tension</source>
        <translation>%1 — para terminar soltando la tensión</translation>
    </message>
    <message>
        <source>%1 — for the %2 you logged</source>
        <translation>%1 — por lo que anotaste: %2</translation>
    </message>
    <message>
        <source>%1 — to work your %2</source>
        <translation>%1 — para trabajar tu %2</translation>
    </message>
    <message>
        <source> (a little more than last week)</source>
        <translation> (un poco más que la semana pasada)</translation>
    </message>
    <message>
        <source> (a little less than last week)</source>
        <translation> (un poco menos que la semana pasada)</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanJson</name>
    <message>
        <source>The saved plan could not be read (%1). Make a new plan for this week.</source>
        <translation>No se pudo leer el plan guardado (%1). Haz un plan nuevo para esta semana.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>no week start</source>
        <translation>sin inicio de semana</translation>
    </message>
    <message>
        <source>%1 days instead of 7</source>
        <translation>%1 días en lugar de 7</translation>
    </message>
    <message>
        <source>a day without a date</source>
        <translation>un día sin fecha</translation>
    </message>
    <message>
        <source>an exercise without an id or stage</source>
        <translation>un ejercicio sin identificador o sin etapa</translation>
    </message>
    <message>
        <source>a dosage that is out of range</source>
        <translation>una dosis fuera de rango</translation>
    </message>
</context>
<context>
    <name>carrywell::core::PlanRequest</name>
    <message>
        <source>Choose between %1 and %2 minutes a day.</source>
        <translation>Elige entre %1 y %2 minutos al día.</translation>
    </message>
    <message>
        <source>Choose at least one free day for the plan.</source>
        <translation>Elige al menos un día libre para el plan.</translation>
    </message>
    <message>
        <source>A plan starts on a Monday.</source>
        <translation>Un plan empieza en lunes.</translation>
    </message>
    <message>
        <source>Weeks since birth cannot be negative.</source>
        <translation>Las semanas desde el parto no pueden ser negativas.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Progression</name>
    <message>
        <source>Stepping back: your pain rose from %1 to %2 this week.</source>
        <translation>Un paso atrás: tu dolor subió de %1 a %2 esta semana.</translation>
    </message>
    <message>
        <source>Stepping back: after your sessions pain was %1 points higher on average.</source>
        <translation>Un paso atrás: después de las sesiones, el dolor fue %1 puntos más alto de media.</translation>
    </message>
    <message>
        <source>Holding last week&apos;s amounts: there are no sessions from last week to go on.</source>
        <translation>Mantenemos las cantidades de la semana pasada: no hay sesiones de la semana pasada en las que basarse.</translation>
    </message>
    <message>
        <source>Holding last week&apos;s amounts: %1 of %2 planned sessions were done, so the same week again is the next step.</source>
        <translation>Mantenemos las cantidades de la semana pasada: hiciste %1 de %2 sesiones previstas, así que el siguiente paso es repetir la misma semana.</translation>
    </message>
    <message>
        <source>Holding last week&apos;s amounts: sessions left your pain a little higher.</source>
        <translation>Mantenemos las cantidades de la semana pasada: tras las sesiones el dolor quedó un poco más alto.</translation>
    </message>
    <message>
        <source>A little more this week: you did %1 of %2 sessions and your pain held steady or eased.</source>
        <translation>Un poco más esta semana: hiciste %1 de %2 sesiones y tu dolor se mantuvo o se alivió.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::SavedPlan</name>
    <message>
        <source>it has no valid week start date</source>
        <translation>no tiene una fecha de inicio de semana válida</translation>
    </message>
    <message>
        <source>its week starts on %1, which is not a Monday</source>
        <translation>su semana empieza el %1, que no es lunes</translation>
    </message>
    <message>
        <source>it has no valid date and time of saving</source>
        <translation>no tiene una fecha y hora de guardado válidas</translation>
    </message>
    <message>
        <source>its plan is not a JSON object</source>
        <translation>su plan no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>carrywell::core::SessionPlan</name>
    <message>
        <source>has numbers outside the ranges the content format allows</source>
        <translation>tiene números fuera de los rangos que permite el formato de contenido</translation>
    </message>
    <message>
        <source>says nothing to do</source>
        <translation>no indica nada que hacer</translation>
    </message>
    <message>
        <source>“%1” has no exercises, so there is no session to run.</source>
        <translation>«%1» no tiene ejercicios, así que no hay ninguna sesión que hacer.</translation>
    </message>
    <message>
        <source>The dosage of “%1” %2, so the session cannot start.</source>
        <translation>La dosis de «%1» %2, así que la sesión no puede empezar.</translation>
    </message>
    <message>
        <source>“%1” has no id to record it under, so the session cannot start.</source>
        <translation>«%1» no tiene un identificador con el que guardarla, así que la sesión no puede empezar.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::SessionRecord</name>
    <message>
        <source>it has no valid start date and time</source>
        <translation>no tiene una fecha y hora de inicio válidas</translation>
    </message>
    <message>
        <source>it lasted %1 seconds; a session lasts from 0 seconds to 24 hours</source>
        <translation>duró %1 segundos; una sesión dura de 0 segundos a 24 horas</translation>
    </message>
    <message>
        <source>the routine id “%1” is not lower-case words joined by hyphens</source>
        <translation>el identificador de rutina «%1» no son palabras en minúscula unidas por guiones</translation>
    </message>
    <message>
        <source>the exercise id “%1” is not lower-case words joined by hyphens</source>
        <translation>el identificador de ejercicio «%1» no son palabras en minúscula unidas por guiones</translation>
    </message>
    <message>
        <source>the pain before is %1, but scores run from 0 to 10</source>
        <translation>el dolor de antes es %1, pero las puntuaciones van de 0 a 10</translation>
    </message>
    <message>
        <source>the pain after is %1, but scores run from 0 to 10</source>
        <translation>el dolor de después es %1, pero las puntuaciones van de 0 a 10</translation>
    </message>
    <message>
        <source>the routine name is longer than 500 characters</source>
        <translation>el nombre de la rutina tiene más de 500 caracteres</translation>
    </message>
</context>
<context>
    <name>carrywell::core::SessionStateStore</name>
    <message>
        <source>Could not create the folder %1 to keep your place in the session.</source>
        <translation>No se pudo crear la carpeta %1 para guardar por dónde vas en la sesión.</translation>
    </message>
    <message>
        <source>Could not save your place in the session to %1: %2. The session goes on, but cannot be resumed if Carrywell closes.</source>
        <translation>No se pudo guardar por dónde vas en la sesión en %1: %2. La sesión continúa, pero no se podrá retomar si Carrywell se cierra.</translation>
    </message>
    <message>
        <source>the file is far too large to be a saved session</source>
        <translation>el archivo es demasiado grande para ser una sesión guardada</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>it does not hold a saved session</source>
        <translation>no contiene ninguna sesión guardada</translation>
    </message>
    <message>
        <source>The file was set aside as %1.</source>
        <translation>El archivo se apartó como %1.</translation>
    </message>
    <message>
        <source>The file was removed.</source>
        <translation>El archivo se eliminó.</translation>
    </message>
    <message>
        <source>Remove %1 to stop this message.</source>
        <translation>Elimina %1 para que deje de aparecer este mensaje.</translation>
    </message>
    <message>
        <source>The session you left unfinished could not be resumed: %1. %2 You can start the session again from the beginning.</source>
        <translation>No se pudo retomar la sesión que dejaste sin terminar: %1. %2 Puedes empezar la sesión de nuevo desde el principio.</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Trigger</name>
    <message>
        <source>Lifting</source>
        <translation>Levantar peso</translation>
    </message>
    <message>
        <source>Carrying</source>
        <translation>Cargar peso</translation>
    </message>
    <message>
        <source>Feeding</source>
        <translation>Dar de comer</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentarse</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Estar de pie</translation>
    </message>
    <message>
        <source>Poor sleep</source>
        <translation>Dormir mal</translation>
    </message>
    <message>
        <source>Bending</source>
        <translation>Agacharse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>carrywell::core::Vocabulary</name>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Banda elástica</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Rodillo de espuma</translation>
    </message>
    <message>
        <source>Release ball</source>
        <translation>Pelota de liberación</translation>
    </message>
    <message>
        <source>Couch</source>
        <translation>Sofá</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Doorway</source>
        <translation>Marco de una puerta</translation>
    </message>
    <message>
        <source>Mat or rug</source>
        <translation>Esterilla o alfombra</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Pillow or cushion</source>
        <translation>Almohada o cojín</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentada</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>Boca arriba</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>De lado</translation>
    </message>
    <message>
        <source>Lying on your front</source>
        <translation>Boca abajo</translation>
    </message>
</context>
<context>
    <name>carrywell::core::WarningSign</name>
    <message>
        <source>leak|incontinen|wet myself|peed a little</source>
        <translation>pérdida|escape|incontinen|se me escap|me hice pis|me mojé</translation>
    </message>
    <message>
        <source>numb|tingl|pins and needles</source>
        <translation>entumec|hormigue|adormec|acorchad</translation>
    </message>
    <message>
        <source>woke me|wakes me|waking me|woke up in pain|woke up with pain|pain woke</source>
        <translation>me despert|me despierta|despertándome|desperté con dolor|el dolor me despert</translation>
    </message>
    <message>
        <source>Leaking</source>
        <translation>Pérdidas de orina</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Entumecimiento u hormigueo</translation>
    </message>
    <message>
        <source>Pain woke me at night</source>
        <translation>El dolor me despertó por la noche</translation>
    </message>
    <message>
        <source>no </source>
        <translation>no </translation>
    </message>
    <message>
        <source>not </source>
        <translation>nada de </translation>
    </message>
    <message>
        <source>without </source>
        <translation>sin </translation>
    </message>
</context>
<context>
    <name>carrywell::core::WeekPlanner</name>
    <message>
        <source>Planned with what most homes have: a mat or rug, a chair, a wall, a doorway, a sofa and a pillow. Tell Carrywell what else you have in your profile.</source>
        <translation>Planificado con lo que hay en casi todas las casas: una esterilla o alfombra, una silla, una pared, el marco de una puerta, un sofá y una almohada. Dile a Carrywell qué más tienes en tu perfil.</translation>
    </message>
    <message>
        <source>Weeks since the birth are not set, so the plan keeps to what suits the first weeks. Add the birth date to your profile for a fuller plan.</source>
        <translation>No has indicado las semanas desde el parto, así que el plan se limita a lo adecuado para las primeras semanas. Añade la fecha del parto a tu perfil para un plan más completo.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivitiesEditor</name>
    <message>
        <source>Name up to five everyday things that are hard now, in your own words or from the list. Once a week Carrywell asks how well you can do each, from 0 (not at all) to 10 (as well as before).</source>
        <translation>Escribe hasta cinco cosas del día a día que ahora te cuestan, con tus palabras o de la lista. Una vez por semana Carrywell te pregunta qué tal puedes hacer cada una, de 0 (nada) a 10 (tan bien como antes).</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <source>An everyday activity that is hard now, in your words or from the list</source>
        <translation>Una actividad del día a día que ahora te cuesta, con tus palabras o de la lista</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
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
        <translation>Mis actividades a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No activities rated in these days.</source>
        <translation>No hay actividades puntuadas en estos días.</translation>
    </message>
    <message>
        <source>How well (0–10, higher is better)</source>
        <translation>Qué tal (0–10, más es mejor)</translation>
    </message>
    <message>
        <source>%1 ratings of %2 activities from %3 to %4.</source>
        <translation>%1 puntuaciones de %2 actividades del %3 al %4.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivityCommands</name>
    <message>
        <source>You have not named any activities yet, so there is nothing to rate. Add up to five in Settings ▸ Profile. Nothing was saved.</source>
        <translation>Aún no has escrito ninguna actividad, así que no hay nada que puntuar. Añade hasta cinco en Configuración ▸ Perfil. No se guardó nada.</translation>
    </message>
    <message>
        <source>“%1” is not one of your activities. Yours are: %2. Nothing was saved.</source>
        <translation>«%1» no es una de tus actividades. Las tuyas son: %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>--at %1 is in the future. Nothing was saved.</source>
        <translation>--at %1 está en el futuro. No se guardó nada.</translation>
    </message>
    <message>
        <source>Saved %1: %2 out of 10 for %3.</source>
        <translation>Guardado %1: %2 de 10 para el %3.</translation>
    </message>
    <message>
        <source>You have not named any activities yet. Add up to five that are hard now in Settings ▸ Profile.</source>
        <translation>Aún no has escrito ninguna actividad. Añade hasta cinco que ahora te cuesten en Configuración ▸ Perfil.</translation>
    </message>
    <message>
        <source>Your activities, 0 (unable to do it) to 10 (as well as before):</source>
        <translation>Tus actividades, de 0 (no puedo hacerla) a 10 (tan bien como antes):</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>sin puntuar todavía</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivityPanel</name>
    <message>
        <source>Name up to five everyday activities that are hard now in Settings ▸ Profile, such as lifting the baby from the crib. Once a week you rate how well you can do each, and their lines appear here.</source>
        <translation>Escribe hasta cinco actividades del día a día que ahora te cuesten en Configuración ▸ Perfil, como sacar al bebé de la cuna. Una vez por semana puntúas qué tal puedes hacer cada una, y sus líneas aparecen aquí.</translation>
    </message>
    <message>
        <source>None of your activities was rated in these days. Choose a longer span above, or rate them with your next check-in.</source>
        <translation>Ninguna de tus actividades se puntuó en estos días. Elige un periodo más largo arriba, o puntúalas en tu próximo registro.</translation>
    </message>
    <message>
        <source>%1: %2 (one rating so far)</source>
        <translation>%1: %2 (una sola puntuación por ahora)</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4</source>
        <translation>%1: %2 → %3, %4</translation>
    </message>
    <message>
        <source>All together: %1 points on average, %2.</source>
        <translation>En conjunto: %1 puntos de media, %2.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivityRatingDialog</name>
    <message>
        <source>Your activities this week</source>
        <translation>Tus actividades esta semana</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ActivityRatingsEditor</name>
    <message>
        <source>How well can you do each now? 0 = not at all, 10 = as well as before. Skip any you like.</source>
        <translation>¿Qué tal puedes hacer cada una ahora? 0 = nada, 10 = tan bien como antes. Sáltate las que quieras.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>0 means you cannot do it at all, 10 as well as before</source>
        <translation>0 significa que no puedes hacerla en absoluto, 10 tan bien como antes</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::AppRunner</name>
    <message>
        <source>skipped %1 because of the problems above</source>
        <translation>se omitió %1 por los problemas indicados arriba</translation>
    </message>
    <message>
        <source>the window needs a graphical session</source>
        <translation>la ventana necesita una sesión gráfica</translation>
    </message>
    <message>
        <source>Carrywell cannot start</source>
        <translation>Carrywell no puede iniciarse</translation>
    </message>
    <message>
        <source>Run “carrywell --help” to see the options.</source>
        <translation>Ejecuta «carrywell --help» para ver las opciones.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::AppearanceSection</name>
    <message>
        <source>&amp;Same as my desktop</source>
        <translation>&amp;Igual que mi escritorio</translation>
    </message>
    <message>
        <source>Carrywell follows the desktop&apos;s own colours.</source>
        <translation>Carrywell usa los colores de tu escritorio.</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Dark text on a light, warm background.</source>
        <translation>Texto oscuro sobre un fondo claro y cálido.</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light text on a dark background, easier on tired eyes at night.</source>
        <translation>Texto claro sobre un fondo oscuro, más descansado para la vista por la noche.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Carrywell&apos;s window. Exercise instructions stay in English.</source>
        <translation>El idioma de la ventana de Carrywell. Las instrucciones de los ejercicios siguen en inglés.</translation>
    </message>
    <message>
        <source>Same as my system (%1)</source>
        <translation>Igual que mi sistema (%1)</translation>
    </message>
    <message>
        <source>Exercise instructions stay in English. A new language shows after Carrywell restarts its window.</source>
        <translation>Las instrucciones de los ejercicios siguen en inglés. El nuevo idioma se verá cuando Carrywell vuelva a abrir su ventana.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Colours and language of the window.</source>
        <translation>Colores e idioma de la ventana.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::Autostart</name>
    <message>
        <source>Reminders for your check-in and your planned exercises</source>
        <translation>Recordatorios para tu registro y tus ejercicios previstos</translation>
    </message>
    <message>
        <source>Carrywell could not set itself to start at login: %1 (%2). Reminders still come while Carrywell is open.</source>
        <translation>Carrywell no pudo configurarse para iniciarse al entrar en la sesión: %1 (%2). Los recordatorios siguen llegando mientras Carrywell está abierto.</translation>
    </message>
    <message>
        <source>the folder could not be made</source>
        <translation>no se pudo crear la carpeta</translation>
    </message>
    <message>
        <source>Carrywell could not stop starting at login: %1 could not be removed (%2). Removing that file by hand has the same effect.</source>
        <translation>Carrywell no pudo dejar de iniciarse al entrar en la sesión: no se pudo eliminar %1 (%2). Borrar ese archivo a mano tiene el mismo efecto.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::BackupRestore</name>
    <message>
        <source>The backup was not restored: %1 Your journal is as it was.</source>
        <translation>No se restauró la copia de seguridad: %1 Tu diario está como estaba.</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup of %1.</source>
        <translation>Tu diario se restauró desde la copia de seguridad del %1.</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup of %1. The journal you had is kept in the data folder as “%2”.</source>
        <translation>Tu diario se restauró desde la copia de seguridad del %1. El diario que tenías se guarda en la carpeta de datos como «%2».</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::BodyMapWidget</name>
    <message>
        <source>Show exercises for this part of the body</source>
        <translation>Mostrar ejercicios para esta parte del cuerpo</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Mapa del cuerpo</translation>
    </message>
    <message>
        <source>Choose where it hurts: front and back of the body</source>
        <translation>Elige dónde te duele: parte delantera y trasera del cuerpo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::CarePromptArea</name>
    <message>
        <source>Don’t show again</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <source>Don’t show “%1” again</source>
        <translation>No volver a mostrar «%1»</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Hide “%1” for now</source>
        <translation>Ocultar «%1» por ahora</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::CheckInCommand</name>
    <message>
        <source>Carrywell could not redo “%1”. %2</source>
        <translation>Carrywell no pudo rehacer «%1». %2</translation>
    </message>
    <message>
        <source>Carrywell could not undo “%1”. %2</source>
        <translation>Carrywell no pudo deshacer «%1». %2</translation>
    </message>
    <message>
        <source>new check-in of %1</source>
        <translation>nuevo registro del %1</translation>
    </message>
    <message>
        <source>change to the check-in of %1</source>
        <translation>cambio en el registro del %1</translation>
    </message>
    <message>
        <source>deleting the check-in of %1</source>
        <translation>borrar el registro del %1</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::CheckInDialog</name>
    <message>
        <source>How much does it hurt right now?</source>
        <translation>¿Cuánto te duele ahora mismo?</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Where it hurts (optional)</source>
        <translation>Dónde te duele (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything else about today. Enter saves; Shift+Enter starts a new line.</source>
        <translation>Cualquier otra cosa sobre hoy. Intro guarda; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Anything else? Enter saves; Shift+Enter starts a new line.</source>
        <translation>¿Algo más? Intro guarda; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nota (opcional)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>The day and time this check-in is about</source>
        <translation>El día y la hora a los que se refiere este registro</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>What set it off? (optional)</source>
        <translation>¿Qué lo desencadenó? (opcional)</translation>
    </message>
    <message>
        <source>Also noticed (optional)</source>
        <translation>También he notado (opcional)</translation>
    </message>
    <message>
        <source>These are worth showing a doctor or a pelvic-floor physiotherapist.</source>
        <translation>Conviene comentarlos con un médico o un fisioterapeuta de suelo pélvico.</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Editar registro</translation>
    </message>
    <message>
        <source>How much did it hurt?</source>
        <translation>¿Cuánto te dolía?</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <source>Choose a score first: press 0 to 10</source>
        <translation>Primero elige una puntuación: pulsa de 0 a 10</translation>
    </message>
    <message>
        <source>Your activities this week, 0 = not at all, 10 = as before (optional)</source>
        <translation>Tus actividades esta semana, 0 = nada, 10 = como antes (opcional)</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::CommandLine</name>
    <message>
        <source>Exercises, guided sessions and a private journal for back pain after pregnancy.</source>
        <translation>Ejercicios, sesiones guiadas y un diario privado para el dolor de espalda después del embarazo.</translation>
    </message>
    <message>
        <source>Print the exercise library and exit.</source>
        <translation>Muestra la biblioteca de ejercicios y sale.</translation>
    </message>
    <message>
        <source>With --list-exercises: only exercises for this body region (%1). With --log-pain: a region that hurts, scored like the overall score or as ID=SCORE; repeat for more regions.</source>
        <translation>Con --list-exercises: solo los ejercicios para esta zona del cuerpo (%1). Con --log-pain: una zona que duele, puntuada como la puntuación general o como ID=PUNTUACIÓN; repítelo para más zonas.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Keep the journal and settings in this folder instead of the standard one.</source>
        <translation>Guarda el diario y la configuración en esta carpeta en lugar de la habitual.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Also load exercises from the JSON files in this folder (for example from your physiotherapist).</source>
        <translation>Carga también ejercicios de los archivos JSON de esta carpeta (por ejemplo, de tu fisioterapeuta).</translation>
    </message>
    <message>
        <source>Draw every exercise&apos;s steps as PNG files in this folder, with a contact sheet of all of them, and exit.</source>
        <translation>Dibuja los pasos de cada ejercicio como archivos PNG en esta carpeta, con una hoja resumen de todos, y sale.</translation>
    </message>
    <message>
        <source>Add a pain check-in with this overall score, 0 (no pain) to 10 (worst imaginable), to the journal and exit.</source>
        <translation>Añade al diario un registro de dolor con esta puntuación general, de 0 (sin dolor) a 10 (el peor imaginable), y sale.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>With --log-pain: what set it off (%1); repeat for more.</source>
        <translation>Con --log-pain: qué lo desencadenó (%1); repítelo para añadir más.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>With --log-pain: a note.</source>
        <translation>Con --log-pain: una nota.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Import a .csv or .json export into the journal and exit. A file with bad rows is reported row by row and nothing is imported.</source>
        <translation>Importa al diario una exportación .csv o .json y sale. Si un archivo tiene filas incorrectas, se informa fila por fila y no se importa nada.</translation>
    </message>
    <message>
        <source>With --import-journal: import the good rows of a file that has bad ones.</source>
        <translation>Con --import-journal: importa las filas correctas de un archivo que tiene filas incorrectas.</translation>
    </message>
    <message>
        <source>Write the report for your physiotherapist as a PDF and exit (default: the last 4 weeks).</source>
        <translation>Escribe el informe para tu fisioterapeuta como PDF y sale (predeterminado: las últimas 4 semanas).</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>archivo.pdf</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>Open the main window, check that the exercise library, the journal and the session cues work, print one line saying so and exit.</source>
        <translation>Abre la ventana principal, comprueba que la biblioteca de ejercicios, el diario y los avisos de la sesión funcionan, lo indica en una línea y sale.</translation>
    </message>
    <message>
        <source>Write the week&apos;s exercise plan as a PDF to print and pin up, and exit. A week with no plan gets one made from your profile and saved, as Make my week does.</source>
        <translation>Escribe el plan de ejercicios de la semana como PDF para imprimirlo y colgarlo, y sale. Si la semana no tiene plan, se crea uno a partir de tu perfil y se guarda, como hace Planifica mi semana.</translation>
    </message>
    <message>
        <source>Write the week&apos;s exercise plan as a calendar file for your calendar app, one event per exercise day at your usual time, and exit.</source>
        <translation>Escribe el plan de ejercicios de la semana como archivo de calendario para tu aplicación de calendario, un evento por cada día de ejercicio a tu hora habitual, y sale.</translation>
    </message>
    <message>
        <source>file.ics</source>
        <translation>archivo.ics</translation>
    </message>
    <message>
        <source>With --print-plan or --export-calendar: the ISO week (YYYY-Www, like 2026-W02; default: this week).</source>
        <translation>Con --print-plan o --export-calendar: la semana ISO (AAAA-Wss, como 2026-W02; predeterminado: esta semana).</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>With --print-plan: week (the days side by side, landscape; default) or days (one under another, portrait).</source>
        <translation>Con --print-plan: week (los días uno al lado del otro, en horizontal; predeterminado) o days (uno debajo de otro, en vertical).</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>disposición</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window, so reminders can come (how Carrywell starts at login). Without reminders on, the window opens.</source>
        <translation>Se inicia en la bandeja del sistema sin abrir la ventana, para que puedan llegar los recordatorios (así se inicia Carrywell al entrar en la sesión). Si los recordatorios no están activados, se abre la ventana.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>--content-dir needs a folder.</source>
        <translation>--content-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>Use one of %1 at a time.</source>
        <translation>Usa solo una de estas opciones a la vez: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>--render-illustrations needs a folder.</source>
        <translation>--render-illustrations necesita una carpeta.</translation>
    </message>
    <message>
        <source>--%1 goes with %2.</source>
        <translation>--%1 va con %2.</translation>
    </message>
    <message>
        <source>--background starts Carrywell in the tray; it does not go with %1.</source>
        <translation>--background inicia Carrywell en la bandeja; no se puede usar con %1.</translation>
    </message>
    <message>
        <source>--list-exercises takes one --region.</source>
        <translation>--list-exercises admite una sola --region.</translation>
    </message>
    <message>
        <source>Unknown body region “%1”. Use one of: %2.</source>
        <translation>Zona del cuerpo desconocida «%1». Usa una de estas: %2.</translation>
    </message>
    <message>
        <source>Unknown format “%1”. Use text or json.</source>
        <translation>Formato desconocido «%1». Usa text o json.</translation>
    </message>
    <message>
        <source>--%1 needs a file name ending in %2, not “%3”.</source>
        <translation>--%1 necesita un nombre de archivo que termine en %2, no «%3».</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation>--from (%1) es posterior a --to (%2).</translation>
    </message>
    <message>
        <source>--%1 needs a file name ending in .%2, not “%3”.</source>
        <translation>--%1 necesita un nombre de archivo que termine en .%2, no «%3».</translation>
    </message>
    <message>
        <source>--week: %1</source>
        <translation>--week: %1</translation>
    </message>
    <message>
        <source>Unknown layout “%1”. Use week or days.</source>
        <translation>Disposición desconocida «%1». Usa week o days.</translation>
    </message>
    <message>
        <source>Print the ready-made routines (exercises, minutes, and the earliest week after each kind of birth) and exit.</source>
        <translation>Muestra las rutinas ya preparadas (ejercicios, minutos y la primera semana adecuada tras cada tipo de parto) y sale.</translation>
    </message>
    <message>
        <source>With --log-pain: a warning sign you noticed (%1); repeat for more.</source>
        <translation>Con --log-pain: una señal de alerta que notaste (%1); repítelo para añadir más.</translation>
    </message>
    <message>
        <source>Export the journal to this .json file (a backup of everything), .csv file (check-ins; sessions go to NAME-sessions.csv) or .fhir.json file (FHIR for a clinic) and exit.</source>
        <translation>Exporta el diario a este archivo .json (una copia completa), .csv (los registros; las sesiones van a NAME-sessions.csv) o .fhir.json (FHIR para una clínica) y sale.</translation>
    </message>
    <message>
        <source>--from and --to choose the days of an export for a clinic (NAME.fhir.json); a .json or .csv export always holds the whole journal. Nothing was exported.</source>
        <translation>--from y --to eligen los días de una exportación para una clínica (NAME.fhir.json); una exportación .json o .csv siempre lleva el diario entero. No se exportó nada.</translation>
    </message>
    <message>
        <source>With --journal-report, or --export-journal to a .fhir.json file: the first day (YYYY-MM-DD).</source>
        <translation>Con --journal-report, o con --export-journal a un archivo .fhir.json: el primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>With --journal-report, or --export-journal to a .fhir.json file: the last day (YYYY-MM-DD, default today).</source>
        <translation>Con --journal-report, o con --export-journal a un archivo .fhir.json: el último día (AAAA-MM-DD; predeterminado: hoy).</translation>
    </message>
    <message>
        <source>With --list-exercises, --list-routines or --list-activities: text (default) or json.</source>
        <translation>Con --list-exercises, --list-routines o --list-activities: text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>With --log-pain or --rate-activity: when, in ISO 8601 (default: now).</source>
        <translation>Con --log-pain o --rate-activity: cuándo, en ISO 8601 (predeterminado: ahora).</translation>
    </message>
    <message>
        <source>name=score</source>
        <translation>nombre=puntuación</translation>
    </message>
    <message>
        <source>Rate how well you can do one of your activities now, 0 (unable) to 10 (as before), and exit; repeat for more.</source>
        <translation>Puntúa qué tal puedes hacer ahora una de tus actividades, de 0 (no puedo) a 10 (como antes), y sale; repítelo para más.</translation>
    </message>
    <message>
        <source>Print your activities with their latest rating and exit.</source>
        <translation>Muestra tus actividades con su última puntuación y sale.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ContentProblemsBanner</name>
    <message>
        <source>Content problems</source>
        <translation>Problemas con el contenido</translation>
    </message>
    <message>
        <source>Some content could not be read. Everything else is available.</source>
        <translation>No se pudo leer parte del contenido. Todo lo demás está disponible.</translation>
    </message>
    <message>
        <source>One extra exercise file was left out because it contains mistakes. The rest of the library is available.</source>
        <translation>Se dejó fuera un archivo de ejercicios adicional porque contiene errores. El resto de la biblioteca está disponible.</translation>
    </message>
    <message>
        <source>%1 extra exercise files were left out because they contain mistakes. The rest of the library is available.</source>
        <translation>Se dejaron fuera %1 archivos de ejercicios adicionales porque contienen errores. El resto de la biblioteca está disponible.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Ver detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Content problem details</source>
        <translation>Detalles de los problemas con el contenido</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::DataSection</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>The folder that holds your journal, its backups and your settings. Copy it to keep everything.</source>
        <translation>La carpeta que guarda tu diario, sus copias de seguridad y tu configuración. Cópiala para conservarlo todo.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>Shows the data folder in your file manager.</source>
        <translation>Muestra la carpeta de datos en tu gestor de archivos.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Copies of your journal, newest first. Carrywell makes one each day you use it.</source>
        <translation>Copias de tu diario, de la más reciente a la más antigua. Carrywell hace una cada día que lo usas.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Makes a copy of your journal now.</source>
        <translation>Hace ahora una copia de tu diario.</translation>
    </message>
    <message>
        <source>Puts the chosen copy in place of your journal. Your current journal is kept beside it.</source>
        <translation>Pone la copia elegida en lugar de tu diario. Tu diario actual se guarda a su lado.</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>Bac&amp;kups:</source>
        <translation>&amp;Copias de seguridad:</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Everything you record stays on this computer, in one folder.</source>
        <translation>Todo lo que anotas se queda en este ordenador, en una sola carpeta.</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por ti</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Your journal could not be opened, so nothing is being recorded.</source>
        <translation>No se pudo abrir tu diario, así que no se está registrando nada.</translation>
    </message>
    <message>
        <source>Your journal could not be opened. You can restore a backup below.</source>
        <translation>No se pudo abrir tu diario. Puedes restaurar una copia de seguridad más abajo.</translation>
    </message>
    <message>
        <source>Your journal: %1</source>
        <translation>Tu diario: %1</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Aún no hay copias de seguridad</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Your journal will go back to how it was on %1.</source>
        <translation>Tu diario volverá a estar como el %1.</translation>
    </message>
    <message>
        <source>Anything recorded after that will not show, but nothing is deleted: your current journal is kept in the data folder. Carrywell reopens its window to do this.</source>
        <translation>Lo que hayas anotado después no se verá, pero no se borra nada: tu diario actual se guarda en la carpeta de datos. Carrywell vuelve a abrir su ventana para hacerlo.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::DayListPainter</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Pain today</source>
        <translation>Dolor hoy</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Día de descanso</translation>
    </message>
    <message>
        <source>Rest helps your body recover.</source>
        <translation>El descanso ayuda a tu cuerpo a recuperarse.</translation>
    </message>
    <message>
        <source>page 1 of 2</source>
        <translation>página 1 de 2</translation>
    </message>
    <message>
        <source>page 2 of 2</source>
        <translation>página 2 de 2</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExerciseDetailView</name>
    <message>
        <source>Exercise details</source>
        <translation>Detalles del ejercicio</translation>
    </message>
    <message>
        <source>Choose an exercise on the left to see how to do it.</source>
        <translation>Elige un ejercicio a la izquierda para ver cómo se hace.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExerciseHtml</name>
    <message>
        <source>From the first days after birth</source>
        <translation>Desde los primeros días después del parto</translation>
    </message>
    <message>
        <source>From week %1 after birth</source>
        <translation>Desde la semana %1 después del parto</translation>
    </message>
    <message>
        <source>; from week %1 after a caesarean</source>
        <translation>; desde la semana %1 después de una cesárea</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Drawing of step %1</source>
        <translation>Dibujo del paso %1</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>O bien</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Necesitas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Stop and see a clinician if</source>
        <translation>Para y consulta a un profesional sanitario si</translation>
    </message>
    <message>
        <source>Easier</source>
        <translation>Más fácil</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Más difícil</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Suits you as written.</source>
        <translation>Te conviene tal como está.</translation>
    </message>
    <message>
        <source>Change it:</source>
        <translation>Cámbialo así:</translation>
    </message>
    <message>
        <source>Leave it for now.</source>
        <translation>Déjalo para más adelante.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Down to the floor and up again:</source>
        <translation>Para bajar al suelo y volver a levantarte:</translation>
    </message>
    <message>
        <source>What you should feel</source>
        <translation>Qué deberías notar</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Errores frecuentes</translation>
    </message>
    <message>
        <source>If your belly muscles have a gap (diastasis)</source>
        <translation>Si tienes separación de los músculos abdominales (diástasis)</translation>
    </message>
    <message>
        <source>When to move on</source>
        <translation>Cuándo pasar a la versión más difícil</translation>
    </message>
    <message>
        <source>If you have pelvic girdle pain</source>
        <translation>Si tienes dolor de cintura pélvica</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExerciseListModel</name>
    <message>
        <source>no equipment</source>
        <translation>sin material</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExercisePage</name>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Start guided session</source>
        <translation>Empezar sesión guiada</translation>
    </message>
    <message>
        <source>Back to the list (%1)</source>
        <translation>Volver a la lista (%1)</translation>
    </message>
    <message>
        <source>Follow this exercise with sound and a countdown</source>
        <translation>Sigue este ejercicio con sonido y cuenta atrás</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExercisePane</name>
    <message>
        <source>Tempo</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Pause animation</source>
        <translation>Pausar animación</translation>
    </message>
    <message>
        <source>Play animation</source>
        <translation>Reproducir animación</translation>
    </message>
    <message>
        <source>%1 s out, %2 s back</source>
        <translation>%1 s de ida, %2 s de vuelta</translation>
    </message>
    <message>
        <source>%1 s out, hold, %2 s back</source>
        <translation>%1 s de ida, mantén, %2 s de vuelta</translation>
    </message>
    <message>
        <source>%1 s in, %2 s out</source>
        <translation>%1 s inspirar, %2 s espirar</translation>
    </message>
    <message>
        <source>%1 s in, hold, %2 s out</source>
        <translation>%1 s inspirar, mantener, %2 s espirar</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ExercisePickerDialog</name>
    <message>
        <source>Only what suits me now</source>
        <translation>Solo lo adecuado para mí ahora</translation>
    </message>
    <message>
        <source>Search by name, body part or symptom</source>
        <translation>Busca por nombre, parte del cuerpo o síntoma</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Leaves out exercises that come later after the birth, need equipment you do not have, or carry a caution for you.</source>
        <translation>Deja fuera los ejercicios que corresponden a más adelante después del parto, necesitan material que no tienes o tienen una precaución para ti.</translation>
    </message>
    <message>
        <source>Exercises to choose from</source>
        <translation>Ejercicios para elegir</translation>
    </message>
    <message>
        <source>No exercise matches “%1”. Try another word, or clear the search.</source>
        <translation>Ningún ejercicio coincide con «%1». Prueba con otra palabra o borra la búsqueda.</translation>
    </message>
    <message>
        <source>Nothing else suits you now for this part of the day (weeks since the birth, the kind of birth and the equipment you have). Untick “Only what suits me now” to see everything.</source>
        <translation>Ahora no te conviene nada más para esta parte del día (por las semanas desde el parto, el tipo de parto y el material que tienes). Desmarca «Solo lo adecuado para mí ahora» para verlo todo.</translation>
    </message>
    <message>
        <source>No other exercise belongs in this part of the day.</source>
        <translation>No hay otro ejercicio para esta parte del día.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::FigureView</name>
    <message>
        <source>Exercise animation</source>
        <translation>Animación del ejercicio</translation>
    </message>
    <message>
        <source>%1, moving in its tempo</source>
        <translation>%1, moviéndose a su ritmo</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Carrywell</source>
        <translation>Te damos la bienvenida a Carrywell</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Carrywell shows gentle exercises and everyday habits that many people find helpful for back pain after pregnancy. It keeps a private journal on this computer only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It is not medical advice&lt;/b&gt; and does not replace your midwife, doctor or physiotherapist. Move within what feels comfortable.&lt;/p&gt;&lt;p&gt;Stop and get help if you have severe or worsening pain, numbness, leaking or heaviness in the pelvis, fever, heavier bleeding, or pain at a caesarean scar. Every exercise lists its own warning signs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Carrywell muestra ejercicios suaves y hábitos cotidianos que a muchas personas les ayudan con el dolor de espalda después del embarazo. Guarda un diario privado solo en este ordenador.&lt;/p&gt;&lt;p&gt;&lt;b&gt;No es consejo médico&lt;/b&gt; y no sustituye a tu matrona, tu médico ni tu fisioterapeuta. Muévete dentro de lo que te resulte cómodo.&lt;/p&gt;&lt;p&gt;Para y busca ayuda si tienes dolor intenso o que empeora, entumecimiento, pérdidas de orina o sensación de peso en la pelvis, fiebre, un sangrado más abundante o dolor en la cicatriz de la cesárea. Cada ejercicio indica sus propias señales de alerta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A few optional questions</source>
        <translation>Algunas preguntas opcionales</translation>
    </message>
    <message>
        <source>Answers help suggest exercises that suit you now. You can change them any time in File ▸ Settings ▸ Profile.</source>
        <translation>Tus respuestas ayudan a sugerirte ejercicios adecuados para ti ahora. Puedes cambiarlas cuando quieras en Archivo ▸ Configuración ▸ Perfil.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>What is hard right now? (optional)</source>
        <translation>¿Qué te cuesta ahora mismo? (opcional)</translation>
    </message>
    <message>
        <source>Seeing these get easier is often the clearest sign of progress, and a report for your physiotherapist can show it.</source>
        <translation>Ver que se vuelven más fáciles suele ser la señal más clara de avance, y un informe para tu fisioterapeuta puede mostrarlo.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::HelpDialog</name>
    <message>
        <source>Carrywell help</source>
        <translation>Ayuda de Carrywell</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Using Carrywell&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Library&lt;/b&gt;: click where it hurts on the body map (or pick a region in the list), narrow down by what hurts, kind of exercise, equipment and what suits you now, or type to search. Press Enter on an exercise to open it: the figure shows the movement in its tempo, and every step is drawn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Journal&lt;/b&gt;: log how your pain is in a few seconds (Ctrl+N, a number, Enter), see how it changes over time and whether sessions help, and make a report for your physiotherapist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;: Make my week asks a few questions and gives each free day a short routine. Change anything: swap, add, remove, reorder, drag an exercise onto another day, or make a day a rest day. Start a day as a guided session, print the week for the fridge, or add it to your calendar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Session&lt;/b&gt;: follow a routine with tones, spoken cues and a big countdown; pause whenever the baby needs you.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Learn&lt;/b&gt;: short reads on why backs hurt after birth, everyday body mechanics, and when to get help.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cómo usar Carrywell&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Biblioteca&lt;/b&gt;: haz clic donde te duele en el mapa del cuerpo (o elige una zona en la lista), acota por lo que te duele, el tipo de ejercicio, el material y lo que te conviene ahora, o escribe para buscar. Pulsa Intro sobre un ejercicio para abrirlo: la figura muestra el movimiento a su ritmo y cada paso está dibujado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Diario&lt;/b&gt;: anota cómo está tu dolor en unos segundos (Ctrl+N, un número, Intro), mira cómo cambia con el tiempo y si las sesiones te ayudan, y prepara un informe para tu fisioterapeuta.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plan&lt;/b&gt;: Planifica mi semana te hace unas preguntas y da a cada día libre una rutina corta. Cambia lo que quieras: sustituye, añade, quita, reordena, arrastra un ejercicio a otro día o convierte un día en día de descanso. Empieza un día como sesión guiada, imprime la semana para la nevera o añádela a tu calendario.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sesión&lt;/b&gt;: sigue una rutina con tonos, avisos hablados y una cuenta atrás grande; haz una pausa siempre que el bebé te necesite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aprender&lt;/b&gt;: lecturas breves sobre por qué duele la espalda después del parto, la mecánica corporal del día a día y cuándo pedir ayuda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages, in the order of the navigation</source>
        <translation>Páginas, en el orden de la navegación</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Print the plan (Plan page) or the report for your physio (Journal page)</source>
        <translation>Imprimir el plan (página Plan) o el informe para tu fisio (página Diario)</translation>
    </message>
    <message>
        <source>Undo and redo changes to the journal or the plan</source>
        <translation>Deshacer y rehacer cambios en el diario o el plan</translation>
    </message>
    <message>
        <source>Previous and next week on the Plan page</source>
        <translation>Semana anterior y siguiente en la página Plan</translation>
    </message>
    <message>
        <source>Delete, Alt+Up, Alt+Down</source>
        <translation>Supr, Alt+Arriba, Alt+Abajo</translation>
    </message>
    <message>
        <source>Remove an exercise from the day, or move it up or down</source>
        <translation>Quitar un ejercicio del día o moverlo arriba o abajo</translation>
    </message>
    <message>
        <source>Space, →, ←, Esc</source>
        <translation>Espacio, →, ←, Esc</translation>
    </message>
    <message>
        <source>During a session: pause, skip, back, stop</source>
        <translation>Durante una sesión: pausa, saltar, atrás, detener</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Esta ayuda</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Arrow keys, Space</source>
        <translation>Flechas, Espacio</translation>
    </message>
    <message>
        <source>Move around the body map and choose a region</source>
        <translation>Moverse por el mapa del cuerpo y elegir una zona</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Settings&lt;/b&gt; (Ctrl+,): your profile, how sessions sound, reminders, the theme and the language, and your data: where it is kept, its backups, and restoring one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reminders&lt;/b&gt;: turn on a daily check-in reminder, or one for the day&apos;s planned session. They come as desktop notifications with Snooze and Done; while they are on, closing the window keeps Carrywell in the tray.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Configuración&lt;/b&gt; (Ctrl+,): tu perfil, cómo suenan las sesiones, los recordatorios, el tema y el idioma, y tus datos: dónde se guardan, sus copias de seguridad y cómo restaurar una.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recordatorios&lt;/b&gt;: activa un recordatorio diario para registrar tu dolor o uno para la sesión prevista del día. Llegan como avisos del escritorio con Posponer y Hecho; mientras estén activos, al cerrar la ventana Carrywell sigue en la bandeja.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Teclado&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Move from one control to the next; every control can be reached</source>
        <translation>Pasar de un control al siguiente; se llega a todos</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::IllustrationExport</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>No se pudo crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>No se pudo escribir «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1” (%2).</source>
        <translation>No se pudo escribir «%1» (%2).</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::IllustrationRenderer</name>
    <message>
        <source>Shown on the left side; then do the right.</source>
        <translation>Se muestra el lado izquierdo; después haz el derecho.</translation>
    </message>
    <message>
        <source>Shown on the right side; then do the left.</source>
        <translation>Se muestra el lado derecho; después haz el izquierdo.</translation>
    </message>
    <message>
        <source>Where you feel it</source>
        <translation>Dónde lo notas</translation>
    </message>
    <message>
        <source>How you move</source>
        <translation>Cómo te mueves</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ImportDialog</name>
    <message>
        <source>Import “%1”</source>
        <translation>Importar «%1»</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>The file holds %1, all readable. Entries already in your journal are skipped, so importing the same file twice adds nothing.</source>
        <translation>El archivo contiene %1, todo legible. Las entradas que ya están en tu diario se omiten, así que importar el mismo archivo dos veces no añade nada.</translation>
    </message>
    <message>
        <source>Import 1 entry</source>
        <translation>Importar 1 entrada</translation>
    </message>
    <message>
        <source>Import %1 entries</source>
        <translation>Importar %1 entradas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>1 row of this file has a problem, listed below.</source>
        <translation>1 fila de este archivo tiene un problema, que se indica abajo.</translation>
    </message>
    <message>
        <source>%1 rows of this file have problems, listed below.</source>
        <translation>%1 filas de este archivo tienen problemas, que se indican abajo.</translation>
    </message>
    <message>
        <source>Nothing has been imported. You can fix the file and import it again, or import only the good rows (%1).</source>
        <translation>No se ha importado nada. Puedes corregir el archivo e importarlo de nuevo, o importar solo las filas correctas (%1).</translation>
    </message>
    <message>
        <source>Import only the good entry</source>
        <translation>Importar solo la entrada correcta</translation>
    </message>
    <message>
        <source>Import only the %1 good entries</source>
        <translation>Importar solo las %1 entradas correctas</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya estaba</translation>
    </message>
    <message>
        <source>Kept yours</source>
        <translation>Se conservó la tuya</translation>
    </message>
    <message>
        <source>Rows not added</source>
        <translation>Filas no añadidas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…y %1 más</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalActions</name>
    <message>
        <source>&amp;New check-in…</source>
        <translation>&amp;Nuevo registro…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Check-in saved: %1 (%2).</source>
        <translation>Registro guardado: %1 (%2).</translation>
    </message>
    <message>
        <source>Saved the rating of “%1”.</source>
        <translation>Se guardó la puntuación de «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Saved the ratings of %n activities.</source>
        <translation>
            <numerusform>Se guardó la puntuación de %n actividad.</numerusform>
            <numerusform>Se guardaron las puntuaciones de %n actividades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalArguments</name>
    <message>
        <source>%1 takes a pain score, a whole number from 0 (no pain) to 10 (worst imaginable), not “%2”.</source>
        <translation>%1 necesita una puntuación de dolor, un número entero de 0 (sin dolor) a 10 (el peor imaginable), no «%2».</translation>
    </message>
    <message>
        <source>Unknown body region “%1”. Use one of: %2 (optionally with a score, as in lower-back=6).</source>
        <translation>Zona del cuerpo desconocida «%1». Usa una de estas: %2 (opcionalmente con una puntuación, como en lower-back=6).</translation>
    </message>
    <message>
        <source>Unknown trigger “%1”. Use one of: %2.</source>
        <translation>Desencadenante desconocido «%1». Usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>--at takes a date and time in ISO 8601, such as 2026-01-05T09:30 or 2026-01-05T09:30:00+01:00, not “%1”.</source>
        <translation>--at necesita una fecha y hora en ISO 8601, como 2026-01-05T09:30 o 2026-01-05T09:30:00+01:00, no «%1».</translation>
    </message>
    <message>
        <source>%1 takes a day as YYYY-MM-DD, such as 2026-01-05, not “%2”.</source>
        <translation>%1 necesita un día en formato AAAA-MM-DD, como 2026-01-05, no «%2».</translation>
    </message>
    <message>
        <source>--region %1 is given more than once.</source>
        <translation>--region %1 aparece más de una vez.</translation>
    </message>
    <message>
        <source>The check-in cannot be saved: %1.</source>
        <translation>No se puede guardar el registro: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Unknown warning sign “%1”. Use one of: %2.</source>
        <translation>Señal de alerta desconocida «%1». Usa una de estas: %2.</translation>
    </message>
    <message>
        <source>--rate-activity takes an activity and its score as NAME=SCORE, such as &quot;Pushing the pram=6&quot;, not “%1”.</source>
        <translation>--rate-activity necesita una actividad y su puntuación como NOMBRE=PUNTUACIÓN, por ejemplo &quot;Empujar el carrito=6&quot;, no «%1».</translation>
    </message>
    <message>
        <source>--rate-activity %1 takes a whole number from 0 (unable to do it) to 10 (as well as before), not “%2”.</source>
        <translation>--rate-activity %1 necesita un número entero de 0 (no puedo hacerla) a 10 (tan bien como antes), no «%2».</translation>
    </message>
    <message>
        <source>--rate-activity rates “%1” more than once.</source>
        <translation>--rate-activity puntúa «%1» más de una vez.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalChartsPanel</name>
    <message>
        <source>Show each &amp;region</source>
        <translation>Mostrar cada &amp;zona</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalCommands</name>
    <message>
        <source>--at %1 is in the future. Nothing was added.</source>
        <translation>--at %1 está en el futuro. No se añadió nada.</translation>
    </message>
    <message>
        <source>Saved a check-in of %1 (%2) for %3.</source>
        <translation>Se guardó un registro de %1 (%2) para el %3.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>%1 of the file have problems, so nothing was imported. Fix them, or run again with --good-rows-only to import the other %2.</source>
        <translation>%1 del archivo tienen problemas, así que no se importó nada. Corrígelas o vuelve a ejecutar con --good-rows-only para importar las otras %2.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 holds nothing to import.</source>
        <translation>%1 no contiene nada que importar.</translation>
    </message>
    <message>
        <source>Skipped %1: already in your journal.</source>
        <translation>Omitido %1: ya está en tu diario.</translation>
    </message>
    <message>
        <source>…and %1 more already in your journal.</source>
        <translation>…y %1 más que ya están en tu diario.</translation>
    </message>
    <message>
        <source>--from %1 is after the last day of the report, %2.</source>
        <translation>--from %1 es posterior al último día del informe, %2.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 to %3, %4 check-ins, %5 sessions.</source>
        <translation>Se escribió %1: del %2 al %3, %4 registros, %5 sesiones.</translation>
    </message>
    <message>
        <source>--from %1 is after today, %2: there is nothing to export yet.</source>
        <translation>--from %1 es posterior a hoy, %2: todavía no hay nada que exportar.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalFileActions</name>
    <message>
        <source>&amp;Import into journal…</source>
        <translation>&amp;Importar al diario…</translation>
    </message>
    <message>
        <source>&amp;Report for my physio…</source>
        <translation>Informe para mi &amp;fisio…</translation>
    </message>
    <message>
        <source>JSON backup, everything (*.json)</source>
        <translation>Copia JSON, todo (*.json)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation>Exportar tu diario</translation>
    </message>
    <message>
        <source>The journal was not exported</source>
        <translation>No se exportó el diario</translation>
    </message>
    <message>
        <source>Exported your journal to %1.</source>
        <translation>Tu diario se exportó a %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Import into your journal</source>
        <translation>Importar a tu diario</translation>
    </message>
    <message>
        <source>Journal exports (*.csv *.json);;CSV (*.csv);;JSON backup (*.json)</source>
        <translation>Exportaciones del diario (*.csv *.json);;CSV (*.csv);;Copia JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>No report was made</source>
        <translation>No se hizo el informe</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>El informe se envió a la impresora.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>No se guardó el informe</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>El informe se guardó en %1.</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>The report is in %1.</source>
        <translation>El informe está en %1.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>&amp;Backup or spreadsheet (JSON, CSV)…</source>
        <translation>&amp;Copia u hoja de cálculo (JSON, CSV)…</translation>
    </message>
    <message>
        <source>For a &amp;clinic (FHIR)…</source>
        <translation>Para una &amp;clínica (FHIR)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>FHIR for a clinic (*.fhir.json)</source>
        <translation>FHIR para una clínica (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export for your clinic</source>
        <translation>Exportar para tu clínica</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Set off by</source>
        <translation>Desencadenado por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Also noticed</source>
        <translation>También he notado</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalHistoryPanel</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Only check-ins that scored</source>
        <translation>Solo los registros con puntuación en</translation>
    </message>
    <message>
        <source>Shows only the check-ins where this region hurt</source>
        <translation>Muestra solo los registros en los que dolía esta zona</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Cualquier zona</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Newest first. Arrow keys move between check-ins; Enter edits, Delete deletes.</source>
        <translation>Los más recientes primero. Las flechas mueven entre registros; Intro edita y Supr borra.</translation>
    </message>
    <message>
        <source>Delete the selected check-in (Delete). Undo brings it back.</source>
        <translation>Borra el registro seleccionado (Supr). Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Check-in changed. Undo (Ctrl+Z) puts it back.</source>
        <translation>Registro modificado. Deshacer (Ctrl+Z) lo devuelve a como estaba.</translation>
    </message>
    <message>
        <source>Deleted the check-in of %1. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se borró el registro del %1. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>No check-ins in these days.</source>
        <translation>No hay registros en estos días.</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 registros</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalOpener</name>
    <message>
        <source>Your journal needs attention</source>
        <translation>Tu diario necesita atención</translation>
    </message>
    <message>
        <source>Your journal file has not been changed.</source>
        <translation>El archivo de tu diario no se ha modificado.</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Continue without the journal</source>
        <translation>Continuar sin el diario</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>New check-in (Ctrl+N)</source>
        <translation>Nuevo registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Journal views</source>
        <translation>Vistas del diario</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Part of your journal could not be read just now: %1</source>
        <translation>Ahora mismo no se pudo leer parte de tu diario: %1</translation>
    </message>
    <message>
        <source>My &amp;activities</source>
        <translation>Mis &amp;actividades</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalRangeBar</name>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>How far back the charts and history go</source>
        <translation>Hasta cuándo llegan los gráficos y el historial</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Choose days…</source>
        <translation>Elegir días…</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>The charts and history start on this day</source>
        <translation>Los gráficos y el historial empiezan este día</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>The charts and history end on this day</source>
        <translation>Los gráficos y el historial terminan este día</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalReport</name>
    <message>
        <source>too few days to tell</source>
        <translation>muy pocos días para saberlo</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>easing (%1 a week)</source>
        <translation>mejorando (%1 por semana)</translation>
    </message>
    <message>
        <source>rising (+%1 a week)</source>
        <translation>subiendo (+%1 por semana)</translation>
    </message>
    <message>
        <source>The report needs a first day on or before its last day.</source>
        <translation>El primer día del informe debe ser igual o anterior al último.</translation>
    </message>
    <message>
        <source>The report could not read your journal: %1</source>
        <translation>El informe no pudo leer tu diario: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Pain journal&lt;/h1&gt;&lt;p&gt;&lt;b&gt;For my physiotherapist:&lt;/b&gt; %1&lt;/p&gt;&lt;p class=&quot;muted&quot;&gt;Made with Carrywell on %2. Pain is scored from 0 (no pain) to 10 (worst imaginable).&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Diario de dolor&lt;/h1&gt;&lt;p&gt;&lt;b&gt;Para mi fisioterapeuta:&lt;/b&gt; %1&lt;/p&gt;&lt;p class=&quot;muted&quot;&gt;Hecho con Carrywell el %2. El dolor se puntúa de 0 (sin dolor) a 10 (el peor imaginable).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pain over time&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dolor a lo largo del tiempo&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;Carrywell teaches general exercises; it is not medical advice.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Carrywell enseña ejercicios generales; no es consejo médico.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>None in these days.</source>
        <translation>Ninguno en estos días.</translation>
    </message>
    <message>
        <source>%1 on %2 of %3 days</source>
        <translation>%1 en %2 de %3 días</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Dolor medio</translation>
    </message>
    <message>
        <source>%1 (lowest day %2 on %3, highest %4 on %5)</source>
        <translation>%1 (día más bajo %2 el %3, más alto %4 el %5)</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Sesiones hechas</translation>
    </message>
    <message>
        <source>%1 (%2 minutes in all)</source>
        <translation>%1 (%2 minutos en total)</translation>
    </message>
    <message>
        <source>Pain before → after a session</source>
        <translation>Dolor antes → después de una sesión</translation>
    </message>
    <message>
        <source>%1 → %2 on average (%3 sessions rated; eased %4, same %5, worse %6)</source>
        <translation>%1 → %2 de media (%3 sesiones puntuadas; mejor %4, igual %5, peor %6)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Summary&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Resumen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Where it hurts&lt;/h2&gt;&lt;p&gt;No regions were scored in these days.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dónde duele&lt;/h2&gt;&lt;p&gt;No se puntuó ninguna zona en estos días.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Days scored</source>
        <translation>Días puntuados</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Where it hurts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dónde duele&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What set it off&lt;/h2&gt;&lt;p&gt;Nothing was noted.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Qué lo desencadenó&lt;/h2&gt;&lt;p&gt;No se anotó nada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Qué lo desencadenó</translation>
    </message>
    <message>
        <source>&lt;h2&gt;What set it off&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Qué lo desencadenó&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sessions done&lt;/h2&gt;&lt;p&gt;No sessions in these days.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sesiones hechas&lt;/h2&gt;&lt;p&gt;No hay sesiones en estos días.&lt;/p&gt;</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Ejercicios hechos</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Dolor antes → después</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sessions done&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sesiones hechas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sessions done&lt;/h2&gt;&lt;p&gt;%1 sessions, by routine:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sesiones hechas&lt;/h2&gt;&lt;p&gt;%1 sesiones, por rutina:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Notes&lt;/h2&gt;&lt;p&gt;No notes in these days.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Notas&lt;/h2&gt;&lt;p&gt;No hay notas en estos días.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Notes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Notas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Carrywell could not write the report to “%1” (%2). Choose another place.</source>
        <translation>Carrywell no pudo escribir el informe en «%1» (%2). Elige otro lugar.</translation>
    </message>
    <message>
        <source>Pain journal, %1 to %2</source>
        <translation>Diario de dolor, del %1 al %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Also noticed&lt;/h2&gt;&lt;p&gt;No leaking, numbness or pain that woke me at night was noted.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;También he notado&lt;/h2&gt;&lt;p&gt;No se anotaron pérdidas de orina, entumecimiento ni dolor que me despertara por la noche.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Also noticed&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;También he notado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Also noticed</source>
        <translation>También he notado</translation>
    </message>
    <message>
        <source>Pain, start → end</source>
        <translation>Dolor, inicio → final</translation>
    </message>
    <message>
        <source>%1 not rated in these days</source>
        <translation>%1 sin puntuar en estos días</translation>
    </message>
    <message>
        <source>%1 %2, rated once (%3), too few ratings to compare</source>
        <translation>%1 %2, puntuada una vez (%3), muy pocas puntuaciones para comparar</translation>
    </message>
    <message>
        <source>%1 %2 → %3, %4 &lt;span class=&quot;muted&quot;&gt;(%5 → %6)&lt;/span&gt;</source>
        <translation>%1 %2 → %3, %4 &lt;span class=&quot;muted&quot;&gt;(%5 → %6)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;My activities&lt;/h2&gt;&lt;p class=&quot;muted&quot;&gt;Everyday activities I find hard, each rated from 0 (unable to do it) to 10 (as well as before): the Patient-Specific Functional Scale. First and last rating in these days.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mis actividades&lt;/h2&gt;&lt;p class=&quot;muted&quot;&gt;Actividades del día a día que me cuestan, cada una puntuada de 0 (no puedo hacerla) a 10 (tan bien como antes): la Escala Funcional Específica del Paciente (PSFS). Primera y última puntuación en estos días.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;All activities together: %1 points on average, %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todas las actividades en conjunto: %1 puntos de media, %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;muted&quot;&gt;A change is called meaningful when it reaches the smallest change that matters to patients: for the activities 2 points on their mean or 3 points on one activity (Stratford et al. 1995, Physiotherapy Canada 47:258–263; Horn et al. 2012, J Orthop Sports Phys Ther 42:30–42), for pain 2 points or 30 % (Farrar et al. 2001, Pain 94:149–158). Pain compares the average of the first week with check-ins with the last. Anything smaller is shown as no clear change.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Un cambio se considera significativo cuando alcanza el cambio más pequeño que importa a los pacientes: para las actividades, 2 puntos en su media o 3 puntos en una actividad (Stratford et al. 1995, Physiotherapy Canada 47:258–263; Horn et al. 2012, J Orthop Sports Phys Ther 42:30–42); para el dolor, 2 puntos o un 30 % (Farrar et al. 2001, Pain 94:149–158). El dolor compara la media de la primera semana con registros con la de la última. Lo que sea menor se muestra como sin un cambio claro.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::JournalText</name>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>intenso</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>el peor imaginable</translation>
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
        <translation>Pérdidas</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Night pain</source>
        <translation>Dolor nocturno</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::LearnPage</name>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Topic text</source>
        <translation>Texto del tema</translation>
    </message>
    <message>
        <source>Why backs hurt after birth</source>
        <translation>Por qué duele la espalda después del parto</translation>
    </message>
    <message>
        <source>Everyday body mechanics</source>
        <translation>Mecánica corporal del día a día</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>Warning signs, by symptom</source>
        <translation>Señales de alerta, por síntoma</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>It can play a part in</source>
        <translation>Puede influir en</translation>
    </message>
    <message>
        <source>Exercises help common aches. These signs mean it is time to see a doctor or a pelvic-floor physiotherapist.</source>
        <translation>Los ejercicios ayudan con las molestias habituales. Estas señales indican que es momento de ver a un médico o a un fisioterapeuta de suelo pélvico.</translation>
    </message>
    <message>
        <source>Your recovery</source>
        <translation>Tu recuperación</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::LibraryCommands</name>
    <message>
        <source>Wrote %1 files to %2</source>
        <translation>Se escribieron %1 archivos en %2</translation>
    </message>
    <message>
        <source>these exercises have no drawings: %1</source>
        <translation>estos ejercicios no tienen dibujos: %1</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::LibraryFilterPanel</name>
    <message>
        <source>Only what I have at hand</source>
        <translation>Solo lo que tengo a mano</translation>
    </message>
    <message>
        <source>Suitable for me now</source>
        <translation>Adecuado para mí ahora</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>¿Dónde te duele?</translation>
    </message>
    <message>
        <source>What hurts</source>
        <translation>Qué duele</translation>
    </message>
    <message>
        <source>Shows the exercises that help with this</source>
        <translation>Muestra los ejercicios que ayudan con esto</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Cualquier cosa</translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation>Tipo de ejercicio</translation>
    </message>
    <message>
        <source>Shows only this kind of exercise</source>
        <translation>Muestra solo este tipo de ejercicio</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>&amp;What hurts</source>
        <translation>&amp;Qué duele</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Zonas del cuerpo</translation>
    </message>
    <message>
        <source>All regions (%1)</source>
        <translation>Todas las zonas (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add how many weeks it is since the birth in your profile (File ▸ Settings ▸ Profile) to use this.</source>
        <translation>Para usar esto, añade en tu perfil cuántas semanas han pasado desde el parto (Archivo ▸ Configuración ▸ Perfil).</translation>
    </message>
    <message>
        <source>Exercises usually fine %1 weeks after a caesarean birth.</source>
        <translation>Ejercicios que suelen estar bien %1 semanas después de una cesárea.</translation>
    </message>
    <message>
        <source>Exercises usually fine %1 weeks after birth.</source>
        <translation>Ejercicios que suelen estar bien %1 semanas después del parto.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::LibraryPage</name>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Search names, steps and symptoms (Ctrl+F)</source>
        <translation>Busca en nombres, pasos y síntomas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Number of exercises found</source>
        <translation>Número de ejercicios encontrados</translation>
    </message>
    <message>
        <source>Exercises found</source>
        <translation>Ejercicios encontrados</translation>
    </message>
    <message>
        <source>No exercises match. Try fewer filters or other words.</source>
        <translation>Ningún ejercicio coincide. Prueba con menos filtros u otras palabras.</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 ejercicios</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Search exercises</source>
        <translation>&amp;Buscar ejercicios</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Carrywell &amp;help</source>
        <translation>&amp;Ayuda de Carrywell</translation>
    </message>
    <message>
        <source>&amp;About Carrywell</source>
        <translation>A&amp;cerca de Carrywell</translation>
    </message>
    <message>
        <source>About Carrywell</source>
        <translation>Acerca de Carrywell</translation>
    </message>
    <message>
        <source>Plan &amp;layout</source>
        <translation>Disposición del p&amp;lan</translation>
    </message>
    <message>
        <source>The routine did not start</source>
        <translation>La rutina no empezó</translation>
    </message>
    <message>
        <source>The session was not saved in your journal</source>
        <translation>La sesión no se guardó en tu diario</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Reopen the window now?</source>
        <translation>¿Volver a abrir la ventana ahora?</translation>
    </message>
    <message>
        <source>The new language shows when Carrywell reopens its window.</source>
        <translation>El nuevo idioma se verá cuando Carrywell vuelva a abrir su ventana.</translation>
    </message>
    <message>
        <source>A session in progress is kept and offered back.</source>
        <translation>Si hay una sesión en curso, se guarda y se te ofrecerá continuarla.</translation>
    </message>
    <message>
        <source>Reopen now</source>
        <translation>Volver a abrir ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carrywell %1&lt;/h3&gt;&lt;p&gt;Exercises, guided sessions and a private journal for back pain after pregnancy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carrywell %1&lt;/h3&gt;&lt;p&gt;Ejercicios, sesiones guiadas y un diario privado para el dolor de espalda después del embarazo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not medical advice.&lt;/b&gt; Carrywell teaches general exercises. If pain is severe, getting worse, or comes with numbness, leaking or fever, see a doctor or a pelvic-floor physiotherapist.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No es consejo médico.&lt;/b&gt; Carrywell enseña ejercicios generales. Si el dolor es intenso, va a peor o viene con entumecimiento, pérdidas de orina o fiebre, consulta a un médico o a un fisioterapeuta de suelo pélvico.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Your journal stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Tu diario se queda en este ordenador.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::MakeWeekDialog</name>
    <message>
        <source>Make my week</source>
        <translation>Planifica mi semana</translation>
    </message>
    <message>
        <source>Tell Carrywell about you and your week. Each free day gets a short routine: breathing first, then gentle mobility, strength and core, and a release to finish.</source>
        <translation>Cuéntale a Carrywell sobre ti y tu semana. Cada día libre recibe una rutina corta: primero respiración, luego movilidad suave, fuerza y core, y una liberación para terminar.</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minutos al día</translation>
    </message>
    <message>
        <source>How long each day&apos;s routine may take</source>
        <translation>Cuánto puede durar la rutina de cada día</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Usual time for the routine</source>
        <translation>Hora habitual de la rutina</translation>
    </message>
    <message>
        <source>Used for the calendar file and the printed plan</source>
        <translation>Se usa para el archivo de calendario y el plan impreso</translation>
    </message>
    <message>
        <source>Your week</source>
        <translation>Tu semana</translation>
    </message>
    <message>
        <source>Minutes a day:</source>
        <translation>Minutos al día:</translation>
    </message>
    <message>
        <source>Free days:</source>
        <translation>Días libres:</translation>
    </message>
    <message>
        <source>Usual time:</source>
        <translation>Hora habitual:</translation>
    </message>
    <message>
        <source>Choose at least one free day.</source>
        <translation>Elige al menos un día libre.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PainChartView</name>
    <message>
        <source>Pain over time</source>
        <translation>Dolor a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No check-ins in these days.</source>
        <translation>No hay registros en estos días.</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Day’s average</source>
        <translation>Media del día</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Sessions a week (monthly)</source>
        <translation>Sesiones por semana (mensual)</translation>
    </message>
    <message>
        <source>%1 days with check-ins from %2 to %3, average pain %4.</source>
        <translation>%1 días con registros del %2 al %3, dolor medio %4.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PainScalePicker</name>
    <message>
        <source>Pain score</source>
        <translation>Puntuación del dolor</translation>
    </message>
    <message>
        <source>0 no pain, 10 worst imaginable. Number keys or arrows choose.</source>
        <translation>0 sin dolor, 10 el peor imaginable. Elige con las teclas numéricas o las flechas.</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>0, no pain</source>
        <translation>0, sin dolor</translation>
    </message>
    <message>
        <source>10, worst imaginable</source>
        <translation>10, el peor imaginable</translation>
    </message>
    <message>
        <source>%1: %2 (key %3)</source>
        <translation>%1: %2 (tecla %3)</translation>
    </message>
    <message>
        <source>1 then 0</source>
        <translation>1 y luego 0</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>El peor imaginable</translation>
    </message>
    <message>
        <source>Press a number key, 0 to 10</source>
        <translation>Pulsa una tecla numérica, de 0 a 10</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pain score: %1, %2</source>
        <translation>Puntuación del dolor: %1, %2</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanCommands</name>
    <message>
        <source>Carrywell could not write %1 to “%2” (%3). Nothing was changed.</source>
        <translation>Carrywell no pudo escribir %1 en «%2» (%3). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>No plan was kept for %1, so Carrywell made one from your profile and saved it in your journal.</source>
        <translation>No había ningún plan guardado para %1, así que Carrywell hizo uno a partir de tu perfil y lo guardó en tu diario.</translation>
    </message>
    <message>
        <source>Wrote %1: the plan for %2 (%3), %4 of 7 days with exercises.</source>
        <translation>Se escribió %1: el plan para %2 (%3), %4 de 7 días con ejercicios.</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation>el calendario</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanDayList</name>
    <message>
        <source>Days of the week</source>
        <translation>Días de la semana</translation>
    </message>
    <message>
        <source>%1 · Today</source>
        <translation>%1 · Hoy</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nada previsto</translation>
    </message>
    <message>
        <source>%1 · done ✓</source>
        <translation>%1 · hecho ✓</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanDayView</name>
    <message>
        <source>Add exercise…</source>
        <translation>Añadir ejercicio…</translation>
    </message>
    <message>
        <source>Swap…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Make it a rest day</source>
        <translation>Convertirlo en día de descanso</translation>
    </message>
    <message>
        <source>A rest day. Rest is part of getting stronger: an easy walk with the pram is plenty.
Add an exercise to make it a training day.</source>
        <translation>Un día de descanso. Descansar también es parte de ponerse fuerte: un paseo tranquilo con el cochecito es más que suficiente.
Añade un ejercicio para convertirlo en día de entrenamiento.</translation>
    </message>
    <message>
        <source>Take the exercise off this day (Delete)</source>
        <translation>Quitar el ejercicio de este día (Supr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Move the exercise to another day; you can also drag it onto a day</source>
        <translation>Mueve el ejercicio a otro día; también puedes arrastrarlo hasta un día</translation>
    </message>
    <message>
        <source>%1 · Today</source>
        <translation>%1 · Hoy</translation>
    </message>
    <message>
        <source>%1 of your %2 minutes · breathing, then mobility, strength and core, then release</source>
        <translation>%1 de tus %2 minutos · respiración, luego movilidad, fuerza y core, y después liberación</translation>
    </message>
    <message>
        <source>%1 — longer than your %2 minutes; remove an exercise to fit.</source>
        <translation>%1 — más que tus %2 minutos; quita un ejercicio para que quepa.</translation>
    </message>
    <message>
        <source>Start today&apos;s routine</source>
        <translation>Empezar la rutina de hoy</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Empezar esta rutina</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanExerciseList</name>
    <message>
        <source>Exercises of the day</source>
        <translation>Ejercicios del día</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanPage</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Make my week…</source>
        <translation>Planifica mi semana…</translation>
    </message>
    <message>
        <source>Try another plan</source>
        <translation>Probar otro plan</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Semana anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Semana siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Answer a few questions and get a plan for this week</source>
        <translation>Responde unas preguntas y recibe un plan para esta semana</translation>
    </message>
    <message>
        <source>The same answers, other exercises</source>
        <translation>Las mismas respuestas, otros ejercicios</translation>
    </message>
    <message>
        <source>Here is another plan from the same answers. Undo brings the last one back.</source>
        <translation>Aquí tienes otro plan con las mismas respuestas. Deshacer recupera el anterior.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>The plan was not changed</source>
        <translation>El plan no se modificó</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Mover al %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Reordenar</translation>
    </message>
    <message>
        <source>Make it a rest day</source>
        <translation>Convertirlo en día de descanso</translation>
    </message>
    <message>
        <source>Your week is ready. Change anything you like; undo is Ctrl+Z.</source>
        <translation>Tu semana está lista. Cambia lo que quieras; para deshacer, Ctrl+Z.</translation>
    </message>
    <message>
        <source>This week · %1</source>
        <translation>Esta semana · %1</translation>
    </message>
    <message>
        <source>Next week · %1</source>
        <translation>Semana siguiente · %1</translation>
    </message>
    <message>
        <source>Last week · %1</source>
        <translation>Semana pasada · %1</translation>
    </message>
    <message>
        <source>Make it again…</source>
        <translation>Volver a planificar…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No plan for this week yet&lt;/h2&gt;&lt;p&gt;Answer a few questions — what hurts, how long since the birth, what you have at home, how many minutes and which days — and Carrywell puts together a short routine for each free day.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay plan para esta semana&lt;/h2&gt;&lt;p&gt;Responde unas preguntas —qué te duele, cuánto hace del parto, qué tienes en casa, cuántos minutos y qué días— y Carrywell prepara una rutina corta para cada día libre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1&apos;s plan</source>
        <translation>Plan del %1</translation>
    </message>
    <message>
        <source>Add an exercise to %1</source>
        <translation>Añadir un ejercicio al %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Swap %1 for…</source>
        <translation>Cambiar %1 por…</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Swap in %1</source>
        <translation>Poner %1</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanPdf</name>
    <message>
        <source>Carrywell could not write the plan to “%1” (%2). Choose another place.</source>
        <translation>Carrywell no pudo escribir el plan en «%1» (%2). Elige otro lugar.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Carrywell could not draw the plan into “%1”. Nothing was saved there.</source>
        <translation>Carrywell no pudo dibujar el plan en «%1». No se guardó nada ahí.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanPrintActions</name>
    <message>
        <source>&amp;Print plan…</source>
        <translation>I&amp;mprimir plan…</translation>
    </message>
    <message>
        <source>Save plan as P&amp;DF…</source>
        <translation>Guardar plan como P&amp;DF…</translation>
    </message>
    <message>
        <source>Add plan to &amp;calendar…</source>
        <translation>Añadir plan al &amp;calendario…</translation>
    </message>
    <message>
        <source>&amp;Week grid (landscape)</source>
        <translation>Cuadrícula &amp;semanal (horizontal)</translation>
    </message>
    <message>
        <source>&amp;Day by day (portrait)</source>
        <translation>Día &amp;a día (vertical)</translation>
    </message>
    <message>
        <source>Print the week&apos;s plan to pin up, with a preview first</source>
        <translation>Imprime el plan de la semana para colgarlo, con una vista previa antes</translation>
    </message>
    <message>
        <source>Save the week&apos;s plan as a PDF to print later or share</source>
        <translation>Guarda el plan de la semana como PDF para imprimirlo más tarde o compartirlo</translation>
    </message>
    <message>
        <source>Save the week&apos;s exercise days as a calendar file (.ics) for your calendar app</source>
        <translation>Guarda los días de ejercicio de la semana como archivo de calendario (.ics) para tu aplicación de calendario</translation>
    </message>
    <message>
        <source>The seven days side by side on a landscape page</source>
        <translation>Los siete días uno al lado del otro en una página horizontal</translation>
    </message>
    <message>
        <source>One day under another on a portrait page</source>
        <translation>Un día debajo de otro en una página vertical</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Print your plan</source>
        <translation>Imprimir tu plan</translation>
    </message>
    <message>
        <source>The plan was sent to the printer.</source>
        <translation>El plan se envió a la impresora.</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Guardar el plan como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>Plan guardado</translation>
    </message>
    <message>
        <source>The plan is in %1.</source>
        <translation>El plan está en %1.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>No se guardó el plan</translation>
    </message>
    <message>
        <source>Saved the plan to %1.</source>
        <translation>El plan se guardó en %1.</translation>
    </message>
    <message>
        <source>Add the plan to your calendar</source>
        <translation>Añadir el plan a tu calendario</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Archivo de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation>No se guardó el archivo de calendario</translation>
    </message>
    <message>
        <source>Saved the plan&apos;s exercise days (%1 of 7, at %2) to %3. Open the file with your calendar app to add them.</source>
        <translation>Se guardaron los días de ejercicio del plan (%1 de 7, a las %2) en %3. Abre el archivo con tu aplicación de calendario para añadirlos.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanSheet</name>
    <message>
        <source>My exercise week</source>
        <translation>Mi semana de ejercicios</translation>
    </message>
    <message>
        <source>A week of rest.</source>
        <translation>Una semana de descanso.</translation>
    </message>
    <message>
        <source>About %1 minutes on 1 day.</source>
        <translation>Unos %1 minutos en 1 día.</translation>
    </message>
    <message>
        <source>Up to %1 minutes a day, on %2 days.</source>
        <translation>Hasta %1 minutos al día, %2 días.</translation>
    </message>
    <message>
        <source>Tick a day when you have done it, and mark how your pain was that day from 0 (none) to 10 (worst imaginable).</source>
        <translation>Marca cada día cuando lo hayas hecho y anota cómo estuvo tu dolor ese día, de 0 (nada) a 10 (el peor imaginable).</translation>
    </message>
    <message>
        <source>Carrywell teaches general exercises; it is not medical advice. Move within what feels comfortable. Stop and get help if you have severe or worsening pain, numbness, leaking or heaviness in the pelvis, fever, heavier bleeding, or pain at a caesarean scar.</source>
        <translation>Carrywell enseña ejercicios generales; no es consejo médico. Muévete dentro de lo que te resulte cómodo. Para y busca ayuda si tienes dolor intenso o que empeora, entumecimiento, pérdidas de orina o sensación de peso en la pelvis, fiebre, un sangrado más abundante o dolor en la cicatriz de la cesárea.</translation>
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
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Strength and core</source>
        <translation>Fuerza y core</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberación</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Día de descanso</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 ejercicios</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::PlanWorkspace</name>
    <message>
        <source>Make the week again</source>
        <translation>Volver a planificar la semana</translation>
    </message>
    <message>
        <source>Make my week</source>
        <translation>Planifica mi semana</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ProfileForm</name>
    <message>
        <source>Weeks since the birth:</source>
        <translation>Semanas desde el parto:</translation>
    </message>
    <message>
        <source>Weeks since the birth</source>
        <translation>Semanas desde el parto</translation>
    </message>
    <message>
        <source>Exercises are suggested to suit this stage of recovery</source>
        <translation>Los ejercicios sugeridos se adaptan a esta etapa de la recuperación</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>How was the birth?</source>
        <translation>¿Cómo fue el parto?</translation>
    </message>
    <message>
        <source>Vaginal birth</source>
        <translation>Parto vaginal</translation>
    </message>
    <message>
        <source>Caesarean birth</source>
        <translation>Cesárea</translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>What do you have at home?</source>
        <translation>¿Qué tienes en casa?</translation>
    </message>
    <message>
        <source>What bothers you most?</source>
        <translation>¿Qué es lo que más te molesta?</translation>
    </message>
    <message>
        <source>My belly muscles have a gap (diastasis)</source>
        <translation>Tengo separación de los músculos abdominales (diástasis)</translation>
    </message>
    <message>
        <source>Core exercises then show how to change them for the gap; see Learn ▸ Your recovery for how to check.</source>
        <translation>Los ejercicios de abdomen te dirán entonces cómo adaptarlos a la separación; en Aprender ▸ Tu recuperación verás cómo comprobarla.</translation>
    </message>
    <message>
        <source>Everyday activities that are hard now (optional)</source>
        <translation>Actividades del día a día que ahora te cuestan (opcional)</translation>
    </message>
    <message>
        <source>Name for your clinic (optional)</source>
        <translation>Nombre para tu clínica (opcional)</translation>
    </message>
    <message>
        <source>Name for your clinic</source>
        <translation>Nombre para tu clínica</translation>
    </message>
    <message>
        <source>Only put in the file you export for a clinic (FHIR). Leave empty to stay anonymous.</source>
        <translation>Solo va en el archivo que exportas para una clínica (FHIR). Déjalo vacío para seguir en el anonimato.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::RatingPromptBanner</name>
    <message>
        <source>Rate them</source>
        <translation>Puntuarlas</translation>
    </message>
    <message>
        <source>Not this week</source>
        <translation>Esta semana no</translation>
    </message>
    <message>
        <source>How are your everyday activities this week?</source>
        <translation>¿Qué tal van tus actividades del día a día esta semana?</translation>
    </message>
    <message>
        <source>A few seconds: rate how well you can do each of your activities now, so you and your physiotherapist can see them get easier.</source>
        <translation>Unos segundos: puntúa qué tal puedes hacer ahora cada una de tus actividades, para que tú y tu fisioterapeuta veáis cómo se vuelven más fáciles.</translation>
    </message>
    <message>
        <source>Not this week: ask again in a week</source>
        <translation>Esta semana no: volver a preguntar dentro de una semana</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::RegionScoresEditor</name>
    <message>
        <source>%1 score</source>
        <translation>Puntuación de %1</translation>
    </message>
    <message>
        <source>0 no pain, 10 worst imaginable</source>
        <translation>0 sin dolor, 10 el peor imaginable</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>%1 does not hurt</source>
        <translation>%1 no duele</translation>
    </message>
    <message>
        <source>Optional: tap where it hurts. Each region gets its own score.</source>
        <translation>Opcional: toca donde te duele. Cada zona tiene su propia puntuación.</translation>
    </message>
    <message>
        <source>Tap a region again to take it away.</source>
        <translation>Vuelve a tocar una zona para quitarla.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReminderSection</name>
    <message>
        <source>Remind me to &amp;check in each day at</source>
        <translation>Recordarme &amp;registrar mi dolor cada día a las</translation>
    </message>
    <message>
        <source>Check-in reminder time</source>
        <translation>Hora del recordatorio de registro</translation>
    </message>
    <message>
        <source>Remind me of the day&apos;s &amp;planned session at</source>
        <translation>Recordarme la sesión &amp;prevista del día a las</translation>
    </message>
    <message>
        <source>Session reminder time</source>
        <translation>Hora del recordatorio de sesión</translation>
    </message>
    <message>
        <source>Start Carrywell in the tray when I &amp;log in</source>
        <translation>Iniciar Carrywell en la bandeja al &amp;entrar en la sesión</translation>
    </message>
    <message>
        <source>Skipped on days you have already checked in.</source>
        <translation>No aparece los días en que ya has hecho tu registro.</translation>
    </message>
    <message>
        <source>When the check-in reminder appears.</source>
        <translation>Cuándo aparece el recordatorio de registro.</translation>
    </message>
    <message>
        <source>Only on days your weekly plan has a session you have not done yet.</source>
        <translation>Solo los días en que tu plan semanal tiene una sesión que aún no has hecho.</translation>
    </message>
    <message>
        <source>Your usual session time; the plan&apos;s calendar uses it too.</source>
        <translation>Tu hora habitual para la sesión; el calendario del plan también la usa.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>How long “Snooze” waits before reminding you again.</source>
        <translation>Cuánto espera «Posponer» antes de volver a recordártelo.</translation>
    </message>
    <message>
        <source>Carrywell waits quietly in the tray, without opening its window, so reminders can come.</source>
        <translation>Carrywell espera en silencio en la bandeja, sin abrir su ventana, para que puedan llegar los recordatorios.</translation>
    </message>
    <message>
        <source>While reminders are on, closing the window keeps Carrywell in the tray. Quit it from the tray icon&apos;s menu.</source>
        <translation>Con los recordatorios activados, cerrar la ventana deja Carrywell en la bandeja. Para salir, usa el menú del icono de la bandeja.</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so reminders come only while Carrywell&apos;s window is open.</source>
        <translation>Tu escritorio no muestra iconos en la bandeja, así que los recordatorios solo llegan mientras la ventana de Carrywell está abierta.</translation>
    </message>
    <message>
        <source>&amp;Snooze for:</source>
        <translation>Pospo&amp;ner durante:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>A gentle nudge on your desktop, with Snooze and Done.</source>
        <translation>Un aviso suave en tu escritorio, con Posponer y Hecho.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReminderService</name>
    <message>
        <source>Carrywell is still here</source>
        <translation>Carrywell sigue aquí</translation>
    </message>
    <message>
        <source>Your reminders keep coming while the window is closed. To stop Carrywell, choose Quit in this icon&apos;s menu.</source>
        <translation>Tus recordatorios siguen llegando aunque la ventana esté cerrada. Para cerrar Carrywell, elige Salir en el menú de este icono.</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Posponer %1 min</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Time for your check-in</source>
        <translation>Es la hora de tu registro</translation>
    </message>
    <message>
        <source>How is your back today? It takes ten seconds.</source>
        <translation>¿Cómo está hoy tu espalda? Solo lleva diez segundos.</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Registrar ahora</translation>
    </message>
    <message>
        <source>Time for today&apos;s exercises</source>
        <translation>Es la hora de los ejercicios de hoy</translation>
    </message>
    <message>
        <source>Your %1-minute routine is ready when you are.</source>
        <translation>Tu rutina de %1 minutos está lista cuando tú lo estés.</translation>
    </message>
    <message>
        <source>Your routine for today is ready when you are.</source>
        <translation>Tu rutina de hoy está lista cuando tú lo estés.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReminderTray</name>
    <message>
        <source>Carrywell: reminders are on</source>
        <translation>Carrywell: recordatorios activados</translation>
    </message>
    <message>
        <source>Open Carrywell</source>
        <translation>Abrir Carrywell</translation>
    </message>
    <message>
        <source>Check in now…</source>
        <translation>Registrar ahora…</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Empezar la sesión de hoy</translation>
    </message>
    <message>
        <source>Check-in reminder: done for today</source>
        <translation>Recordatorio de registro: hecho por hoy</translation>
    </message>
    <message>
        <source>Session reminder: done for today</source>
        <translation>Recordatorio de sesión: hecho por hoy</translation>
    </message>
    <message>
        <source>Quit Carrywell</source>
        <translation>Salir de Carrywell</translation>
    </message>
    <message>
        <source>Check-in reminder: again in %1 minutes</source>
        <translation>Recordatorio de registro: de nuevo en %1 minutos</translation>
    </message>
    <message>
        <source>Session reminder: again in %1 minutes</source>
        <translation>Recordatorio de sesión: de nuevo en %1 minutos</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReportChartPainter</name>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Sessions per week (right scale)</source>
        <translation>Sesiones por semana (escala derecha)</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ReportDialog</name>
    <message>
        <source>Report for my physio</source>
        <translation>Informe para mi fisio</translation>
    </message>
    <message>
        <source>A few pages to bring to your physiotherapist or doctor: your pain over these days, where it hurts, what set it off, the sessions you did and your notes.</source>
        <translation>Unas páginas para llevar a tu fisioterapeuta o a tu médico: tu dolor en estos días, dónde te duele, qué lo desencadenó, las sesiones que hiciste y tus notas.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>The report starts on this day</source>
        <translation>El informe empieza este día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>The report ends on this day</source>
        <translation>El informe termina este día</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Últimas %1 semanas</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::RoutineChooser</name>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 ejercicios</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Start “%1” as a guided session</source>
        <translation>Empezar «%1» como sesión guiada</translation>
    </message>
    <message>
        <source>Suits from the first days after birth.</source>
        <translation>Adecuada desde los primeros días tras el parto.</translation>
    </message>
    <message>
        <source>From week %1 after birth; week %2 after a caesarean.</source>
        <translation>Desde la semana %1 tras el parto; la semana %2 tras una cesárea.</translation>
    </message>
    <message>
        <source>Not yet for you.</source>
        <translation>Todavía no es para ti.</translation>
    </message>
    <message>
        <source>“%1” suits you now.</source>
        <translation>«%1» sí te conviene ahora.</translation>
    </message>
    <message>
        <source>“%1” in it is best left for now with pelvic girdle pain.</source>
        <translation>Con dolor de cintura pélvica, es mejor dejar «%1» para más adelante.</translation>
    </message>
    <message>
        <source>“%1” in it is best left for now with a gap between your belly muscles.</source>
        <translation>Con separación de los músculos abdominales, es mejor dejar «%1» para más adelante.</translation>
    </message>
    <message>
        <source>Not for you now.</source>
        <translation>Ahora no es para ti.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::ScoredBodyMap</name>
    <message>
        <source>Where it hurts</source>
        <translation>Dónde te duele</translation>
    </message>
    <message>
        <source>Tap or press Space on each region that hurts; again to take it away</source>
        <translation>Toca o pulsa Espacio en cada zona que te duela; otra vez para quitarla</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SessionEffectChartView</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <source>Rate your pain before and after a session to see how sessions help.</source>
        <translation>Puntúa tu dolor antes y después de una sesión para ver cómo te ayudan las sesiones.</translation>
    </message>
    <message>
        <source>No rated sessions yet</source>
        <translation>Aún no hay sesiones puntuadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todas (%1)</translation>
    </message>
    <message>
        <source>Sessions eased pain by %1</source>
        <translation>Las sesiones aliviaron el dolor en %1</translation>
    </message>
    <message>
        <source>%1. Before %2, after %3, over %4 sessions.</source>
        <translation>%1. Antes %2, después %3, en %4 sesiones.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SessionEndView</name>
    <message>
        <source>What you did</source>
        <translation>Lo que has hecho</translation>
    </message>
    <message>
        <source>How is your pain?</source>
        <translation>¿Cómo está tu dolor?</translation>
    </message>
    <message>
        <source>0 is no pain, 10 the worst you can imagine. Both are optional: leave them empty if you like.</source>
        <translation>0 es nada de dolor y 10 el peor que puedas imaginar. Las dos son opcionales: déjalas en blanco si quieres.</translation>
    </message>
    <message>
        <source>&amp;Before the session:</source>
        <translation>&amp;Antes de la sesión:</translation>
    </message>
    <message>
        <source>&amp;Now:</source>
        <translation>A&amp;hora:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>0 no pain, 10 worst imaginable; optional. Number keys or arrows choose.</source>
        <translation>0 nada de dolor, 10 el peor imaginable; opcional. Elige con las teclas numéricas o las flechas.</translation>
    </message>
    <message>
        <source>Clear the pain before</source>
        <translation>Borrar el dolor de antes</translation>
    </message>
    <message>
        <source>Clear the pain now</source>
        <translation>Borrar el dolor de ahora</translation>
    </message>
    <message>
        <source>Keeps the session in your journal</source>
        <translation>Guarda la sesión en tu diario</translation>
    </message>
    <message>
        <source>Well done. That is the whole session.</source>
        <translation>Muy bien. Has terminado la sesión.</translation>
    </message>
    <message>
        <source>Session stopped. What you did is kept.</source>
        <translation>Sesión detenida. Lo que has hecho queda guardado.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 exercises done</source>
        <translation>%1 · %2 de %3 ejercicios hechos</translation>
    </message>
    <message>
        <source>Time spent: %1 (pauses not counted)</source>
        <translation>Tiempo: %1 (sin contar las pausas)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>%1: %2 out of 10</source>
        <translation>%1: %2 de 10</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SessionPage</name>
    <message>
        <source>Choose a guided session</source>
        <translation>Elige una sesión guiada</translation>
    </message>
    <message>
        <source>Sound tells you when to move, hold, switch sides and rest, so you can follow with your eyes closed. Space pauses when the baby needs you. Any single exercise can also be started from its page in the Library.</source>
        <translation>El sonido te indica cuándo moverte, mantener, cambiar de lado y descansar, así que puedes seguirla con los ojos cerrados. Espacio hace una pausa cuando el bebé te necesita. También puedes empezar cualquier ejercicio suelto desde su página en la Biblioteca.</translation>
    </message>
    <message>
        <source>Ready-made sessions</source>
        <translation>Sesiones preparadas</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <source>Spoken words</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>How loud the tones and spoken words are</source>
        <translation>El volumen de los tonos y de la voz</translation>
    </message>
    <message>
        <source>Get-ready time</source>
        <translation>Tiempo para prepararte</translation>
    </message>
    <message>
        <source>Seconds to get into position before each exercise</source>
        <translation>Segundos para ponerte en posición antes de cada ejercicio</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>&amp;Get ready for:</source>
        <translation>&amp;Prepararse durante:</translation>
    </message>
    <message>
        <source>This session cannot start</source>
        <translation>Esta sesión no puede empezar</translation>
    </message>
    <message>
        <source>A session is already running. Finish or stop it first.</source>
        <translation>Ya hay una sesión en marcha. Termínala o detenla primero.</translation>
    </message>
    <message>
        <source>An unfinished session could not be read</source>
        <translation>No se pudo leer una sesión sin terminar</translation>
    </message>
    <message>
        <source>Continue your session?</source>
        <translation>¿Continuar tu sesión?</translation>
    </message>
    <message>
        <source>“%1” was left unfinished. Continue where you stopped?</source>
        <translation>«%1» quedó sin terminar. ¿Quieres continuar donde lo dejaste?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Dejarla</translation>
    </message>
    <message>
        <source>The session could not be continued</source>
        <translation>No se pudo continuar la sesión</translation>
    </message>
    <message>
        <source>Stop this session?</source>
        <translation>¿Detener esta sesión?</translation>
    </message>
    <message>
        <source>Last session: %1 — %2 of %3 exercises done in %4.</source>
        <translation>Última sesión: %1 — %2 de %3 ejercicios hechos en %4.</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>What you have done so far is kept.</source>
        <translation>Lo que has hecho hasta ahora queda guardado.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SessionRunView</name>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Back (←)</source>
        <translation>Atrás (←)</translation>
    </message>
    <message>
        <source>Skip (→)</source>
        <translation>Saltar (→)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Detener (Esc)</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Sesión guiada</translation>
    </message>
    <message>
        <source>Space pauses or resumes, Left goes back, Right skips, Esc stops.</source>
        <translation>Espacio pausa o reanuda, Izquierda vuelve atrás, Derecha salta, Esc detiene.</translation>
    </message>
    <message>
        <source>Progress through the session</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Segundos restantes</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>No sound device was found, so cues are shown here in large text.</source>
        <translation>No se encontró ningún dispositivo de sonido, así que los avisos se muestran aquí en letra grande.</translation>
    </message>
    <message>
        <source>Pause or resume the session (Space)</source>
        <translation>Pausar o reanudar la sesión (Espacio)</translation>
    </message>
    <message>
        <source>Back to the start of this exercise or the one before (Left arrow)</source>
        <translation>Volver al inicio de este ejercicio o al anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Skip to what comes next (Right arrow)</source>
        <translation>Saltar a lo siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Stop the session; what you did is kept (Esc)</source>
        <translation>Detener la sesión; lo que hiciste se guarda (Esc)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ida</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vuelta</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Reanudar (Espacio)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Repetición %1</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Último ejercicio</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Set, rep and side</source>
        <translation>Serie, repetición y lado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Lo que viene después</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Set %1 of %2 done</source>
        <translation>Serie %1 de %2 hecha</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 comes next.</source>
        <translation>Ahora viene la serie %1 de %2.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>A continuación: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Then you are done</source>
        <translation>Y después has terminado</translation>
    </message>
    <message>
        <source>Signs to stop and get help</source>
        <translation>Señales para parar y pedir ayuda</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>Choose which settings to show.</source>
        <translation>Elige qué configuración mostrar.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Tu perfil</translation>
    </message>
    <message>
        <source>Tailors the library and your weekly plan. Every answer is optional.</source>
        <translation>Adapta la biblioteca y tu plan semanal. Todas las respuestas son opcionales.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SheetCanvas</name>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SmokeTest</name>
    <message>
        <source>the exercise library has problems: %1</source>
        <translation>la biblioteca de ejercicios tiene problemas: %1</translation>
    </message>
    <message>
        <source>the exercise library is empty</source>
        <translation>la biblioteca de ejercicios está vacía</translation>
    </message>
    <message>
        <source>the app calls itself “%1” on the desktop instead of “%2”</source>
        <translation>la aplicación se llama «%1» en el escritorio en lugar de «%2»</translation>
    </message>
    <message>
        <source>the app icon could not be drawn; Qt&apos;s SVG support (libqt6svg6) is missing</source>
        <translation>no se pudo dibujar el icono de la aplicación; falta el soporte SVG de Qt (libqt6svg6)</translation>
    </message>
    <message>
        <source>the journal could not be opened: %1</source>
        <translation>no se pudo abrir el diario: %1</translation>
    </message>
    <message>
        <source>the journal could not save a check-in: %1</source>
        <translation>el diario no pudo guardar un registro: %1</translation>
    </message>
    <message>
        <source>the journal could not be read: %1</source>
        <translation>no se pudo leer el diario: %1</translation>
    </message>
    <message>
        <source>the journal holds %1 check-ins instead of the one just saved</source>
        <translation>el diario tiene %1 registros en lugar del que se acaba de guardar</translation>
    </message>
    <message>
        <source>the main window did not appear on the screen</source>
        <translation>la ventana principal no apareció en la pantalla</translation>
    </message>
    <message>
        <source>the main window has no %1 page</source>
        <translation>la ventana principal no tiene la página %1</translation>
    </message>
    <message>
        <source>the %1 page could not be shown</source>
        <translation>no se pudo mostrar la página %1</translation>
    </message>
    <message>
        <source>the main window could not be drawn</source>
        <translation>no se pudo dibujar la ventana principal</translation>
    </message>
    <message>
        <source>the library has no built-in exercise for a session</source>
        <translation>la biblioteca no tiene ningún ejercicio integrado para una sesión</translation>
    </message>
    <message>
        <source>a session of “%1” could not start</source>
        <translation>no pudo empezar una sesión de «%1»</translation>
    </message>
    <message>
        <source>the session showed no cue on screen</source>
        <translation>la sesión no mostró ningún aviso en pantalla</translation>
    </message>
    <message>
        <source>the session gave the sound player no cue</source>
        <translation>la sesión no dio ningún aviso al reproductor de sonido</translation>
    </message>
    <message>
        <source>no voice clip says “%1”</source>
        <translation>ningún clip de voz dice «%1»</translation>
    </message>
    <message>
        <source>the sound %1 took too long to load</source>
        <translation>el sonido %1 tardó demasiado en cargarse</translation>
    </message>
    <message>
        <source>the sound %1 could not be loaded</source>
        <translation>no se pudo cargar el sonido %1</translation>
    </message>
    <message>
        <source>smoke test failed: %1</source>
        <translation>la prueba rápida falló: %1</translation>
    </message>
    <message>
        <source>no temporary folder could be made: %1</source>
        <translation>no se pudo crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>no temporary folder could be made for the session check</source>
        <translation>no se pudo crear una carpeta temporal para comprobar la sesión</translation>
    </message>
    <message>
        <source>visual + sound</source>
        <translation>visual + sonido</translation>
    </message>
    <message>
        <source>visual (no sound device)</source>
        <translation>visual (sin dispositivo de sonido)</translation>
    </message>
    <message>
        <source>%1 %2 smoke test passed: %3 exercises, journal ok, cues: %4</source>
        <translation>%1 %2: prueba rápida superada: %3 ejercicios, diario correcto, avisos: %4</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SoundSection</name>
    <message>
        <source>Play a short &amp;tone at each change</source>
        <translation>Reproducir un &amp;tono breve en cada cambio</translation>
    </message>
    <message>
        <source>Say what comes &amp;next</source>
        <translation>Decir lo que viene &amp;después</translation>
    </message>
    <message>
        <source>A soft tone when a hold starts, a side changes or a rest begins.</source>
        <translation>Un tono suave cuando empieza un mantenimiento, cambia el lado o empieza un descanso.</translation>
    </message>
    <message>
        <source>A voice names the next step, so you can keep your eyes on your baby.</source>
        <translation>Una voz nombra el siguiente paso, para que puedas tener la vista puesta en tu bebé.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>How loud tones and words are, from 0 to 100.</source>
        <translation>El volumen de los tonos y de la voz, de 0 a 100.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get-ready time</source>
        <translation>Tiempo para prepararte</translation>
    </message>
    <message>
        <source>Seconds to get into position before each exercise.</source>
        <translation>Segundos para ponerte en posición antes de cada ejercicio.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>&amp;Get ready for:</source>
        <translation>&amp;Prepararse durante:</translation>
    </message>
    <message>
        <source>Guided sessions</source>
        <translation>Sesiones guiadas</translation>
    </message>
    <message>
        <source>How sessions sound. Cues always show on screen too, so sessions work with the sound off.</source>
        <translation>Cómo suenan las sesiones. Los avisos también se muestran siempre en pantalla, así que las sesiones funcionan sin sonido.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SuitabilityGate</name>
    <message>
        <source>With a gap between your belly muscles, “%1” is best left for now. %2</source>
        <translation>Con separación de los músculos abdominales, es mejor dejar «%1» para más adelante. %2</translation>
    </message>
    <message>
        <source>“%1” usually suits from week %2 after your kind of birth.</source>
        <translation>«%1» suele ser adecuado desde la semana %2 tras tu tipo de parto.</translation>
    </message>
    <message>
        <source>Not yet for you</source>
        <translation>Todavía no es para ti</translation>
    </message>
    <message>
        <source>“%1” does not suit you yet.</source>
        <translation>«%1» todavía no te conviene.</translation>
    </message>
    <message>
        <source>Start it only if your midwife, doctor or physiotherapist has cleared you for it.</source>
        <translation>Empiézalo solo si tu matrona, tu médico o tu fisioterapeuta te ha dado el visto bueno.</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <translation>Empezar «%1»</translation>
    </message>
    <message>
        <source>My clinician cleared me</source>
        <translation>Mi profesional sanitario me ha dado el visto bueno</translation>
    </message>
    <message>
        <source>With pelvic girdle pain, “%1” is best left for now. %2</source>
        <translation>Con dolor de cintura pélvica, es mejor dejar «%1» para más adelante. %2</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::SummaryCards</name>
    <message>
        <source>Pain this week</source>
        <translation>Dolor esta semana</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sesiones esta semana</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>Best and worst days</source>
        <translation>Mejor y peor día</translation>
    </message>
    <message>
        <source>No check-ins last week to compare with.</source>
        <translation>No hay registros de la semana pasada con los que comparar.</translation>
    </message>
    <message>
        <source>The same as last week (%1).</source>
        <translation>Igual que la semana pasada (%1).</translation>
    </message>
    <message>
        <source>Down %1 from last week (%2).</source>
        <translation>%1 menos que la semana pasada (%2).</translation>
    </message>
    <message>
        <source>Up %1 from last week (%2).</source>
        <translation>%1 más que la semana pasada (%2).</translation>
    </message>
    <message>
        <source>Last week: %1.</source>
        <translation>Semana pasada: %1.</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Aún no hay registros</translation>
    </message>
    <message>
        <source>%1 minutes. Last week: %2.</source>
        <translation>%1 minutos. Semana pasada: %2.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Longest: 1 day.</source>
        <translation>La más larga: 1 día.</translation>
    </message>
    <message>
        <source>Longest: %1 days.</source>
        <translation>La más larga: %1 días.</translation>
    </message>
    <message>
        <source>A check-in today keeps it going. </source>
        <translation>Un registro hoy la mantiene. </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No check-ins in the days shown.</source>
        <translation>No hay registros en los días mostrados.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Best %1, worst %2.</source>
        <translation>Mejor %1, peor %2.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::TrayReminderNotifier</name>
    <message>
        <source>Snooze or Done are in the Carrywell icon&apos;s menu.</source>
        <translation>Posponer y Hecho están en el menú del icono de Carrywell.</translation>
    </message>
</context>
<context>
    <name>carrywell::ui::WeekGridPainter</name>
    <message>
        <source>Rest day</source>
        <translation>Día de descanso</translation>
    </message>
    <message>
        <source>Rest helps your body recover.</source>
        <translation>El descanso ayuda a tu cuerpo a recuperarse.</translation>
    </message>
    <message>
        <source>Pain today</source>
        <translation>Dolor hoy</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
</context>
</TS>
