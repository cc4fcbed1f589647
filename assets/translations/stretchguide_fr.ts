<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Hide this message; everything else works.</source>
        <translation>Masque ce message ; tout le reste fonctionne.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{chart}: no data</source>
        <translation>{chart} : aucune donnée</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Grows while you breathe in, shrinks while you breathe out.</source>
        <translation>Grandit pendant l’inspiration, rétrécit pendant l’expiration.</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
</context>
<context>
    <name>FinishView</name>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>arrêté pour cause de douleur</translation>
    </message>
    <message>
        <source>stopped part-way</source>
        <translation>arrêté en cours</translation>
    </message>
    <message>
        <source>– {step}: {reason}</source>
        <translation>– {step} : {reason}</translation>
    </message>
    <message>
        <source> after {time}</source>
        <translation> après {time}</translation>
    </message>
    <message>
        <source>Session ended: take it easy</source>
        <translation>Séance terminée : ménagez-vous</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>Routine over: every stretch skipped</source>
        <translation>Routine terminée : tous les étirements passés</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêté avant la fin</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <source>Not counted in your streak: a session counts from one minute.</source>
        <translation>Non comptée dans votre série : une séance compte à partir d’une minute.</translation>
    </message>
    <message>
        <source>Not counted in your streak: no stretch was held.</source>
        <translation>Non comptée dans votre série : aucun étirement n’a été tenu.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <source>Choose another routine.</source>
        <translation>Choisissez une autre routine.</translation>
    </message>
    <message>
        <source>Time spent: {time}</source>
        <translation>Durée : {time}</translation>
    </message>
    <message>
        <source>No stretch held this time.</source>
        <translation>Aucun étirement tenu cette fois.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Stopped: pain</source>
        <translation>Arrêtée : douleur</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>Save every session and step to a CSV file for a spreadsheet</source>
        <translation>Enregistre chaque séance et chaque étape dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Retour aux routines</translation>
    </message>
    <message>
        <source>Back to the routine library (Esc)</source>
        <translation>Retour à la bibliothèque de routines (Échap)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Série en cours</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Meilleure série</translation>
    </message>
    <message>
        <source>Minutes this week</source>
        <translation>Minutes cette semaine</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Time per stretch</source>
        <translation>Temps par étirement</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Séances récentes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No stretches held yet.</source>
        <translation>Aucun étirement tenu pour l’instant.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Aucune séance pour l’instant.</translation>
    </message>
    <message>
        <source>Sessions under a minute, or with no stretch held, are kept but not counted or listed here.</source>
        <translation>Les séances de moins d’une minute, ou sans étirement tenu, sont conservées mais ni comptées ni listées ici.</translation>
    </message>
    <message>
        <source>No sessions yet. When you finish or stop a routine, it shows up here.</source>
        <translation>Aucune séance pour l’instant. Quand vous terminez ou arrêtez une routine, elle apparaît ici.</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Page de l’historique</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>Minutes per week. {weeks}</source>
        <translation>Minutes par semaine. {weeks}</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The history could not be exported: {reason}</source>
        <translation>L’historique n’a pas pu être exporté : {reason}</translation>
    </message>
    <message>
        <source>History not exported</source>
        <translation>Historique non exporté</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>L’historique n’a pas pu être lu : {reason}</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Pause or resume (the get-ready too)</source>
        <translation>Pause ou reprise (préparation comprise)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Next step (during the get-ready: start now)</source>
        <translation>Étape suivante (en préparation : tout de suite)</translation>
    </message>
    <message>
        <source>→ or N</source>
        <translation>→ ou N</translation>
    </message>
    <message>
        <source>Back (restart this step, or the one before)</source>
        <translation>Retour (cette étape, ou la précédente)</translation>
    </message>
    <message>
        <source>← or P</source>
        <translation>← ou P</translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation>Reprendre cette étape</translation>
    </message>
    <message>
        <source>Hold longer</source>
        <translation>Tenir plus longtemps</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>Où en suis-je ?</translation>
    </message>
    <message>
        <source>Sharp pain: ease out</source>
        <translation>Douleur vive : relâchez</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <extracomment>Works everywhere (Help → Keys owns it), so it is not a session action: two actions with one shortcut would make Qt ignore the key as ambiguous. The menu shows the first key (F1).</extracomment>
        <translation>Afficher ces touches</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 ou ?</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Lancer la routine choisie</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Choisissez une routine</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Edit or copy the selected routine</source>
        <translation>Modifier ou copier la routine</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Dupliquer la routine</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Importer un fichier de routine</translation>
    </message>
    <message>
        <source>Export the selected routine</source>
        <translation>Exporter la routine</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Every key StretchGuide understands.</source>
        <translation>Toutes les touches que StretchGuide comprend.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Pendant une séance</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>Dans la bibliothèque</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the list of keys.</source>
        <translation>Ferme la liste des touches.</translation>
    </message>
    <message>
        <source>With voice control on, say: {words}.</source>
        <translation>Avec la commande vocale, dites (en anglais) : {words}.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>&amp;Routines</source>
        <extracomment>Dialogs&apos; parent: the top-level window the menu bar is in (the main window).</extracomment>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nouvelle routine…</translation>
    </message>
    <message>
        <source>&amp;Edit or copy routine…</source>
        <translation>&amp;Modifier ou copier la routine…</translation>
    </message>
    <message>
        <source>&amp;Duplicate routine…</source>
        <translation>&amp;Dupliquer la routine…</translation>
    </message>
    <message>
        <source>&amp;Import routine file…</source>
        <translation>&amp;Importer un fichier de routine…</translation>
    </message>
    <message>
        <source>E&amp;xport routine file…</source>
        <translation>E&amp;xporter le fichier de routine…</translation>
    </message>
    <message>
        <source>De&amp;lete my routine…</source>
        <translation>Supprimer &amp;ma routine…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ré&amp;glages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Routine library</source>
        <translation>&amp;Bibliothèque de routines</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Touches</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Delete your routine “{title}”? This cannot be undone.</source>
        <translation>Supprimer votre routine « {title} » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>History · StretchGuide</source>
        <translation>Historique · StretchGuide</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Built-in</source>
        <extracomment>Longer lists have every row&apos;s summary made on a worker thread (see RoutineListModel).</extracomment>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Personnelle</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Au sol</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Enchaînement</translation>
    </message>
    <message>
        <source>Hold {time} each side · left, then right</source>
        <translation>Tenir {time} de chaque côté · gauche, puis droite</translation>
    </message>
    <message>
        <source>Hold {time} · left side</source>
        <translation>Tenir {time} · côté gauche</translation>
    </message>
    <message>
        <source>Hold {time} · right side</source>
        <translation>Tenir {time} · côté droit</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>Tenir {time}</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Choisissez une routine</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Speech, hold times, warm-up length, breathing pace, theme and text size.</source>
        <translation>Voix, durées de maintien, durée d’échauffement, rythme de respiration, thème et taille du texte.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Choose a routine; Enter starts it.</source>
        <translation>Choisissez une routine ; Entrée la lance.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The steps of the selected routine.</source>
        <translation>Les étapes de la routine sélectionnée.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Lancer la routine</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter).</source>
        <translation>Lance la routine sélectionnée (Entrée).</translation>
    </message>
    <message>
        <source>Some routine files could not be loaded; the others work as usual:</source>
        <translation>Certains fichiers de routine n’ont pas pu être chargés ; les autres fonctionnent normalement :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Get ready</source>
        <extracomment>The size the window opens at when none was saved (if the screen has room for it). Room left on the screen for the window&apos;s frame (title bar, borders), which is not known until the window manager has framed it: a 1024x600 netbook must show the whole window. If the window is shown but never painted, deferred start-up work runs this long after it was made. The routine selected at the end of the last run, when it is not in the library yet. Counts the libraries shown; a library read in the background is shown only if no other was shown meanwhile (a routine saved or imported since is in the newer one). The last speech problem told by the speaker (&quot;&quot; if none): shown at each session start. Made after the first frame, and only when there is an interrupted session to offer.</extracomment>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Paused: {step} · StretchGuide</source>
        <translation>En pause : {step} · StretchGuide</translation>
    </message>
    <message>
        <source>{step} · StretchGuide</source>
        <translation>{step} · StretchGuide</translation>
    </message>
    <message>
        <source>Finished · StretchGuide</source>
        <translation>Terminé · StretchGuide</translation>
    </message>
    <message>
        <source>Session stopped · StretchGuide</source>
        <translation>Séance arrêtée · StretchGuide</translation>
    </message>
    <message>
        <source>Settings could not be saved: {error}</source>
        <translation>Les réglages n’ont pas pu être enregistrés : {error}</translation>
    </message>
</context>
<context>
    <name>MprisSession</name>
    <message>
        <source>{title} (left)</source>
        <translation>{title} (gauche)</translation>
    </message>
    <message>
        <source>{title} (right)</source>
        <translation>{title} (droite)</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Time for a stretch · StretchGuide</source>
        <translation>C’est l’heure de s’étirer · StretchGuide</translation>
    </message>
    <message>
        <source>You have been sitting for a while. Time for a short stretch?</source>
        <translation>Vous êtes assis depuis un moment. Et si vous vous étiriez un peu ?</translation>
    </message>
    <message>
        <source>Start the desk break</source>
        <translation>Lancer la pause bureau</translation>
    </message>
    <message>
        <source>Start the desk break routine now</source>
        <translation>Lancer maintenant la routine de pause bureau</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>PainDialog</name>
    <message>
        <source>Ease out of the stretch slowly</source>
        <translation>Sortez doucement de l’étirement</translation>
    </message>
    <message>
        <source>Rest and breathe until the pain settles. Then choose how to go on.</source>
        <translation>Reposez-vous et respirez jusqu’à ce que la douleur se calme. Puis choisissez comment continuer.</translation>
    </message>
    <message>
        <source>If the pain persists, stop for today and see a doctor or physiotherapist.</source>
        <translation>Si la douleur persiste, arrêtez pour aujourd’hui et consultez un médecin ou un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Ease out</source>
        <translation>Relâcher</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Passer cet étirement</translation>
    </message>
    <message>
        <source>Go on with the next step.</source>
        <translation>Continuer avec l’étape suivante.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Stop here and see what was done.</source>
        <translation>Arrêter ici et voir ce qui a été fait.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The pain has gone: carry on with this stretch.</source>
        <translation>La douleur est passée : poursuivre cet étirement.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Snooze the break reminder (%n min)</source>
        <translation>
            <numerusform>Reporter le rappel de pause (%n min)</numerusform>
            <numerusform>Reporter le rappel de pause (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Reporter de %n min</numerusform>
            <numerusform>Reporter de %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s)</source>
        <translation>
            <numerusform>Me le rappeler dans %n minute</numerusform>
            <numerusform>Me le rappeler dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flow · %n breath(s)</source>
        <translation>
            <numerusform>Enchaînement · %n respiration</numerusform>
            <numerusform>Enchaînement · %n respirations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A routine has at most %n step(s).</source>
        <translation>
            <numerusform>Une routine a au plus %n étape.</numerusform>
            <numerusform>Une routine a au plus %n étapes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es)</source>
        <translation>
            <numerusform>%n étirement</numerusform>
            <numerusform>%n étirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions in the last %n week(s)</source>
        <translation>
            <numerusform>Séances sur %n semaine</numerusform>
            <numerusform>Séances des %n dernières semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions per day, last %n week(s)</source>
        <translation>
            <numerusform>Séances par jour, %n semaine</numerusform>
            <numerusform>Séances par jour, %n dernières semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per week, last %n week(s)</source>
        <translation>
            <numerusform>Minutes par semaine, %n semaine</numerusform>
            <numerusform>Minutes par semaine, %n dernières semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n session(s)</source>
        <translation>
            <numerusform>{day} : %n séance</numerusform>
            <numerusform>{day} : %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on {active} of the last {days} days; {today} today.</source>
        <translation>
            <numerusform>%n séance sur {active} des {days} derniers jours ; {today} aujourd’hui.</numerusform>
            <numerusform>%n séances sur {active} des {days} derniers jours ; {today} aujourd’hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: %n min</source>
        <translation>
            <numerusform>Semaine du {day} : %n min</numerusform>
            <numerusform>Semaine du {day} : %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n ligne exportée dans {path}.</numerusform>
            <numerusform>%n lignes exportées dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>encore %n seconde</numerusform>
            <numerusform>encore %n secondes</numerusform>
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
            <numerusform>Début dans %n</numerusform>
            <numerusform>Début dans %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n second(s)</source>
        <translation>
            <numerusform>{step} : %n seconde</numerusform>
            <numerusform>{step} : %n secondes</numerusform>
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
            <numerusform>%n respiration · {time}</numerusform>
            <numerusform>%n respirations · {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (stretchguide validate FILE lists them all)</source>
        <translation>
            <numerusform>…et %n autre (stretchguide validate FICHIER les liste tous)</numerusform>
            <numerusform>…et %n autres (stretchguide validate FICHIER les liste tous)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding %n second(s) longer.</source>
        <translation>
            <numerusform>Maintien prolongé de %n seconde.</numerusform>
            <numerusform>Maintien prolongé de %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume the interrupted session</source>
        <translation>Reprendre la séance interrompue</translation>
    </message>
    <message>
        <source>Start it again at the step where it stopped.</source>
        <translation>La reprendre à l’étape où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Forget the interrupted session</source>
        <translation>Oublier la séance interrompue</translation>
    </message>
    <message>
        <source>Do not offer to resume it again.</source>
        <translation>Ne plus proposer de la reprendre.</translation>
    </message>
    <message>
        <source>Your last session of “{title}” was interrupted at “{step}”. Pick it up where you left off?</source>
        <translation>Votre dernière séance « {title} » a été interrompue à « {step} ». La reprendre là où vous l’avez laissée ?</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>On the floor (a mat helps)</source>
        <translation>Au sol (un tapis aide)</translation>
    </message>
    <message>
        <source>Seated on a chair</source>
        <translation>Assis sur une chaise</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Routine title</source>
        <translation>Titre de la routine</translation>
    </message>
    <message>
        <source>Routine id</source>
        <translation>Identifiant de la routine</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes; it names the routine&apos;s file</source>
        <translation>Lettres minuscules, chiffres et tirets ; il donne son nom au fichier de la routine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional: one or two sentences for the library</source>
        <translation>Facultatif : une ou deux phrases pour la bibliothèque</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Saved as {file} (follows the title)</source>
        <translation>Enregistrée sous {file} (suit le titre)</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Enregistrée sous {file}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>This routine has changes that are not saved. Discard them?</source>
        <translation>Cette routine a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Copy of “{title}”</source>
        <translation>Copie de « {title} »</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Modifier « {title} »</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Éditeur de routine</translation>
    </message>
    <message>
        <source>Dismiss problems</source>
        <translation>Masquer les problèmes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The routine&apos;s steps in order. Alt+Up and Alt+Down move the selected step, Delete removes it.</source>
        <translation>Les étapes de la routine dans l’ordre. Alt+Haut et Alt+Bas déplacent l’étape sélectionnée, Suppr la retire.</translation>
    </message>
    <message>
        <source>St&amp;eps</source>
        <translation>Ét&amp;apes</translation>
    </message>
    <message>
        <source>No steps yet: add one with “Add step”.</source>
        <translation>Aucune étape pour l’instant : ajoutez-en une avec « Ajouter une étape ».</translation>
    </message>
    <message>
        <source>Add step menu</source>
        <translation>Menu « Ajouter une étape »</translation>
    </message>
    <message>
        <source>Briefing: safety words</source>
        <translation>Consignes : règles de sécurité</translation>
    </message>
    <message>
        <source>Transition or rest</source>
        <translation>Transition ou repos</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add a stretch, a briefing or a transition after the selection</source>
        <translation>Ajoute un étirement, des consignes ou une transition après la sélection</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Monter l’étape</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Descendre l’étape</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Choose a stretch, a briefing or a transition with “Add step”. Select a step to change it.</source>
        <translation>Choisissez un étirement, des consignes ou une transition avec « Ajouter une étape ». Sélectionnez une étape pour la modifier.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Étape sélectionnée</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Enregistrer la routine</translation>
    </message>
    <message>
        <source>Check and save the routine (Ctrl+S)</source>
        <translation>Vérifier et enregistrer la routine (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation>Total {time}</translation>
    </message>
    <message>
        <source>The routine could not be saved: {error}</source>
        <translation>La routine n’a pas pu être enregistrée : {error}</translation>
    </message>
    <message>
        <source>This routine cannot be saved yet:</source>
        <translation>Cette routine ne peut pas encore être enregistrée :</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Non enregistrée :</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Ma routine</translation>
    </message>
    <message>
        <source>Stretch safely</source>
        <translation>S’étirer en sécurité</translation>
    </message>
    <message>
        <source>Move slowly, only to a gentle pull, and never bounce. Sharp pain means ease out at once.</source>
        <translation>Bougez lentement, seulement jusqu’à une légère tension, et sans jamais faire de rebonds. Une douleur vive signifie relâcher tout de suite.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Hold (no exercise chosen)</source>
        <translation>Tenir (aucun exercice choisi)</translation>
    </message>
    <message>
        <source>Flow (no exercise chosen)</source>
        <translation>Enchaînement (aucun exercice choisi)</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>Tenir {time}</translation>
    </message>
    <message>
        <source>Hold {time} · both sides</source>
        <translation>Tenir {time} · les deux côtés</translation>
    </message>
    <message>
        <source>Hold {time} · left side</source>
        <translation>Tenir {time} · côté gauche</translation>
    </message>
    <message>
        <source>Hold {time} · right side</source>
        <translation>Tenir {time} · côté droit</translation>
    </message>
    <message>
        <source>Warm-up · length from Settings</source>
        <translation>Échauffement · durée des réglages</translation>
    </message>
    <message>
        <source>Step {number}, {field}</source>
        <translation>Étape {number}, {field}</translation>
    </message>
    <message>
        <source>Id: {id} is the id of a built-in routine, and built-in routines are never changed. Choose another id, for example {suggestion}.</source>
        <translation>Identifiant : {id} est celui d’une routine intégrée, et les routines intégrées ne sont jamais modifiées. Choisissez un autre identifiant, par exemple {suggestion}.</translation>
    </message>
    <message>
        <source>Id: you already have a routine with the id {id}. Choose another id.</source>
        <translation>Identifiant : vous avez déjà une routine avec l’identifiant {id}. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Steps: add at least one step with “Add step”.</source>
        <translation>Étapes : ajoutez au moins une étape avec « Ajouter une étape ».</translation>
    </message>
    <message>
        <source>{id} belongs to a built-in routine, which is never changed: choose another.</source>
        <translation>{id} appartient à une routine intégrée, qui n’est jamais modifiée : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>You already have a routine with the id {id}: choose another.</source>
        <translation>Vous avez déjà une routine avec l’identifiant {id} : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes, like my-evening-stretch.</source>
        <translation>Utilisez des lettres minuscules, des chiffres et des tirets, comme mes-etirements-du-soir.</translation>
    </message>
    <message>
        <source>Hold: a static stretch</source>
        <translation>Tenir : un étirement statique</translation>
    </message>
    <message>
        <source>Flow: moves with the breath</source>
        <translation>Enchaînement : bouger avec la respiration</translation>
    </message>
    <message>
        <source>One position (no sides)</source>
        <translation>Une seule position (pas de côtés)</translation>
    </message>
    <message>
        <source>Both sides, left then right</source>
        <translation>Les deux côtés, gauche puis droite</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Côté gauche seulement</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Côté droit seulement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds, from {low} to {high}</source>
        <translation>Secondes, de {low} à {high}</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Type d’étape</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titre de l’étape</translation>
    </message>
    <message>
        <source>Shown instead of the exercise&apos;s title</source>
        <translation>Affiché à la place du titre de l’exercice</translation>
    </message>
    <message>
        <source>Spoken text</source>
        <translation>Texte parlé</translation>
    </message>
    <message>
        <source>Spoken instead of the exercise&apos;s instruction</source>
        <translation>Prononcé à la place des instructions de l’exercice</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Durée de maintien</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Pause to switch sides</source>
        <translation>Pause pour changer de côté</translation>
    </message>
    <message>
        <source>Breathing prompt every</source>
        <translation>Rappel de respiration toutes les</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> respirations</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Respirations</translation>
    </message>
    <message>
        <source>Own breathing pa&amp;ce (else the pace from Settings)</source>
        <translation>&amp;Rythme de respiration propre (sinon celui des réglages)</translation>
    </message>
    <message>
        <source>Own breathing pace</source>
        <translation>Rythme de respiration propre</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Inspirer pendant</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Expirer pendant</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Encouragement every</source>
        <translation>Encouragement toutes les</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>E&amp;xercice</translation>
    </message>
    <message>
        <source>Step tit&amp;le</source>
        <translation>Tit&amp;re de l’étape</translation>
    </message>
    <message>
        <source>Sp&amp;oken text</source>
        <translation>Texte &amp;parlé</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Tenir</translation>
    </message>
    <message>
        <source>Switch pause</source>
        <translation>Pause de changement</translation>
    </message>
    <message>
        <source>&amp;Breaths</source>
        <translation>&amp;Respirations</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>What the coach says for this step (required)</source>
        <translation>Ce que dit le coach pour cette étape (obligatoire)</translation>
    </message>
    <message>
        <source>What the coach says for this step</source>
        <translation>Ce que dit le coach pour cette étape</translation>
    </message>
    <message>
        <source>Each breath is one breath in and one breath out.</source>
        <translation>Chaque respiration est une inspiration et une expiration.</translation>
    </message>
    <message>
        <source>The warm-up lasts as long as Settings say (5 to 10 minutes).</source>
        <translation>L’échauffement dure ce que disent les réglages (5 à 10 minutes).</translation>
    </message>
    <message>
        <source>Never shorter than it takes to say the text.</source>
        <translation>Jamais plus court que le temps de dire le texte.</translation>
    </message>
    <message>
        <source>Time to get into position or rest. Never shorter than it takes to say the text.</source>
        <translation>Le temps de se mettre en position ou de se reposer. Jamais plus court que le temps de dire le texte.</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Fichiers de routine (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{file}: cannot be read: {reason}</source>
        <translation>{file} : lecture impossible : {reason}</translation>
    </message>
    <message>
        <source>“{title}” uses the id of a built-in routine ({old_id}), so it was imported as a copy with the id {new_id}.</source>
        <translation>« {title} » utilise l’identifiant d’une routine intégrée ({old_id}) : elle a donc été importée comme copie avec l’identifiant {new_id}.</translation>
    </message>
    <message>
        <source>“{title}” was imported.</source>
        <translation>« {title} » a été importée.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importer une routine</translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation>Routine non importée</translation>
    </message>
    <message>
        <source>{file} was not imported: it is not a valid routine file.</source>
        <translation>{file} n’a pas été importé : ce n’est pas un fichier de routine valide.</translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation>Remplacer votre routine ?</translation>
    </message>
    <message>
        <source>You already have a routine with the id {id}. Replace it with the one from {file}?</source>
        <translation>Vous avez déjà une routine avec l’identifiant {id}. La remplacer par celle de {file} ?</translation>
    </message>
    <message>
        <source>Worth a look (it plays as it is):</source>
        <translation>À vérifier (elle fonctionne telle quelle) :</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Routine importée</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exporter une routine</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Routine non exportée</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} n’a pas pu être écrit : {reason}</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>End the session?</source>
        <translation>Terminer la séance ?</translation>
    </message>
    <message>
        <source>End this session now? What you have done so far is kept.</source>
        <translation>Terminer cette séance maintenant ? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Stop now and see what was done.</source>
        <translation>Arrêter maintenant et voir ce qui a été fait.</translation>
    </message>
    <message>
        <source>Close this question and go on.</source>
        <translation>Fermer cette question et continuer.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Get into position</source>
        <translation>Mettez-vous en place</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <extracomment>What the label beside the breathing circle says.</extracomment>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Slow breath</source>
        <translation>Respiration lente</translation>
    </message>
    <message>
        <source>LEFT</source>
        <extracomment>The countdown&apos;s screen-reader description changes at most this often (seconds).</extracomment>
        <translation>GAUCHE</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DROITE</translation>
    </message>
    <message>
        <source>{title} (left side)</source>
        <translation>{title} (côté gauche)</translation>
    </message>
    <message>
        <source>{title} (right side)</source>
        <translation>{title} (côté droit)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>encore {time}</translation>
    </message>
    <message>
        <source>Session progress</source>
        <extracomment>Space a compact button keeps on each side of its text (Fusion&apos;s frame and margin).</extracomment>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Image de l’étirement</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Restart this step or go back (Left or P).</source>
        <translation>Reprendre cette étape ou revenir en arrière (Gauche ou P).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause ou reprise</translation>
    </message>
    <message>
        <source>Pause or resume (Space).</source>
        <translation>Mettre en pause ou reprendre (Espace).</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Skip to the next step (Right or N).</source>
        <translation>Passer à l’étape suivante (Droite ou N).</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Restart this step (R).</source>
        <translation>Reprendre cette étape (R).</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <source>Hold longer</source>
        <translation>Tenir plus longtemps</translation>
    </message>
    <message>
        <source>Give this hold more time (E).</source>
        <translation>Tenir cet étirement plus longtemps (E).</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>Où en suis-je ?</translation>
    </message>
    <message>
        <source>Say where you are (W).</source>
        <translation>Dit où vous en êtes (W).</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Show every key (F1 or ?).</source>
        <translation>Afficher toutes les touches (F1 ou ?).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>End the session (Esc).</source>
        <translation>Terminer la séance (Échap).</translation>
    </message>
    <message>
        <source>Sharp pain: ease out</source>
        <translation>Douleur vive : relâchez</translation>
    </message>
    <message>
        <source>Pause at once and ease out (X).</source>
        <translation>Mettre en pause tout de suite et relâcher (X).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Ensuite : {step}</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Ensuite : la fin</translation>
    </message>
    <message>
        <source>Paused: press Space to continue</source>
        <translation>En pause : appuyez sur Espace pour continuer</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respirez</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Continuez à bouger</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Breathe slowly and deeply. Hold it there.</source>
        <translation>Respirez lentement et profondément. Restez ainsi.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Speak the session out loud</source>
        <translation>Énoncer la séance à voix haute</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Turn the spoken coach on or off.</source>
        <translation>Active ou désactive le coach vocal.</translation>
    </message>
    <message>
        <source>Natural voice (English)</source>
        <translation>Voix naturelle (anglais)</translation>
    </message>
    <message>
        <source>System voice (eSpeak NG or your system&apos;s voices)</source>
        <translation>Voix du système (eSpeak NG ou les voix de votre système)</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Moteur vocal</translation>
    </message>
    <message>
        <source>The natural voice speaks English; the system voices speak the languages your system has installed.</source>
        <translation>La voix naturelle parle anglais ; les voix du système parlent les langues installées sur votre système.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>The voice of the coach.</source>
        <translation>La voix du coach.</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> mots/min</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>How fast the coach speaks, in words per minute.</source>
        <translation>La vitesse à laquelle parle le coach, en mots par minute.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>How loud the coach speaks.</source>
        <translation>Le volume de la voix du coach.</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Speak a sample with these settings.</source>
        <translation>Dit un exemple avec ces réglages.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Listen for spoken commands (pause, skip, …) during a session</source>
        <translation>Écouter les commandes vocales (pause, suivant…)</translation>
    </message>
    <message>
        <source>Voice control</source>
        <translation>Commande vocale</translation>
    </message>
    <message>
        <source>Offline; nothing heard is kept or sent.</source>
        <translation>Hors ligne ; rien de ce qui est entendu n’est conservé ni envoyé.</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Multiply every hold: 1.0 is the guide&apos;s 30 seconds.</source>
        <translation>Multiplie chaque maintien : 1,0 correspond aux 30 secondes du guide.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>Durée de l’échauffement</translation>
    </message>
    <message>
        <source>Five to ten minutes, as the guide recommends.</source>
        <translation>Cinq à dix minutes, comme le recommande le guide.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Inspirer pendant</translation>
    </message>
    <message>
        <source>Seconds of each in-breath during flows.</source>
        <translation>Secondes de chaque inspiration pendant les enchaînements.</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Expirer pendant</translation>
    </message>
    <message>
        <source>Seconds of each out-breath during flows.</source>
        <translation>Secondes de chaque expiration pendant les enchaînements.</translation>
    </message>
    <message>
        <source>Fit the first position</source>
        <translation>Selon la première position</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Seconds before the first step. Automatic gives time to get into the routine&apos;s first position: longer to get down on a mat than to sit.</source>
        <translation>Secondes avant la première étape. En automatique, le temps de se mettre dans la première position de la routine : plus long pour descendre sur un tapis que pour s’asseoir.</translation>
    </message>
    <message>
        <source>Count down the last seconds of a hold</source>
        <translation>Décompter les dernières secondes</translation>
    </message>
    <message>
        <source>Say when a hold is halfway</source>
        <translation>Annoncer la moitié du maintien</translation>
    </message>
    <message>
        <source>Breathing prompts during holds</source>
        <translation>Rappels de respiration</translation>
    </message>
    <message>
        <source>Encouragement during the warm-up</source>
        <translation>Encouragements pendant l’échauffement</translation>
    </message>
    <message>
        <source>A spoken cue; on-screen timing stays the same.</source>
        <translation>Une indication parlée ; le minutage à l’écran ne change pas.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light, dark, or follow the system.</source>
        <translation>Clair, sombre, ou comme le système.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Make every text larger or smaller.</source>
        <translation>Agrandit ou réduit tous les textes.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the window and of the coach.</source>
        <translation>La langue de la fenêtre et du coach.</translation>
    </message>
    <message>
        <source>Takes effect after restarting StretchGuide.</source>
        <translation>Prend effet au redémarrage de StretchGuide.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Remind me to take a break</source>
        <translation>Me rappeler de faire une pause</translation>
    </message>
    <message>
        <source>Break reminders</source>
        <translation>Rappels de pause</translation>
    </message>
    <message>
        <source>Offer the desk break now and then while at work.</source>
        <translation>Propose de temps en temps la pause bureau pendant le travail.</translation>
    </message>
    <message>
        <source>Remind every</source>
        <translation>Rappeler toutes les</translation>
    </message>
    <message>
        <source>Minutes between two reminders.</source>
        <translation>Minutes entre deux rappels.</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Début de la journée de travail</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Fin de la journée de travail</translation>
    </message>
    <message>
        <source>Reminders come only during the working day.</source>
        <translation>Les rappels n’arrivent que pendant la journée de travail.</translation>
    </message>
    <message>
        <source>On weekends too</source>
        <translation>Le week-end aussi</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Week-ends</translation>
    </message>
    <message>
        <source>Also remind on Saturdays and Sundays.</source>
        <translation>Rappeler aussi le samedi et le dimanche.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>How long Snooze puts a reminder off.</source>
        <translation>De combien Report repousse un rappel.</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>De / à</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Save and use these settings from the next session.</source>
        <translation>Enregistre ces réglages et les utilise dès la prochaine séance.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without changing anything.</source>
        <translation>Fermer sans rien changer.</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voix par défaut</translation>
    </message>
</context>
<context>
    <name>SpeechNotices</name>
    <message>
        <source>Cues are still shown on screen.</source>
        <translation>Les indications restent affichées à l’écran.</translation>
    </message>
    <message>
        <source>Install it with: {command}</source>
        <translation>Installez-le avec : {command}</translation>
    </message>
    <message>
        <source>Install eSpeak NG from {url}</source>
        <translation>Installez eSpeak NG depuis {url}</translation>
    </message>
    <message>
        <source>Install eSpeak NG.</source>
        <translation>Installez eSpeak NG.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine is missing ({detail}). {fix}, then turn speech off and on again in Settings. {shown}</source>
        <translation>La voix est coupée : le moteur vocal est absent ({detail}). {fix}, puis désactivez et réactivez la voix dans les réglages. {shown}</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine could not start ({detail}). Turn speech off and on again in Settings to retry. {shown}</source>
        <translation>La voix est coupée : le moteur vocal n’a pas pu démarrer ({detail}). Désactivez et réactivez la voix dans les réglages pour réessayer. {shown}</translation>
    </message>
    <message>
        <source>The speech engine failed on a cue ({detail}); it restarts for the next cue. {shown}</source>
        <translation>Le moteur vocal a échoué sur une indication ({detail}) ; il redémarre pour la suivante. {shown}</translation>
    </message>
    <message>
        <source>The speech engine stopped responding (no answer in {seconds} s); it was stopped and restarts for the next cue. {shown}</source>
        <translation>Le moteur vocal ne répondait plus (aucune réponse en {seconds} s) ; il a été arrêté et redémarre pour l’indication suivante. {shown}</translation>
    </message>
    <message>
        <source>it closed</source>
        <translation>il s’est fermé</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>code de sortie {code}</translation>
    </message>
    <message>
        <source>The speech engine stopped unexpectedly ({how}); it restarts for the next cue.</source>
        <translation>Le moteur vocal s’est arrêté de façon inattendue ({how}) ; il redémarre pour l’indication suivante.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine failed {failures} times in a row. Turn speech off and on again in Settings to retry. {shown}</source>
        <translation>La voix est coupée : le moteur vocal a échoué {failures} fois de suite. Désactivez et réactivez la voix dans les réglages pour réessayer. {shown}</translation>
    </message>
    <message>
        <source>Install an audio player.</source>
        <translation>Installez un lecteur audio.</translation>
    </message>
    <message>
        <source>Speech is silent: no audio player (paplay or aplay) was found. {fix}. {shown}</source>
        <translation>La voix est muette : aucun lecteur audio (paplay ou aplay) n’a été trouvé. {fix}. {shown}</translation>
    </message>
    <message>
        <source>No sound output found: the session goes on with text on screen. Check that a speaker or headphones are connected.</source>
        <translation>Aucune sortie audio trouvée : la séance continue avec le texte à l’écran. Vérifiez qu’un haut-parleur ou un casque est branché.</translation>
    </message>
    <message>
        <source>Speech is off: cannot write the speech cache folder {path} ({detail}). {shown}</source>
        <translation>La voix est coupée : impossible d’écrire dans le dossier de cache vocal {path} ({detail}). {shown}</translation>
    </message>
    <message>
        <source>The natural voice could not load ({detail}); the system voice speaks instead. Reinstall StretchGuide to get the natural voice back, or choose the system voice in Settings to hide this message.</source>
        <translation>La voix naturelle n’a pas pu se charger ({detail}) ; la voix du système parle à sa place. Réinstallez StretchGuide pour retrouver la voix naturelle, ou choisissez la voix du système dans les réglages pour masquer ce message.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Start a routine</source>
        <extracomment>The routine a break reminder offers. The reminder timer is never aimed further ahead than this; it re-aims when it fires early. How long the desktop shows a reminder bubble.</extracomment>
        <translation>Lancer une routine</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Quit StretchGuide</source>
        <translation>Quitter StretchGuide</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>C’est l’heure de s’étirer</translation>
    </message>
    <message>
        <source>Click here to start “{routine}”, or snooze it from the StretchGuide menu.</source>
        <translation>Cliquez ici pour lancer « {routine} », ou reportez-la depuis le menu de StretchGuide.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>VoiceControl</name>
    <message>
        <source>Voice control could not start its recogniser.</source>
        <extracomment>After the app stops speaking, its echo and the audio server&apos;s buffer still reach the microphone for a moment: commands that ended this soon after are ignored too.</extracomment>
        <translation>La commande vocale n’a pas pu lancer sa reconnaissance.</translation>
    </message>
    <message>
        <source>Voice control stopped: the recogniser ended.</source>
        <translation>Commande vocale arrêtée : la reconnaissance s’est terminée.</translation>
    </message>
    <message>
        <source>{reason}. Voice control is off; keys and buttons work as before.</source>
        <translation>{reason}. La commande vocale est désactivée ; les touches et les boutons fonctionnent comme avant.</translation>
    </message>
    <message>
        <source>Voice control is on. Say: {words}. F1 lists them. Nothing heard is kept.</source>
        <translation>La commande vocale est activée. Dites (en anglais) : {words}. F1 les liste. Rien de ce qui est entendu n’est conservé.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
</context>
<context>
    <name>VoiceIndicator</name>
    <message>
        <source>● Listening</source>
        <translation>● À l’écoute</translation>
    </message>
    <message>
        <source>Voice control</source>
        <extracomment>How long a recognised word stays on the indicator (ms).</extracomment>
        <translation>Commande vocale</translation>
    </message>
    <message>
        <source>Voice control is on: say a command (F1 lists them).</source>
        <translation>La commande vocale est activée : dites une commande (F1 les liste).</translation>
    </message>
    <message>
        <source>Heard: {said}</source>
        <translation>Entendu : {said}</translation>
    </message>
    <message>
        <source>Listening for spoken commands.</source>
        <translation>À l’écoute des commandes vocales.</translation>
    </message>
</context>
</TS>
