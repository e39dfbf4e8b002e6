<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AfterShiftGoodMoment</name>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="217"/>
        <source>Before you go: one of your good moments</source>
        <translation>Antes de irte: uno de tus momentos buenos</translation>
    </message>
</context>
<context>
    <name>AnswerBar</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="269"/>
        <source>Space or click ticks it.</source>
        <translation>Espacio o un clic lo marca.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="270"/>
        <source>Y, N or A answers; Space cycles.</source>
        <translation>Y (sí), N (no) o A (no aplica) responde; Espacio va cambiando.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="271"/>
        <source>Press 1 to 5.</source>
        <translation>Pulsa del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="272"/>
        <source>Enter opens the note.</source>
        <translation>Intro abre la nota.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="273"/>
        <source>Nothing to answer: just read it.</source>
        <translation>No hay nada que responder: solo léelo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="276"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="276"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="277"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="277"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="277"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="290"/>
        <source>Write note…</source>
        <translation>Escribir nota…</translation>
    </message>
</context>
<context>
    <name>AppearanceBox</name>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="13"/>
        <source>Follow the system (light or dark)</source>
        <translation>Seguir al sistema (claro u oscuro)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="14"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="15"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="16"/>
        <source>High contrast (white on black)</source>
        <translation>Alto contraste (blanco sobre negro)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="25"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="31"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="35"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="36"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="38"/>
        <source>Text size scales every screen; 200 % is twice the normal size. High contrast uses white text on black with a yellow highlight.</source>
        <translation>El tamaño del texto agranda todas las pantallas; 200 % es el doble del tamaño normal. Alto contraste usa texto blanco sobre negro con resaltado amarillo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="41"/>
        <location filename="../../shiftmate/ui/settings/appearance.py" line="42"/>
        <source>Applies at once to every window.</source>
        <translation>Se aplica al instante en todas las ventanas.</translation>
    </message>
</context>
<context>
    <name>AutostartBox</name>
    <message>
        <location filename="../../shiftmate/ui/settings/autostart.py" line="21"/>
        <source>Start-up</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/autostart.py" line="27"/>
        <source>&amp;Start ShiftMate when I log in</source>
        <translation>Abrir ShiftMate al i&amp;niciar sesión</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="249"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="252"/>
        <source>A backup is made every day ShiftMate runs (7 daily and 4 weekly are kept) and before every risky change.</source>
        <translation>Se hace una copia cada día que ShiftMate está abierto (se guardan 7 diarias y 4 semanales) y antes de cada cambio delicado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="257"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="258"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="259"/>
        <source>R&amp;estore selected…</source>
        <translation>Res&amp;taurar la elegida…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="291"/>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="299"/>
        <source>Backed up to %1.</source>
        <translation>Copia guardada en %1.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="307"/>
        <source>Choose a backup in the list first.</source>
        <translation>Primero elige una copia de la lista.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="310"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="311"/>
        <source>Your data will be replaced by this backup. The current data is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Tus datos se reemplazarán por esta copia. Antes se guarda una copia de los datos actuales, así que puedes deshacerlo restaurando esa copia.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="324"/>
        <source>The backup is restored.</source>
        <translation>La copia está restaurada.</translation>
    </message>
</context>
<context>
    <name>BreakClock</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_clock.py" line="45"/>
        <source>On break %1</source>
        <translation>En descanso %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_clock.py" line="46"/>
        <source>On break for %1 min</source>
        <translation>En descanso desde hace %1 min</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_clock.py" line="48"/>
        <source>%1 min reached — take longer if you can</source>
        <translation>%1 min cumplidos: tómate más si puedes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_clock.py" line="49"/>
        <location filename="../../shiftmate/ui/shifts/break_clock.py" line="53"/>
        <source>On break %1 · %2</source>
        <translation>En descanso %1 · %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_clock.py" line="50"/>
        <source>On break for %1 min. %2</source>
        <translation>En descanso desde hace %1 min. %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_clock.py" line="52"/>
        <source>%1 of %2 min</source>
        <translation>%1 de %2 min</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_clock.py" line="54"/>
        <source>On break: %1</source>
        <translation>En descanso: %1</translation>
    </message>
</context>
<context>
    <name>BreakEditDialog</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="88"/>
        <source>Correct a break</source>
        <translation>Corregir un descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="92"/>
        <source>Break started at</source>
        <translation>El descanso empezó a las</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="95"/>
        <source>Break ended at</source>
        <translation>El descanso terminó a las</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="96"/>
        <source>You are on this break now; press Back to end it.</source>
        <translation>Estás en este descanso ahora; pulsa De vuelta del descanso para terminarlo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="106"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="107"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="108"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>BreakLog</name>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="24"/>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="25"/>
        <source>Meal break</source>
        <translation>Descanso para comer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="26"/>
        <source>Rest break</source>
        <translation>Pausa de reposo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="42"/>
        <source>That break is no longer in the log.</source>
        <translation>Ese descanso ya no está en el registro.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="51"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="67"/>
        <source>A break is a break, a meal break or a rest break.</source>
        <translation>Un descanso puede ser descanso, descanso para comer o pausa de reposo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="69"/>
        <source>A finished break needs an end time.</source>
        <translation>Un descanso terminado necesita una hora de fin.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="71"/>
        <source>A break cannot start or end later than now.</source>
        <translation>Un descanso no puede empezar ni terminar después de ahora.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="73"/>
        <source>A break has to end after it starts.</source>
        <translation>Un descanso tiene que terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="78"/>
        <source>A break has to fall inside its shift ({start}–{end}).</source>
        <translation>Un descanso tiene que caer dentro de su turno ({start}–{end}).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="85"/>
        <source>That overlaps your break at {start}–{end}.</source>
        <translation>Eso se superpone con tu descanso de {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="106"/>
        <source>The shift of that break is no longer there.</source>
        <translation>El turno de ese descanso ya no existe.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="109"/>
        <source>You are on another break now; end it first.</source>
        <translation>Ahora estás en otro descanso; termínalo primero.</translation>
    </message>
</context>
<context>
    <name>BreakRules</name>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="51"/>
        <source>No break deadlines</source>
        <translation>Sin plazos de descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="54"/>
        <source>California (meal breaks)</source>
        <translation>California (descansos para comer)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="55"/>
        <source>California Labor Code §512 and IWC wage orders: a 30-minute meal period starting before the end of the 5th hour on shifts over 5 hours, a second before the end of the 10th hour on shifts over 10 hours.</source>
        <translation>Código Laboral de California §512 y órdenes salariales de la IWC: un descanso de 30 minutos para comer que empiece antes de terminar la 5.ª hora en turnos de más de 5 horas, y otro antes de terminar la 10.ª hora en turnos de más de 10 horas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="62"/>
        <source>Meal break</source>
        <translation>Descanso para comer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="63"/>
        <source>Second meal break</source>
        <translation>Segundo descanso para comer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="68"/>
        <source>Germany (Arbeitszeitgesetz)</source>
        <translation>Alemania (Arbeitszeitgesetz)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="69"/>
        <source>Arbeitszeitgesetz §4: 30 minutes of breaks on days over 6 hours, 45 minutes over 9 hours, in parts of at least 15 minutes, and never more than 6 hours in a row without one.</source>
        <translation>Arbeitszeitgesetz §4: 30 minutos de descanso en jornadas de más de 6 horas y 45 minutos en las de más de 9 horas, en partes de al menos 15 minutos, y nunca más de 6 horas seguidas sin uno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="76"/>
        <source>30-minute break</source>
        <translation>Descanso de 30 minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="77"/>
        <source>45 minutes of breaks</source>
        <translation>45 minutos de descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="82"/>
        <source>European Union (Working Time Directive)</source>
        <translation>Unión Europea (Directiva de tiempo de trabajo)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="83"/>
        <source>Directive 2003/88/EC, Article 4: a rest break when the working day is longer than 6 hours; its length is set by national law (15 minutes used here).</source>
        <translation>Directiva 2003/88/CE, artículo 4: una pausa cuando la jornada dura más de 6 horas; su duración la fija la ley de cada país (aquí se usan 15 minutos).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_rules.py" line="88"/>
        <source>Rest break</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>BreakSettingsBox</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="20"/>
        <source>Breaks and reminders</source>
        <translation>Descansos y recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="30"/>
        <source>Custom (your own rule)</source>
        <translation>Personalizado (tu propia regla)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="39"/>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="49"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="44"/>
        <source> min after the start</source>
        <translation> min desde el inicio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="50"/>
        <source>Save my rule</source>
        <translation>Guardar mi regla</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="52"/>
        <source>A break of at least:</source>
        <translation>Un descanso de al menos:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="53"/>
        <source>Starting before:</source>
        <translation>Que empiece antes de:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="54"/>
        <source>On shifts longer than:</source>
        <translation>En turnos de más de:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="57"/>
        <source>Play a sound with each reminder</source>
        <translation>Sonar con cada recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="60"/>
        <source>Break deadlines:</source>
        <translation>Plazos de descanso:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="97"/>
        <source>Reminders, not legal advice. Your own rule, warned 30 and 10 minutes ahead and at the deadline.</source>
        <translation>Son recordatorios, no asesoría legal. Tu propia regla, con aviso 30 y 10 minutos antes y al llegar el plazo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="99"/>
        <source>No break deadlines. Self-care reminders still come.</source>
        <translation>Sin plazos de descanso. Los recordatorios para cuidarte siguen llegando.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="101"/>
        <source>Reminders, not legal advice. Source: %1</source>
        <translation>Son recordatorios, no asesoría legal. Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/settings_section.py" line="130"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>BreaksScreen</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="54"/>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="59"/>
        <source>This shift: breaks against what is due</source>
        <translation>Este turno: descansos tomados y pendientes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="71"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="306"/>
        <source>On &amp;break</source>
        <translation>En &amp;descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="83"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="94"/>
        <source>Break log</source>
        <translation>Registro de descansos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="87"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="87"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="87"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="87"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="87"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="95"/>
        <source>Your breaks, newest first. Enter corrects the chosen break, Delete deletes it.</source>
        <translation>Tus descansos, los más recientes primero. Intro corrige el descanso elegido, Supr lo elimina.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="97"/>
        <source>Enter corrects the chosen break, Delete deletes it (Ctrl+Z brings it back).</source>
        <translation>Intro corrige el descanso elegido, Supr lo elimina (Ctrl+Z lo recupera).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="100"/>
        <source>No breaks logged yet. Press On break when you step away, and Back when you return.</source>
        <translation>Todavía no hay descansos. Pulsa En descanso cuando te alejes y De vuelta cuando regreses.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="105"/>
        <source>&amp;Edit break…</source>
        <translation>&amp;Editar descanso…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="107"/>
        <source>&amp;Delete break</source>
        <translation>E&amp;liminar descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="108"/>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Supr; Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="110"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="127"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="131"/>
        <source>Reminder rules</source>
        <translation>Reglas de recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="131"/>
        <source>Choose one to change it below.</source>
        <translation>Elige una para cambiarla abajo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="137"/>
        <source>&amp;Remind me</source>
        <translation>&amp;Recordarme</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="140"/>
        <source>Reminder message</source>
        <translation>Mensaje del recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="143"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="147"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="360"/>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="149"/>
        <source>&amp;Quiet during a break</source>
        <translation>&amp;Silencio durante un descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="150"/>
        <source>&amp;Save reminder</source>
        <translation>&amp;Guardar recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="154"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="249"/>
        <source>Next planned shifts:</source>
        <translation>Próximos turnos planeados:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="259"/>
        <source>Break deadlines: your own rules (Custom)</source>
        <translation>Plazos de descanso: tus propias reglas (personalizado)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="260"/>
        <source>Reminders, not legal advice.</source>
        <translation>Son recordatorios, no asesoría legal.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="262"/>
        <source>No break deadlines chosen. Pick your region&apos;s rules in Settings.</source>
        <translation>No elegiste plazos de descanso. Elige las reglas de tu región en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="265"/>
        <source>Break deadlines: %1</source>
        <translation>Plazos de descanso: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="267"/>
        <source>Reminders, not legal advice. Source: %1</source>
        <translation>Son recordatorios, no asesoría legal. Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="272"/>
        <source>No shift yet. Start one on Today.</source>
        <translation>Todavía no hay turno. Empieza uno en Hoy.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="278"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="279"/>
        <source>on break now</source>
        <translation>en descanso ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="280"/>
        <source>missed</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="281"/>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="284"/>
        <source>%1 (at least %2 min) starting by %3: %4, %5 min taken</source>
        <translation>%1 (al menos %2 min) antes de las %3: %4, %5 min tomados</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="291"/>
        <source>No break deadline applies to this shift.</source>
        <translation>Ningún plazo de descanso aplica a este turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="293"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="428"/>
        <source>Break corrected to %1. Press Ctrl+Z to undo.</source>
        <translation>Descanso corregido a %1. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="429"/>
        <source>Correct break</source>
        <translation>Corregir descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="435"/>
        <source>Deleted the break %1. Press Ctrl+Z to undo.</source>
        <translation>Se eliminó el descanso %1. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="436"/>
        <source>Delete break</source>
        <translation>Eliminar descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="446"/>
        <source>A repeating reminder needs at least %1 minutes between reminders; %2 is too few to save.</source>
        <translation>Un recordatorio que se repite necesita al menos %1 minutos entre avisos; %2 es muy poco para guardarlo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="28"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="295"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="313"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="69"/>
        <source>The break %1 is back as it was.</source>
        <translation>El descanso %1 volvió a como estaba.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="300"/>
        <source>Breaks this shift: %1</source>
        <translation>Descansos en este turno: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="301"/>
        <source>No break taken this shift yet.</source>
        <translation>Todavía no tomaste ningún descanso en este turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="306"/>
        <source>&amp;Back from break</source>
        <translation>De &amp;vuelta del descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="343"/>
        <source>Every %1 min: %2</source>
        <translation>Cada %1 min: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="344"/>
        <source>%1 min after the start: %2</source>
        <translation>%1 min desde el inicio: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="345"/>
        <source>%1 min before the end: %2</source>
        <translation>%1 min antes del final: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="346"/>
        <source>After a hard moment: %2</source>
        <translation>Después de un momento difícil: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="348"/>
        <source>(off) %1</source>
        <translation>(apagado) %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="361"/>
        <source>After the start:</source>
        <translation>Desde el inicio:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="362"/>
        <source>Before the end:</source>
        <translation>Antes del final:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="363"/>
        <source>Delay:</source>
        <translation>Espera:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="385"/>
        <source>Saved. It applies from the next reminder on.</source>
        <translation>Guardado. Se aplica desde el próximo recordatorio.</translation>
    </message>
</context>
<context>
    <name>BreathingDialog</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="87"/>
        <source>Breathing reset</source>
        <translation>Pausa para respirar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="91"/>
        <source>Box breathing: in for 4, hold for 4, out for 4, hold for 4. Follow the circle.</source>
        <translation>Respiración cuadrada: inhala en 4, sostén 4, exhala en 4, sostén 4. Sigue el círculo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="95"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="95"/>
        <source>2 minutes</source>
        <translation>2 minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="95"/>
        <source>3 minutes</source>
        <translation>3 minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="103"/>
        <source>Ready when you are.</source>
        <translation>Cuando tú quieras.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="106"/>
        <source>Breathing instruction</source>
        <translation>Indicación para respirar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="109"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="110"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="113"/>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="157"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="142"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="155"/>
        <source>Well done. Notice how you feel now.</source>
        <translation>Muy bien. Fíjate en cómo te sientes ahora.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="156"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="161"/>
        <source>Breathe in… %1</source>
        <translation>Inhala… %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="162"/>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="164"/>
        <source>Hold… %1</source>
        <translation>Sostén… %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="163"/>
        <source>Breathe out… %1</source>
        <translation>Exhala… %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/breathing_dialog.py" line="168"/>
        <source>%1:%2 left</source>
        <translation>quedan %1:%2</translation>
    </message>
</context>
<context>
    <name>BuiltinChecklists</name>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="5"/>
        <source>ShiftMate basics</source>
        <translation>Lo básico de ShiftMate</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="11"/>
        <source>Before my shift</source>
        <translation>Antes de mi turno</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="16"/>
        <source>Grooming and appearance</source>
        <translation>Aseo y presentación</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="20"/>
        <source>Showered, teeth brushed, deodorant on</source>
        <translation>Me bañé, me lavé los dientes, me puse desodorante</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="23"/>
        <source>Customers notice freshness before they notice anything else. Feeling clean also helps you stand a little taller.</source>
        <translation>Lo primero que notan los clientes es la frescura. Sentirte con la piel limpia también te ayuda a pararte más derecho.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="27"/>
        <source>Clothes or uniform clean and neat</source>
        <translation>Ropa o uniforme limpio y en orden</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="30"/>
        <source>Dressing right for the job is a quiet way of showing respect to the people you serve.</source>
        <translation>Vestirte bien para el trabajo es una forma sencilla de mostrar respeto a las personas que atiendes.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="34"/>
        <source>Need a five-minute freshen-up before I start?</source>
        <translation>¿Necesito cinco minutos para arreglarme antes de empezar?</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="36"/>
        <source>Coming straight from another job or a hot commute? A short stop to wash up and tidy yourself is worth the five minutes.</source>
        <translation>¿Vienes directo de otro trabajo o de un trayecto con mucho calor? Una parada corta para lavarte y arreglarte vale esos cinco minutos.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="40"/>
        <source>Name badge and anything the store asks me to wear</source>
        <translation>Credencial con mi nombre y todo lo que la tienda me pide llevar</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="45"/>
        <source>Mindset</source>
        <translation>Actitud</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="49"/>
        <source>How am I arriving today?</source>
        <translation>¿Cómo llego hoy?</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="52"/>
        <source>1 is running on empty, 5 is ready for anything. There is no wrong answer; noticing is the point.</source>
        <translation>1 es sin energía, 5 es con ganas de todo. No hay respuesta incorrecta; lo importante es darte cuenta.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="56"/>
        <source>Name one thing I&apos;m good at in this job</source>
        <translation>Nombrar algo que hago bien en este trabajo</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="58"/>
        <source>Serving people well takes patience, confidence and social skill, whatever anyone else thinks of the job. Start the shift remembering that.</source>
        <translation>Atender bien a la gente requiere paciencia, seguridad y habilidad para tratar con otros, piense lo que piense la gente de este trabajo. Empieza el turno recordándolo.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="62"/>
        <source>Relaxed shoulders, easy walk, clear voice</source>
        <translation>Hombros relajados, paso tranquilo, voz clara</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="64"/>
        <source>A relaxed body and a clear, unhurried voice tell customers they are in good hands, and calm you down as well.</source>
        <translation>Un cuerpo relajado y una voz clara y sin prisa les dicen a los clientes que están en buenas manos, y a ti también te calman.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="68"/>
        <source>Ready to smile and mean it, on the phone too</source>
        <translation>Con ganas de sonreír de verdad, también por teléfono</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/packs/install.py" line="144"/>
        <source>A genuine smile can be heard in your voice, even when the customer can&apos;t see you.</source>
        <translation>Una sonrisa sincera se escucha en tu voz, aunque el cliente no te vea.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="74"/>
        <source>Leaving the self at home</source>
        <translation>Dejar lo personal en casa</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="78"/>
        <source>One thing I&apos;m leaving at home today</source>
        <translation>Algo que hoy dejo en casa</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="80"/>
        <source>Name a worry and set it down for the length of the shift. It will still be there later if you need it.</source>
        <translation>Ponle nombre a una preocupación y déjala a un lado mientras dura el turno. Si la necesitas, seguirá ahí después.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/packs/install.py" line="141"/>
        <source>At work I don&apos;t have to prove who I am</source>
        <translation>En el trabajo no tengo que demostrar quién soy</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/packs/install.py" line="142"/>
        <source>Customers don&apos;t know your life, and what they think of you doesn&apos;t change it. Your job is what they need, not what they think.</source>
        <translation>Los clientes no conocen tu vida, y lo que piensen de ti no la cambia. Tu trabajo es lo que necesitan, no lo que piensan.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="70"/>
        <source>A genuine smile can be heard in your voice, even when the customer can&apos;t see you. It eases your own stress as well, and it tends to spread.</source>
        <translation>Una sonrisa sincera se nota en tu voz, aunque el cliente no te vea. También te quita estrés, y se contagia.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="84"/>
        <source>Here I&apos;m someone who helps, not someone on trial</source>
        <translation>Aquí soy alguien que ayuda, no alguien a quien juzgan</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="86"/>
        <source>The people you serve don&apos;t know your story, and a stranger&apos;s opinion can&apos;t change it. Put your attention on what they came in for and let the rest pass.</source>
        <translation>Las personas que atiendes no conocen tu historia, y la opinión de un desconocido no puede cambiarla. Pon tu atención en lo que vinieron a buscar y deja pasar lo demás.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="90"/>
        <source>Anger I meet today is about the situation, not about me</source>
        <translation>El enojo que encuentre hoy es por la situación, no por mí</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="93"/>
        <source>Upset customers are reacting to a problem, often on top of troubles of their own. Seeing that keeps you calm and stops one bad moment spoiling the day.</source>
        <translation>Un cliente molesto reacciona a un problema, muchas veces sumado a sus propias preocupaciones. Verlo así te ayuda a mantener la calma y evita que un mal momento arruine el día.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="97"/>
        <source>Each customer gets a fresh start</source>
        <translation>Cada cliente empieza de cero</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="99"/>
        <source>Don&apos;t carry a hard conversation into the next one. Breathe out, reset, greet the next person as if the last one never happened.</source>
        <translation>No arrastres una conversación difícil a la siguiente. Suelta el aire, vuelve a empezar y saluda a la siguiente persona como si lo anterior no hubiera pasado.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="103"/>
        <source>Ready to serve</source>
        <translation>Todo listo para atender</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="107"/>
        <source>My station is stocked, clean and set up</source>
        <translation>Mi puesto está surtido, limpio y preparado</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="113"/>
        <source>Phone away and on silent</source>
        <translation>Celular guardado y en silencio</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="116"/>
        <source>Put distractions out of reach before you serve anyone, so your attention goes to the person in front of you.</source>
        <translation>Aleja las distracciones antes de atender a alguien, para que tu atención esté en la persona que tienes enfrente.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="120"/>
        <source>Checked today&apos;s notes: offers, changes, who is on</source>
        <translation>Revisé los avisos de hoy: ofertas, cambios, quién trabaja</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="125"/>
        <source>I know who to call if a customer crosses the line</source>
        <translation>Sé a quién llamar si un cliente se pasa de la raya</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="127"/>
        <source>Listening and staying calm come first, but abuse is not part of the job. Asking a manager for help is a strength, not a failure.</source>
        <translation>Escuchar y mantener la calma es lo primero, pero el maltrato no es parte del trabajo. Pedir ayuda a tu gerente es una fortaleza, no un fracaso.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="131"/>
        <source>I know which small exceptions I&apos;m allowed to make</source>
        <translation>Sé qué pequeñas excepciones puedo hacer</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="133"/>
        <source>A refund without a receipt, a free drink after a long wait: knowing where the store lets you bend turns many complaints around. Ask your manager if you&apos;re not sure.</source>
        <translation>Un reembolso sin ticket, una bebida gratis tras una larga espera: saber dónde la tienda te deja ser flexible cambia muchas quejas. Si no estás seguro, pregúntale a tu gerente.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="137"/>
        <source>Water bottle filled</source>
        <translation>Botella de agua llena</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="142"/>
        <source>After my shift</source>
        <translation>Después de mi turno</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="147"/>
        <source>Wind down</source>
        <translation>Bajar el ritmo</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="151"/>
        <source>Three slow breaths before I leave</source>
        <translation>Tres respiraciones lentas antes de irme</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="153"/>
        <source>A few slow breaths tell your body the shift is over, before the journey home begins.</source>
        <translation>Unas respiraciones lentas le avisan a tu cuerpo que el turno terminó, antes de emprender el camino a casa.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="157"/>
        <source>Had some water and something to eat</source>
        <translation>Tomé agua y comí algo</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="160"/>
        <source>Be your own best customer: look after yourself the way you looked after everyone else today.</source>
        <translation>Sé tu mejor cliente: cuídate como hoy cuidaste a todos los demás.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="164"/>
        <source>Anything my manager should hear about today?</source>
        <translation>¿Hay algo de hoy que mi gerente deba saber?</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="166"/>
        <source>If something went wrong, telling your manager means it gets handled and you don&apos;t carry it alone. Ask how they&apos;d like it handled next time, and for a clear rule about a customer who keeps causing trouble.</source>
        <translation>Si algo salió mal, contárselo a tu gerente hace que se resuelva y que no lo cargues solo. Pregúntale cómo quiere que lo manejes la próxima vez, y pide una regla clara para un cliente que siempre causa problemas.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="195"/>
        <source>A treat, a friend, a walk, an early night. Small rewards make the next shift easier; when customers start to feel like a nuisance, take it as a sign you need one.</source>
        <translation>Un gusto, un amigo, un paseo, acostarte temprano. Los pequeños premios hacen más fácil el próximo turno; cuando los clientes empiecen a parecerte una molestia, tómalo como señal de que necesitas uno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/packs/install.py" line="146"/>
        <source>If something went wrong, telling your manager means it gets handled and you don&apos;t carry it alone.</source>
        <translation>Si algo salió mal, contárselo a tu gerente hace que se resuelva y que no lo cargues por tu cuenta.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="170"/>
        <source>Leave work at work</source>
        <translation>Dejar el trabajo en el trabajo</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="174"/>
        <source>One win today</source>
        <translation>Un logro de hoy</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="177"/>
        <source>Big or tiny: a thank-you, a problem solved, a calm moment under pressure. Wins are easy to forget unless you name them.</source>
        <translation>Grande o pequeño: un agradecimiento, un problema resuelto, un momento de calma bajo presión. Los logros se olvidan fácil si no les pones nombre.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="181"/>
        <source>One thing I&apos;m letting go of</source>
        <translation>Algo que decido soltar</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="183"/>
        <source>Name it, then leave it here. You can reflect on it in the journal later if it still matters.</source>
        <translation>Ponle nombre y déjalo aquí. Si todavía te importa, puedes reflexionar sobre eso en el diario más tarde.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="187"/>
        <source>How was the day?</source>
        <translation>¿Cómo estuvo el día?</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="193"/>
        <source>Planned something nice for myself tonight</source>
        <translation>Planeé algo bonito para mí esta noche</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/packs/install.py" line="148"/>
        <source>A treat, a friend, a walk, an early night. Small rewards make the next shift easier.</source>
        <translation>Un gusto, ver a alguien querido, una caminata, dormir temprano. Los pequeños premios hacen más fácil el siguiente turno.</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="86"/>
        <location filename="../../shiftmate/ui/journal/capture.py" line="203"/>
        <source>Note a hard moment</source>
        <translation>Anotar un momento difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="204"/>
        <source>What happened? A few words are enough.</source>
        <translation>¿Qué pasó? Unas pocas palabras bastan.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="109"/>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="91"/>
        <source>&amp;Hard moment</source>
        <translation>Momento &amp;difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="92"/>
        <source>&amp;Good moment</source>
        <translation>Momento &amp;bueno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="93"/>
        <source>A difficult customer or situation (Alt+H)</source>
        <translation>Un cliente o una situación difícil (Alt+D)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="94"/>
        <source>A thank-you, praise or a win (Alt+G)</source>
        <translation>Un agradecimiento, un elogio o un logro (Alt+B)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="99"/>
        <source>What kind of moment</source>
        <translation>Qué tipo de momento</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="114"/>
        <source>Optional: a regular, a colleague, a family…</source>
        <translation>Opcional: un cliente habitual, un compañero, una familia…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="115"/>
        <source>Who was it?</source>
        <translation>¿Quién fue?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="118"/>
        <source>Optional: proud, relieved, warm…</source>
        <translation>Opcional: orgullo, alivio, calidez…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="119"/>
        <source>How did it feel?</source>
        <translation>¿Cómo te sentiste?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="131"/>
        <source>How intense is it right now? (0 calm – 10 overwhelming)</source>
        <translation>¿Qué tan intenso es ahora mismo? (0 tranquilo – 10 abrumador)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="138"/>
        <source>Optional, separated by commas</source>
        <translation>Opcional, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="139"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="151"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="152"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="200"/>
        <source>Note a good moment</source>
        <translation>Anotar un momento bueno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="201"/>
        <source>What happened? A thank-you, praise, a win: a few words are enough.</source>
        <translation>¿Qué pasó? Un agradecimiento, un elogio, un logro: bastan unas pocas palabras.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="242"/>
        <source>We kept what you were writing on %1; it is back below. Save it when you are ready.</source>
        <translation>Guardamos lo que estabas escribiendo el %1; está aquí abajo. Guárdalo cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="313"/>
        <source>Discard this note?</source>
        <translation>¿Descartar esta nota?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="314"/>
        <source>What you wrote about this moment is not saved yet.</source>
        <translation>Lo que escribiste sobre este momento aún no está guardado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="316"/>
        <source>Keep writing, keep it as a draft for later, or discard it.</source>
        <translation>Sigue escribiendo, guárdalo como borrador para después o descártalo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="317"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="318"/>
        <source>Keep a draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="319"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="352"/>
        <source>Write a few words about what happened, then save.</source>
        <translation>Escribe unas palabras sobre lo que pasó y luego guarda.</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="53"/>
        <source>What to say</source>
        <translation>Qué decir</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="80"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="81"/>
        <source>Previous step (Left, Page Up)</source>
        <translation>Paso anterior (Izquierda, Re Pág)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="83"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="84"/>
        <source>Next step (Right, Page Down)</source>
        <translation>Paso siguiente (Derecha, Av Pág)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="86"/>
        <source>&amp;Large text</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="89"/>
        <source>&amp;Edit my lines…</source>
        <translation>&amp;Editar mis frases…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="91"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="92"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="176"/>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="177"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="193"/>
        <source>You hid every line of this step. Edit my lines… brings them back.</source>
        <translation>Ocultaste todas las frases de este paso. Editar mis frases… las trae de vuelta.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="211"/>
        <source>Who to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="215"/>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="217"/>
        <source>Where the line is</source>
        <translation>Dónde está el límite</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="221"/>
        <source>You may make these exceptions:</source>
        <translation>Puedes hacer estas excepciones:</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../../shiftmate/ui/insights/charts.py" line="174"/>
        <location filename="../../shiftmate/ui/insights/charts.py" line="226"/>
        <source>Show table</source>
        <translation>Ver tabla</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/charts.py" line="176"/>
        <source>Switch between the chart and a table of the same numbers</source>
        <translation>Cambia entre la gráfica y una tabla con los mismos números</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/charts.py" line="179"/>
        <source>Show “%1” as a table</source>
        <translation>Mostrar «%1» como tabla</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/charts.py" line="180"/>
        <source>Pressed: the exact numbers as a table. Not pressed: the chart.</source>
        <translation>Activado: los números exactos en una tabla. Desactivado: el gráfico.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/charts.py" line="203"/>
        <source>%1, as a table</source>
        <translation>%1, como tabla</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/charts.py" line="226"/>
        <source>Show chart</source>
        <translation>Ver gráfica</translation>
    </message>
</context>
<context>
    <name>ChecklistCard</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/today_card.py" line="21"/>
        <source>Checklists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/today_card.py" line="24"/>
        <source>Pre-shift chec&amp;klist</source>
        <translation>Lista &amp;antes del turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/today_card.py" line="25"/>
        <source>Post-shift checkl&amp;ist</source>
        <translation>Lista despué&amp;s del turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/today_card.py" line="73"/>
        <source>Start with the pre-shift checklist: two minutes to arrive ready.</source>
        <translation>Empieza con la lista de antes del turno: dos minutos para llegar con todo listo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/today_card.py" line="78"/>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: %2 de %3 respondidos</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../../shiftmate/core/checklists/library.py" line="218"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/checklists/library.py" line="227"/>
        <source>{title} (copy)</source>
        <translation>{title} (copia)</translation>
    </message>
</context>
<context>
    <name>ChecklistsScreen</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="71"/>
        <source>Checklists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="85"/>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="87"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="89"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="91"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="47"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="82"/>
        <source>Your checklists</source>
        <translation>Tus listas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="83"/>
        <source>Delete deletes the chosen checklist, F2 renames it.</source>
        <translation>Supr elimina la lista elegida, F2 le cambia el nombre.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="114"/>
        <source>&amp;Run</source>
        <translation>&amp;Hacer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="115"/>
        <source>&amp;History</source>
        <translation>Histo&amp;rial</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="116"/>
        <source>&amp;Edit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="118"/>
        <source>Run, history or edit</source>
        <translation>Hacer, historial o editar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="119"/>
        <source>Left and right arrows switch between the chosen checklist&apos;s run, history and editor.</source>
        <translation>Las flechas izquierda y derecha cambian entre hacer la lista elegida, su historial y su editor.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="214"/>
        <source>No checklists. Press New… to make one.</source>
        <translation>No hay listas. Pulsa Nueva… para crear una.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="249"/>
        <source>&amp;Import pack…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="251"/>
        <source>E&amp;xport as pack…</source>
        <translation>Exportar como p&amp;aquete…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="299"/>
        <source>There is no checklist for this moment yet; make one with New…</source>
        <translation>Todavía no hay una lista para este momento; crea una con Nueva…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="322"/>
        <source>Also for before your shift:</source>
        <translation>También para antes de tu turno:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="323"/>
        <source>Also for after your shift:</source>
        <translation>También para después de tu turno:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="324"/>
        <source>Also for this moment:</source>
        <translation>También para este momento:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="329"/>
        <source>Start “%1”</source>
        <translation>Empezar “%1”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="337"/>
        <source>New checklist</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="337"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="366"/>
        <source>delete “%1”</source>
        <translation>eliminar “%1”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="371"/>
        <source>Deleted “%1”. Press Ctrl+Z to undo.</source>
        <translation>Se eliminó “%1”. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <location filename="../../shiftmate/ui/shell/crash_notice.py" line="57"/>
        <source>ShiftMate closed unexpectedly</source>
        <translation>ShiftMate se cerró inesperadamente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/crash_notice.py" line="61"/>
        <source>ShiftMate closed unexpectedly last time.</source>
        <translation>ShiftMate se cerró inesperadamente la última vez.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/crash_notice.py" line="64"/>
        <source>Your data is safe: everything ShiftMate said was saved is on disk. If this keeps happening, paste the debug info into a bug report. It holds versions and folders, never what you wrote.</source>
        <translation>Tus datos están a salvo: todo lo que ShiftMate indicó como guardado está en el disco. Si esto se repite, pega la información de depuración en un informe de error. Contiene versiones y carpetas, nunca lo que escribiste.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/crash_notice.py" line="73"/>
        <source>&amp;Copy debug info</source>
        <translation>&amp;Copiar información de depuración</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/crash_notice.py" line="82"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DataService</name>
    <message>
        <location filename="../../shiftmate/ui/data/service.py" line="136"/>
        <source>The database could not be opened (%1). It was moved aside as %2; nothing was deleted.</source>
        <translation>No se pudo abrir la base de datos (%1). Se apartó como %2; no se borró nada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/data/service.py" line="175"/>
        <source>The disk that holds %1 is full. Free some space, then try again; nothing was changed.</source>
        <translation>El disco donde está %1 está lleno. Libera algo de espacio y vuelve a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/data/service.py" line="82"/>
        <source>The passphrase of your data was set or changed outside this window, so nothing was saved. Type the passphrase to go on.</source>
        <translation>La contraseña de tus datos se estableció o se cambió fuera de esta ventana, así que no se guardó nada. Escribe la contraseña para continuar.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="51"/>
        <source>Tick box</source>
        <translation>Casilla</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="52"/>
        <source>Yes / no / n/a</source>
        <translation>Sí / no / n/a</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="53"/>
        <source>Rating 1–5</source>
        <translation>Calificación 1–5</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="54"/>
        <source>Short note</source>
        <translation>Nota breve</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="55"/>
        <source>Instruction (nothing to answer)</source>
        <translation>Indicación (nada que responder)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="61"/>
        <source>Before a shift</source>
        <translation>Antes de un turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="62"/>
        <source>After a shift</source>
        <translation>Después de un turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="63"/>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
</context>
<context>
    <name>EditorTree</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="120"/>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="120"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="193"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="194"/>
        <source>&amp;Used:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="197"/>
        <source>Sections and items</source>
        <translation>Secciones y puntos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="198"/>
        <source>Insert adds an item, Delete removes, Alt+Up and Alt+Down move, Ctrl+Z undoes.</source>
        <translation>Insert agrega un punto, Supr lo quita, Alt+Arriba y Alt+Abajo lo mueven, Ctrl+Z deshace.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="203"/>
        <source>Add &amp;section</source>
        <translation>Agregar &amp;sección</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="204"/>
        <source>Add &amp;item</source>
        <translation>Agregar &amp;punto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="205"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="206"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="207"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="220"/>
        <source>Selected</source>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="229"/>
        <source>Required for the run to count as complete</source>
        <translation>Obligatorio para que la lista cuente como completa</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="232"/>
        <source>Why this matters, in a sentence or two (optional)</source>
        <translation>Por qué importa, en una o dos frases (opcional)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="242"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="243"/>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="245"/>
        <source>&amp;Why:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="336"/>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="336"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="362"/>
        <source>Locked by %1: this section holds items from their pack, so it stays.</source>
        <translation>Bloqueado por %1: esta sección tiene puntos de su paquete, así que se queda.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="364"/>
        <source>This section holds items from your manager&apos;s pack, so it stays.</source>
        <translation>Esta sección tiene puntos del paquete de tu gerente, así que se queda.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="368"/>
        <source>Locked by %1: this item comes from their pack.</source>
        <translation>Bloqueado por %1: este punto viene de su paquete.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="369"/>
        <source>This item comes from your manager&apos;s pack and is locked.</source>
        <translation>Este punto viene del paquete de tu gerente y está bloqueado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="422"/>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="441"/>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="466"/>
        <source>remove section “%1”</source>
        <translation>quitar la sección “%1”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="473"/>
        <source>remove item “%1”</source>
        <translation>quitar el punto “%1”</translation>
    </message>
</context>
<context>
    <name>Feelings</name>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="42"/>
        <source>angry</source>
        <translation>enojo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="42"/>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="43"/>
        <source>ashamed</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="43"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="44"/>
        <source>confused</source>
        <translation>confusión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="44"/>
        <source>disrespected</source>
        <translation>desprecio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="45"/>
        <source>drained</source>
        <translation>desgaste</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="45"/>
        <source>embarrassed</source>
        <translation>bochorno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="46"/>
        <source>frustrated</source>
        <translation>frustración</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="46"/>
        <source>helpless</source>
        <translation>impotencia</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="47"/>
        <source>hurt</source>
        <translation>dolor</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="47"/>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="48"/>
        <source>relieved</source>
        <translation>alivio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="48"/>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="49"/>
        <source>scared</source>
        <translation>miedo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="49"/>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
</context>
<context>
    <name>GoodMomentCard</name>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="197"/>
        <source>Remembering a time you helped someone, before a shift, can make rude customers weigh less.</source>
        <translation>Recordar una vez que ayudaste a alguien, antes de un turno, puede hacer que los clientes groseros pesen menos.</translation>
    </message>
</context>
<context>
    <name>GoodMomentNote</name>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="87"/>
        <source>Saved. One good moment, too</source>
        <translation>Guardado. Y un momento bueno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="89"/>
        <source>Your hard moment is saved. Here is one of your good moments, to keep beside it.</source>
        <translation>Tu momento difícil está guardado. Aquí tienes uno de tus momentos buenos, para tenerlo al lado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="93"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>GoodMomentView</name>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="36"/>
        <source>One of your good moments</source>
        <translation>Uno de tus momentos buenos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="40"/>
        <source>&amp;Another</source>
        <translation>&amp;Otro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="41"/>
        <source>Show a different good moment</source>
        <translation>Mostrar otro momento bueno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="43"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="62"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="64"/>
        <source>On %1</source>
        <translation>El %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="66"/>
        <source>On %1, with %2</source>
        <translation>El %1, con %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/recall.py" line="69"/>
        <source>A good moment of yours</source>
        <translation>Un momento bueno tuyo</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="83"/>
        <source>Days you ran this checklist</source>
        <translation>Días en que hiciste esta lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="84"/>
        <source>Green days were complete, amber days partial.</source>
        <translation>Los días verdes se completaron; los ámbar, en parte.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="93"/>
        <source>current streak</source>
        <translation>racha actual</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="94"/>
        <source>best streak</source>
        <translation>mejor racha</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="95"/>
        <source>days run</source>
        <translation>días hechos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="100"/>
        <source>Green days were complete, amber days partial. Days off don&apos;t break a streak.</source>
        <translation>Los días en verde se completaron, los ámbar a medias. Los días de descanso no rompen la racha.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="103"/>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="110"/>
        <source>Most often left open</source>
        <translation>Lo que más queda pendiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="112"/>
        <source>No runs yet. Finish a checklist and your days will show up here.</source>
        <translation>Todavía no hay nada. Termina una lista y tus días aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="156"/>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="156"/>
        <source>Partial</source>
        <translation>A medias</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="165"/>
        <source>%1 — left open %n times</source>
        <translation>
            <numerusform>%1 — pendiente %n vez</numerusform>
            <numerusform>%1 — pendiente %n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsReadings</name>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="26"/>
        <source>Log a few more entries to see a trend.</source>
        <translation>Anota algunas entradas más para ver una tendencia.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="49"/>
        <source>Reflect on a few more entries (before and after) to see whether it helps.</source>
        <translation>Reflexiona sobre algunas entradas más (antes y después) para ver si te ayuda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="53"/>
        <source>Reflecting lowered intensity by {drop} points on average (%n entries).</source>
        <translation>
            <numerusform>Reflexionar bajó la intensidad {drop} puntos en promedio (%n entrada).</numerusform>
            <numerusform>Reflexionar bajó la intensidad {drop} puntos en promedio (%n entradas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="57"/>
        <source>After reflecting, intensity was {rise} points higher on average (%n entries).</source>
        <translation>
            <numerusform>Después de reflexionar, la intensidad fue {rise} puntos más alta en promedio (%n entrada).</numerusform>
            <numerusform>Después de reflexionar, la intensidad fue {rise} puntos más alta en promedio (%n entradas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="61"/>
        <source>Reflecting left intensity unchanged on average (%n entries).</source>
        <translation>
            <numerusform>Reflexionar dejó la intensidad igual en promedio (%n entrada).</numerusform>
            <numerusform>Reflexionar dejó la intensidad igual en promedio (%n entradas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="72"/>
        <source>%n difficult interactions; most of them {channel} ({count}).</source>
        <translation>
            <numerusform>%n interacción difícil; el medio: {channel} ({count}).</numerusform>
            <numerusform>%n interacciones difíciles; el medio más frecuente: {channel} ({count}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="74"/>
        <source>without a channel</source>
        <translation>sin medio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="79"/>
        <source>Mondays</source>
        <translation>los lunes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="79"/>
        <source>Tuesdays</source>
        <translation>los martes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="80"/>
        <source>Wednesdays</source>
        <translation>los miércoles</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="80"/>
        <source>Thursdays</source>
        <translation>los jueves</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="81"/>
        <source>Fridays</source>
        <translation>los viernes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="81"/>
        <source>Saturdays</source>
        <translation>los sábados</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="82"/>
        <source>Sundays</source>
        <translation>los domingos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="84"/>
        <source>The most came on {day} around {hour:02d}:00 ({count}).</source>
        <translation>La mayoría llegó {day} alrededor de las {hour:02d}:00 ({count}).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="88"/>
        <source>Note a thank-you, praise or a win as a good moment to see them here.</source>
        <translation>Anota un agradecimiento, un elogio o un logro como momento bueno para verlos aquí.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="92"/>
        <source>Good moments noted: {n}; none of them counts among the difficult interactions.</source>
        <translation>Momentos buenos anotados: {n}; ninguno cuenta entre las interacciones difíciles.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="96"/>
        <source>Tag your entries to see which situations come up most.</source>
        <translation>Ponle etiquetas a tus entradas para ver qué situaciones se repiten más.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="100"/>
        <source>“{tag}” came up most often (%n entries).</source>
        <translation>
            <numerusform>“{tag}” fue lo que más se repitió (%n entrada).</numerusform>
            <numerusform>“{tag}” fue lo que más se repitió (%n entradas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="103"/>
        <source>Its intensity went from {a} to {b} across the period.</source>
        <translation>Su intensidad pasó de {a} a {b} en el periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="111"/>
        <source>Run on %n days, {rate:.0%} complete;</source>
        <translation>
            <numerusform>Hecha en %n día, {rate:.0%} completa;</numerusform>
            <numerusform>Hecha en %n días, {rate:.0%} completa;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="113"/>
        <source>current streak %n days.</source>
        <translation>
            <numerusform>racha actual: %n día.</numerusform>
            <numerusform>racha actual: %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="120"/>
        <source>Break deadlines met: {met} of {due}; water and stretch reminders done: {done} of {care}.</source>
        <translation>Plazos de descanso cumplidos: {met} de {due}; recordatorios de agua y estiramiento hechos: {done} de {care}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="126"/>
        <source>%n breaks taken; no break deadline was reached in these shifts.</source>
        <translation>
            <numerusform>%n descanso tomado; en estos turnos no se llegó a ningún plazo de descanso.</numerusform>
            <numerusform>%n descansos tomados; en estos turnos no se llegó a ningún plazo de descanso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="133"/>
        <source>{hours} hours over %n shifts, {per} hours a week on average.</source>
        <translation>
            <numerusform>{hours} horas en %n turno, {per} horas por semana en promedio.</numerusform>
            <numerusform>{hours} horas en %n turnos, {per} horas por semana en promedio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="181"/>
        <source>Shifts worked: {n} ({hours} hours).</source>
        <translation>Turnos trabajados: {n} ({hours} horas).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="186"/>
        <source>Hard moments logged: {m}; reflecting took intensity from {b} to {a}.</source>
        <translation>Momentos difíciles anotados: {m}; reflexionar llevó la intensidad de {b} a {a}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="107"/>
        <source>Run the pre-shift checklist before a shift to see it here.</source>
        <translation>Haz la lista de antes del turno antes de empezar y la verás aquí.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="117"/>
        <source>Start and end your shifts in ShiftMate to see your breaks here.</source>
        <translation>Empieza y termina tus turnos en ShiftMate para ver aquí tus descansos.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="129"/>
        <source>Start and end your shifts in ShiftMate to see your hours here.</source>
        <translation>Empieza y termina tus turnos en ShiftMate para ver aquí tus horas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="184"/>
        <source>No shifts recorded.</source>
        <translation>No hay turnos registrados.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="191"/>
        <source>Hard moments logged: {m}.</source>
        <translation>Momentos difíciles anotados: {m}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="193"/>
        <source>Break deadlines met: {met} of {due}.</source>
        <translation>Plazos de descanso cumplidos: {met} de {due}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="196"/>
        <source>Breaks taken: {n}.</source>
        <translation>Descansos tomados: {n}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="198"/>
        <source>No breaks recorded.</source>
        <translation>No hay descansos registrados.</translation>
    </message>
</context>
<context>
    <name>InsightsScreen</name>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="43"/>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="44"/>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="45"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="71"/>
        <source>Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="87"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="88"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="91"/>
        <source>Export PN&amp;G…</source>
        <translation>Exportar PN&amp;G…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="93"/>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="96"/>
        <source>All as &amp;tables</source>
        <translation>Todo como &amp;tablas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="98"/>
        <source>Show every chart as a table of its numbers (Ctrl+T)</source>
        <translation>Mostrar cada gráfico como una tabla de sus números (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="100"/>
        <source>Show all as tables</source>
        <translation>Mostrar todo como tablas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="120"/>
        <source>Does reflecting help?</source>
        <translation>¿Te ayuda reflexionar?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="121"/>
        <source>Difficult interactions per week</source>
        <translation>Interacciones difíciles por semana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="122"/>
        <source>When they happen</source>
        <translation>Cuándo ocurren</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="123"/>
        <source>Good moments per week</source>
        <translation>Momentos buenos por semana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="124"/>
        <source>Top tags and their intensity</source>
        <translation>Etiquetas principales y su intensidad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="125"/>
        <source>Pre-shift checklist</source>
        <translation>Lista de antes del turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="126"/>
        <source>Breaks and reminders</source>
        <translation>Descansos y recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="127"/>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="128"/>
        <source>Arriving and day ratings</source>
        <translation>Cómo llegas y cómo estuvo el día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="136"/>
        <source>Most often left open</source>
        <translation>Lo que más queda pendiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="147"/>
        <source>Insights page</source>
        <translation>Página de tendencias</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="148"/>
        <source>Page Up and Page Down scroll; Tab goes from chart to chart.</source>
        <translation>Re Pág y Av Pág desplazan; Tab va de gráfico en gráfico.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="154"/>
        <source>Nothing to show yet</source>
        <translation>Todavía no hay nada que mostrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="156"/>
        <source>After a few shifts and journal entries, this page will show whether reflecting lowers how intense hard moments feel.</source>
        <translation>Después de algunos turnos y entradas en el diario, esta página te mostrará si reflexionar baja la intensidad de los momentos difíciles.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="215"/>
        <source>Working out your figures…</source>
        <translation>Calculando tus datos…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="237"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="239"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="272"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="274"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="238"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="239"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="273"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="274"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="239"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="250"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="259"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="285"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="295"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="305"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="315"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="239"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="266"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="274"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="245"/>
        <source>No channel</source>
        <translation>Sin medio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="258"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="259"/>
        <source>Good moments</source>
        <translation>Momentos buenos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="263"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="263"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="263"/>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="263"/>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="263"/>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="264"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="264"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="266"/>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="266"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="274"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="275"/>
        <source>First half</source>
        <translation>1.ª mitad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="275"/>
        <source>Second half</source>
        <translation>2.ª mitad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="283"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="285"/>
        <source>Days run</source>
        <translation>Días hechos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="284"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="285"/>
        <source>Days complete</source>
        <translation>Días completos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="292"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="295"/>
        <source>Breaks taken</source>
        <translation>Descansos tomados</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="293"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="295"/>
        <source>Deadlines met</source>
        <translation>Plazos cumplidos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="294"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="295"/>
        <source>Deadlines missed</source>
        <translation>Plazos no cumplidos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="296"/>
        <source>Water and stretch done</source>
        <translation>Agua y estiramiento hechos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="296"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="304"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="305"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="305"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="313"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="315"/>
        <source>Arriving</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="314"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="315"/>
        <source>Day rating</source>
        <translation>Calificación del día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="359"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="368"/>
        <source>Rate how you arrive and how the day went to see them here.</source>
        <translation>Califica cómo llegas y cómo estuvo el día para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="373"/>
        <source>You arrived at %1 out of 5 on average</source>
        <translation>Llegaste con %1 de 5 en promedio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="377"/>
        <source>days went %1 out of 5</source>
        <translation>los días estuvieron en %1 de 5</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="396"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="396"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="397"/>
        <source>Export Insights</source>
        <translation>Exportar tendencias</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="414"/>
        <source>ShiftMate Insights</source>
        <translation>Tendencias de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="421"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="18"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="19"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="20"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="21"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="22"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="28"/>
        <source>Hard moment</source>
        <translation>Momento difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="29"/>
        <source>Good moment</source>
        <translation>Momento bueno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="34"/>
        <source>Not sure</source>
        <translation>No sé</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="35"/>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="36"/>
        <source>About the situation</source>
        <translation>Sobre la situación</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="37"/>
        <source>Some of both</source>
        <translation>Un poco de ambas</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../../shiftmate/ui/journal/actions.py" line="49"/>
        <source>Note a hard moment…</source>
        <translation>Anotar un momento difícil…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/actions.py" line="55"/>
        <source>Note a good moment…</source>
        <translation>Anotar un momento bueno…</translation>
    </message>
</context>
<context>
    <name>JournalCard</name>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="25"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="28"/>
        <source>Had a hard customer? Put it down in a few seconds and reflect on it later, on your break or after the shift.</source>
        <translation>¿Tuviste un cliente difícil? Anótalo en unos segundos y reflexiona después, en tu descanso o al terminar el turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="31"/>
        <source>Note a hard moment</source>
        <translation>Anotar un momento difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="32"/>
        <source>Ctrl+N, from anywhere in ShiftMate</source>
        <translation>Ctrl+N, desde cualquier parte de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="34"/>
        <source>Note a good moment</source>
        <translation>Anotar un momento bueno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="35"/>
        <source>A thank-you, praise or a win (Ctrl+Shift+N, from anywhere in ShiftMate)</source>
        <translation>Un agradecimiento, un elogio o un logro (Ctrl+Mayús+N, desde cualquier lugar de ShiftMate)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="39"/>
        <source>Reflect now</source>
        <translation>Reflexionar ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="40"/>
        <source>A short reflection on the newest one; the full form is one click away</source>
        <translation>Una reflexión corta sobre el más reciente; el formulario completo está a un clic</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/today_card.py" line="94"/>
        <source>%n moments wait for a reflection</source>
        <translation>
            <numerusform>%n momento espera una reflexión</numerusform>
            <numerusform>%n momentos esperan una reflexión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="126"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="127"/>
        <source>Who</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="128"/>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="129"/>
        <source>More about the feelings</source>
        <translation>Más sobre lo que sentí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="130"/>
        <source>Intensity before</source>
        <translation>Intensidad antes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="131"/>
        <source>What I told myself in the moment</source>
        <translation>Lo que me dije en el momento</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="132"/>
        <source>About me or about the situation</source>
        <translation>Sobre mí o sobre la situación</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="133"/>
        <source>What they might have been dealing with</source>
        <translation>Con qué podría estar lidiando esa persona</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="134"/>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="135"/>
        <source>What I would do differently</source>
        <translation>Lo que haría diferente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="136"/>
        <source>What was in my control</source>
        <translation>Lo que estaba en mis manos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="137"/>
        <source>What was not in my control</source>
        <translation>Lo que no estaba en mis manos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="138"/>
        <source>A fairer way to see it</source>
        <translation>Una forma más justa de verlo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="139"/>
        <source>A manager needs to know</source>
        <translation>Mi gerente debe saberlo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="140"/>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="141"/>
        <source>What I&apos;d like from my manager</source>
        <translation>Lo que me gustaría de mi gerente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="142"/>
        <source>What we agreed for next time</source>
        <translation>Lo que acordamos para la próxima vez</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="143"/>
        <source>Follow-up needed</source>
        <translation>Hay que darle seguimiento</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="144"/>
        <source>Follow up on</source>
        <translation>Dar seguimiento el</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="145"/>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="146"/>
        <source>What I need now</source>
        <translation>Lo que necesito ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="147"/>
        <source>Intensity after</source>
        <translation>Intensidad después</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="148"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="187"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="202"/>
        <source>ShiftMate journal</source>
        <translation>Diario de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="204"/>
        <source>No entries.</source>
        <translation>No hay entradas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="207"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="214"/>
        <source>entry {id}</source>
        <translation>entrada {id}</translation>
    </message>
</context>
<context>
    <name>JournalListModel</name>
    <message>
        <location filename="../../shiftmate/ui/journal/model.py" line="38"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/model.py" line="38"/>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/model.py" line="39"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/model.py" line="39"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/model.py" line="40"/>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/model.py" line="169"/>
        <source>★ Good moment: %1</source>
        <translation>★ Momento bueno: %1</translation>
    </message>
</context>
<context>
    <name>JournalPdf</name>
    <message>
        <location filename="../../shiftmate/ui/journal/pdf.py" line="42"/>
        <source>ShiftMate journal</source>
        <translation>Diario de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/pdf.py" line="43"/>
        <source>No entries.</source>
        <translation>No hay entradas.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="54"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="155"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="161"/>
        <source>Search everything you wrote (Ctrl+F)</source>
        <translation>Busca en todo lo que escribiste (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="163"/>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="164"/>
        <source>Finds words as you type, also the start of a word. Ctrl+F comes back here.</source>
        <translation>Encuentra palabras mientras escribes, también el comienzo de una palabra. Ctrl+F vuelve aquí.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="165"/>
        <source>Note a hard moment…</source>
        <translation>Anotar un momento difícil…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="166"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="168"/>
        <source>Note a good moment…</source>
        <translation>Anotar un momento bueno…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="169"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Mayús+N</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="171"/>
        <location filename="../../shiftmate/ui/journal/screen.py" line="390"/>
        <source>Reflect</source>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="172"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="174"/>
        <location filename="../../shiftmate/ui/journal/screen.py" line="391"/>
        <source>Short reflection…</source>
        <translation>Reflexión corta…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="175"/>
        <source>Four questions for a break; the full form is one click away</source>
        <translation>Cuatro preguntas para un descanso; el formulario completo está a un clic</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="177"/>
        <location filename="../../shiftmate/ui/journal/screen.py" line="392"/>
        <source>Share with my manager…</source>
        <translation>Compartir con mi gerente…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="178"/>
        <source>For an entry marked &quot;A manager should know&quot;: a short summary you preview</source>
        <translation>Para una entrada marcada con &quot;Mi gerente debería saber esto&quot;: un resumen breve que revisas antes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="180"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="181"/>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Supr; Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="183"/>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="185"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="198"/>
        <location filename="../../shiftmate/ui/journal/screen.py" line="347"/>
        <source>Any tag</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="200"/>
        <source>Only entries with this tag</source>
        <translation>Solo entradas con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="202"/>
        <source>Any channel</source>
        <translation>Todos los medios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="205"/>
        <source>Only entries from this channel</source>
        <translation>Solo entradas de este canal</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="207"/>
        <source>Hard and good moments</source>
        <translation>Momentos difíciles y buenos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="208"/>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="209"/>
        <source>Good moments</source>
        <translation>Momentos buenos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="210"/>
        <source>Only hard or only good moments</source>
        <translation>Solo momentos difíciles o solo momentos buenos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="211"/>
        <source>Open follow-ups</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="214"/>
        <source>any</source>
        <translation>todas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="216"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="216"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="217"/>
        <source>Intensity at least</source>
        <translation>Intensidad mín.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="232"/>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="233"/>
        <source>Newest first. Enter reflects on the entry, Delete deletes it (Ctrl+Z brings it back).</source>
        <translation>La más reciente primero. Intro reflexiona sobre la entrada, Supr la elimina (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="256"/>
        <source>Your journal is empty</source>
        <translation>Tu diario está vacío</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="258"/>
        <source>A private place to put down difficult customer moments and reflect on them later. Press Ctrl+N (or Note a hard moment) to write the first one. Everything stays on this computer.</source>
        <translation>Un lugar privado para soltar los momentos difíciles con clientes y reflexionar sobre ellos después. Pulsa Ctrl+N (o Anotar un momento difícil) para escribir el primero. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="283"/>
        <source>any day</source>
        <translation>cualquiera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="365"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="367"/>
        <source>More than %n entries match</source>
        <translation>
            <numerusform>Coinciden más de %n entrada</numerusform>
            <numerusform>Coinciden más de %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="369"/>
        <source>%n entries match</source>
        <translation>
            <numerusform>Coincide %n entrada</numerusform>
            <numerusform>Coinciden %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="426"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="426"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="427"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="427"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="430"/>
        <source>Export journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="443"/>
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1</numerusform>
            <numerusform>Se exportaron %n entradas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalShare</name>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="21"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="22"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="23"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="24"/>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="25"/>
        <source>What I&apos;d like from you</source>
        <translation>Lo que me gustaría de ti</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="26"/>
        <source>What we agreed for next time</source>
        <translation>Lo que acordamos para la próxima vez</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="28"/>
        <source>How I felt</source>
        <translation>Cómo me sentí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="29"/>
        <source>How intense it was (0–10)</source>
        <translation>Qué tan intenso fue (0–10)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="30"/>
        <source>What I told myself</source>
        <translation>Lo que me dije</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="31"/>
        <source>About me or the situation</source>
        <translation>Por mí o por la situación</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="32"/>
        <source>What they might have been dealing with</source>
        <translation>Con qué podría estar lidiando esa persona</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="33"/>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="34"/>
        <source>What I would do differently</source>
        <translation>Lo que haría diferente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="35"/>
        <source>What was in my control</source>
        <translation>Lo que estaba en mis manos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="36"/>
        <source>What was not in my control</source>
        <translation>Lo que no estaba en mis manos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="37"/>
        <source>A fairer way to see it</source>
        <translation>Una forma más justa de verlo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="38"/>
        <source>What I needed afterwards</source>
        <translation>Lo que necesité después</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="39"/>
        <source>How intense it was afterwards (0–10)</source>
        <translation>Qué tan intenso fue después (0–10)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="40"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="103"/>
        <source>Moment {number} of {count}</source>
        <translation>Momento {number} de {count}</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/share.py" line="107"/>
        <source>For my manager: what happened</source>
        <translation>Para mi gerente: lo que pasó</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../shiftmate/ui/settings/language.py" line="29"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/language.py" line="34"/>
        <source>System default (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/language.py" line="40"/>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/language.py" line="43"/>
        <source>Restart &amp;now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/language.py" line="73"/>
        <source>Saved. ShiftMate speaks %1 from its next start.</source>
        <translation>Guardado. ShiftMate estará en %1 la próxima vez que lo abras.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/language.py" line="76"/>
        <source>%1 for this start only; from the next start, %2.</source>
        <translation>En %1 solo por esta vez; la próxima vez que lo abras, en %2.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/language.py" line="80"/>
        <source>Words missing from a translation are shown in English.</source>
        <translation>Las palabras que falten en una traducción se muestran en inglés.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../shiftmate/core/i18n.py" line="48"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/i18n.py" line="49"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../shiftmate/ui/settings/licences_dialog.py" line="27"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/licences_dialog.py" line="29"/>
        <source>ShiftMate is free software under the MIT licence. It includes the libraries below, each under its own licence. The full texts are in this folder: %1</source>
        <translation>ShiftMate es software libre bajo la licencia MIT. Incluye las bibliotecas de abajo, cada una bajo su propia licencia. Los textos completos están en esta carpeta: %1</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="92"/>
        <source>Edit my lines</source>
        <translation>Editar mis frases</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="98"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="98"/>
        <source>Choose a step to see its lines.</source>
        <translation>Elige un paso para ver sus frases.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="101"/>
        <source>Lines of this step</source>
        <translation>Frases de este paso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="102"/>
        <source>Hidden lines are marked. Delete hides or deletes the chosen line.</source>
        <translation>Las frases ocultas están marcadas. Supr oculta o borra la frase elegida.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="105"/>
        <source>A line in your own words</source>
        <translation>Una frase con tus propias palabras</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="106"/>
        <source>&amp;Line:</source>
        <translation>&amp;Frase:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="109"/>
        <source>&amp;Add as a new line</source>
        <translation>&amp;Agregar como frase nueva</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="110"/>
        <source>&amp;Save change</source>
        <translation>&amp;Guardar cambio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="111"/>
        <location filename="../../shiftmate/ui/moment/editor.py" line="213"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="112"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="113"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="114"/>
        <source>Back to the line as it came with ShiftMate</source>
        <translation>Volver a la frase como venía con ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="115"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="118"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="188"/>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="188"/>
        <source>mine</source>
        <translation>mía</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="191"/>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="193"/>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="213"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="235"/>
        <source>add a line</source>
        <translation>agregar una frase</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="236"/>
        <source>Added your line.</source>
        <translation>Se agregó tu frase.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="251"/>
        <source>change a line</source>
        <translation>cambiar una frase</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="252"/>
        <source>Saved. Press Ctrl+Z to undo.</source>
        <translation>Guardado. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="258"/>
        <source>Shown on the card again.</source>
        <translation>Se muestra otra vez en la tarjeta.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="258"/>
        <source>Hidden from the card. Press Ctrl+Z to undo.</source>
        <translation>Oculta en la tarjeta. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="259"/>
        <source>hide a line</source>
        <translation>ocultar una frase</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="269"/>
        <source>delete a line</source>
        <translation>borrar una frase</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="270"/>
        <source>Deleted your line. Press Ctrl+Z to undo.</source>
        <translation>Se borró tu frase. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="276"/>
        <source>restore a line</source>
        <translation>restaurar una frase</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="277"/>
        <source>Back as it came with ShiftMate. Press Ctrl+Z to undo.</source>
        <translation>De vuelta como venía con ShiftMate. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="118"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="200"/>
        <source>Too many wrong passphrases. Wait %1 seconds before trying again.</source>
        <translation>Demasiadas contraseñas incorrectas. Espera %1 segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="214"/>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu contraseña.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="219"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="227"/>
        <source>That passphrase is not right. Nothing was changed. Wait %1 seconds before trying again.</source>
        <translation>Esa contraseña no es correcta. No se cambió nada. Espera %1 segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="230"/>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation>Esa contraseña no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="274"/>
        <source>Reminder: %1</source>
        <translation>Recordatorio: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="45"/>
        <source>ShiftMate is locked</source>
        <translation>ShiftMate está bloqueado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="47"/>
        <source>Type your passphrase to see your checklists, shifts and journal. Reminders keep coming while it is locked.</source>
        <translation>Escribe tu contraseña para ver tus listas, turnos y diario. Los recordatorios siguen llegando mientras está bloqueado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="53"/>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="54"/>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="54"/>
        <source>Type it and press Enter to unlock.</source>
        <translation>Escríbela y pulsa Intro para desbloquear.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="55"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shiftmate/ui/shell/main_window.py" line="67"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/main_window.py" line="68"/>
        <source>Up and down arrows choose a screen; Ctrl+1 to Ctrl+6 from anywhere.</source>
        <translation>Las flechas arriba y abajo eligen una pantalla; Ctrl+1 a Ctrl+6 desde cualquier lugar.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/main_window.py" line="75"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/main_window.py" line="78"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/main_window.py" line="85"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/main_window.py" line="111"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/main_window.py" line="112"/>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>Mission</name>
    <message>
        <location filename="../../shiftmate/core/mission/statement.py" line="21"/>
        <source>Kindness</source>
        <translation>Amabilidad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/statement.py" line="22"/>
        <source>Respect</source>
        <translation>Respeto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/statement.py" line="23"/>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/statement.py" line="24"/>
        <source>Reliability</source>
        <translation>Confiabilidad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/statement.py" line="25"/>
        <source>Honesty</source>
        <translation>Honestidad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/statement.py" line="26"/>
        <source>Warmth</source>
        <translation>Calidez</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/statement.py" line="27"/>
        <source>Calm</source>
        <translation>Calma</translation>
    </message>
</context>
<context>
    <name>MissionBanner</name>
    <message>
        <location filename="../../shiftmate/ui/mission/run_banner.py" line="36"/>
        <location filename="../../shiftmate/ui/mission/run_banner.py" line="38"/>
        <source>My mission</source>
        <translation>Mi misión</translation>
    </message>
</context>
<context>
    <name>MissionCard</name>
    <message>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="41"/>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="44"/>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="86"/>
        <source>My mission</source>
        <translation>Mi misión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="45"/>
        <source>&amp;Write your mission…</source>
        <translation>&amp;Escribe tu misión…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="46"/>
        <source>A sentence or two on why you do this work, with a short guide.</source>
        <translation>Una o dos frases sobre por qué haces este trabajo, con una guía breve.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="48"/>
        <source>Edit mission…</source>
        <translation>Editar misión…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="50"/>
        <source>Edit my mission</source>
        <translation>Editar mi misión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="51"/>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="54"/>
        <location filename="../../shiftmate/ui/mission/today_card.py" line="86"/>
        <source>Tip for this shift</source>
        <translation>Consejo para este turno</translation>
    </message>
</context>
<context>
    <name>MissionGuide</name>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="34"/>
        <source>I work with %1, because %2.</source>
        <translation>Trabajo con %1, porque %2.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="37"/>
        <source>I work with %1.</source>
        <translation>Trabajo con %1.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="39"/>
        <source>I do this work because %1.</source>
        <translation>Hago este trabajo porque %1.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="41"/>
        <source>At work it shows when %1.</source>
        <translation>En el trabajo se nota cuando %1.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="63"/>
        <source>My service mission</source>
        <translation>Mi misión de servicio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="65"/>
        <source>A sentence or two on why you do this work and what you want customers to feel. Answer the three prompts for a first draft, then make it your own.</source>
        <translation>Una o dos frases sobre por qué haces este trabajo y qué quieres que sientan los clientes. Responde las tres preguntas para un primer borrador y luego hazlo tuyo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="71"/>
        <source>Choose one, or type your own</source>
        <translation>Elige uno o escribe el tuyo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="72"/>
        <source>A value I choose</source>
        <translation>Un valor que elijo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="74"/>
        <source>e.g. everyone deserves to leave a little happier</source>
        <translation>p. ej., todos merecen irse un poco más contentos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="75"/>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="77"/>
        <source>e.g. I greet each person as if they were a regular</source>
        <translation>p. ej., saludo a cada persona como si fuera un cliente habitual</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="78"/>
        <source>How it shows at work</source>
        <translation>Cómo se nota en el trabajo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="81"/>
        <source>A &amp;value I choose:</source>
        <translation>Un &amp;valor que elijo:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="82"/>
        <source>&amp;Why it matters to me:</source>
        <translation>&amp;Por qué me importa:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="83"/>
        <source>&amp;How it shows at work:</source>
        <translation>&amp;Cómo se nota en el trabajo:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="84"/>
        <source>&amp;Put it together</source>
        <translation>&amp;Juntarlo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="90"/>
        <source>My mission</source>
        <translation>Mi misión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="91"/>
        <source>Edit freely; up to %1 characters.</source>
        <translation>Edítalo como quieras; hasta %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="101"/>
        <source>My mission (edit it freely):</source>
        <translation>Mi misión (edítala como quieras):</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="114"/>
        <source>Write a sentence or two first, or press Put it together.</source>
        <translation>Primero escribe una o dos frases, o pulsa Juntarlo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/guide.py" line="117"/>
        <source>Keep it to %1 characters or fewer.</source>
        <translation>Usa %1 caracteres o menos.</translation>
    </message>
</context>
<context>
    <name>MissionSettingsBox</name>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="53"/>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="60"/>
        <source>My mission</source>
        <translation>Mi misión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="58"/>
        <source>Why I do this work, and what I want customers to feel.</source>
        <translation>Por qué hago este trabajo y qué quiero que sientan los clientes.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="61"/>
        <source>Shown on Today and at the top of Before my shift; up to %1 characters.</source>
        <translation>Se muestra en Hoy y arriba de Antes de mi turno; hasta %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="63"/>
        <source>&amp;Save mission</source>
        <translation>&amp;Guardar misión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="65"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="66"/>
        <source>Clear my mission</source>
        <translation>Borrar mi misión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="68"/>
        <source>Write with the &amp;guide…</source>
        <translation>Escribir con la &amp;guía…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="76"/>
        <source>A sentence or two on why you do this work. It is shown on Today before a shift and at the top of Before my shift.</source>
        <translation>Una o dos frases sobre por qué haces este trabajo. Se muestra en Hoy antes de un turno y arriba de Antes de mi turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="96"/>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="110"/>
        <source>Mission saved.</source>
        <translation>Misión guardada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="100"/>
        <source>Mission cleared.</source>
        <translation>Misión borrada.</translation>
    </message>
</context>
<context>
    <name>MomentActions</name>
    <message>
        <location filename="../../shiftmate/ui/moment/actions.py" line="53"/>
        <source>What to say…</source>
        <translation>Qué decir…</translation>
    </message>
</context>
<context>
    <name>MomentSettingsBox</name>
    <message>
        <location filename="../../shiftmate/ui/moment/settings_section.py" line="15"/>
        <source>What to say</source>
        <translation>Qué decir</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/settings_section.py" line="17"/>
        <source>The card that helps in front of a hard customer opens with %1 from anywhere in ShiftMate. Rewrite, hide or add its lines in your own words.</source>
        <translation>La tarjeta que te ayuda frente a un cliente difícil se abre con %1 desde cualquier parte de ShiftMate. Reescribe, oculta o agrega frases con tus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/settings_section.py" line="20"/>
        <source>Edit my &amp;lines…</source>
        <translation>Editar mis &amp;frases…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/settings_section.py" line="21"/>
        <source>Open the card</source>
        <translation>Abrir la tarjeta</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="233"/>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="237"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>OwnReminderDialog</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="266"/>
        <source>Edit reminder</source>
        <translation>Editar recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="266"/>
        <source>New reminder</source>
        <translation>Nuevo recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="270"/>
        <source>Every few minutes</source>
        <translation>Cada ciertos minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="270"/>
        <source>At a time of day</source>
        <translation>A una hora del día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="271"/>
        <source>Before the shift&apos;s end</source>
        <translation>Antes del final del turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="275"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="279"/>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="349"/>
        <source>E&amp;very:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="281"/>
        <source>&amp;At:</source>
        <translation>&amp;A las:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="283"/>
        <source>&amp;When:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="292"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="293"/>
        <source>It says them in turn. F2 changes the chosen one.</source>
        <translation>Los dice por turnos. F2 cambia el elegido.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="295"/>
        <source>&amp;Messages, said in turn:</source>
        <translation>&amp;Mensajes, por turnos:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="297"/>
        <source>Add a &amp;message</source>
        <translation>Agregar un me&amp;nsaje</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="299"/>
        <source>Remove message</source>
        <translation>Quitar mensaje</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="302"/>
        <source>Add ideas from…</source>
        <translation>Agregar ideas de…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="305"/>
        <source>Add ideas from a built-in list</source>
        <translation>Agregar ideas de una lista incluida</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="311"/>
        <source>&amp;On</source>
        <translation>Ac&amp;tivado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="313"/>
        <source>&amp;Quiet during a break</source>
        <translation>&amp;Silencio durante un descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="349"/>
        <source>&amp;Before the end:</source>
        <translation>Antes del &amp;final:</translation>
    </message>
</context>
<context>
    <name>OwnReminders</name>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="86"/>
        <source>There is no idea list &apos;{name}&apos;; the lists are {lists}.</source>
        <translation>No hay una lista de ideas &apos;{name}&apos;; las listas son {lists}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="150"/>
        <source>There is no built-in idea &apos;{idea}&apos;.</source>
        <translation>No hay una idea incluida &apos;{idea}&apos;.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="157"/>
        <source>Keep each message to {most} characters; one has {length}.</source>
        <translation>Deja cada mensaje en {most} caracteres como máximo; uno tiene {length}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="161"/>
        <source>A reminder needs at least one message.</source>
        <translation>Un recordatorio necesita al menos un mensaje.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="163"/>
        <source>A reminder can rotate through at most {most} messages.</source>
        <translation>Un recordatorio puede alternar entre {most} mensajes como máximo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="171"/>
        <source>&apos;{text}&apos; is not a time like 14:30.</source>
        <translation>&apos;{text}&apos; no es una hora como 14:30.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="177"/>
        <source>A reminder comes every N minutes, at a time or before the end, not &apos;{kind}&apos;.</source>
        <translation>Un recordatorio llega cada N minutos, a una hora o antes del final, no &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="180"/>
        <source>A repeating reminder comes every {least} to {most} minutes, not {minutes}.</source>
        <translation>Un recordatorio que se repite llega cada {least} a {most} minutos, no {minutes}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="183"/>
        <source>A reminder before the end comes 0 to {most} minutes before it, not {minutes}.</source>
        <translation>Un recordatorio antes del final llega de 0 a {most} minutos antes, no {minutes}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="186"/>
        <source>A reminder at a time needs the time, like 14:30.</source>
        <translation>Un recordatorio a una hora necesita la hora, como 14:30.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="215"/>
        <source>There is no reminder {id} of your own.</source>
        <translation>No tienes un recordatorio propio con el número {id}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="246"/>
        <source>You have {most} reminders of your own; remove one first.</source>
        <translation>Ya tienes {most} recordatorios propios; quita uno primero.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="42"/>
        <source>Every %1 min</source>
        <translation>Cada %1 min</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="44"/>
        <source>At %1</source>
        <translation>A las %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="45"/>
        <source>%1 min before the end</source>
        <translation>%1 min antes del final</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="56"/>
        <source>(+%1 more)</source>
        <translation>(+%1 más)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="245"/>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
</context>
<context>
    <name>OwnRemindersBox</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="67"/>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="76"/>
        <source>Your own reminders</source>
        <translation>Tus propios recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="70"/>
        <source>Every few minutes during a shift, at a time of day, or before the end. Each one goes round its messages.</source>
        <translation>Cada ciertos minutos durante el turno, a una hora del día o antes del final. Cada uno va rotando sus mensajes.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="77"/>
        <source>Space turns the chosen one on or off, Enter edits it, Delete removes it.</source>
        <translation>Espacio activa o desactiva el elegido, Intro lo edita, Supr lo quita.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="80"/>
        <source>None yet. Add one, or start from an idea list.</source>
        <translation>Todavía ninguno. Agrega uno o empieza con una lista de ideas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="83"/>
        <source>&amp;Add reminder…</source>
        <translation>&amp;Agregar recordatorio…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="85"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="87"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="88"/>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Supr; Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="91"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="169"/>
        <source>Turned on.</source>
        <translation>Activado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="169"/>
        <source>Turned off: it stays here until you turn it on.</source>
        <translation>Desactivado: se queda aquí hasta que lo actives.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="190"/>
        <source>Added. Press Ctrl+Z to undo.</source>
        <translation>Agregado. Presiona Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="191"/>
        <source>Add reminder</source>
        <translation>Agregar recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="193"/>
        <source>Saved. It applies from the next reminder on.</source>
        <translation>Guardado. Se aplica desde el próximo recordatorio.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="194"/>
        <source>Edit reminder</source>
        <translation>Editar recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="200"/>
        <source>Removed “%1”. Press Ctrl+Z to undo.</source>
        <translation>Quitaste «%1». Presiona Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/own_reminders_section.py" line="201"/>
        <source>Remove reminder</source>
        <translation>Quitar recordatorio</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="99"/>
        <source>A pack in the machine-wide folder was skipped: %1</source>
        <translation>Se omitió un paquete de la carpeta común del equipo: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="138"/>
        <location filename="../../shiftmate/ui/packs/actions.py" line="160"/>
        <source>Import pack</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="138"/>
        <source>Checklist packs (*.shiftpack.toml)</source>
        <translation>Paquetes de listas (*.shiftpack.toml)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="162"/>
        <source>Import “%1”?</source>
        <translation>¿Importar “%1”?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="164"/>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="165"/>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="166"/>
        <source>Checklists:</source>
        <translation>Listas:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/packs/actions.py" line="168"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="172"/>
        <source>Locked items can&apos;t be changed; you can add your own beside them.</source>
        <translation>Los puntos bloqueados no se pueden cambiar; puedes agregar los tuyos junto a ellos.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="173"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="200"/>
        <source>Who to call:</source>
        <translation>A quién llamar:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="204"/>
        <source>(when: %1)</source>
        <translation>(cuándo: %1)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="207"/>
        <source>Lines for “What to say”:</source>
        <translation>Frases para «Qué decir»:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="211"/>
        <source>…and %1 more</source>
        <translation>…y %1 más</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="213"/>
        <source>Store policy: %1</source>
        <translation>Política de la tienda: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="215"/>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="226"/>
        <source>Imported “%1”, version %2.</source>
        <translation>Se importó “%1”, versión %2.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="228"/>
        <source>Updated “%1” to version %2.</source>
        <translation>Se actualizó “%1” a la versión %2.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="230"/>
        <source>“%1” is provided for this whole computer; the copy you chose changes nothing.</source>
        <translation>“%1” ya está instalado para toda esta computadora; la copia que elegiste no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="232"/>
        <source>A newer version of “%1” is already installed; version %2 changes nothing.</source>
        <translation>Ya hay una versión más nueva de “%1”; la versión %2 no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="234"/>
        <source>“%1” version %2 is already installed; nothing changed.</source>
        <translation>“%1” versión %2 ya está instalado; no cambió nada.</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="45"/>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="144"/>
        <source>Export as pack</source>
        <translation>Exportar como paquete</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="54"/>
        <source>for example corner-cafe.rules</source>
        <translation>por ejemplo cafe-esquina.reglas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="63"/>
        <source>&amp;Lock the items</source>
        <translation>&amp;Bloquear los puntos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="66"/>
        <source>Workers can&apos;t change or remove locked items; they can add their own.</source>
        <translation>Quien trabaja no puede cambiar ni quitar los puntos bloqueados; sí puede añadir los suyos.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="69"/>
        <source>Include the store&apos;s contacts, phrases and &amp;policy</source>
        <translation>Incluir los contactos, las frases y la &amp;política de la tienda</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="77"/>
        <source>&amp;Checklists:</source>
        <translation>&amp;Listas:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="78"/>
        <source>Pack &amp;id:</source>
        <translation>&amp;Id del paquete:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="79"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="80"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="81"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="87"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="101"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="101"/>
        <source>%n phrases</source>
        <translation>
            <numerusform>%n frase</numerusform>
            <numerusform>%n frases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="103"/>
        <source>the policy</source>
        <translation>la política</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="104"/>
        <source>From the installed packs: %1.</source>
        <translation>De los paquetes instalados: %1.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="132"/>
        <source>The pack id “%1” can only use a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting and ending with a letter or digit (at most 64 characters), for example corner-cafe.rules.</source>
        <translation>El id del paquete “%1” solo puede usar a-z, 0-9, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, y debe empezar y terminar con una letra o un dígito (64 caracteres como máximo), por ejemplo corner-cafe.rules.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="144"/>
        <source>Checklist packs (*.shiftpack.toml)</source>
        <translation>Paquetes de listas (*.shiftpack.toml)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="150"/>
        <source>Tick at least one checklist to export.</source>
        <translation>Marca al menos una lista para exportar.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="154"/>
        <source>A pack needs an id and a title.</source>
        <translation>Un paquete necesita un id y un título.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="171"/>
        <source>Exported “%1” version %2 to %3.</source>
        <translation>Se exportó “%1” versión %2 a %3.</translation>
    </message>
</context>
<context>
    <name>PackSettingsBox</name>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="32"/>
        <source>Packs</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="38"/>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="38"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="38"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="39"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="39"/>
        <source>Checklists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="43"/>
        <source>Installed packs</source>
        <translation>Paquetes instalados</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="45"/>
        <source>No packs installed. A manager&apos;s pack arrives with Import pack… or from the machine-wide packs folder.</source>
        <translation>No hay paquetes instalados. El paquete de tu gerente llega con Importar paquete… o desde la carpeta común de paquetes del equipo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="49"/>
        <source>&amp;Import pack…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="51"/>
        <source>&amp;Remove pack…</source>
        <translation>&amp;Quitar paquete…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="74"/>
        <source>built in</source>
        <translation>incluido</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="74"/>
        <source>preloaded</source>
        <translation>precargado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="74"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="106"/>
        <source>Remove pack</source>
        <translation>Quitar paquete</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="108"/>
        <source>Remove “%1” and its checklists?</source>
        <translation>¿Quitar “%1” y sus listas?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="109"/>
        <source>Their history stays. A newer version of the pack can bring them back.</source>
        <translation>Su historial se conserva. Una versión más nueva del paquete puede traerlas de vuelta.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="110"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/settings_section.py" line="126"/>
        <source>Removed “%1”; the history of its checklists stays.</source>
        <translation>Se quitó “%1”; el historial de sus listas se conserva.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="63"/>
        <source>Current passphrase:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="64"/>
        <source>New passphrase:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="65"/>
        <source>Type it again:</source>
        <translation>Escríbela otra vez:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="69"/>
        <source>Remove the unencrypted backups instead of encrypting them</source>
        <translation>Borrar las copias sin cifrar en lugar de cifrarlas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="91"/>
        <source>Type the current passphrase.</source>
        <translation>Escribe la contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="95"/>
        <source>Type a new passphrase.</source>
        <translation>Escribe una contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="98"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../shiftmate/ui/widgets/print_page.py" line="69"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsBox</name>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="108"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="112"/>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="188"/>
        <source>Your data is not protected by a passphrase.</source>
        <translation>Tus datos no están protegidos con contraseña.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="113"/>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Proteger con contraseña…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="114"/>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;Cambiar contraseña…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="115"/>
        <source>Re&amp;move passphrase…</source>
        <translation>Q&amp;uitar contraseña…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="125"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="126"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="129"/>
        <source>Lock after no use for:</source>
        <translation>Bloquear tras no usarlo durante:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="149"/>
        <source>There is no way to recover your data without the passphrase: if you forget it, everything ShiftMate keeps is lost. Backups are encrypted with the same passphrase.</source>
        <translation>Sin la contraseña no hay forma de recuperar tus datos: si la olvidas, se pierde todo lo que guarda ShiftMate. Las copias de seguridad se cifran con la misma contraseña.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="172"/>
        <source>Not encrypted: %1. An interrupted backup or passphrase change left these copies of your data; ShiftMate encrypts or removes such copies each time it starts, but could not do it for these. Delete them if you do not need them.</source>
        <translation>Sin cifrar: %1. Una copia de seguridad o un cambio de contraseña que se interrumpió dejó estas copias de tus datos; ShiftMate cifra o elimina esas copias cada vez que se inicia, pero no pudo hacerlo con estas. Bórralas si no las necesitas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="184"/>
        <source>Your data is encrypted with a passphrase, but not every copy of it is.</source>
        <translation>Tus datos están cifrados con una contraseña, pero no todas sus copias lo están.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="187"/>
        <source>Your data is encrypted with a passphrase.</source>
        <translation>Tus datos están cifrados con contraseña.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="204"/>
        <source>Protect with a passphrase</source>
        <translation>Proteger con contraseña</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="211"/>
        <source>Encrypting…</source>
        <translation>Cifrando…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="213"/>
        <source>Your data is now encrypted.</source>
        <translation>Tus datos ya están cifrados.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="219"/>
        <source>Change passphrase</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="225"/>
        <source>The passphrase is changed.</source>
        <translation>La contraseña se cambió.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="231"/>
        <source>Remove passphrase</source>
        <translation>Quitar contraseña</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/settings_section.py" line="237"/>
        <source>Your data is no longer encrypted.</source>
        <translation>Tus datos ya no están cifrados.</translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="41"/>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="45"/>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="57"/>
        <source>Your data file could not be opened</source>
        <translation>No se pudo abrir tu archivo de datos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="59"/>
        <source>ShiftMate could not open its data file, so it moved it aside as %1. Nothing was deleted.</source>
        <translation>ShiftMate no pudo abrir su archivo de datos, así que lo apartó como %1. No se borró nada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="62"/>
        <source>You can bring back your newest backup (%1), or start with an empty ShiftMate.</source>
        <translation>Puedes recuperar tu copia más reciente (%1) o empezar con un ShiftMate vacío.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="64"/>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restaurar la copia más reciente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="67"/>
        <source>There is no backup to bring back; you can start with an empty ShiftMate.</source>
        <translation>No hay ninguna copia para recuperar; puedes empezar con un ShiftMate vacío.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="69"/>
        <source>&amp;Start fresh</source>
        <translation>&amp;Empezar de cero</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="86"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/recovery.py" line="87"/>
        <source>The backup is protected. Its passphrase:</source>
        <translation>La copia está protegida. Su contraseña:</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="88"/>
        <source>Reflect on a hard moment</source>
        <translation>Reflexionar sobre un momento difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="117"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="118"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="119"/>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="119"/>
        <source>Just the facts, as you remember them.</source>
        <translation>Solo los hechos, como los recuerdas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="133"/>
        <source>Other feelings, in your own words</source>
        <translation>Otros sentimientos, con tus palabras</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="134"/>
        <source>Other feelings</source>
        <translation>Otros sentimientos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="137"/>
        <source>How did it feel?</source>
        <translation>¿Qué sentí?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="140"/>
        <source>Intensity then (0–10)</source>
        <translation>Intensidad entonces (0–10)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="141"/>
        <source>What did I tell myself?</source>
        <translation>¿Qué me dije?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="141"/>
        <source>The thought that hit hardest in the moment.</source>
        <translation>El pensamiento que más me pegó en el momento.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="146"/>
        <source>Was it about me, or the situation?</source>
        <translation>¿Era por mí o por la situación?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="147"/>
        <source>What might they have been dealing with?</source>
        <translation>¿Con qué podría estar lidiando esa persona?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="148"/>
        <source>A long day, worry, pain, a mix-up before they reached you…</source>
        <translation>Un día largo, preocupaciones, dolor, un malentendido antes de llegar contigo…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="149"/>
        <source>What went well?</source>
        <translation>¿Qué salió bien?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="149"/>
        <source>Even something small counts.</source>
        <translation>Hasta algo pequeño cuenta.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="150"/>
        <source>What would I do differently?</source>
        <translation>¿Qué haría diferente?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="150"/>
        <source>Next time, I could…</source>
        <translation>La próxima vez podría…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="151"/>
        <source>What was in my control?</source>
        <translation>¿Qué estaba en mis manos?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="151"/>
        <source>My words, my tone, asking for help…</source>
        <translation>Mis palabras, mi tono, pedir ayuda…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="152"/>
        <source>What was not?</source>
        <translation>¿Qué no lo estaba?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="152"/>
        <source>Their mood, the policy, the queue…</source>
        <translation>Su humor, las reglas, la fila…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="153"/>
        <source>A fairer way to see it</source>
        <translation>Una forma más justa de verlo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="154"/>
        <source>Looking at all of it, a kinder and truer thought would be…</source>
        <translation>Mirándolo todo, un pensamiento más amable y más cierto sería…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="156"/>
        <source>A manager should know about this</source>
        <translation>Mi gerente debería saber esto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="157"/>
        <source>Follow up on</source>
        <translation>Dar seguimiento el</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="161"/>
        <source>Follow up on this day</source>
        <translation>Hacer seguimiento en este día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="162"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="168"/>
        <source>Telling someone</source>
        <translation>Contárselo a alguien</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="170"/>
        <source>Share with my manager…</source>
        <translation>Compartir con mi gerente…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="171"/>
        <source>Preview a short factual summary and choose what goes in it</source>
        <translation>Mira antes un resumen breve de los hechos y elige qué incluye</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="174"/>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="174"/>
        <source>What you said and did, in order.</source>
        <translation>Lo que dijiste e hiciste, en orden.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="175"/>
        <source>What I&apos;d like from my manager</source>
        <translation>Lo que me gustaría de mi gerente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="176"/>
        <source>Backing on the policy, a word with the customer…</source>
        <translation>Respaldo con la política, que hable con el cliente…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="177"/>
        <source>What we agreed for next time</source>
        <translation>Lo que acordamos para la próxima vez</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="178"/>
        <source>After you talked: what you will both do next time.</source>
        <translation>Después de hablar: lo que harán los dos la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="185"/>
        <source>What do I need now?</source>
        <translation>¿Qué necesito ahora?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="185"/>
        <source>Water, a walk, a word with someone…</source>
        <translation>Agua, una caminata, hablar con alguien…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="187"/>
        <source>Intensity now (0–10)</source>
        <translation>Intensidad ahora (0–10)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="189"/>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="191"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="202"/>
        <source>Reflection questions</source>
        <translation>Preguntas para reflexionar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="202"/>
        <source>Every question is optional except what happened.</source>
        <translation>Todas las preguntas son opcionales, menos qué pasó.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="204"/>
        <source>Save reflection</source>
        <translation>Guardar reflexión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="205"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="206"/>
        <source>Close (keeps a draft)</source>
        <translation>Cerrar (guarda un borrador)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="228"/>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="262"/>
        <source>We kept what you were writing on %1; it is back below. Save it when you are ready, or discard it.</source>
        <translation>Guardamos lo que estabas escribiendo el %1; está aquí abajo. Guárdalo cuando quieras o descártalo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="372"/>
        <source>Keep at least a few words about what happened.</source>
        <translation>Deja al menos unas palabras sobre lo que pasó.</translation>
    </message>
</context>
<context>
    <name>ReminderIdeas</name>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="40"/>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="42"/>
        <source>A few sips of water.</source>
        <translation>Unos sorbos de agua.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="43"/>
        <source>Refill your bottle while it is quiet.</source>
        <translation>Rellena tu botella ahora que hay calma.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="44"/>
        <source>Water first, then the next customer.</source>
        <translation>Primero agua, luego el siguiente cliente.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="48"/>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="50"/>
        <source>Roll your shoulders back, slowly, three times.</source>
        <translation>Gira los hombros hacia atrás, despacio, tres veces.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="51"/>
        <source>Stretch your calves: heels down, one leg back.</source>
        <translation>Estira las pantorrillas: talones abajo, una pierna atrás.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="52"/>
        <source>Open your hands wide, then make loose fists.</source>
        <translation>Abre bien las manos y luego cierra los puños sin apretar.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="56"/>
        <source>Eyes</source>
        <translation>Ojos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="58"/>
        <source>Look at something far away for 20 seconds.</source>
        <translation>Mira algo lejano durante 20 segundos.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="59"/>
        <source>Blink slowly a few times.</source>
        <translation>Parpadea despacio unas cuantas veces.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="60"/>
        <source>Look away from the screen for a moment.</source>
        <translation>Aparta la vista de la pantalla un momento.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="64"/>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="66"/>
        <source>Stand tall: weight on both feet.</source>
        <translation>Párate derecho: el peso en los dos pies.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="67"/>
        <source>Unclench your jaw, drop your shoulders.</source>
        <translation>Afloja la mandíbula, baja los hombros.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/own_reminders.py" line="68"/>
        <source>Soft knees, not locked.</source>
        <translation>Rodillas flojas, no trabadas.</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <location filename="../../shiftmate/core/shifts/reminder_rules.py" line="31"/>
        <source>Time for some water. A few sips keep your voice and your patience going.</source>
        <translation>Hora de tomar agua. Unos tragos cuidan tu voz y tu paciencia.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/reminder_rules.py" line="39"/>
        <source>Stretch and check your posture: roll your shoulders, stand tall, shift your weight off one leg.</source>
        <translation>Estírate y revisa tu postura: gira los hombros, ponte derecho y no cargues el peso en una sola pierna.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/reminder_rules.py" line="49"/>
        <source>That one sounded hard. A one-minute breathing reset helps you leave it with that customer instead of taking it to the next.</source>
        <translation>Eso sonó difícil. Un minuto para respirar te ayuda a dejarlo con ese cliente en lugar de llevarlo al siguiente.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/reminder_rules.py" line="60"/>
        <source>Nearly done. Be your own best customer tonight: plan one kind thing for yourself after work.</source>
        <translation>Ya casi terminas. Sé tu mejor cliente esta noche: planea algo lindo para ti después del trabajo.</translation>
    </message>
</context>
<context>
    <name>ReminderToast</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="49"/>
        <source>OK, got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="251"/>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="68"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="70"/>
        <source>Breathe &amp;now</source>
        <translation>&amp;Respirar ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="78"/>
        <source>S&amp;kip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="252"/>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="85"/>
        <source>Snooze %1</source>
        <translation>Posponer %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="86"/>
        <source>Remind me again in %1 minutes</source>
        <translation>Recuérdamelo otra vez en %1 minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="140"/>
        <source>Break deadline</source>
        <translation>Plazo de descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="141"/>
        <source>A moment for you</source>
        <translation>Un momento para ti</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="36"/>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="143"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="64"/>
        <source>Start &amp;break</source>
        <translation>&amp;Empezar descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="72"/>
        <source>&amp;Before my shift</source>
        <translation>&amp;Antes de mi turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="73"/>
        <source>Open the Before my shift checklist</source>
        <translation>Abre la lista Antes de mi turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="102"/>
        <source>Follow-up for today</source>
        <translation>Seguimiento para hoy</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="107"/>
        <source>Open the entry</source>
        <translation>Abrir la entrada</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="109"/>
        <source>Do&amp;ne</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="110"/>
        <source>Mark the follow-up done</source>
        <translation>Marcar el seguimiento como hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="112"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="113"/>
        <source>Remind me again tomorrow</source>
        <translation>Recuérdamelo mañana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="142"/>
        <source>Your shift is coming up</source>
        <translation>Tu turno está por empezar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="150"/>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="180"/>
        <source>%1 more waiting</source>
        <translation>%1 más en espera</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="160"/>
        <source>Break deadline warning</source>
        <translation>Aviso de plazo de descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="162"/>
        <source>While you were away, these reminders passed (%1):</source>
        <translation>Mientras no estabas pasaron estos recordatorios (%1):</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="178"/>
        <source>You planned to follow up on: %1</source>
        <translation>Planeaste dar seguimiento a: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../shiftmate/core/shifts/reminders.py" line="152"/>
        <source>{label} due in {left} minutes: at least %n minutes, starting before the deadline.</source>
        <translation>
            <numerusform>{label} en {left} minutos: al menos %n minuto, empezando antes del plazo.</numerusform>
            <numerusform>{label} en {left} minutos: al menos %n minutos, empezando antes del plazo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/shifts/reminders.py" line="154"/>
        <source>{label} deadline now: start a break of at least %n minutes.</source>
        <translation>
            <numerusform>{label}: el plazo es ahora. Toma un descanso de al menos %n minuto.</numerusform>
            <numerusform>{label}: el plazo es ahora. Toma un descanso de al menos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/reminders.py" line="420"/>
        <source>Your shift starts at {start} ({role}). Time for Before my shift.</source>
        <translation>Tu turno empieza a las {start} ({role}). Es momento de Antes de mi turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/reminders.py" line="422"/>
        <source>Your shift starts at {start}. Time for Before my shift.</source>
        <translation>Tu turno empieza a las {start}. Es momento de Antes de mi turno.</translation>
    </message>
</context>
<context>
    <name>RosterSettingsBox</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="43"/>
        <source>Roster</source>
        <translation>Horario de turnos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="49"/>
        <source>Import your planned shifts: an .ics file exported from your rostering app or calendar, or a CSV with the columns date, start, end, role. Importing again updates them.</source>
        <translation>Importa tus turnos planeados: un archivo .ics exportado de tu app de turnos o de tu calendario, o un CSV con las columnas date, start, end, role. Si lo importas de nuevo, se actualizan.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="53"/>
        <source>&amp;Import .ics or .csv…</source>
        <translation>&amp;Importar .ics o .csv…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="56"/>
        <source>Upcoming planned shifts</source>
        <translation>Próximos turnos planeados</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="58"/>
        <source>No planned shifts yet.</source>
        <translation>Todavía no hay turnos planeados.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="59"/>
        <source>&amp;Remove shift</source>
        <translation>&amp;Quitar turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="61"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="70"/>
        <source> min before</source>
        <translation> min antes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="71"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="80"/>
        <source>Before-shift reminder:</source>
        <translation>Recordatorio antes del turno:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="113"/>
        <source>Import your roster</source>
        <translation>Importa tu horario de turnos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="113"/>
        <source>Rosters (*.ics *.csv);;All files (*)</source>
        <translation>Horarios de turnos (*.ics *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="131"/>
        <source>Imported %1: %2 added, %3 updated, %4 removed.</source>
        <translation>Importado %1: %2 agregados, %3 actualizados, %4 quitados.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="136"/>
        <source>%1 all-day</source>
        <translation>%1 de todo el día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="137"/>
        <source>%1 cancelled</source>
        <translation>%1 cancelados</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="138"/>
        <source>%1 without an end time</source>
        <translation>%1 sin hora de fin</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="139"/>
        <source>%1 longer than 24 hours</source>
        <translation>%1 de más de 24 horas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="140"/>
        <source>%1 outside the dates imported</source>
        <translation>%1 fuera de las fechas importadas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="144"/>
        <source>Skipped: %1.</source>
        <translation>Omitidos: %1.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="165"/>
        <source>Removed %1. Undo brings it back.</source>
        <translation>Se quitó %1. Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="181"/>
        <source>Back: %1.</source>
        <translation>Recuperado: %1.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/roster_section.py" line="186"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="68"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="70"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="73"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="74"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="75"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="319"/>
        <source>Not started today. Answers are saved as you give them; you can stop and come back any time.</source>
        <translation>Todavía no la empiezas hoy. Cada respuesta se guarda al instante; puedes parar y volver cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="322"/>
        <source>&amp;Start checklist</source>
        <translation>Empe&amp;zar la lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="352"/>
        <source>Checklist items</source>
        <translation>Puntos de la lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="353"/>
        <source>Up and down move between items. Space ticks, Y N A answer yes or no, 1 to 5 rate, Enter writes a note, Delete clears, question mark explains, Ctrl+Enter finishes.</source>
        <translation>Arriba y abajo mueven entre puntos. Espacio marca, Y N A responden sí, no o no aplica, 1 a 5 valoran, Intro escribe una nota, Supr borra, el signo de interrogación explica, Ctrl+Intro termina.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="370"/>
        <source>Why? (?)</source>
        <translation>¿Por qué? (?)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="375"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Terminar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="489"/>
        <source>Locked by %1</source>
        <translation>Bloqueado por %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="490"/>
        <source>Locked by your manager&apos;s pack</source>
        <translation>Bloqueado por el paquete de tu gerente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="523"/>
        <source>Call %1: %2</source>
        <translation>Llama a %1: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="525"/>
        <source>(when %1)</source>
        <translation>(cuando %1)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="528"/>
        <source>Store policy: %1</source>
        <translation>Política de la tienda: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="529"/>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="559"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="561"/>
        <source>Finished, incomplete</source>
        <translation>Terminada, incompleta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="563"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="565"/>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="567"/>
        <source>%n required open</source>
        <translation>
            <numerusform>%n obligatorio pendiente</numerusform>
            <numerusform>%n obligatorios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="596"/>
        <source>No explanation for this item.</source>
        <translation>Este punto no tiene explicación.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="642"/>
        <source>Finish checklist</source>
        <translation>Terminar la lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="643"/>
        <source>%n required items are still open. Finish anyway? The day will show as incomplete.</source>
        <translation>
            <numerusform>Todavía queda %n punto obligatorio pendiente. ¿Terminar de todos modos? El día aparecerá como incompleto.</numerusform>
            <numerusform>Todavía quedan %n puntos obligatorios pendientes. ¿Terminar de todos modos? El día aparecerá como incompleto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../shiftmate/ui/registry.py" line="38"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/registry.py" line="39"/>
        <source>Checklists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/registry.py" line="40"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/registry.py" line="41"/>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/registry.py" line="42"/>
        <source>Insights</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/registry.py" line="43"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="31"/>
        <source>Settings page</source>
        <translation>Página de ajustes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="32"/>
        <source>Page Up and Page Down scroll; Tab goes from setting to setting.</source>
        <translation>Re Pág y Av Pág desplazan; Tab va de ajuste en ajuste.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="35"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="42"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="48"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="49"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="50"/>
        <source>Database file:</source>
        <translation>Archivo de la base de datos:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="51"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="55"/>
        <source>Everything ShiftMate stores is in this one folder on this computer. Nothing is ever sent anywhere.</source>
        <translation>Todo lo que guarda ShiftMate está en esta carpeta, en esta computadora. Nunca se envía nada a ningún lado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="61"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="67"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="69"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="73"/>
        <source>Copy &amp;debug info</source>
        <translation>Copiar información de &amp;depuración</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="75"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="147"/>
        <source>Open and healthy (schema version %1)</source>
        <translation>Abierta y en buen estado (versión del esquema %1)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="178"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="178"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="178"/>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="179"/>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="179"/>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="180"/>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="180"/>
        <source>Installed as:</source>
        <translation>Instalado como:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="181"/>
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="184"/>
        <source>pip</source>
        <translation>pip</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="184"/>
        <source>pip (editable)</source>
        <translation>pip (editable)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="184"/>
        <source>bundle</source>
        <translation>paquete independiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="185"/>
        <source>source checkout</source>
        <translation>copia del código fuente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="192"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="192"/>
        <source>MIT, with third-party notices</source>
        <translation>MIT, con avisos de terceros</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="53"/>
        <source>Share with my manager</source>
        <translation>Compartir con mi gerente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="57"/>
        <source>A short, factual summary to give your manager. Nothing leaves this computer unless you save or copy it. Feelings and what you told yourself stay out unless you tick them.</source>
        <translation>Un resumen breve de los hechos para darle a tu gerente. Nada sale de esta computadora a menos que lo guardes o lo copies. Tus sentimientos y lo que te dijiste quedan fuera, a menos que los marques.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="61"/>
        <source>The facts</source>
        <translation>Los hechos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="62"/>
        <source>Only if you choose</source>
        <translation>Solo si tú eliges</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="74"/>
        <source>Preview of the summary</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="75"/>
        <source>Exactly what the PDF, the text file or the copy will hold.</source>
        <translation>Exactamente lo que tendrá el PDF, el archivo de texto o la copia.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="82"/>
        <source>After you talked: what you will both do next time.</source>
        <translation>Después de hablar: lo que harán los dos la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="83"/>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="87"/>
        <source>What we agreed for next time</source>
        <translation>Lo que acordamos para la próxima vez</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="85"/>
        <source>Keep it on the entry</source>
        <translation>Guardarlo en la entrada</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="95"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="96"/>
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="97"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="98"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="136"/>
        <source>Only entries marked &quot;A manager should know&quot; can be shared. Tick it in the entry&apos;s reflection first.</source>
        <translation>Solo se pueden compartir las entradas marcadas con &quot;Mi gerente debería saber esto&quot;. Márcalo primero en la reflexión de la entrada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="174"/>
        <source>Kept on the entry.</source>
        <translation>Guardado en la entrada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="180"/>
        <source>Copied. Paste it into an email or a message to your manager.</source>
        <translation>Copiado. Pégalo en un correo o un mensaje para tu gerente.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="183"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="183"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="185"/>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/share_dialog.py" line="208"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>ShiftCard</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="55"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="56"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="83"/>
        <source>Your shift</source>
        <translation>Tu turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="88"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="106"/>
        <source>Not sure</source>
        <translation>No sé</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="108"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="109"/>
        <source>Until a time…</source>
        <translation>Hasta una hora…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="110"/>
        <source>Planned length</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="113"/>
        <source>Shift ends at</source>
        <translation>El turno termina a las</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="114"/>
        <source>Choose Until a time… in Planned length first.</source>
        <translation>Elige primero «Hasta una hora…» en Duración prevista.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="123"/>
        <source>For example: till 3, front desk</source>
        <translation>Por ejemplo: caja 3, recepción</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="127"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="128"/>
        <source>Started earlier…</source>
        <translation>Empezó antes…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="129"/>
        <source>Shift started</source>
        <translation>Inicio del turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="132"/>
        <source>Shift started at</source>
        <translation>El turno empezó a las</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="133"/>
        <source>Choose Started earlier… in Started first.</source>
        <translation>Primero elige Empezó antes… en Inicio.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="141"/>
        <source>&amp;Start my shift</source>
        <translation>&amp;Empezar mi turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="146"/>
        <source>Planned length:</source>
        <translation>Duración prevista:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="147"/>
        <source>Role or place:</source>
        <translation>Puesto o lugar:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="148"/>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="156"/>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="289"/>
        <source>On &amp;break</source>
        <translation>En &amp;descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="158"/>
        <source>B&amp;reathing reset</source>
        <translation>Pausa para &amp;respirar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="162"/>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="291"/>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Pausar recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="165"/>
        <source>For 30 minutes</source>
        <translation>Por 30 minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="166"/>
        <source>For 60 minutes</source>
        <translation>Por 60 minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="167"/>
        <source>Until the shift ends</source>
        <translation>Hasta que termine el turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="168"/>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="177"/>
        <source>Rather not say</source>
        <translation>Prefiero no decir</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="179"/>
        <source>1 – rough</source>
        <translation>1 – muy difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="180"/>
        <source>2 – hard</source>
        <translation>2 – difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="181"/>
        <source>3 – okay</source>
        <translation>3 – normal</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="182"/>
        <source>4 – good</source>
        <translation>4 – bien</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="183"/>
        <source>5 – great</source>
        <translation>5 – excelente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="187"/>
        <source>One line about today (optional)</source>
        <translation>Una línea sobre hoy (opcional)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="189"/>
        <source>&amp;End my shift</source>
        <translation>&amp;Terminar mi turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="191"/>
        <source>How was the day?</source>
        <translation>¿Cómo estuvo el día?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="192"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="239"/>
        <source>No shift in progress. Start it when you arrive.</source>
        <translation>No hay un turno en curso. Empiézalo cuando llegues.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="245"/>
        <source>On shift since %1 (%2)</source>
        <translation>En turno desde las %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="250"/>
        <source>until %1</source>
        <translation>hasta las %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="256"/>
        <source>Reminders paused until the shift ends.</source>
        <translation>Recordatorios en pausa hasta que termine el turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="259"/>
        <source>Reminders paused until %1.</source>
        <translation>Recordatorios en pausa hasta las %1.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="262"/>
        <source>No more reminders this shift.</source>
        <translation>No hay más recordatorios en este turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="265"/>
        <source>Next: a snoozed reminder at %1</source>
        <translation>Siguiente: un recordatorio pospuesto a las %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="269"/>
        <source>Next at %1: %2</source>
        <translation>Siguiente a las %1: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="277"/>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="278"/>
        <source>%1: on it now</source>
        <translation>%1: en curso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="279"/>
        <source>%1: deadline passed (%2 min taken)</source>
        <translation>%1: plazo vencido (%2 min tomados)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="280"/>
        <source>%1 must start by %3</source>
        <translation>%1 debe empezar antes de las %3</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="289"/>
        <source>&amp;Back from break</source>
        <translation>De &amp;vuelta del descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="291"/>
        <source>Reminders &amp;paused</source>
        <translation>Recordatorios en &amp;pausa</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="297"/>
        <source>From your roster: %1</source>
        <translation>Según tu horario: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="304"/>
        <source>Next shift: %1</source>
        <translation>Próximo turno: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="378"/>
        <source>Close your last shift?</source>
        <translation>¿Cerrar tu último turno?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="379"/>
        <source>Your shift from %1 is still open. Close it at %2 and start a new one?</source>
        <translation>Tu turno del %1 sigue abierto. ¿Cerrarlo el %2 y empezar uno nuevo?</translation>
    </message>
</context>
<context>
    <name>ShiftCompanion</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="92"/>
        <source>Breathing reset</source>
        <translation>Pausa para respirar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="95"/>
        <source>On break</source>
        <translation>En descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="97"/>
        <source>Back from break</source>
        <translation>De vuelta del descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="247"/>
        <source>While you were away, %1 reminders passed.</source>
        <translation>Mientras no estabas pasaron %1 recordatorios.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="409"/>
        <source>Keep this %1-second break?</source>
        <translation>¿Guardar este descanso de %1 segundos?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="411"/>
        <source>Breaks under a minute are usually a slip; they count towards no deadline.</source>
        <translation>Un descanso de menos de un minuto suele ser un error; no cuenta para ningún plazo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="412"/>
        <source>&amp;Keep</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="413"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="246"/>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="258"/>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="270"/>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="287"/>
        <source>ShiftMate</source>
        <translation>ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="292"/>
        <source>Follow up today: %1</source>
        <translation>Dar seguimiento hoy: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="294"/>
        <source>%1 follow-ups are due today.</source>
        <translation>Hoy tocan %1 seguimientos.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="408"/>
        <source>Keep this break?</source>
        <translation>¿Guardar este descanso?</translation>
    </message>
</context>
<context>
    <name>ShortReflectionDialog</name>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="54"/>
        <source>A short reflection</source>
        <translation>Una reflexión corta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="57"/>
        <source>Four questions for a break. Every one is optional.</source>
        <translation>Cuatro preguntas para un descanso. Todas son opcionales.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="60"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="68"/>
        <source>My words, my tone, asking for help…</source>
        <translation>Mis palabras, mi tono, pedir ayuda…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="69"/>
        <source>Water, a walk, a word with someone…</source>
        <translation>Agua, una caminata, hablar con alguien…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="72"/>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="75"/>
        <source>Was it about me, or the situation?</source>
        <translation>¿Era por mí o por la situación?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="76"/>
        <source>What was in my control?</source>
        <translation>¿Qué estaba en mis manos?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="77"/>
        <source>What do I need now?</source>
        <translation>¿Qué necesito ahora?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="78"/>
        <source>Intensity now (0–10)</source>
        <translation>Intensidad ahora (0–10)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="83"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="84"/>
        <source>Full reflection…</source>
        <translation>Reflexión completa…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="85"/>
        <source>Go on with every question; your answers come along</source>
        <translation>Sigue con todas las preguntas; tus respuestas se conservan</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/short_reflect.py" line="86"/>
        <source>Close (keeps a draft)</source>
        <translation>Cerrar (guarda un borrador)</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="43"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="43"/>
        <source>Add an item</source>
        <translation>Agregar un punto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="44"/>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="57"/>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="37"/>
        <location filename="../../shiftmate/ui/journal/screen.py" line="44"/>
        <location filename="../../shiftmate/ui/moment/editor.py" line="33"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="42"/>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="44"/>
        <source>Remove the item or section</source>
        <translation>Quitar el punto o la sección</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="45"/>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Arriba, Alt+Abajo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/editor.py" line="45"/>
        <source>Move it up or down</source>
        <translation>Moverlo arriba o abajo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="51"/>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="51"/>
        <source>Move between items</source>
        <translation>Moverte entre puntos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="52"/>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="37"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="53"/>
        <source>Tick or untick; cycles yes, no, not applicable</source>
        <translation>Marcar o desmarcar; alterna sí, no y no aplica</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="54"/>
        <source>Y, N, A</source>
        <translation>Y, N, A</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="54"/>
        <source>Yes, no, not applicable</source>
        <translation>Sí, no, no aplica</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="55"/>
        <source>1 to 5</source>
        <translation>1 a 5</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="55"/>
        <source>Give a rating</source>
        <translation>Dar una valoración</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="56"/>
        <location filename="../../shiftmate/ui/journal/screen.py" line="43"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="56"/>
        <source>Write the note (on a note item)</source>
        <translation>Escribir la nota (en un punto de nota)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="57"/>
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="58"/>
        <source>?, F1</source>
        <translation>?, F1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="58"/>
        <source>Why this item matters</source>
        <translation>Por qué importa este punto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="59"/>
        <location filename="../../shiftmate/ui/journal/capture.py" line="58"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="59"/>
        <source>Finish the checklist</source>
        <translation>Terminar la lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="52"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="52"/>
        <source>Open it from anywhere</source>
        <translation>Abrirlo desde cualquier lugar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="53"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Mayús+N</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="54"/>
        <source>Open it for a good moment, from anywhere</source>
        <translation>Abrirla para un momento bueno, desde cualquier lugar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="55"/>
        <source>Alt+H, Alt+G</source>
        <translation>Alt+D, Alt+B</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="56"/>
        <source>A hard moment or a good moment</source>
        <translation>Un momento difícil o un momento bueno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="57"/>
        <source>Left, Right</source>
        <translation>Izquierda, Derecha</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="57"/>
        <source>Change the intensity</source>
        <translation>Cambiar la intensidad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="58"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="59"/>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="61"/>
        <location filename="../../shiftmate/ui/moment/window.py" line="25"/>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="41"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="59"/>
        <source>Cancel (asks before discarding words)</source>
        <translation>Cancelar (pregunta antes de descartar lo escrito)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="60"/>
        <source>Ctrl+Enter, Ctrl+S</source>
        <translation>Ctrl+Intro, Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="60"/>
        <source>Save the reflection</source>
        <translation>Guardar la reflexión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="61"/>
        <source>Close, keeping a draft</source>
        <translation>Cerrar, guardando un borrador</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="37"/>
        <source>Delete the checklist</source>
        <translation>Eliminar la lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="38"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="38"/>
        <source>Rename the checklist</source>
        <translation>Cambiar el nombre de la lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="39"/>
        <source>Undo, redo a delete or a change</source>
        <translation>Deshacer o rehacer una eliminación o un cambio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="39"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="40"/>
        <source>Every chart as a table, or back</source>
        <translation>Cada gráfico como tabla, o de vuelta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="42"/>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="43"/>
        <source>Reflect on the chosen entry</source>
        <translation>Reflexionar sobre la entrada elegida</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="44"/>
        <source>Delete the chosen entry</source>
        <translation>Eliminar la entrada elegida</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="45"/>
        <source>Undo, redo a delete</source>
        <translation>Deshacer o rehacer una eliminación</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="35"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="36"/>
        <source>Move to the next or previous control</source>
        <translation>Ir al control siguiente o al anterior</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="38"/>
        <source>Press the button or tick the box that has focus</source>
        <translation>Pulsar el botón o marcar la casilla que tiene el foco</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="39"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="40"/>
        <source>Press that button or go to that field</source>
        <translation>Pulsar ese botón o ir a ese campo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="41"/>
        <source>Close a window or dialog</source>
        <translation>Cerrar una ventana o un diálogo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="90"/>
        <source>In a checklist run</source>
        <translation>Al hacer una lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="91"/>
        <source>In the list of checklists</source>
        <translation>En la lista de listas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="92"/>
        <source>In the checklist editor</source>
        <translation>En el editor de listas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="93"/>
        <source>On the Journal screen</source>
        <translation>En la pantalla Diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="94"/>
        <source>On the Insights screen</source>
        <translation>En la pantalla Tendencias</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="95"/>
        <source>In the break log</source>
        <translation>En el registro de descansos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="96"/>
        <source>Noting a hard moment</source>
        <translation>Al anotar un momento difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="97"/>
        <source>Reflecting</source>
        <translation>Al reflexionar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="98"/>
        <source>On the What to say card</source>
        <translation>En la tarjeta Qué decir</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="99"/>
        <source>Editing the card&apos;s lines</source>
        <translation>Al editar las frases de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="100"/>
        <source>In every window</source>
        <translation>En todas las ventanas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="109"/>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="120"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="112"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="112"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="121"/>
        <source>Grouped by where they work. Up and down arrows read one shortcut at a time.</source>
        <translation>Agrupados según dónde funcionan. Las flechas arriba y abajo leen un atajo a la vez.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="122"/>
        <source>Anywhere in ShiftMate</source>
        <translation>En cualquier parte de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="129"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="41"/>
        <source>Enter, F2</source>
        <translation>Intro, F2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="41"/>
        <source>Correct the chosen break</source>
        <translation>Corregir el descanso elegido</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="42"/>
        <source>Delete the chosen break</source>
        <translation>Eliminar el descanso elegido</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="43"/>
        <source>Undo, redo a correction or a delete</source>
        <translation>Deshacer, rehacer una corrección o una eliminación</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="32"/>
        <source>Undo, redo a change to a line</source>
        <translation>Deshacer, rehacer un cambio en una frase</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/editor.py" line="33"/>
        <source>Hide or delete the line</source>
        <translation>Ocultar o borrar la frase</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="22"/>
        <source>Right, Page Down</source>
        <translation>Derecha, Av Pág</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="22"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="23"/>
        <source>Left, Page Up</source>
        <translation>Izquierda, Re Pág</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="23"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="24"/>
        <source>1 to 8</source>
        <translation>1 a 8</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="24"/>
        <source>Go to that step</source>
        <translation>Ir a ese paso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/window.py" line="25"/>
        <source>Close the card</source>
        <translation>Cerrar la tarjeta</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <location filename="../../shiftmate/ui/journal/tags.py" line="22"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/tags.py" line="29"/>
        <source>Your tags</source>
        <translation>Tus etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/tags.py" line="32"/>
        <source>New name (an existing tag&apos;s name merges the two)</source>
        <translation>Nombre nuevo (si ya existe, se unen)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/tags.py" line="33"/>
        <source>New name for the chosen tag</source>
        <translation>Nuevo nombre para la etiqueta elegida</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/tags.py" line="34"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/tags.py" line="56"/>
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entrada)</numerusform>
            <numerusform>%1 (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/tags.py" line="60"/>
        <source>No tags yet. Add tags when you note or reflect on a moment.</source>
        <translation>Todavía no hay etiquetas. Agrégalas cuando anotes un momento o reflexiones sobre él.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/tags.py" line="73"/>
        <source>Renamed; %n entries updated.</source>
        <translation>
            <numerusform>Renombrada; se actualizó %n entrada.</numerusform>
            <numerusform>Renombrada; se actualizaron %n entradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="37"/>
        <source>An odd request still deserves a straight face and a real answer.</source>
        <translation>Un pedido raro también merece seriedad y una respuesta de verdad.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="38"/>
        <source>Some people you serve live with an illness or a disability you can&apos;t see. Give them time.</source>
        <translation>Algunas personas que atiendes viven con una enfermedad o una discapacidad que no se ve. Dales tiempo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="40"/>
        <source>Let a slow customer take their time. If a line builds, ask a colleague to take the others.</source>
        <translation>Deja que un cliente lento se tome su tiempo. Si se forma una fila, pide a un compañero que atienda a los demás.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="42"/>
        <source>No one free to help and people waiting? Stay friendly: most can tell the wait isn&apos;t your doing.</source>
        <translation>¿Nadie libre para ayudar y gente esperando? Sigue amable: la mayoría entiende que la espera no es culpa tuya.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="44"/>
        <source>Saying sorry first is not admitting fault. It tells them you see they&apos;re unhappy.</source>
        <translation>Pedir disculpas primero no es admitir la culpa. Le dice a la persona que ves que no está contenta.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="46"/>
        <source>Use everyday words. Store jargon leaves people feeling lost.</source>
        <translation>Usa palabras de todos los días. La jerga de la tienda hace que la gente se sienta perdida.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="47"/>
        <source>Only promise what you can deliver; an honest &quot;about twenty minutes&quot; beats a broken promise.</source>
        <translation>Promete solo lo que puedes cumplir; un &quot;unos veinte minutos&quot; honesto vale más que una promesa rota.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="49"/>
        <source>When someone thanks or praises you, take it warmly and thank them back.</source>
        <translation>Cuando alguien te agradece o te elogia, recíbelo con cariño y agradécele tú también.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="51"/>
        <source>Greet your regulars by name and remember how they like things.</source>
        <translation>Saluda por su nombre a los clientes habituales y recuerda cómo les gustan las cosas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="52"/>
        <source>A small kindness nobody expected is what people remember about a visit.</source>
        <translation>Un pequeño gesto amable que nadie esperaba es lo que la gente recuerda de una visita.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="54"/>
        <source>Face the person, look at them, keep your arms open: let your face say what your words say.</source>
        <translation>Ponte de frente, mira a la persona, no cruces los brazos: que tu cara diga lo mismo que tus palabras.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="56"/>
        <source>Say what you will do, not what you won&apos;t: &quot;I&apos;ll find out&quot; instead of &quot;I don&apos;t know&quot;.</source>
        <translation>Di lo que vas a hacer, no lo que no: &quot;Lo averiguo&quot; en lugar de &quot;No sé&quot;.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="58"/>
        <source>Treat each customer the way you&apos;d like to be treated, the difficult ones as much as the easy ones.</source>
        <translation>Trata a cada cliente como te gustaría que te trataran, a los difíciles tanto como a los fáciles.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="60"/>
        <source>Whatever you think of a prickly customer, park the opinion and serve them well.</source>
        <translation>Pienses lo que pienses de un cliente espinoso, deja tu opinión a un lado y atiéndelo bien.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="62"/>
        <source>A request made as a joke can get a kind &quot;no&quot;, and then what you can do instead.</source>
        <translation>A un pedido en broma puedes darle un &quot;no&quot; amable y luego ofrecer lo que sí puedes hacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="64"/>
        <source>Someone made fun of you? It says more about them than you. Let it go with the next customer.</source>
        <translation>¿Alguien se burló de ti? Dice más de esa persona que de ti. Suéltalo con el siguiente cliente.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="66"/>
        <source>Meet rudeness with kindness. Most people calm down soon, and many feel sorry afterwards.</source>
        <translation>Responde a la grosería con amabilidad. La mayoría se calma pronto, y muchos se arrepienten después.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="68"/>
        <source>Losing your temper makes a hard customer harder. Staying calm keeps the moment small.</source>
        <translation>Perder la paciencia hace más difícil a un cliente difícil. Mantener la calma hace que el momento quede en poco.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="70"/>
        <source>Need to vent about a customer? Do it well away from the floor, or at home.</source>
        <translation>¿Necesitas desahogarte por un cliente? Hazlo lejos del piso de ventas, o en casa.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="72"/>
        <source>Greet your coworkers the way you greet customers: a smile and a hello go a long way.</source>
        <translation>Saluda a tus compañeros como saludas a los clientes: una sonrisa y un hola ayudan mucho.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="74"/>
        <source>Don&apos;t guess what a coworker thinks: ask. And ask the experienced ones how they do it.</source>
        <translation>No adivines lo que piensa un compañero: pregúntale. Y pregúntales a los que tienen experiencia cómo lo hacen.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="76"/>
        <source>A quiet moment? Give a coworker a hand, or have a chat on the break if it feels natural.</source>
        <translation>¿Un momento tranquilo? Dale una mano a un compañero, o charla en el descanso si sale natural.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="78"/>
        <source>Stay out of gossip. &quot;I wouldn&apos;t know, I wasn&apos;t there&quot; is a perfectly good answer.</source>
        <translation>No entres en chismes. &quot;No sabría decirte, no estaba ahí&quot; es una respuesta perfecta.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="80"/>
        <source>A problem with a coworker? Talk to them calmly first; go to the shift lead if that doesn&apos;t work.</source>
        <translation>¿Un problema con un compañero? Primero háblalo con calma con esa persona; si no funciona, acude al encargado del turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="82"/>
        <source>Service is a team job: the kitchen, the stockroom and the office are on your side.</source>
        <translation>Atender es trabajo de equipo: la cocina, el almacén y la oficina están de tu lado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="84"/>
        <source>Every hard conversation is practice: each one makes the next a little easier.</source>
        <translation>Cada conversación difícil es práctica: cada una hace la siguiente un poco más fácil.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="86"/>
        <source>Try out a tricky conversation with a colleague before it happens for real, and watch how the calmest people on your team handle one.</source>
        <translation>Ensaya una conversación difícil con un compañero antes de que pase de verdad, y observa cómo la manejan los más tranquilos de tu equipo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="89"/>
        <source>Ask yourself what this customer needs right now, and what you would want in their place.</source>
        <translation>Pregúntate qué necesita este cliente ahora mismo y qué querrías tú en su lugar.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="91"/>
        <source>The better you know the products and the rules, the quicker you can fix a problem.</source>
        <translation>Cuanto mejor conozcas los productos y las reglas, más rápido puedes resolver un problema.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="93"/>
        <source>Writing to a customer? Keep it short and clear, and say exactly what happens next.</source>
        <translation>¿Le escribes a un cliente? Que sea breve y claro, y di exactamente qué pasa después.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="95"/>
        <source>On the phone, sit up and smile: the caller hears it, and a friendly voice does the rest.</source>
        <translation>Al teléfono, siéntate derecho y sonríe: quien llama lo nota, y una voz amable hace el resto.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="97"/>
        <source>People differ: some want the facts, some want warmth. Read the person in front of you.</source>
        <translation>Las personas son distintas: unas quieren datos, otras calidez. Fíjate en quién tienes enfrente.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="99"/>
        <source>Fixed a problem? If you can, check back later that it stayed fixed.</source>
        <translation>¿Resolviste un problema? Si puedes, confirma más tarde que siga resuelto.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="101"/>
        <source>An angry customer has often tried before and feels stuck. You might be the one who finally helps.</source>
        <translation>Un cliente enojado muchas veces ya lo intentó antes y se siente atascado. Quizás tú seas quien por fin lo ayude.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="103"/>
        <source>Be firm when you must and fair to everyone, and never use someone&apos;s anger against them.</source>
        <translation>Sé firme cuando haga falta y justo con todos, y nunca uses el enojo de alguien en su contra.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/mission/tips.py" line="105"/>
        <source>Customers count on five things: you do what you said, you respond, you know your stuff, you care, and the place looks right.</source>
        <translation>Los clientes cuentan con cinco cosas: que cumplas lo que dijiste, que respondas, que sepas de lo tuyo, que te importe y que el lugar se vea bien.</translation>
    </message>
</context>
<context>
    <name>TipsSettingsBox</name>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="153"/>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="166"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="156"/>
        <source>Show a &amp;tip for each shift on Today</source>
        <translation>Mostrar un &amp;consejo para cada turno en Hoy</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="170"/>
        <source>Choose a tip to edit it, or type a new one</source>
        <translation>Elige un consejo para editarlo o escribe uno nuevo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="171"/>
        <source>Tip text</source>
        <translation>Texto del consejo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="172"/>
        <source>Save &amp;changes</source>
        <translation>Guardar &amp;cambios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="174"/>
        <source>&amp;Add as a new tip</source>
        <translation>&amp;Agregar como consejo nuevo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="176"/>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="250"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="178"/>
        <source>Restore ShiftMate&apos;s words</source>
        <translation>Recuperar las palabras de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="180"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="181"/>
        <source>Remove my tip</source>
        <translation>Quitar mi consejo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="225"/>
        <source>mine</source>
        <translation>mío</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="227"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="229"/>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="250"/>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="265"/>
        <source>Tip added.</source>
        <translation>Consejo agregado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="265"/>
        <source>Tip saved.</source>
        <translation>Consejo guardado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="266"/>
        <source>Tip hidden.</source>
        <translation>Consejo oculto.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="266"/>
        <source>Tip shown again.</source>
        <translation>El consejo se muestra otra vez.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="267"/>
        <source>ShiftMate&apos;s words are back.</source>
        <translation>Volvieron las palabras de ShiftMate.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/mission/settings_section.py" line="267"/>
        <source>Tip removed.</source>
        <translation>Consejo quitado.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../shiftmate/ui/today/screen.py" line="22"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/today/screen.py" line="24"/>
        <source>Your shift starts here</source>
        <translation>Tu turno empieza aquí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/today/screen.py" line="26"/>
        <source>Soon this page will hold your shift: the pre-shift checklist, the next break and a quick way to note a hard moment. Nothing to do here yet.</source>
        <translation>Pronto esta página tendrá tu turno: la lista de antes del turno, el siguiente descanso y una forma rápida de anotar un momento difícil. Por ahora no hay nada que hacer aquí.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/today/screen.py" line="38"/>
        <source>Today&apos;s cards</source>
        <translation>Tarjetas de hoy</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/today/screen.py" line="38"/>
        <source>Page Up and Page Down scroll the cards.</source>
        <translation>Re Pág y Av Pág desplazan las tarjetas.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../shiftmate/ui/shell/tray.py" line="23"/>
        <source>Show ShiftMate</source>
        <translation>Mostrar ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/tray.py" line="25"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/tray.py" line="30"/>
        <source>Note a hard moment…</source>
        <translation>Anotar un momento difícil…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/tray.py" line="33"/>
        <source>Note a good moment…</source>
        <translation>Anotar un momento bueno…</translation>
    </message>
</context>
<context>
    <name>WeeklySummaryCard</name>
    <message>
        <location filename="../../shiftmate/ui/insights/today_card.py" line="31"/>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
</context>
<context>
    <name>WhatToSay</name>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="43"/>
        <source>Listen first</source>
        <translation>Primero, escucha</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="44"/>
        <source>Let them finish. Don&apos;t jump in with a fix yet.</source>
        <translation>Deja que termine. No saltes todavía con una solución.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="45"/>
        <source>Nod. Say “I see” or “I understand.”</source>
        <translation>Asiente. Di “Ya veo” o “Entiendo.”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="46"/>
        <source>Phone away, eyes on them, arms uncrossed.</source>
        <translation>El teléfono guardado, la mirada en la persona, los brazos sin cruzar.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="47"/>
        <source>Breathe slowly. The anger is at the situation, not you.</source>
        <translation>Respira despacio. El enojo es con la situación, no contigo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="51"/>
        <source>Show you get it</source>
        <translation>Muestra que lo entiendes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="52"/>
        <source>“I can see this has been really frustrating.”</source>
        <translation>“Veo que esto ha sido muy frustrante.”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="53"/>
        <source>“I&apos;m sorry this happened.” Sorry is not saying it&apos;s your fault.</source>
        <translation>“Lamento que haya pasado esto.” Disculparte no es decir que fue tu culpa.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="54"/>
        <source>Say back what you heard: “So your order came out wrong…”</source>
        <translation>Repite lo que escuchaste: “Entonces, tu pedido salió mal…”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="55"/>
        <source>“Thanks for telling me.”</source>
        <translation>“Gracias por decírmelo.”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="59"/>
        <source>Ask, don&apos;t guess</source>
        <translation>Pregunta, no adivines</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="60"/>
        <source>“Can you walk me through what happened?”</source>
        <translation>“¿Me cuentas paso a paso qué pasó?”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="61"/>
        <source>“What would help most right now?”</source>
        <translation>“¿Qué te ayudaría más ahora mismo?”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="62"/>
        <source>Several problems? Take the biggest one first.</source>
        <translation>¿Varios problemas? Empieza por el más grande.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="66"/>
        <source>Own it</source>
        <translation>Hazte cargo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="67"/>
        <source>“I&apos;ll take care of this for you.”</source>
        <translation>“Yo me encargo de esto.”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="68"/>
        <source>Say the next step and a real time: “about five minutes.”</source>
        <translation>Di el siguiente paso y un tiempo real: “unos cinco minutos.”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="69"/>
        <source>Can&apos;t fix it yourself? Find who can, and tell them so.</source>
        <translation>¿No puedes resolverlo tú? Busca a quien pueda y díselo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="70"/>
        <source>Keep them posted if it takes longer.</source>
        <translation>Mantenle al tanto si tarda más.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="74"/>
        <source>What I can do</source>
        <translation>Lo que sí puedo hacer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="75"/>
        <source>Instead of “no”: “Here&apos;s what I can do…”</source>
        <translation>En vez de “no”: “Esto es lo que puedo hacer…”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="76"/>
        <source>Offer two options and let them pick.</source>
        <translation>Ofrece dos opciones y deja que elija.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="77"/>
        <source>“Let me check what went wrong.”</source>
        <translation>“Déjame revisar qué salió mal.”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="78"/>
        <source>Know the exceptions your store allows: a swap, a credit.</source>
        <translation>Conoce las excepciones que permite tu tienda: un cambio, un crédito.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="82"/>
        <source>Hold the line</source>
        <translation>Marca el límite</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="83"/>
        <source>“I want to help you, and I need you to stop shouting.”</source>
        <translation>“Quiero ayudarte, y necesito que dejes de gritar.”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="84"/>
        <source>Low, even voice. Don&apos;t argue back, don&apos;t take the bait.</source>
        <translation>Voz baja y pareja. No discutas, no caigas en la provocación.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="85"/>
        <source>Insults or threats: you may stop serving them.</source>
        <translation>Insultos o amenazas: puedes dejar de atenderle.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="86"/>
        <source>Standing up for yourself calmly is allowed.</source>
        <translation>Defenderte con calma está permitido.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="90"/>
        <source>Get help</source>
        <translation>Pide ayuda</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="91"/>
        <source>“Let me get my manager, who can sort this out.”</source>
        <translation>“Voy a llamar a mi encargado, que puede resolver esto.”</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="92"/>
        <source>Fetching a manager is good service, not giving up.</source>
        <translation>Llamar al encargado es buen servicio, no rendirse.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="93"/>
        <source>On your own? Ask them to wait while you get someone.</source>
        <translation>¿Estás solo o sola? Pide que espere mientras buscas a alguien.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="94"/>
        <source>Queue growing? Ask a colleague to take the others.</source>
        <translation>¿Crece la fila? Pide a un compañero que atienda a los demás.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="98"/>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="99"/>
        <source>Three slow breaths before the next customer.</source>
        <translation>Tres respiraciones lentas antes del siguiente cliente.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="100"/>
        <source>Leave it here: the next person is a fresh start.</source>
        <translation>Déjalo aquí: la siguiente persona es un nuevo comienzo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="101"/>
        <source>Note it in ShiftMate while it&apos;s fresh.</source>
        <translation>Anótalo en ShiftMate mientras lo recuerdas bien.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/moment/builtin.py" line="102"/>
        <source>Later, tell your manager and ask what to do next time.</source>
        <translation>Más tarde, cuéntale a tu encargado y pregunta qué hacer la próxima vez.</translation>
    </message>
</context>
<context>
    <name>WhatToSayCard</name>
    <message>
        <location filename="../../shiftmate/ui/moment/today_card.py" line="19"/>
        <source>In front of a customer?</source>
        <translation>¿Frente a un cliente?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/today_card.py" line="21"/>
        <source>A short card of what to say and do, step by step. It stays on top of other windows.</source>
        <translation>Una tarjeta breve de qué decir y hacer, paso a paso. Se queda encima de las demás ventanas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/today_card.py" line="23"/>
        <source>What to say (%1)</source>
        <translation>Qué decir (%1)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/moment/today_card.py" line="24"/>
        <source>%1, from anywhere in ShiftMate</source>
        <translation>%1, desde cualquier parte de ShiftMate</translation>
    </message>
</context>
</TS>
