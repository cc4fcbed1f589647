<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Hide this message; everything else works.</source>
        <translation>Oculta este mensaje; todo lo demás funciona.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{chart}: no data</source>
        <translation>{chart}: sin datos</translation>
    </message>
</context>
<context>
    <name>BreathingPacer</name>
    <message>
        <source>Breathing pacer</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Grows while you breathe in, shrinks while you breathe out.</source>
        <translation>Crece mientras inspiras y se encoge mientras espiras.</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
</context>
<context>
    <name>FinishView</name>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>detenido por dolor</translation>
    </message>
    <message>
        <source>stopped part-way</source>
        <translation>detenido a medias</translation>
    </message>
    <message>
        <source>– {step}: {reason}</source>
        <translation>– {step}: {reason}</translation>
    </message>
    <message>
        <source> after {time}</source>
        <translation> tras {time}</translation>
    </message>
    <message>
        <source>Session ended: take it easy</source>
        <translation>Sesión terminada: tómatelo con calma</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Routine over: every stretch skipped</source>
        <translation>Rutina terminada: todos los estiramientos saltados</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenida antes de tiempo</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <source>Not counted in your streak: a session counts from one minute.</source>
        <translation>No cuenta para tu racha: una sesión cuenta a partir de un minuto.</translation>
    </message>
    <message>
        <source>Not counted in your streak: no stretch was held.</source>
        <translation>No cuenta para tu racha: no se mantuvo ningún estiramiento.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Choose another routine.</source>
        <translation>Elige otra rutina.</translation>
    </message>
    <message>
        <source>Time spent: {time}</source>
        <translation>Tiempo: {time}</translation>
    </message>
    <message>
        <source>No stretch held this time.</source>
        <translation>Esta vez no se mantuvo ningún estiramiento.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenida antes de tiempo</translation>
    </message>
    <message>
        <source>Stopped: pain</source>
        <translation>Detenida: dolor</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>Save every session and step to a CSV file for a spreadsheet</source>
        <translation>Guarda cada sesión y cada paso en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Volver a las rutinas</translation>
    </message>
    <message>
        <source>Back to the routine library (Esc)</source>
        <translation>Volver a la biblioteca de rutinas (Esc)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Racha actual</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Mejor racha</translation>
    </message>
    <message>
        <source>Minutes this week</source>
        <translation>Minutos esta semana</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Time per stretch</source>
        <translation>Tiempo por estiramiento</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
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
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No stretches held yet.</source>
        <translation>Aún no has mantenido ningún estiramiento.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Aún no hay sesiones.</translation>
    </message>
    <message>
        <source>Sessions under a minute, or with no stretch held, are kept but not counted or listed here.</source>
        <translation>Las sesiones de menos de un minuto, o sin ningún estiramiento mantenido, se guardan, pero no se cuentan ni se muestran aquí.</translation>
    </message>
    <message>
        <source>No sessions yet. When you finish or stop a routine, it shows up here.</source>
        <translation>Aún no hay sesiones. Cuando termines o detengas una rutina, aparecerá aquí.</translation>
    </message>
    <message>
        <source>History page</source>
        <translation>Página del historial</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Minutes per week. {weeks}</source>
        <translation>Minutos por semana. {weeks}</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The history could not be exported: {reason}</source>
        <translation>No se pudo exportar el historial: {reason}</translation>
    </message>
    <message>
        <source>History not exported</source>
        <translation>Historial no exportado</translation>
    </message>
    <message>
        <source>The history could not be read: {reason}</source>
        <translation>No se pudo leer el historial: {reason}</translation>
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
        <translation>Pausar o reanudar (también la preparación)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Next step (during the get-ready: start now)</source>
        <translation>Paso siguiente (en la preparación: ya)</translation>
    </message>
    <message>
        <source>→ or N</source>
        <translation>→ o N</translation>
    </message>
    <message>
        <source>Back (restart this step, or the one before)</source>
        <translation>Atrás (este paso o el anterior)</translation>
    </message>
    <message>
        <source>← or P</source>
        <translation>← o P</translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation>Reiniciar este paso</translation>
    </message>
    <message>
        <source>Hold longer</source>
        <translation>Mantener más tiempo</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>¿Dónde estoy?</translation>
    </message>
    <message>
        <source>Sharp pain: ease out</source>
        <translation>Dolor agudo: suelta despacio</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <extracomment>Works everywhere (Help → Keys owns it), so it is not a session action: two actions with one shortcut would make Qt ignore the key as ambiguous. The menu shows the first key (F1).</extracomment>
        <translation>Mostrar estas teclas</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 o ?</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Empezar la rutina elegida</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Edit or copy the selected routine</source>
        <translation>Editar o copiar la rutina</translation>
    </message>
    <message>
        <source>Duplicate the selected routine</source>
        <translation>Duplicar la rutina</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Importar un archivo de rutina</translation>
    </message>
    <message>
        <source>Export the selected routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Every key StretchGuide understands.</source>
        <translation>Todas las teclas que entiende StretchGuide.</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante una sesión</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>En la biblioteca</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the list of keys.</source>
        <translation>Cierra la lista de teclas.</translation>
    </message>
    <message>
        <source>With voice control on, say: {words}.</source>
        <translation>Con el control por voz, di (en inglés): {words}.</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>&amp;Routines</source>
        <extracomment>Dialogs&apos; parent: the top-level window the menu bar is in (the main window).</extracomment>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New routine…</source>
        <translation>&amp;Nueva rutina…</translation>
    </message>
    <message>
        <source>&amp;Edit or copy routine…</source>
        <translation>&amp;Editar o copiar rutina…</translation>
    </message>
    <message>
        <source>&amp;Duplicate routine…</source>
        <translation>&amp;Duplicar rutina…</translation>
    </message>
    <message>
        <source>&amp;Import routine file…</source>
        <translation>&amp;Importar archivo de rutina…</translation>
    </message>
    <message>
        <source>E&amp;xport routine file…</source>
        <translation>E&amp;xportar archivo de rutina…</translation>
    </message>
    <message>
        <source>De&amp;lete my routine…</source>
        <translation>Bo&amp;rrar mi rutina…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Routine library</source>
        <translation>&amp;Biblioteca de rutinas</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Borrar rutina</translation>
    </message>
    <message>
        <source>Delete your routine “{title}”? This cannot be undone.</source>
        <translation>¿Borrar tu rutina «{title}»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>History · StretchGuide</source>
        <translation>Historial · StretchGuide</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Built-in</source>
        <extracomment>Longer lists have every row&apos;s summary made on a worker thread (see RoutineListModel).</extracomment>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mía</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transición</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Hold {time} each side · left, then right</source>
        <translation>Mantén {time} por lado · izquierda y luego derecha</translation>
    </message>
    <message>
        <source>Hold {time} · left side</source>
        <translation>Mantén {time} · lado izquierdo</translation>
    </message>
    <message>
        <source>Hold {time} · right side</source>
        <translation>Mantén {time} · lado derecho</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>Mantén {time}</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Speech, hold times, warm-up length, breathing pace, theme and text size.</source>
        <translation>Voz, tiempos de mantenimiento, duración del calentamiento, ritmo de respiración, tema y tamaño del texto.</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Choose a routine; Enter starts it.</source>
        <translation>Elige una rutina; Intro la empieza.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>The steps of the selected routine.</source>
        <translation>Los pasos de la rutina seleccionada.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter).</source>
        <translation>Empieza la rutina seleccionada (Intro).</translation>
    </message>
    <message>
        <source>Some routine files could not be loaded; the others work as usual:</source>
        <translation>No se pudieron cargar algunos archivos de rutina; los demás funcionan con normalidad:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Get ready</source>
        <extracomment>The size the window opens at when none was saved (if the screen has room for it). Room left on the screen for the window&apos;s frame (title bar, borders), which is not known until the window manager has framed it: a 1024x600 netbook must show the whole window. If the window is shown but never painted, deferred start-up work runs this long after it was made. The routine selected at the end of the last run, when it is not in the library yet. Counts the libraries shown; a library read in the background is shown only if no other was shown meanwhile (a routine saved or imported since is in the newer one). The last speech problem told by the speaker (&quot;&quot; if none): shown at each session start. Made after the first frame, and only when there is an interrupted session to offer.</extracomment>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Paused: {step} · StretchGuide</source>
        <translation>En pausa: {step} · StretchGuide</translation>
    </message>
    <message>
        <source>{step} · StretchGuide</source>
        <translation>{step} · StretchGuide</translation>
    </message>
    <message>
        <source>Finished · StretchGuide</source>
        <translation>Terminado · StretchGuide</translation>
    </message>
    <message>
        <source>Session stopped · StretchGuide</source>
        <translation>Sesión detenida · StretchGuide</translation>
    </message>
    <message>
        <source>Settings could not be saved: {error}</source>
        <translation>No se pudieron guardar los ajustes: {error}</translation>
    </message>
</context>
<context>
    <name>MprisSession</name>
    <message>
        <source>{title} (left)</source>
        <translation>{title} (izquierda)</translation>
    </message>
    <message>
        <source>{title} (right)</source>
        <translation>{title} (derecha)</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Time for a stretch · StretchGuide</source>
        <translation>Hora de estirar · StretchGuide</translation>
    </message>
    <message>
        <source>You have been sitting for a while. Time for a short stretch?</source>
        <translation>Llevas un rato sentado. ¿Un estiramiento corto?</translation>
    </message>
    <message>
        <source>Start the desk break</source>
        <translation>Empezar la pausa de escritorio</translation>
    </message>
    <message>
        <source>Start the desk break routine now</source>
        <translation>Empezar ahora la rutina de pausa de escritorio</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>PainDialog</name>
    <message>
        <source>Ease out of the stretch slowly</source>
        <translation>Sal del estiramiento despacio</translation>
    </message>
    <message>
        <source>Rest and breathe until the pain settles. Then choose how to go on.</source>
        <translation>Descansa y respira hasta que el dolor se calme. Luego elige cómo seguir.</translation>
    </message>
    <message>
        <source>If the pain persists, stop for today and see a doctor or physiotherapist.</source>
        <translation>Si el dolor persiste, para por hoy y consulta a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Ease out</source>
        <translation>Soltar despacio</translation>
    </message>
    <message>
        <source>Skip this stretch</source>
        <translation>Saltar este estiramiento</translation>
    </message>
    <message>
        <source>Go on with the next step.</source>
        <translation>Seguir con el paso siguiente.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Stop here and see what was done.</source>
        <translation>Parar aquí y ver lo que has hecho.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>The pain has gone: carry on with this stretch.</source>
        <translation>El dolor ha pasado: seguir con este estiramiento.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Snooze the break reminder (%n min)</source>
        <translation>
            <numerusform>Posponer el recordatorio (%n min)</numerusform>
            <numerusform>Posponer el recordatorio (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Posponer %n min</numerusform>
            <numerusform>Posponer %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s)</source>
        <translation>
            <numerusform>Recordármelo dentro de %n minuto</numerusform>
            <numerusform>Recordármelo dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flow · %n breath(s)</source>
        <translation>
            <numerusform>Flujo · %n respiración</numerusform>
            <numerusform>Flujo · %n respiraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A routine has at most %n step(s).</source>
        <translation>
            <numerusform>Una rutina tiene como máximo %n paso.</numerusform>
            <numerusform>Una rutina tiene como máximo %n pasos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es)</source>
        <translation>
            <numerusform>%n estiramiento</numerusform>
            <numerusform>%n estiramientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions in the last %n week(s)</source>
        <translation>
            <numerusform>Sesiones en %n semana</numerusform>
            <numerusform>Sesiones en las últimas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions per day, last %n week(s)</source>
        <translation>
            <numerusform>Sesiones por día, %n semana</numerusform>
            <numerusform>Sesiones por día, últimas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per week, last %n week(s)</source>
        <translation>
            <numerusform>Minutos por semana, %n semana</numerusform>
            <numerusform>Minutos por semana, últimas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n session(s)</source>
        <translation>
            <numerusform>{day}: %n sesión</numerusform>
            <numerusform>{day}: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on {active} of the last {days} days; {today} today.</source>
        <translation>
            <numerusform>%n sesión en {active} de los últimos {days} días; {today} hoy.</numerusform>
            <numerusform>%n sesiones en {active} de los últimos {days} días; {today} hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: %n min</source>
        <translation>
            <numerusform>Semana del {day}: %n min</numerusform>
            <numerusform>Semana del {day}: %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n fila exportada a {path}.</numerusform>
            <numerusform>%n filas exportadas a {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>queda %n segundo</numerusform>
            <numerusform>quedan %n segundos</numerusform>
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
            <numerusform>Empieza en %n</numerusform>
            <numerusform>Empieza en %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n second(s)</source>
        <translation>
            <numerusform>{step}: %n segundo</numerusform>
            <numerusform>{step}: %n segundos</numerusform>
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
            <numerusform>%n respiración · {time}</numerusform>
            <numerusform>%n respiraciones · {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (stretchguide validate FILE lists them all)</source>
        <translation>
            <numerusform>…y %n más (stretchguide validate ARCHIVO los muestra todos)</numerusform>
            <numerusform>…y %n más (stretchguide validate ARCHIVO los muestra todos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding %n second(s) longer.</source>
        <translation>
            <numerusform>Mantenemos %n segundo más.</numerusform>
            <numerusform>Mantenemos %n segundos más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume the interrupted session</source>
        <translation>Reanudar la sesión interrumpida</translation>
    </message>
    <message>
        <source>Start it again at the step where it stopped.</source>
        <translation>Retomarla en el paso donde se detuvo.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Forget the interrupted session</source>
        <translation>Olvidar la sesión interrumpida</translation>
    </message>
    <message>
        <source>Do not offer to resume it again.</source>
        <translation>No volver a ofrecer reanudarla.</translation>
    </message>
    <message>
        <source>Your last session of “{title}” was interrupted at “{step}”. Pick it up where you left off?</source>
        <translation>Tu última sesión de «{title}» se interrumpió en «{step}». ¿Retomarla donde la dejaste?</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>On the floor (a mat helps)</source>
        <translation>En el suelo (una esterilla ayuda)</translation>
    </message>
    <message>
        <source>Seated on a chair</source>
        <translation>Sentado en una silla</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Routine title</source>
        <translation>Título de la rutina</translation>
    </message>
    <message>
        <source>Routine id</source>
        <translation>Identificador de la rutina</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and dashes; it names the routine&apos;s file</source>
        <translation>Minúsculas, cifras y guiones; da nombre al archivo de la rutina</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Optional: one or two sentences for the library</source>
        <translation>Opcional: una o dos frases para la biblioteca</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Saved as {file} (follows the title)</source>
        <translation>Se guarda como {file} (sigue al título)</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Se guarda como {file}</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>This routine has changes that are not saved. Discard them?</source>
        <translation>Esta rutina tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Copy of “{title}”</source>
        <translation>Copia de «{title}»</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Editar «{title}»</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Editor de rutinas</translation>
    </message>
    <message>
        <source>Dismiss problems</source>
        <translation>Cerrar los problemas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>The routine&apos;s steps in order. Alt+Up and Alt+Down move the selected step, Delete removes it.</source>
        <translation>Los pasos de la rutina en orden. Alt+Arriba y Alt+Abajo mueven el paso seleccionado; Supr lo quita.</translation>
    </message>
    <message>
        <source>St&amp;eps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <source>No steps yet: add one with “Add step”.</source>
        <translation>Aún no hay pasos: añade uno con «Añadir paso».</translation>
    </message>
    <message>
        <source>Add step menu</source>
        <translation>Menú «Añadir paso»</translation>
    </message>
    <message>
        <source>Briefing: safety words</source>
        <translation>Indicaciones: normas de seguridad</translation>
    </message>
    <message>
        <source>Transition or rest</source>
        <translation>Transición o descanso</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Añadir paso</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add a stretch, a briefing or a transition after the selection</source>
        <translation>Añade un estiramiento, unas indicaciones o una transición tras la selección</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Subir el paso</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Bajar el paso</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar el paso</translation>
    </message>
    <message>
        <source>Choose a stretch, a briefing or a transition with “Add step”. Select a step to change it.</source>
        <translation>Elige un estiramiento, unas indicaciones o una transición con «Añadir paso». Selecciona un paso para cambiarlo.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Paso seleccionado</translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <source>Check and save the routine (Ctrl+S)</source>
        <translation>Comprobar y guardar la rutina (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <source>Total {time}</source>
        <translation>Total {time}</translation>
    </message>
    <message>
        <source>The routine could not be saved: {error}</source>
        <translation>No se pudo guardar la rutina: {error}</translation>
    </message>
    <message>
        <source>This routine cannot be saved yet:</source>
        <translation>Esta rutina aún no se puede guardar:</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>No guardada:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copia)</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>Stretch safely</source>
        <translation>Estira con seguridad</translation>
    </message>
    <message>
        <source>Move slowly, only to a gentle pull, and never bounce. Sharp pain means ease out at once.</source>
        <translation>Muévete despacio, solo hasta notar un tirón suave, y nunca des rebotes. Si sientes un dolor agudo, suelta enseguida.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transición</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Hold (no exercise chosen)</source>
        <translation>Mantener (ningún ejercicio elegido)</translation>
    </message>
    <message>
        <source>Flow (no exercise chosen)</source>
        <translation>Flujo (ningún ejercicio elegido)</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>Mantén {time}</translation>
    </message>
    <message>
        <source>Hold {time} · both sides</source>
        <translation>Mantén {time} · ambos lados</translation>
    </message>
    <message>
        <source>Hold {time} · left side</source>
        <translation>Mantén {time} · lado izquierdo</translation>
    </message>
    <message>
        <source>Hold {time} · right side</source>
        <translation>Mantén {time} · lado derecho</translation>
    </message>
    <message>
        <source>Warm-up · length from Settings</source>
        <translation>Calentamiento · duración de los ajustes</translation>
    </message>
    <message>
        <source>Step {number}, {field}</source>
        <translation>Paso {number}, {field}</translation>
    </message>
    <message>
        <source>Id: {id} is the id of a built-in routine, and built-in routines are never changed. Choose another id, for example {suggestion}.</source>
        <translation>Identificador: {id} es el de una rutina incluida, y las rutinas incluidas nunca se cambian. Elige otro, por ejemplo {suggestion}.</translation>
    </message>
    <message>
        <source>Id: you already have a routine with the id {id}. Choose another id.</source>
        <translation>Identificador: ya tienes una rutina con el identificador {id}. Elige otro.</translation>
    </message>
    <message>
        <source>Steps: add at least one step with “Add step”.</source>
        <translation>Pasos: añade al menos un paso con «Añadir paso».</translation>
    </message>
    <message>
        <source>{id} belongs to a built-in routine, which is never changed: choose another.</source>
        <translation>{id} pertenece a una rutina incluida, que nunca se cambia: elige otro.</translation>
    </message>
    <message>
        <source>You already have a routine with the id {id}: choose another.</source>
        <translation>Ya tienes una rutina con el identificador {id}: elige otro.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and dashes, like my-evening-stretch.</source>
        <translation>Usa minúsculas, cifras y guiones, como mis-estiramientos-noche.</translation>
    </message>
    <message>
        <source>Hold: a static stretch</source>
        <translation>Mantener: un estiramiento estático</translation>
    </message>
    <message>
        <source>Flow: moves with the breath</source>
        <translation>Flujo: moverse con la respiración</translation>
    </message>
    <message>
        <source>One position (no sides)</source>
        <translation>Una posición (sin lados)</translation>
    </message>
    <message>
        <source>Both sides, left then right</source>
        <translation>Ambos lados, izquierda y luego derecha</translation>
    </message>
    <message>
        <source>Left side only</source>
        <translation>Solo lado izquierdo</translation>
    </message>
    <message>
        <source>Right side only</source>
        <translation>Solo lado derecho</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds, from {low} to {high}</source>
        <translation>Segundos, de {low} a {high}</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Tipo de paso</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>Shown instead of the exercise&apos;s title</source>
        <translation>Se muestra en lugar del título del ejercicio</translation>
    </message>
    <message>
        <source>Spoken text</source>
        <translation>Texto hablado</translation>
    </message>
    <message>
        <source>Spoken instead of the exercise&apos;s instruction</source>
        <translation>Se dice en lugar de las instrucciones del ejercicio</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Tiempo de mantenimiento</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Pause to switch sides</source>
        <translation>Pausa para cambiar de lado</translation>
    </message>
    <message>
        <source>Breathing prompt every</source>
        <translation>Aviso de respiración cada</translation>
    </message>
    <message>
        <source> breaths</source>
        <translation> respiraciones</translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <source>Own breathing pa&amp;ce (else the pace from Settings)</source>
        <translation>Ritmo de respiración &amp;propio (si no, el de los ajustes)</translation>
    </message>
    <message>
        <source>Own breathing pace</source>
        <translation>Ritmo de respiración propio</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Inspirar durante</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Espirar durante</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Encouragement every</source>
        <translation>Ánimo cada</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>E&amp;jercicio</translation>
    </message>
    <message>
        <source>Step tit&amp;le</source>
        <translation>Tít&amp;ulo del paso</translation>
    </message>
    <message>
        <source>Sp&amp;oken text</source>
        <translation>Texto &amp;hablado</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Mantener</translation>
    </message>
    <message>
        <source>Switch pause</source>
        <translation>Pausa de cambio</translation>
    </message>
    <message>
        <source>&amp;Breaths</source>
        <translation>&amp;Respiraciones</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiración</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espiración</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>What the coach says for this step (required)</source>
        <translation>Lo que dice el entrenador en este paso (obligatorio)</translation>
    </message>
    <message>
        <source>What the coach says for this step</source>
        <translation>Lo que dice el entrenador en este paso</translation>
    </message>
    <message>
        <source>Each breath is one breath in and one breath out.</source>
        <translation>Cada respiración es una inspiración y una espiración.</translation>
    </message>
    <message>
        <source>The warm-up lasts as long as Settings say (5 to 10 minutes).</source>
        <translation>El calentamiento dura lo que digan los ajustes (de 5 a 10 minutos).</translation>
    </message>
    <message>
        <source>Never shorter than it takes to say the text.</source>
        <translation>Nunca más corto de lo que se tarda en decir el texto.</translation>
    </message>
    <message>
        <source>Time to get into position or rest. Never shorter than it takes to say the text.</source>
        <translation>Tiempo para colocarse o descansar. Nunca más corto de lo que se tarda en decir el texto.</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Archivos de rutina (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file}: cannot be read: {reason}</source>
        <translation>{file}: no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>“{title}” uses the id of a built-in routine ({old_id}), so it was imported as a copy with the id {new_id}.</source>
        <translation>«{title}» usa el identificador de una rutina incluida ({old_id}), así que se importó como copia con el identificador {new_id}.</translation>
    </message>
    <message>
        <source>“{title}” was imported.</source>
        <translation>«{title}» se importó.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation>Rutina no importada</translation>
    </message>
    <message>
        <source>{file} was not imported: it is not a valid routine file.</source>
        <translation>{file} no se importó: no es un archivo de rutina válido.</translation>
    </message>
    <message>
        <source>Replace your routine?</source>
        <translation>¿Reemplazar tu rutina?</translation>
    </message>
    <message>
        <source>You already have a routine with the id {id}. Replace it with the one from {file}?</source>
        <translation>Ya tienes una rutina con el identificador {id}. ¿Reemplazarla por la de {file}?</translation>
    </message>
    <message>
        <source>Worth a look (it plays as it is):</source>
        <translation>Conviene revisarlo (se puede usar tal cual):</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Rutina importada</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exportar una rutina</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Rutina no exportada</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <translation>No se pudo escribir {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>End this session now? What you have done so far is kept.</source>
        <translation>¿Terminar esta sesión ahora? Lo que has hecho hasta ahora se guarda.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Stop now and see what was done.</source>
        <translation>Parar ahora y ver lo que has hecho.</translation>
    </message>
    <message>
        <source>Close this question and go on.</source>
        <translation>Cerrar esta pregunta y seguir.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Get into position</source>
        <translation>Colócate</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <extracomment>What the label beside the breathing circle says.</extracomment>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Slow breath</source>
        <translation>Respira despacio</translation>
    </message>
    <message>
        <source>LEFT</source>
        <extracomment>The countdown&apos;s screen-reader description changes at most this often (seconds).</extracomment>
        <translation>IZQUIERDA</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DERECHA</translation>
    </message>
    <message>
        <source>{title} (left side)</source>
        <translation>{title} (lado izquierdo)</translation>
    </message>
    <message>
        <source>{title} (right side)</source>
        <translation>{title} (lado derecho)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Session progress</source>
        <extracomment>Space a compact button keeps on each side of its text (Fusion&apos;s frame and margin).</extracomment>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Imagen del estiramiento</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Restart this step or go back (Left or P).</source>
        <translation>Reiniciar este paso o volver atrás (Izquierda o P).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <source>Pause or resume (Space).</source>
        <translation>Pausar o reanudar (Espacio).</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Skip to the next step (Right or N).</source>
        <translation>Saltar al paso siguiente (Derecha o N).</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Restart this step (R).</source>
        <translation>Reiniciar este paso (R).</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <source>Hold longer</source>
        <translation>Mantener más tiempo</translation>
    </message>
    <message>
        <source>Give this hold more time (E).</source>
        <translation>Mantener más tiempo este estiramiento (E).</translation>
    </message>
    <message>
        <source>Where am I?</source>
        <translation>¿Dónde estoy?</translation>
    </message>
    <message>
        <source>Say where you are (W).</source>
        <translation>Dice dónde estás (W).</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Show every key (F1 or ?).</source>
        <translation>Mostrar todas las teclas (F1 o ?).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <source>End the session (Esc).</source>
        <translation>Terminar la sesión (Esc).</translation>
    </message>
    <message>
        <source>Sharp pain: ease out</source>
        <translation>Dolor agudo: suelta despacio</translation>
    </message>
    <message>
        <source>Pause at once and ease out (X).</source>
        <translation>Pausar enseguida y soltar despacio (X).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Después: {step}</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Después: el final</translation>
    </message>
    <message>
        <source>Paused: press Space to continue</source>
        <translation>En pausa: pulsa Espacio para continuar</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respira</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Sigue moviéndote</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Breathe slowly and deeply. Hold it there.</source>
        <translation>Respira lenta y profundamente. Mantén la postura.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Speak the session out loud</source>
        <translation>Decir la sesión en voz alta</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Turn the spoken coach on or off.</source>
        <translation>Activa o desactiva el entrenador hablado.</translation>
    </message>
    <message>
        <source>Natural voice (English)</source>
        <translation>Voz natural (inglés)</translation>
    </message>
    <message>
        <source>System voice (eSpeak NG or your system&apos;s voices)</source>
        <translation>Voz del sistema (eSpeak NG o las voces de tu sistema)</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Motor de voz</translation>
    </message>
    <message>
        <source>The natural voice speaks English; the system voices speak the languages your system has installed.</source>
        <translation>La voz natural habla inglés; las voces del sistema hablan los idiomas instalados en tu sistema.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>The voice of the coach.</source>
        <translation>La voz del entrenador.</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> palabras/min</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <source>How fast the coach speaks, in words per minute.</source>
        <translation>Lo rápido que habla el entrenador, en palabras por minuto.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>How loud the coach speaks.</source>
        <translation>Lo alto que habla el entrenador.</translation>
    </message>
    <message>
        <source>Hear it</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Speak a sample with these settings.</source>
        <translation>Dice una muestra con estos ajustes.</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Listen for spoken commands (pause, skip, …) during a session</source>
        <translation>Escuchar órdenes de voz (pausa, saltar…)</translation>
    </message>
    <message>
        <source>Voice control</source>
        <translation>Control por voz</translation>
    </message>
    <message>
        <source>Offline; nothing heard is kept or sent.</source>
        <translation>Sin conexión; nada de lo que se oye se guarda ni se envía.</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Multiply every hold: 1.0 is the guide&apos;s 30 seconds.</source>
        <translation>Multiplica cada mantenimiento: 1,0 son los 30 segundos de la guía.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warm-up length</source>
        <translation>Duración del calentamiento</translation>
    </message>
    <message>
        <source>Five to ten minutes, as the guide recommends.</source>
        <translation>De cinco a diez minutos, como recomienda la guía.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Inspirar durante</translation>
    </message>
    <message>
        <source>Seconds of each in-breath during flows.</source>
        <translation>Segundos de cada inspiración durante los flujos.</translation>
    </message>
    <message>
        <source>Breathe out for</source>
        <translation>Espirar durante</translation>
    </message>
    <message>
        <source>Seconds of each out-breath during flows.</source>
        <translation>Segundos de cada espiración durante los flujos.</translation>
    </message>
    <message>
        <source>Fit the first position</source>
        <translation>Según la primera posición</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Seconds before the first step. Automatic gives time to get into the routine&apos;s first position: longer to get down on a mat than to sit.</source>
        <translation>Segundos antes del primer paso. En automático, da tiempo para adoptar la primera posición de la rutina: más para bajar a la esterilla que para sentarse.</translation>
    </message>
    <message>
        <source>Count down the last seconds of a hold</source>
        <translation>Contar los últimos segundos</translation>
    </message>
    <message>
        <source>Say when a hold is halfway</source>
        <translation>Avisar a mitad del estiramiento</translation>
    </message>
    <message>
        <source>Breathing prompts during holds</source>
        <translation>Avisos de respiración</translation>
    </message>
    <message>
        <source>Encouragement during the warm-up</source>
        <translation>Ánimos durante el calentamiento</translation>
    </message>
    <message>
        <source>A spoken cue; on-screen timing stays the same.</source>
        <translation>Un aviso hablado; los tiempos en pantalla no cambian.</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspiración</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espiración</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light, dark, or follow the system.</source>
        <translation>Claro, oscuro o como el sistema.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Make every text larger or smaller.</source>
        <translation>Agranda o reduce todos los textos.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window and of the coach.</source>
        <translation>El idioma de la ventana y del entrenador.</translation>
    </message>
    <message>
        <source>Takes effect after restarting StretchGuide.</source>
        <translation>Se aplica al reiniciar StretchGuide.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Remind me to take a break</source>
        <translation>Recordarme hacer una pausa</translation>
    </message>
    <message>
        <source>Break reminders</source>
        <translation>Recordatorios de pausa</translation>
    </message>
    <message>
        <source>Offer the desk break now and then while at work.</source>
        <translation>Ofrece de vez en cuando la pausa de escritorio mientras trabajas.</translation>
    </message>
    <message>
        <source>Remind every</source>
        <translation>Recordar cada</translation>
    </message>
    <message>
        <source>Minutes between two reminders.</source>
        <translation>Minutos entre dos recordatorios.</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Empieza la jornada</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Termina la jornada</translation>
    </message>
    <message>
        <source>Reminders come only during the working day.</source>
        <translation>Los recordatorios solo llegan durante la jornada.</translation>
    </message>
    <message>
        <source>On weekends too</source>
        <translation>También el fin de semana</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Fines de semana</translation>
    </message>
    <message>
        <source>Also remind on Saturdays and Sundays.</source>
        <translation>Recordar también sábados y domingos.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>How long Snooze puts a reminder off.</source>
        <translation>Cuánto pospone un recordatorio la opción Posponer.</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>De / a</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Save and use these settings from the next session.</source>
        <translation>Guarda estos ajustes y los usa desde la próxima sesión.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without changing anything.</source>
        <translation>Cerrar sin cambiar nada.</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
</context>
<context>
    <name>SpeechNotices</name>
    <message>
        <source>Cues are still shown on screen.</source>
        <translation>Las indicaciones se siguen mostrando en pantalla.</translation>
    </message>
    <message>
        <source>Install it with: {command}</source>
        <translation>Instálalo con: {command}</translation>
    </message>
    <message>
        <source>Install eSpeak NG from {url}</source>
        <translation>Instala eSpeak NG desde {url}</translation>
    </message>
    <message>
        <source>Install eSpeak NG.</source>
        <translation>Instala eSpeak NG.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine is missing ({detail}). {fix}, then turn speech off and on again in Settings. {shown}</source>
        <translation>La voz está desactivada: falta el motor de voz ({detail}). {fix} y luego desactiva y vuelve a activar la voz en los ajustes. {shown}</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine could not start ({detail}). Turn speech off and on again in Settings to retry. {shown}</source>
        <translation>La voz está desactivada: el motor de voz no pudo arrancar ({detail}). Desactiva y vuelve a activar la voz en los ajustes para reintentarlo. {shown}</translation>
    </message>
    <message>
        <source>The speech engine failed on a cue ({detail}); it restarts for the next cue. {shown}</source>
        <translation>El motor de voz falló en una indicación ({detail}); se reinicia para la siguiente. {shown}</translation>
    </message>
    <message>
        <source>The speech engine stopped responding (no answer in {seconds} s); it was stopped and restarts for the next cue. {shown}</source>
        <translation>El motor de voz dejó de responder (sin respuesta en {seconds} s); se detuvo y se reinicia para la siguiente indicación. {shown}</translation>
    </message>
    <message>
        <source>it closed</source>
        <translation>se cerró</translation>
    </message>
    <message>
        <source>exit code {code}</source>
        <translation>código de salida {code}</translation>
    </message>
    <message>
        <source>The speech engine stopped unexpectedly ({how}); it restarts for the next cue.</source>
        <translation>El motor de voz se detuvo de forma inesperada ({how}); se reinicia para la siguiente indicación.</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine failed {failures} times in a row. Turn speech off and on again in Settings to retry. {shown}</source>
        <translation>La voz está desactivada: el motor de voz falló {failures} veces seguidas. Desactiva y vuelve a activar la voz en los ajustes para reintentarlo. {shown}</translation>
    </message>
    <message>
        <source>Install an audio player.</source>
        <translation>Instala un reproductor de audio.</translation>
    </message>
    <message>
        <source>Speech is silent: no audio player (paplay or aplay) was found. {fix}. {shown}</source>
        <translation>La voz está en silencio: no se encontró ningún reproductor de audio (paplay o aplay). {fix}. {shown}</translation>
    </message>
    <message>
        <source>No sound output found: the session goes on with text on screen. Check that a speaker or headphones are connected.</source>
        <translation>No se encontró salida de sonido: la sesión sigue con el texto en pantalla. Comprueba que haya altavoces o auriculares conectados.</translation>
    </message>
    <message>
        <source>Speech is off: cannot write the speech cache folder {path} ({detail}). {shown}</source>
        <translation>La voz está desactivada: no se puede escribir en la carpeta de caché de voz {path} ({detail}). {shown}</translation>
    </message>
    <message>
        <source>The natural voice could not load ({detail}); the system voice speaks instead. Reinstall StretchGuide to get the natural voice back, or choose the system voice in Settings to hide this message.</source>
        <translation>La voz natural no se pudo cargar ({detail}); habla la voz del sistema en su lugar. Reinstala StretchGuide para recuperar la voz natural, o elige la voz del sistema en los ajustes para ocultar este mensaje.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Start a routine</source>
        <extracomment>The routine a break reminder offers. The reminder timer is never aimed further ahead than this; it re-aims when it fires early. How long the desktop shows a reminder bubble.</extracomment>
        <translation>Empezar una rutina</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Quit StretchGuide</source>
        <translation>Salir de StretchGuide</translation>
    </message>
    <message>
        <source>Time for a stretch</source>
        <translation>Hora de estirar</translation>
    </message>
    <message>
        <source>Click here to start “{routine}”, or snooze it from the StretchGuide menu.</source>
        <translation>Haz clic aquí para empezar «{routine}» o pospónla desde el menú de StretchGuide.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>VoiceControl</name>
    <message>
        <source>Voice control could not start its recogniser.</source>
        <extracomment>After the app stops speaking, its echo and the audio server&apos;s buffer still reach the microphone for a moment: commands that ended this soon after are ignored too.</extracomment>
        <translation>El control por voz no pudo iniciar su reconocedor.</translation>
    </message>
    <message>
        <source>Voice control stopped: the recogniser ended.</source>
        <translation>Control por voz detenido: el reconocedor se cerró.</translation>
    </message>
    <message>
        <source>{reason}. Voice control is off; keys and buttons work as before.</source>
        <translation>{reason}. El control por voz está desactivado; las teclas y los botones funcionan como antes.</translation>
    </message>
    <message>
        <source>Voice control is on. Say: {words}. F1 lists them. Nothing heard is kept.</source>
        <translation>El control por voz está activado. Di (en inglés): {words}. F1 las muestra. No se guarda nada de lo que se oye.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
</context>
<context>
    <name>VoiceIndicator</name>
    <message>
        <source>● Listening</source>
        <translation>● Escuchando</translation>
    </message>
    <message>
        <source>Voice control</source>
        <extracomment>How long a recognised word stays on the indicator (ms).</extracomment>
        <translation>Control por voz</translation>
    </message>
    <message>
        <source>Voice control is on: say a command (F1 lists them).</source>
        <translation>El control por voz está activado: di una orden (F1 las muestra).</translation>
    </message>
    <message>
        <source>Heard: {said}</source>
        <translation>Oído: {said}</translation>
    </message>
    <message>
        <source>Listening for spoken commands.</source>
        <translation>Escuchando órdenes de voz.</translation>
    </message>
</context>
</TS>
