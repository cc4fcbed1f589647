<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hide this message; everything else works.</source>
        <translation>Blendet diese Meldung aus; alles andere funktioniert.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{chart}: no data</source>
        <translation>{chart}: keine Daten</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <source>Grows while you breathe in, shrinks while you breathe out.</source>
        <translation>Wird größer, während du einatmest, und kleiner, während du ausatmest.</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
</context>
<context>
    <name>FinishView</name>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerzen beendet</translation>
    </message>
    <message>
        <source>stopped part-way</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>– {step}: {reason}</source>
        <translation>– {step}: {reason}</translation>
    </message>
    <message>
        <source> after {time}</source>
        <translation> nach {time}</translation>
    </message>
    <message>
        <source>Session ended: take it easy</source>
        <translation>Einheit beendet: mach langsam</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Routine over: every stretch skipped</source>
        <translation>Routine vorbei: alle Dehnungen übersprungen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>Not counted in your streak: a session counts from one minute.</source>
        <translation>Zählt nicht für deine Serie: Eine Einheit zählt ab einer Minute.</translation>
    </message>
    <message>
        <source>Not counted in your streak: no stretch was held.</source>
        <translation>Zählt nicht für deine Serie: Keine Dehnung wurde gehalten.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <source>Choose another routine.</source>
        <translation>Wähle eine andere Routine.</translation>
    </message>
    <message>
        <source>Time spent: {time}</source>
        <translation>Dauer: {time}</translation>
    </message>
    <message>
        <source>No stretch held this time.</source>
        <translation>Diesmal wurde keine Dehnung gehalten.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Stopped: pain</source>
        <translation>Beendet: Schmerzen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Save every session and step to a CSV file for a spreadsheet</source>
        <translation>Speichert jede Einheit und jeden Schritt in einer CSV-Datei für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Zurück zu den Routinen</translation>
    </message>
    <message>
        <source>Back to the routine library (Esc)</source>
        <translation>Zurück zur Routinenübersicht (Esc)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Aktuelle Serie</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>Minutes this week</source>
        <translation>Minuten diese Woche</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Time per stretch</source>
        <translation>Zeit pro Dehnung</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Einheiten</translation>
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
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No stretches held yet.</source>
        <translation>Noch keine Dehnung gehalten.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Einheiten.</translation>
    </message>
    <message>
        <source>Sessions under a minute, or with no stretch held, are kept but not counted or listed here.</source>
        <translation>Einheiten unter einer Minute oder ohne gehaltene Dehnung werden gespeichert, aber hier weder gezählt noch aufgeführt.</translation>
    </message>
    <message>
        <source>No sessions yet. When you finish or stop a routine, it shows up here.</source>
        <translation>Noch keine Einheiten. Sobald du eine Routine beendest oder abbrichst, erscheint sie hier.</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Verlaufsseite</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>Minutes per week. {weeks}</source>
        <translation>Minuten pro Woche. {weeks}</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The history could not be exported: {reason}</source>
        <translation>Der Verlauf konnte nicht exportiert werden: {reason}</translation>
    </message>
    <message>
        <source>History not exported</source>
        <translation>Verlauf nicht exportiert</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Pause or resume (the get-ready too)</source>
        <translation>Pause oder weiter (auch beim Bereitmachen)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Next step (during the get-ready: start now)</source>
        <translation>Nächster Schritt (beim Bereitmachen: sofort los)</translation>
    </message>
    <message>
        <source>→ or N</source>
        <translation>→ oder N</translation>
    </message>
    <message>
        <source>Back (restart this step, or the one before)</source>
        <translation>Zurück (Schritt neu oder den davor)</translation>
    </message>
    <message>
        <source>← or P</source>
        <translation>← oder P</translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation>Diesen Schritt neu starten</translation>
    </message>
    <message>
        <source>Hold longer</source>
        <translation>Länger halten</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>Wo bin ich?</translation>
    </message>
    <message>
        <source>Sharp pain: ease out</source>
        <translation>Stechender Schmerz: langsam lösen</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <extracomment>Works everywhere (Help → Keys owns it), so it is not a session action: two actions with one shortcut would make Qt ignore the key as ambiguous. The menu shows the first key (F1).</extracomment>
        <translation>Diese Tasten zeigen</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 oder ?</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Ausgewählte Routine starten</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Routine auswählen</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Edit or copy the selected routine</source>
        <translation>Routine bearbeiten oder kopieren</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Routine duplizieren</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Routinedatei importieren</translation>
    </message>
    <message>
        <source>Export the selected routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Every key StretchGuide understands.</source>
        <translation>Alle Tasten, die StretchGuide versteht.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Während einer Einheit</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>In der Übersicht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the list of keys.</source>
        <translation>Schließt die Tastenliste.</translation>
    </message>
    <message>
        <source>With voice control on, say: {words}.</source>
        <translation>Mit Sprachsteuerung sagst du (auf Englisch): {words}.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>&amp;Routines</source>
        <extracomment>Dialogs&apos; parent: the top-level window the menu bar is in (the main window).</extracomment>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <source>&amp;Edit or copy routine…</source>
        <translation>Routine &amp;bearbeiten oder kopieren…</translation>
    </message>
    <message>
        <source>&amp;Duplicate routine…</source>
        <translation>Routine &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Import routine file…</source>
        <translation>Routinedatei &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport routine file…</source>
        <translation>Routinedatei e&amp;xportieren…</translation>
    </message>
    <message>
        <source>De&amp;lete my routine…</source>
        <translation>Meine Routine &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Routine library</source>
        <translation>&amp;Routinenübersicht</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete your routine “{title}”? This cannot be undone.</source>
        <translation>Deine Routine „{title}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>History · StretchGuide</source>
        <translation>Verlauf · StretchGuide</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Built-in</source>
        <extracomment>Longer lists have every row&apos;s summary made on a worker thread (see RoutineListModel).</extracomment>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Einweisung</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>Hold {time} each side · left, then right</source>
        <translation>{time} pro Seite halten · erst links, dann rechts</translation>
    </message>
    <message>
        <source>Hold {time} · left side</source>
        <translation>{time} halten · linke Seite</translation>
    </message>
    <message>
        <source>Hold {time} · right side</source>
        <translation>{time} halten · rechte Seite</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>{time} halten</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Routine auswählen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Speech, hold times, warm-up length, breathing pace, theme and text size.</source>
        <translation>Sprache, Haltezeiten, Aufwärmdauer, Atemtempo, Design und Textgröße.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Choose a routine; Enter starts it.</source>
        <translation>Wähle eine Routine; die Eingabetaste startet sie.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The steps of the selected routine.</source>
        <translation>Die Schritte der ausgewählten Routine.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter).</source>
        <translation>Startet die ausgewählte Routine (Eingabetaste).</translation>
    </message>
    <message>
        <source>Some routine files could not be loaded; the others work as usual:</source>
        <translation>Einige Routinedateien konnten nicht geladen werden; die anderen funktionieren wie gewohnt:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Get ready</source>
        <extracomment>The size the window opens at when none was saved (if the screen has room for it). Room left on the screen for the window&apos;s frame (title bar, borders), which is not known until the window manager has framed it: a 1024x600 netbook must show the whole window. If the window is shown but never painted, deferred start-up work runs this long after it was made. The routine selected at the end of the last run, when it is not in the library yet. Counts the libraries shown; a library read in the background is shown only if no other was shown meanwhile (a routine saved or imported since is in the newer one). The last speech problem told by the speaker (&quot;&quot; if none): shown at each session start. Made after the first frame, and only when there is an interrupted session to offer.</extracomment>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Paused: {step} · StretchGuide</source>
        <translation>Pausiert: {step} · StretchGuide</translation>
    </message>
    <message>
        <source>{step} · StretchGuide</source>
        <translation>{step} · StretchGuide</translation>
    </message>
    <message>
        <source>Finished · StretchGuide</source>
        <translation>Geschafft · StretchGuide</translation>
    </message>
    <message>
        <source>Session stopped · StretchGuide</source>
        <translation>Einheit beendet · StretchGuide</translation>
    </message>
    <message>
        <source>Settings could not be saved: {error}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>MprisSession</name>
    <message>
        <source>{title} (left)</source>
        <translation>{title} (links)</translation>
    </message>
    <message>
        <source>{title} (right)</source>
        <translation>{title} (rechts)</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Time for a stretch · StretchGuide</source>
        <translation>Zeit zum Dehnen · StretchGuide</translation>
    </message>
    <message>
        <source>You have been sitting for a while. Time for a short stretch?</source>
        <translation>Du sitzt schon eine Weile. Zeit für eine kurze Dehnpause?</translation>
    </message>
    <message>
        <source>Start the desk break</source>
        <translation>Schreibtischpause starten</translation>
    </message>
    <message>
        <source>Start the desk break routine now</source>
        <translation>Die Routine „Schreibtischpause“ jetzt starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>PainDialog</name>
    <message>
        <source>Ease out of the stretch slowly</source>
        <translation>Löse die Dehnung langsam</translation>
    </message>
    <message>
        <source>Rest and breathe until the pain settles. Then choose how to go on.</source>
        <translation>Ruh dich aus und atme, bis der Schmerz nachlässt. Dann entscheide, wie es weitergeht.</translation>
    </message>
    <message>
        <source>If the pain persists, stop for today and see a doctor or physiotherapist.</source>
        <translation>Wenn der Schmerz anhält, hör für heute auf und geh zu einer Ärztin, einem Arzt oder in die Physiotherapie.</translation>
    </message>
    <message>
        <source>Ease out</source>
        <translation>Langsam lösen</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Diese Dehnung überspringen</translation>
    </message>
    <message>
        <source>Go on with the next step.</source>
        <translation>Weiter mit dem nächsten Schritt.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Stop here and see what was done.</source>
        <translation>Hier aufhören und sehen, was geschafft ist.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>The pain has gone: carry on with this stretch.</source>
        <translation>Der Schmerz ist weg: mit dieser Dehnung weitermachen.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Snooze the break reminder (%n min)</source>
        <translation>
            <numerusform>Pausenerinnerung aufschieben (%n min)</numerusform>
            <numerusform>Pausenerinnerung aufschieben (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n min aufschieben</numerusform>
            <numerusform>%n min aufschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute erneut erinnern</numerusform>
            <numerusform>In %n Minuten erneut erinnern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flow · %n breath(s)</source>
        <translation>
            <numerusform>Fluss · %n Atemzug</numerusform>
            <numerusform>Fluss · %n Atemzüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A routine has at most %n step(s).</source>
        <translation>
            <numerusform>Eine Routine hat höchstens %n Schritt.</numerusform>
            <numerusform>Eine Routine hat höchstens %n Schritte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es)</source>
        <translation>
            <numerusform>%n Dehnung</numerusform>
            <numerusform>%n Dehnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions in the last %n week(s)</source>
        <translation>
            <numerusform>Einheiten in %n Woche</numerusform>
            <numerusform>Einheiten in den letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions per day, last %n week(s)</source>
        <translation>
            <numerusform>Einheiten pro Tag, %n Woche</numerusform>
            <numerusform>Einheiten pro Tag, letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per week, last %n week(s)</source>
        <translation>
            <numerusform>Minuten pro Woche, %n Woche</numerusform>
            <numerusform>Minuten pro Woche, letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n session(s)</source>
        <translation>
            <numerusform>{day}: %n Einheit</numerusform>
            <numerusform>{day}: %n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on {active} of the last {days} days; {today} today.</source>
        <translation>
            <numerusform>%n Einheit an {active} der letzten {days} Tage; {today} heute.</numerusform>
            <numerusform>%n Einheiten an {active} der letzten {days} Tage; {today} heute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: %n min</source>
        <translation>
            <numerusform>Woche vom {day}: %n min</numerusform>
            <numerusform>Woche vom {day}: %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n Zeile nach {path} exportiert.</numerusform>
            <numerusform>%n Zeilen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n s</source>
        <translation>
            <numerusform>+%n s</numerusform>
            <numerusform>+%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting in %n</source>
        <translation>
            <numerusform>Start in %n</numerusform>
            <numerusform>Start in %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n second(s)</source>
        <translation>
            <numerusform>{step}: %n Sekunde</numerusform>
            <numerusform>{step}: %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s) · {time}</source>
        <translation>
            <numerusform>%n Atemzug · {time}</numerusform>
            <numerusform>%n Atemzüge · {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (stretchguide validate FILE lists them all)</source>
        <translation>
            <numerusform>…und %n weiteres (stretchguide validate DATEI listet alle auf)</numerusform>
            <numerusform>…und %n weitere (stretchguide validate DATEI listet alle auf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding %n second(s) longer.</source>
        <translation>
            <numerusform>%n Sekunde länger halten.</numerusform>
            <numerusform>%n Sekunden länger halten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the interrupted session</source>
        <translation>Unterbrochene Einheit fortsetzen</translation>
    </message>
    <message>
        <source>Start it again at the step where it stopped.</source>
        <translation>Sie beim Schritt fortsetzen, an dem sie stehen blieb.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Forget the interrupted session</source>
        <translation>Unterbrochene Einheit verwerfen</translation>
    </message>
    <message>
        <source>Do not offer to resume it again.</source>
        <translation>Nicht mehr anbieten, sie fortzusetzen.</translation>
    </message>
    <message>
        <source>Your last session of “{title}” was interrupted at “{step}”. Pick it up where you left off?</source>
        <translation>Deine letzte Einheit „{title}“ wurde bei „{step}“ unterbrochen. Dort weitermachen, wo du aufgehört hast?</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>On the floor (a mat helps)</source>
        <translation>Auf dem Boden (eine Matte hilft)</translation>
    </message>
    <message>
        <source>Seated on a chair</source>
        <translation>Sitzend auf einem Stuhl</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Routine title</source>
        <translation>Titel der Routine</translation>
    </message>
    <message>
        <source>Routine id</source>
        <translation>Kennung der Routine</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes; it names the routine&apos;s file</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; sie benennt die Datei der Routine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: one or two sentences for the library</source>
        <translation>Optional: ein, zwei Sätze für die Übersicht</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Saved as {file} (follows the title)</source>
        <translation>Gespeichert als {file} (folgt dem Titel)</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Gespeichert als {file}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>This routine has changes that are not saved. Discard them?</source>
        <translation>Diese Routine hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Copy of “{title}”</source>
        <translation>Kopie von „{title}“</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Routinen-Editor</translation>
    </message>
    <message>
        <source>Dismiss problems</source>
        <translation>Probleme ausblenden</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>The routine&apos;s steps in order. Alt+Up and Alt+Down move the selected step, Delete removes it.</source>
        <translation>Die Schritte der Routine der Reihe nach. Alt+Pfeil hoch und Alt+Pfeil runter verschieben den ausgewählten Schritt, Entf entfernt ihn.</translation>
    </message>
    <message>
        <source>St&amp;eps</source>
        <translation>Sch&amp;ritte</translation>
    </message>
    <message>
        <source>No steps yet: add one with “Add step”.</source>
        <translation>Noch keine Schritte: Füge einen mit „Schritt hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>Add step menu</source>
        <translation>Menü „Schritt hinzufügen“</translation>
    </message>
    <message>
        <source>Briefing: safety words</source>
        <translation>Einweisung: Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Transition or rest</source>
        <translation>Übergang oder Pause</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add a stretch, a briefing or a transition after the selection</source>
        <translation>Fügt nach der Auswahl eine Dehnung, eine Einweisung oder einen Übergang hinzu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Choose a stretch, a briefing or a transition with “Add step”. Select a step to change it.</source>
        <translation>Wähle mit „Schritt hinzufügen“ eine Dehnung, eine Einweisung oder einen Übergang. Wähle einen Schritt aus, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Ausgewählter Schritt</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <source>Check and save the routine (Ctrl+S)</source>
        <translation>Routine prüfen und speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation>Gesamt {time}</translation>
    </message>
    <message>
        <source>The routine could not be saved: {error}</source>
        <translation>Die Routine konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>This routine cannot be saved yet:</source>
        <translation>Diese Routine kann noch nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>Stretch safely</source>
        <translation>Sicher dehnen</translation>
    </message>
    <message>
        <source>Move slowly, only to a gentle pull, and never bounce. Sharp pain means ease out at once.</source>
        <translation>Beweg dich langsam, nur bis zu einem sanften Ziehen, und federe nie. Bei stechendem Schmerz sofort langsam lösen.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Einweisung</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Hold (no exercise chosen)</source>
        <translation>Halten (keine Übung gewählt)</translation>
    </message>
    <message>
        <source>Flow (no exercise chosen)</source>
        <translation>Fluss (keine Übung gewählt)</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>{time} halten</translation>
    </message>
    <message>
        <source>Hold {time} · both sides</source>
        <translation>{time} halten · beide Seiten</translation>
    </message>
    <message>
        <source>Hold {time} · left side</source>
        <translation>{time} halten · linke Seite</translation>
    </message>
    <message>
        <source>Hold {time} · right side</source>
        <translation>{time} halten · rechte Seite</translation>
    </message>
    <message>
        <source>Warm-up · length from Settings</source>
        <translation>Aufwärmen · Dauer aus den Einstellungen</translation>
    </message>
    <message>
        <source>Step {number}, {field}</source>
        <translation>Schritt {number}, {field}</translation>
    </message>
    <message>
        <source>Id: {id} is the id of a built-in routine, and built-in routines are never changed. Choose another id, for example {suggestion}.</source>
        <translation>Kennung: {id} gehört zu einer mitgelieferten Routine, und mitgelieferte Routinen werden nie geändert. Wähle eine andere Kennung, zum Beispiel {suggestion}.</translation>
    </message>
    <message>
        <source>Id: you already have a routine with the id {id}. Choose another id.</source>
        <translation>Kennung: Du hast schon eine Routine mit der Kennung {id}. Wähle eine andere Kennung.</translation>
    </message>
    <message>
        <source>Steps: add at least one step with “Add step”.</source>
        <translation>Schritte: Füge mit „Schritt hinzufügen“ mindestens einen Schritt hinzu.</translation>
    </message>
    <message>
        <source>{id} belongs to a built-in routine, which is never changed: choose another.</source>
        <translation>{id} gehört zu einer mitgelieferten Routine, die nie geändert wird: Wähle eine andere.</translation>
    </message>
    <message>
        <source>You already have a routine with the id {id}: choose another.</source>
        <translation>Du hast schon eine Routine mit der Kennung {id}: Wähle eine andere.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes, like my-evening-stretch.</source>
        <translation>Verwende Kleinbuchstaben, Ziffern und Bindestriche, etwa mein-abend-dehnen.</translation>
    </message>
    <message>
        <source>Hold: a static stretch</source>
        <translation>Halten: eine statische Dehnung</translation>
    </message>
    <message>
        <source>Flow: moves with the breath</source>
        <translation>Fluss: Bewegung mit dem Atem</translation>
    </message>
    <message>
        <source>One position (no sides)</source>
        <translation>Eine Position (keine Seiten)</translation>
    </message>
    <message>
        <source>Both sides, left then right</source>
        <translation>Beide Seiten, erst links, dann rechts</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds, from {low} to {high}</source>
        <translation>Sekunden, von {low} bis {high}</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Art des Schritts</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Shown instead of the exercise&apos;s title</source>
        <translation>Wird statt des Titels der Übung angezeigt</translation>
    </message>
    <message>
        <source>Spoken text</source>
        <translation>Gesprochener Text</translation>
    </message>
    <message>
        <source>Spoken instead of the exercise&apos;s instruction</source>
        <translation>Wird statt der Anleitung der Übung gesprochen</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Pause to switch sides</source>
        <translation>Pause zum Seitenwechsel</translation>
    </message>
    <message>
        <source>Breathing prompt every</source>
        <translation>Atemhinweis alle</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> Atemzüge</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Own breathing pa&amp;ce (else the pace from Settings)</source>
        <translation>Eigenes Atem&amp;tempo (sonst das aus den Einstellungen)</translation>
    </message>
    <message>
        <source>Own breathing pace</source>
        <translation>Eigenes Atemtempo</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Einatmen für</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Ausatmen für</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Encouragement every</source>
        <translation>Ermutigung alle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>Step tit&amp;le</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Sp&amp;oken text</source>
        <translation>&amp;Gesprochener Text</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Halten</translation>
    </message>
    <message>
        <source>Switch pause</source>
        <translation>Wechselpause</translation>
    </message>
    <message>
        <source>&amp;Breaths</source>
        <translation>Atem&amp;züge</translation>
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
        <source>Len&amp;gth</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>What the coach says for this step (required)</source>
        <translation>Was der Coach bei diesem Schritt sagt (Pflichtfeld)</translation>
    </message>
    <message>
        <source>What the coach says for this step</source>
        <translation>Was der Coach bei diesem Schritt sagt</translation>
    </message>
    <message>
        <source>Each breath is one breath in and one breath out.</source>
        <translation>Ein Atemzug ist einmal ein- und einmal ausatmen.</translation>
    </message>
    <message>
        <source>The warm-up lasts as long as Settings say (5 to 10 minutes).</source>
        <translation>Das Aufwärmen dauert so lange, wie in den Einstellungen steht (5 bis 10 Minuten).</translation>
    </message>
    <message>
        <source>Never shorter than it takes to say the text.</source>
        <translation>Nie kürzer, als das Sprechen des Textes dauert.</translation>
    </message>
    <message>
        <source>Time to get into position or rest. Never shorter than it takes to say the text.</source>
        <translation>Zeit, um in Position zu kommen oder zu ruhen. Nie kürzer, als das Sprechen des Textes dauert.</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Routinedateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{file}: cannot be read: {reason}</source>
        <translation>{file}: kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>“{title}” uses the id of a built-in routine ({old_id}), so it was imported as a copy with the id {new_id}.</source>
        <translation>„{title}“ verwendet die Kennung einer mitgelieferten Routine ({old_id}) und wurde deshalb als Kopie mit der Kennung {new_id} importiert.</translation>
    </message>
    <message>
        <source>“{title}” was imported.</source>
        <translation>„{title}“ wurde importiert.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation>Routine nicht importiert</translation>
    </message>
    <message>
        <source>{file} was not imported: it is not a valid routine file.</source>
        <translation>{file} wurde nicht importiert: Es ist keine gültige Routinedatei.</translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation>Deine Routine ersetzen?</translation>
    </message>
    <message>
        <source>You already have a routine with the id {id}. Replace it with the one from {file}?</source>
        <translation>Du hast schon eine Routine mit der Kennung {id}. Durch die aus {file} ersetzen?</translation>
    </message>
    <message>
        <source>Worth a look (it plays as it is):</source>
        <translation>Einen Blick wert (sie läuft trotzdem):</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Routine importiert</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Routine nicht exportiert</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>End the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>End this session now? What you have done so far is kept.</source>
        <translation>Diese Einheit jetzt beenden? Was du bisher geschafft hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Stop now and see what was done.</source>
        <translation>Jetzt aufhören und sehen, was geschafft ist.</translation>
    </message>
    <message>
        <source>Close this question and go on.</source>
        <translation>Diese Frage schließen und weitermachen.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Get into position</source>
        <translation>In Position kommen</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <extracomment>What the label beside the breathing circle says.</extracomment>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Slow breath</source>
        <translation>Langsam atmen</translation>
    </message>
    <message>
        <source>LEFT</source>
        <extracomment>The countdown&apos;s screen-reader description changes at most this often (seconds).</extracomment>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>{title} (left side)</source>
        <translation>{title} (linke Seite)</translation>
    </message>
    <message>
        <source>{title} (right side)</source>
        <translation>{title} (rechte Seite)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Session progress</source>
        <extracomment>Space a compact button keeps on each side of its text (Fusion&apos;s frame and margin).</extracomment>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Bild der Dehnung</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Restart this step or go back (Left or P).</source>
        <translation>Diesen Schritt neu starten oder zurückgehen (Pfeil links oder P).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Pause or resume (Space).</source>
        <translation>Pausieren oder fortsetzen (Leertaste).</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip to the next step (Right or N).</source>
        <translation>Zum nächsten Schritt springen (Pfeil rechts oder N).</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Restart this step (R).</source>
        <translation>Diesen Schritt neu starten (R).</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <source>Hold longer</source>
        <translation>Länger halten</translation>
    </message>
    <message>
        <source>Give this hold more time (E).</source>
        <translation>Diese Dehnung länger halten (E).</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>Wo bin ich?</translation>
    </message>
    <message>
        <source>Say where you are (W).</source>
        <translation>Sagt, wo du gerade bist (W).</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Show every key (F1 or ?).</source>
        <translation>Alle Tasten zeigen (F1 oder ?).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>End the session (Esc).</source>
        <translation>Die Einheit beenden (Esc).</translation>
    </message>
    <message>
        <source>Sharp pain: ease out</source>
        <translation>Stechender Schmerz: langsam lösen</translation>
    </message>
    <message>
        <source>Pause at once and ease out (X).</source>
        <translation>Sofort pausieren und langsam lösen (X).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Danach: {step}</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Danach: Ende</translation>
    </message>
    <message>
        <source>Paused: press Space to continue</source>
        <translation>Pausiert: Leertaste drücken, um weiterzumachen</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>In Bewegung bleiben</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Breathe slowly and deeply. Hold it there.</source>
        <translation>Atme langsam und tief. Halte die Position.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Speak the session out loud</source>
        <translation>Einheit laut ansagen</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Turn the spoken coach on or off.</source>
        <translation>Schaltet den sprechenden Coach ein oder aus.</translation>
    </message>
    <message>
        <source>Natural voice (English)</source>
        <translation>Natürliche Stimme (Englisch)</translation>
    </message>
    <message>
        <source>System voice (eSpeak NG or your system&apos;s voices)</source>
        <translation>Systemstimme (eSpeak NG oder deine Systemstimmen)</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Sprachsystem</translation>
    </message>
    <message>
        <source>The natural voice speaks English; the system voices speak the languages your system has installed.</source>
        <translation>Die natürliche Stimme spricht Englisch; die Systemstimmen sprechen die Sprachen, die auf deinem System installiert sind.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>The voice of the coach.</source>
        <translation>Die Stimme des Coachs.</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> Wörter/min</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>How fast the coach speaks, in words per minute.</source>
        <translation>Wie schnell der Coach spricht, in Wörtern pro Minute.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the coach speaks.</source>
        <translation>Wie laut der Coach spricht.</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Speak a sample with these settings.</source>
        <translation>Spricht eine Probe mit diesen Einstellungen.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Listen for spoken commands (pause, skip, …) during a session</source>
        <translation>Auf Sprachbefehle hören (Pause, Weiter, …)</translation>
    </message>
    <message>
        <source>Voice control</source>
        <translation>Sprachsteuerung</translation>
    </message>
    <message>
        <source>Offline; nothing heard is kept or sent.</source>
        <translation>Offline; nichts Gehörtes wird gespeichert oder gesendet.</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Multiply every hold: 1.0 is the guide&apos;s 30 seconds.</source>
        <translation>Multipliziert jede Haltezeit: 1,0 sind die 30 Sekunden des Leitfadens.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>Aufwärmdauer</translation>
    </message>
    <message>
        <source>Five to ten minutes, as the guide recommends.</source>
        <translation>Fünf bis zehn Minuten, wie der Leitfaden empfiehlt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Einatmen für</translation>
    </message>
    <message>
        <source>Seconds of each in-breath during flows.</source>
        <translation>Sekunden jedes Einatmens in Flussübungen.</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Ausatmen für</translation>
    </message>
    <message>
        <source>Seconds of each out-breath during flows.</source>
        <translation>Sekunden jedes Ausatmens in Flussübungen.</translation>
    </message>
    <message>
        <source>Fit the first position</source>
        <translation>Passend zur ersten Position</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereitmachen</translation>
    </message>
    <message>
        <source>Seconds before the first step. Automatic gives time to get into the routine&apos;s first position: longer to get down on a mat than to sit.</source>
        <translation>Sekunden vor dem ersten Schritt. Automatisch gibt Zeit, in die erste Position der Routine zu kommen: länger, um sich auf eine Matte zu legen, als um sich hinzusetzen.</translation>
    </message>
    <message>
        <source>Count down the last seconds of a hold</source>
        <translation>Letzte Sekunden herunterzählen</translation>
    </message>
    <message>
        <source>Say when a hold is halfway</source>
        <translation>Die Hälfte ansagen</translation>
    </message>
    <message>
        <source>Breathing prompts during holds</source>
        <translation>Atemhinweise beim Halten</translation>
    </message>
    <message>
        <source>Encouragement during the warm-up</source>
        <translation>Ermutigung beim Aufwärmen</translation>
    </message>
    <message>
        <source>A spoken cue; on-screen timing stays the same.</source>
        <translation>Ein gesprochener Hinweis; die Zeiten auf dem Bildschirm bleiben gleich.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
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
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light, dark, or follow the system.</source>
        <translation>Hell, dunkel oder wie das System.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Make every text larger or smaller.</source>
        <translation>Macht alle Texte größer oder kleiner.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window and of the coach.</source>
        <translation>Die Sprache des Fensters und des Coachs.</translation>
    </message>
    <message>
        <source>Takes effect after restarting StretchGuide.</source>
        <translation>Gilt nach einem Neustart von StretchGuide.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Remind me to take a break</source>
        <translation>An Pausen erinnern</translation>
    </message>
    <message>
        <source>Break reminders</source>
        <translation>Pausenerinnerungen</translation>
    </message>
    <message>
        <source>Offer the desk break now and then while at work.</source>
        <translation>Bietet während der Arbeit ab und zu die Schreibtischpause an.</translation>
    </message>
    <message>
        <source>Remind every</source>
        <translation>Erinnern alle</translation>
    </message>
    <message>
        <source>Minutes between two reminders.</source>
        <translation>Minuten zwischen zwei Erinnerungen.</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Arbeitstag beginnt</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Arbeitstag endet</translation>
    </message>
    <message>
        <source>Reminders come only during the working day.</source>
        <translation>Erinnerungen kommen nur während des Arbeitstags.</translation>
    </message>
    <message>
        <source>On weekends too</source>
        <translation>Auch am Wochenende</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Wochenenden</translation>
    </message>
    <message>
        <source>Also remind on Saturdays and Sundays.</source>
        <translation>Auch samstags und sonntags erinnern.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Schlummern</translation>
    </message>
    <message>
        <source>How long Snooze puts a reminder off.</source>
        <translation>Wie lange Schlummern eine Erinnerung aufschiebt.</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Von / bis</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save and use these settings from the next session.</source>
        <translation>Speichert diese Einstellungen und nutzt sie ab der nächsten Einheit.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing anything.</source>
        <translation>Schließen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
</context>
<context>
    <name>SpeechNotices</name>
    <message>
        <source>Cues are still shown on screen.</source>
        <translation>Die Hinweise stehen weiter auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Install it with: {command}</source>
        <translation>Installieren mit: {command}</translation>
    </message>
    <message>
        <source>Install eSpeak NG from {url}</source>
        <translation>Installiere eSpeak NG von {url}</translation>
    </message>
    <message>
        <source>Install eSpeak NG.</source>
        <translation>Installiere eSpeak NG.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine is missing ({detail}). {fix}, then turn speech off and on again in Settings. {shown}</source>
        <translation>Die Sprachausgabe ist aus: Das Sprachsystem fehlt ({detail}). {fix}, dann schalte die Sprachausgabe in den Einstellungen aus und wieder ein. {shown}</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine could not start ({detail}). Turn speech off and on again in Settings to retry. {shown}</source>
        <translation>Die Sprachausgabe ist aus: Das Sprachsystem konnte nicht starten ({detail}). Schalte die Sprachausgabe in den Einstellungen aus und wieder ein, um es erneut zu versuchen. {shown}</translation>
    </message>
    <message>
        <source>The speech engine failed on a cue ({detail}); it restarts for the next cue. {shown}</source>
        <translation>Das Sprachsystem ist bei einem Hinweis gescheitert ({detail}); es startet für den nächsten neu. {shown}</translation>
    </message>
    <message>
        <source>The speech engine stopped responding (no answer in {seconds} s); it was stopped and restarts for the next cue. {shown}</source>
        <translation>Das Sprachsystem hat nicht mehr reagiert (keine Antwort in {seconds} s); es wurde beendet und startet für den nächsten Hinweis neu. {shown}</translation>
    </message>
    <message>
        <source>it closed</source>
        <translation>es wurde geschlossen</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>Exit-Code {code}</translation>
    </message>
    <message>
        <source>The speech engine stopped unexpectedly ({how}); it restarts for the next cue.</source>
        <translation>Das Sprachsystem wurde unerwartet beendet ({how}); es startet für den nächsten Hinweis neu.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine failed {failures} times in a row. Turn speech off and on again in Settings to retry. {shown}</source>
        <translation>Die Sprachausgabe ist aus: Das Sprachsystem ist {failures}-mal hintereinander gescheitert. Schalte die Sprachausgabe in den Einstellungen aus und wieder ein, um es erneut zu versuchen. {shown}</translation>
    </message>
    <message>
        <source>Install an audio player.</source>
        <translation>Installiere ein Audio-Abspielprogramm.</translation>
    </message>
    <message>
        <source>Speech is silent: no audio player (paplay or aplay) was found. {fix}. {shown}</source>
        <translation>Die Sprachausgabe ist stumm: Kein Audio-Abspielprogramm (paplay oder aplay) gefunden. {fix}. {shown}</translation>
    </message>
    <message>
        <source>No sound output found: the session goes on with text on screen. Check that a speaker or headphones are connected.</source>
        <translation>Keine Tonausgabe gefunden: Die Einheit läuft mit Text auf dem Bildschirm weiter. Prüfe, ob Lautsprecher oder Kopfhörer angeschlossen sind.</translation>
    </message>
    <message>
        <source>Speech is off: cannot write the speech cache folder {path} ({detail}). {shown}</source>
        <translation>Die Sprachausgabe ist aus: Der Sprach-Cache-Ordner {path} kann nicht beschrieben werden ({detail}). {shown}</translation>
    </message>
    <message>
        <source>The natural voice could not load ({detail}); the system voice speaks instead. Reinstall StretchGuide to get the natural voice back, or choose the system voice in Settings to hide this message.</source>
        <translation>Die natürliche Stimme konnte nicht geladen werden ({detail}); stattdessen spricht die Systemstimme. Installiere StretchGuide neu, um die natürliche Stimme zurückzubekommen, oder wähle in den Einstellungen die Systemstimme, um diese Meldung auszublenden.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Start a routine</source>
        <extracomment>The routine a break reminder offers. The reminder timer is never aimed further ahead than this; it re-aims when it fires early. How long the desktop shows a reminder bubble.</extracomment>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Quit StretchGuide</source>
        <translation>StretchGuide beenden</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Zeit zum Dehnen</translation>
    </message>
    <message>
        <source>Click here to start “{routine}”, or snooze it from the StretchGuide menu.</source>
        <translation>Hier klicken, um „{routine}“ zu starten, oder im StretchGuide-Menü aufschieben.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>VoiceControl</name>
    <message>
        <source>Voice control could not start its recogniser.</source>
        <extracomment>After the app stops speaking, its echo and the audio server&apos;s buffer still reach the microphone for a moment: commands that ended this soon after are ignored too.</extracomment>
        <translation>Die Sprachsteuerung konnte ihre Spracherkennung nicht starten.</translation>
    </message>
    <message>
        <source>Voice control stopped: the recogniser ended.</source>
        <translation>Sprachsteuerung angehalten: Die Spracherkennung wurde beendet.</translation>
    </message>
    <message>
        <source>{reason}. Voice control is off; keys and buttons work as before.</source>
        <translation>{reason}. Die Sprachsteuerung ist aus; Tasten und Schaltflächen funktionieren wie bisher.</translation>
    </message>
    <message>
        <source>Voice control is on. Say: {words}. F1 lists them. Nothing heard is kept.</source>
        <translation>Die Sprachsteuerung ist an. Sag (auf Englisch): {words}. F1 listet sie auf. Nichts Gehörtes wird gespeichert.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
</context>
<context>
    <name>VoiceIndicator</name>
    <message>
        <source>● Listening</source>
        <translation>● Hört zu</translation>
    </message>
    <message>
        <source>Voice control</source>
        <extracomment>How long a recognised word stays on the indicator (ms).</extracomment>
        <translation>Sprachsteuerung</translation>
    </message>
    <message>
        <source>Voice control is on: say a command (F1 lists them).</source>
        <translation>Die Sprachsteuerung ist an: Sag einen Befehl (F1 listet sie auf).</translation>
    </message>
    <message>
        <source>Heard: {said}</source>
        <translation>Gehört: {said}</translation>
    </message>
    <message>
        <source>Listening for spoken commands.</source>
        <translation>Hört auf Sprachbefehle.</translation>
    </message>
</context>
</TS>
