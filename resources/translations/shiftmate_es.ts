<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnswerBar</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="248"/>
        <source>Space or click ticks it.</source>
        <translation>Espacio o un clic lo marca.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="249"/>
        <source>Y, N or A answers; Space cycles.</source>
        <translation>Y (sí), N (no) o A (no aplica) responde; Espacio va cambiando.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="250"/>
        <source>Press 1 to 5.</source>
        <translation>Pulsa del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="251"/>
        <source>Enter opens the note.</source>
        <translation>Intro abre la nota.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="252"/>
        <source>Nothing to answer: just read it.</source>
        <translation>No hay nada que responder: solo léelo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="255"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="255"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="256"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="256"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="256"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="269"/>
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
        <location filename="../../shiftmate/ui/settings/autostart.py" line="24"/>
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
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="98"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="99"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>BreakLog</name>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="29"/>
        <source>That break is no longer in the log.</source>
        <translation>Ese descanso ya no está en el registro.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="38"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="52"/>
        <source>A finished break needs an end time.</source>
        <translation>Un descanso terminado necesita una hora de fin.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="54"/>
        <source>A break cannot start or end later than now.</source>
        <translation>Un descanso no puede empezar ni terminar después de ahora.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="56"/>
        <source>A break has to end after it starts.</source>
        <translation>Un descanso tiene que terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="61"/>
        <source>A break has to fall inside its shift ({start}–{end}).</source>
        <translation>Un descanso tiene que caer dentro de su turno ({start}–{end}).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="68"/>
        <source>That overlaps your break at {start}–{end}.</source>
        <translation>Eso se superpone con tu descanso de {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="89"/>
        <source>The shift of that break is no longer there.</source>
        <translation>El turno de ese descanso ya no existe.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/shifts/break_log.py" line="92"/>
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
        <location filename="../../shiftmate/ui/shifts/screen.py" line="66"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="276"/>
        <source>On &amp;break</source>
        <translation>En &amp;descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="75"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="86"/>
        <source>Break log</source>
        <translation>Registro de descansos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="79"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="79"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="79"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="79"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="87"/>
        <source>Your breaks, newest first. Enter corrects the chosen break, Delete deletes it.</source>
        <translation>Tus descansos, los más recientes primero. Intro corrige el descanso elegido, Supr lo elimina.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="89"/>
        <source>Enter corrects the chosen break, Delete deletes it (Ctrl+Z brings it back).</source>
        <translation>Intro corrige el descanso elegido, Supr lo elimina (Ctrl+Z lo recupera).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="92"/>
        <source>No breaks logged yet. Press On break when you step away, and Back when you return.</source>
        <translation>Todavía no hay descansos. Pulsa En descanso cuando te alejes y De vuelta cuando regreses.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="97"/>
        <source>&amp;Edit break…</source>
        <translation>&amp;Editar descanso…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="99"/>
        <source>&amp;Delete break</source>
        <translation>E&amp;liminar descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="100"/>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Supr; Ctrl+Z lo recupera</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="102"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="119"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="123"/>
        <source>Reminder rules</source>
        <translation>Reglas de recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="123"/>
        <source>Choose one to change it below.</source>
        <translation>Elige una para cambiarla abajo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="129"/>
        <source>&amp;Remind me</source>
        <translation>&amp;Recordarme</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="132"/>
        <source>Reminder message</source>
        <translation>Mensaje del recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="135"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="139"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="330"/>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="141"/>
        <source>&amp;Quiet during a break</source>
        <translation>&amp;Silencio durante un descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="142"/>
        <source>&amp;Save reminder</source>
        <translation>&amp;Guardar recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="146"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="230"/>
        <source>Break deadlines: your own rules (Custom)</source>
        <translation>Plazos de descanso: tus propias reglas (personalizado)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="231"/>
        <source>Reminders, not legal advice.</source>
        <translation>Son recordatorios, no asesoría legal.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="233"/>
        <source>No break deadlines chosen. Pick your region&apos;s rules in Settings.</source>
        <translation>No elegiste plazos de descanso. Elige las reglas de tu región en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="236"/>
        <source>Break deadlines: %1</source>
        <translation>Plazos de descanso: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="238"/>
        <source>Reminders, not legal advice. Source: %1</source>
        <translation>Son recordatorios, no asesoría legal. Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="243"/>
        <source>No shift yet. Start one on Today.</source>
        <translation>Todavía no hay turno. Empieza uno en Hoy.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="249"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="250"/>
        <source>on break now</source>
        <translation>en descanso ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="251"/>
        <source>missed</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="252"/>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="255"/>
        <source>%1 (at least %2 min) starting by %3: %4, %5 min taken</source>
        <translation>%1 (al menos %2 min) antes de las %3: %4, %5 min tomados</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="262"/>
        <source>No break deadline applies to this shift.</source>
        <translation>Ningún plazo de descanso aplica a este turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="264"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="398"/>
        <source>Break corrected to %1. Press Ctrl+Z to undo.</source>
        <translation>Descanso corregido a %1. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="399"/>
        <source>Correct break</source>
        <translation>Corregir descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="405"/>
        <source>Deleted the break %1. Press Ctrl+Z to undo.</source>
        <translation>Se eliminó el descanso %1. Pulsa Ctrl+Z para deshacer.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="406"/>
        <source>Delete break</source>
        <translation>Eliminar descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="416"/>
        <source>A repeating reminder needs at least %1 minutes between reminders; %2 is too few to save.</source>
        <translation>Un recordatorio que se repite necesita al menos %1 minutos entre avisos; %2 es muy poco para guardarlo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="28"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="266"/>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="283"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/break_log_actions.py" line="69"/>
        <source>The break %1 is back as it was.</source>
        <translation>El descanso %1 volvió a como estaba.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="271"/>
        <source>Breaks this shift: %1</source>
        <translation>Descansos en este turno: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="272"/>
        <source>No break taken this shift yet.</source>
        <translation>Todavía no tomaste ningún descanso en este turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="276"/>
        <source>&amp;Back from break</source>
        <translation>De &amp;vuelta del descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="313"/>
        <source>Every %1 min: %2</source>
        <translation>Cada %1 min: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="314"/>
        <source>%1 min after the start: %2</source>
        <translation>%1 min desde el inicio: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="315"/>
        <source>%1 min before the end: %2</source>
        <translation>%1 min antes del final: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="316"/>
        <source>After a hard moment: %2</source>
        <translation>Después de un momento difícil: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="318"/>
        <source>(off) %1</source>
        <translation>(apagado) %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="331"/>
        <source>After the start:</source>
        <translation>Desde el inicio:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="332"/>
        <source>Before the end:</source>
        <translation>Antes del final:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="333"/>
        <source>Delay:</source>
        <translation>Espera:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/screen.py" line="355"/>
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
        <location filename="../packs/builtin.shiftpack.toml" line="70"/>
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
        <location filename="../packs/builtin.shiftpack.toml" line="84"/>
        <source>At work I don&apos;t have to prove who I am</source>
        <translation>En el trabajo no tengo que demostrar quién soy</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="86"/>
        <source>Customers don&apos;t know your life, and what they think of you doesn&apos;t change it. Your job is what they need, not what they think.</source>
        <translation>Los clientes no conocen tu vida, y lo que piensen de ti no la cambia. Tu trabajo es lo que necesitan, no lo que piensan.</translation>
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
        <source>Water bottle filled</source>
        <translation>Botella de agua llena</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="136"/>
        <source>After my shift</source>
        <translation>Después de mi turno</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="141"/>
        <source>Wind down</source>
        <translation>Bajar el ritmo</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="145"/>
        <source>Three slow breaths before I leave</source>
        <translation>Tres respiraciones lentas antes de irme</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="147"/>
        <source>A few slow breaths tell your body the shift is over, before the journey home begins.</source>
        <translation>Unas respiraciones lentas le avisan a tu cuerpo que el turno terminó, antes de emprender el camino a casa.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="151"/>
        <source>Had some water and something to eat</source>
        <translation>Tomé agua y comí algo</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="154"/>
        <source>Be your own best customer: look after yourself the way you looked after everyone else today.</source>
        <translation>Sé tu mejor cliente: cuídate como hoy cuidaste a todos los demás.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="158"/>
        <source>Anything my manager should hear about today?</source>
        <translation>¿Hay algo de hoy que mi gerente deba saber?</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="160"/>
        <source>If something went wrong, telling your manager means it gets handled and you don&apos;t carry it alone.</source>
        <translation>Si algo salió mal, contárselo a tu gerente hace que se resuelva y que no lo cargues por tu cuenta.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="164"/>
        <source>Leave work at work</source>
        <translation>Dejar el trabajo en el trabajo</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="168"/>
        <source>One win today</source>
        <translation>Un logro de hoy</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="171"/>
        <source>Big or tiny: a thank-you, a problem solved, a calm moment under pressure. Wins are easy to forget unless you name them.</source>
        <translation>Grande o pequeño: un agradecimiento, un problema resuelto, un momento de calma bajo presión. Los logros se olvidan fácil si no les pones nombre.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="175"/>
        <source>One thing I&apos;m letting go of</source>
        <translation>Algo que decido soltar</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="177"/>
        <source>Name it, then leave it here. You can reflect on it in the journal later if it still matters.</source>
        <translation>Ponle nombre y déjalo aquí. Si todavía te importa, puedes reflexionar sobre eso en el diario más tarde.</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="181"/>
        <source>How was the day?</source>
        <translation>¿Cómo estuvo el día?</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="187"/>
        <source>Planned something nice for myself tonight</source>
        <translation>Planeé algo bonito para mí esta noche</translation>
    </message>
    <message>
        <location filename="../packs/builtin.shiftpack.toml" line="189"/>
        <source>A treat, a friend, a walk, an early night. Small rewards make the next shift easier.</source>
        <translation>Un gusto, ver a alguien querido, una caminata, dormir temprano. Los pequeños premios hacen más fácil el siguiente turno.</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="70"/>
        <source>Note a hard moment</source>
        <translation>Anotar un momento difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="75"/>
        <source>What happened? A few words are enough.</source>
        <translation>¿Qué pasó? Unas pocas palabras bastan.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="78"/>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="90"/>
        <source>How intense is it right now? (0 calm – 10 overwhelming)</source>
        <translation>¿Qué tan intenso es ahora mismo? (0 tranquilo – 10 abrumador)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="97"/>
        <source>Optional, separated by commas</source>
        <translation>Opcional, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="98"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="107"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="108"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="161"/>
        <source>We kept what you were writing on %1; it is back below. Save it when you are ready.</source>
        <translation>Guardamos lo que estabas escribiendo el %1; está aquí abajo. Guárdalo cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="230"/>
        <source>Discard this note?</source>
        <translation>¿Descartar esta nota?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="231"/>
        <source>What you wrote about this moment is not saved yet.</source>
        <translation>Lo que escribiste sobre este momento aún no está guardado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="233"/>
        <source>Keep writing, keep it as a draft for later, or discard it.</source>
        <translation>Sigue escribiendo, guárdalo como borrador para después o descártalo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="234"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="235"/>
        <source>Keep a draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="236"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="269"/>
        <source>Write a few words about what happened, then save.</source>
        <translation>Escribe unas palabras sobre lo que pasó y luego guarda.</translation>
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
        <location filename="../../shiftmate/core/journal/words.py" line="35"/>
        <source>angry</source>
        <translation>enojo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="35"/>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="36"/>
        <source>ashamed</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="36"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="37"/>
        <source>confused</source>
        <translation>confusión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="37"/>
        <source>disrespected</source>
        <translation>desprecio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="38"/>
        <source>drained</source>
        <translation>desgaste</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="38"/>
        <source>embarrassed</source>
        <translation>bochorno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="39"/>
        <source>frustrated</source>
        <translation>frustración</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="39"/>
        <source>helpless</source>
        <translation>impotencia</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="40"/>
        <source>hurt</source>
        <translation>dolor</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="40"/>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="41"/>
        <source>relieved</source>
        <translation>alivio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="41"/>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="42"/>
        <source>scared</source>
        <translation>miedo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="42"/>
        <source>tired</source>
        <translation>cansancio</translation>
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
        <source>Tag your entries to see which situations come up most.</source>
        <translation>Ponle etiquetas a tus entradas para ver qué situaciones se repiten más.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="92"/>
        <source>“{tag}” came up most often (%n entries).</source>
        <translation>
            <numerusform>“{tag}” fue lo que más se repitió (%n entrada).</numerusform>
            <numerusform>“{tag}” fue lo que más se repitió (%n entradas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="95"/>
        <source>Its intensity went from {a} to {b} across the period.</source>
        <translation>Su intensidad pasó de {a} a {b} en el periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="103"/>
        <source>Run on %n days, {rate:.0%} complete;</source>
        <translation>
            <numerusform>Hecha en %n día, {rate:.0%} completa;</numerusform>
            <numerusform>Hecha en %n días, {rate:.0%} completa;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="105"/>
        <source>current streak %n days.</source>
        <translation>
            <numerusform>racha actual: %n día.</numerusform>
            <numerusform>racha actual: %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="112"/>
        <source>Break deadlines met: {met} of {due}; water and stretch reminders done: {done} of {care}.</source>
        <translation>Plazos de descanso cumplidos: {met} de {due}; recordatorios de agua y estiramiento hechos: {done} de {care}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="118"/>
        <source>%n breaks taken; no break deadline was reached in these shifts.</source>
        <translation>
            <numerusform>%n descanso tomado; en estos turnos no se llegó a ningún plazo de descanso.</numerusform>
            <numerusform>%n descansos tomados; en estos turnos no se llegó a ningún plazo de descanso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="125"/>
        <source>{hours} hours over %n shifts, {per} hours a week on average.</source>
        <translation>
            <numerusform>{hours} horas en %n turno, {per} horas por semana en promedio.</numerusform>
            <numerusform>{hours} horas en %n turnos, {per} horas por semana en promedio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="173"/>
        <source>Shifts worked: {n} ({hours} hours).</source>
        <translation>Turnos trabajados: {n} ({hours} horas).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="178"/>
        <source>Hard moments logged: {m}; reflecting took intensity from {b} to {a}.</source>
        <translation>Momentos difíciles anotados: {m}; reflexionar llevó la intensidad de {b} a {a}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="99"/>
        <source>Run the pre-shift checklist before a shift to see it here.</source>
        <translation>Haz la lista de antes del turno antes de empezar y la verás aquí.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="109"/>
        <source>Start and end your shifts in ShiftMate to see your breaks here.</source>
        <translation>Empieza y termina tus turnos en ShiftMate para ver aquí tus descansos.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="121"/>
        <source>Start and end your shifts in ShiftMate to see your hours here.</source>
        <translation>Empieza y termina tus turnos en ShiftMate para ver aquí tus horas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="176"/>
        <source>No shifts recorded.</source>
        <translation>No hay turnos registrados.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="183"/>
        <source>Hard moments logged: {m}.</source>
        <translation>Momentos difíciles anotados: {m}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="185"/>
        <source>Break deadlines met: {met} of {due}.</source>
        <translation>Plazos de descanso cumplidos: {met} de {due}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="188"/>
        <source>Breaks taken: {n}.</source>
        <translation>Descansos tomados: {n}.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/insights/readings.py" line="190"/>
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
        <source>Top tags and their intensity</source>
        <translation>Etiquetas principales y su intensidad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="124"/>
        <source>Pre-shift checklist</source>
        <translation>Lista de antes del turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="125"/>
        <source>Breaks and reminders</source>
        <translation>Descansos y recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="126"/>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="127"/>
        <source>Arriving and day ratings</source>
        <translation>Cómo llegas y cómo estuvo el día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="135"/>
        <source>Most often left open</source>
        <translation>Lo que más queda pendiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="146"/>
        <source>Insights page</source>
        <translation>Página de tendencias</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="147"/>
        <source>Page Up and Page Down scroll; Tab goes from chart to chart.</source>
        <translation>Re Pág y Av Pág desplazan; Tab va de gráfico en gráfico.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="153"/>
        <source>Nothing to show yet</source>
        <translation>Todavía no hay nada que mostrar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="155"/>
        <source>After a few shifts and journal entries, this page will show whether reflecting lowers how intense hard moments feel.</source>
        <translation>Después de algunos turnos y entradas en el diario, esta página te mostrará si reflexionar baja la intensidad de los momentos difíciles.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="214"/>
        <source>Working out your figures…</source>
        <translation>Calculando tus datos…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="236"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="238"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="262"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="264"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="237"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="238"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="263"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="264"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="238"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="249"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="275"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="285"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="295"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="305"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="238"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="256"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="264"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="244"/>
        <source>No channel</source>
        <translation>Sin medio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="253"/>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="253"/>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="253"/>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="253"/>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="253"/>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="254"/>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="254"/>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="256"/>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="256"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="264"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="265"/>
        <source>First half</source>
        <translation>1.ª mitad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="265"/>
        <source>Second half</source>
        <translation>2.ª mitad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="273"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="275"/>
        <source>Days run</source>
        <translation>Días hechos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="274"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="275"/>
        <source>Days complete</source>
        <translation>Días completos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="282"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="285"/>
        <source>Breaks taken</source>
        <translation>Descansos tomados</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="283"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="285"/>
        <source>Deadlines met</source>
        <translation>Plazos cumplidos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="284"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="285"/>
        <source>Deadlines missed</source>
        <translation>Plazos no cumplidos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="286"/>
        <source>Water and stretch done</source>
        <translation>Agua y estiramiento hechos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="286"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="294"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="295"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="295"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="303"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="305"/>
        <source>Arriving</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="304"/>
        <location filename="../../shiftmate/ui/insights/screen.py" line="305"/>
        <source>Day rating</source>
        <translation>Calificación del día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="349"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="358"/>
        <source>Rate how you arrive and how the day went to see them here.</source>
        <translation>Califica cómo llegas y cómo estuvo el día para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="363"/>
        <source>You arrived at %1 out of 5 on average</source>
        <translation>Llegaste con %1 de 5 en promedio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="367"/>
        <source>days went %1 out of 5</source>
        <translation>los días estuvieron en %1 de 5</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="386"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="386"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="387"/>
        <source>Export Insights</source>
        <translation>Exportar tendencias</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="404"/>
        <source>ShiftMate Insights</source>
        <translation>Tendencias de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/insights/screen.py" line="411"/>
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
        <location filename="../../shiftmate/core/journal/words.py" line="27"/>
        <source>Not sure</source>
        <translation>No sé</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="28"/>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="29"/>
        <source>About the situation</source>
        <translation>Sobre la situación</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/words.py" line="30"/>
        <source>Some of both</source>
        <translation>Un poco de ambas</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../../shiftmate/ui/journal/actions.py" line="41"/>
        <source>Note a hard moment…</source>
        <translation>Anotar un momento difícil…</translation>
    </message>
</context>
<context>
    <name>JournalCard</name>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="18"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="21"/>
        <source>Had a hard customer? Put it down in a few seconds and reflect on it later, on your break or after the shift.</source>
        <translation>¿Tuviste un cliente difícil? Anótalo en unos segundos y reflexiona después, en tu descanso o al terminar el turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="24"/>
        <source>Note a hard moment</source>
        <translation>Anotar un momento difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/today_card.py" line="25"/>
        <source>Ctrl+N, from anywhere in ShiftMate</source>
        <translation>Ctrl+N, desde cualquier parte de ShiftMate</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="123"/>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="124"/>
        <source>More about the feelings</source>
        <translation>Más sobre lo que sentí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="125"/>
        <source>Intensity before</source>
        <translation>Intensidad antes</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="126"/>
        <source>What I told myself in the moment</source>
        <translation>Lo que me dije en el momento</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="127"/>
        <source>About me or about the situation</source>
        <translation>Sobre mí o sobre la situación</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="128"/>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="129"/>
        <source>What I would do differently</source>
        <translation>Lo que haría diferente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="130"/>
        <source>What was in my control</source>
        <translation>Lo que estaba en mis manos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="131"/>
        <source>What was not in my control</source>
        <translation>Lo que no estaba en mis manos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="132"/>
        <source>A manager needs to know</source>
        <translation>Mi gerente debe saberlo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="133"/>
        <source>Follow-up needed</source>
        <translation>Hay que darle seguimiento</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="134"/>
        <source>Follow up on</source>
        <translation>Dar seguimiento el</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="135"/>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="136"/>
        <source>What I need now</source>
        <translation>Lo que necesito ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="137"/>
        <source>Intensity after</source>
        <translation>Intensidad después</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="138"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="177"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="190"/>
        <source>ShiftMate journal</source>
        <translation>Diario de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="192"/>
        <source>No entries.</source>
        <translation>No hay entradas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="195"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../shiftmate/core/journal/exchange.py" line="202"/>
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
</context>
<context>
    <name>JournalPdf</name>
    <message>
        <location filename="../../shiftmate/ui/journal/pdf.py" line="47"/>
        <location filename="../../shiftmate/ui/journal/pdf.py" line="75"/>
        <source>ShiftMate journal</source>
        <translation>Diario de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/pdf.py" line="78"/>
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
        <source>Reflect</source>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="169"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="171"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="172"/>
        <source>Delete key; Ctrl+Z brings it back</source>
        <translation>Tecla Supr; Ctrl+Z la recupera</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="174"/>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="176"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="188"/>
        <location filename="../../shiftmate/ui/journal/screen.py" line="327"/>
        <source>Any tag</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="190"/>
        <source>Only entries with this tag</source>
        <translation>Solo entradas con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="192"/>
        <source>Any channel</source>
        <translation>Todos los medios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="195"/>
        <source>Only entries from this channel</source>
        <translation>Solo entradas de este canal</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="196"/>
        <source>Open follow-ups</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="199"/>
        <source>any</source>
        <translation>todas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="201"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="201"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="202"/>
        <source>Intensity at least</source>
        <translation>Intensidad mín.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="216"/>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="217"/>
        <source>Newest first. Enter reflects on the entry, Delete deletes it (Ctrl+Z brings it back).</source>
        <translation>La más reciente primero. Intro reflexiona sobre la entrada, Supr la elimina (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="237"/>
        <source>Your journal is empty</source>
        <translation>Tu diario está vacío</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="239"/>
        <source>A private place to put down difficult customer moments and reflect on them later. Press Ctrl+N (or Note a hard moment) to write the first one. Everything stays on this computer.</source>
        <translation>Un lugar privado para soltar los momentos difíciles con clientes y reflexionar sobre ellos después. Pulsa Ctrl+N (o Anotar un momento difícil) para escribir el primero. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="263"/>
        <source>any day</source>
        <translation>cualquiera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="345"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="347"/>
        <source>More than %n entries match</source>
        <translation>
            <numerusform>Coinciden más de %n entrada</numerusform>
            <numerusform>Coinciden más de %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="349"/>
        <source>%n entries match</source>
        <translation>
            <numerusform>Coincide %n entrada</numerusform>
            <numerusform>Coinciden %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="378"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="378"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="379"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="379"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/screen.py" line="382"/>
        <source>Export journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="395"/>
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1</numerusform>
            <numerusform>Se exportaron %n entradas a %1</numerusform>
        </translation>
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
    <name>LockController</name>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="119"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="201"/>
        <source>Too many wrong passphrases. Wait %1 seconds before trying again.</source>
        <translation>Demasiadas contraseñas incorrectas. Espera %1 segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="215"/>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu contraseña.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="220"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="228"/>
        <source>That passphrase is not right. Nothing was changed. Wait %1 seconds before trying again.</source>
        <translation>Esa contraseña no es correcta. No se cambió nada. Espera %1 segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="231"/>
        <source>That passphrase is not right. Nothing was changed.</source>
        <translation>Esa contraseña no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="275"/>
        <source>Reminder: %1</source>
        <translation>Recordatorio: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="46"/>
        <source>ShiftMate is locked</source>
        <translation>ShiftMate está bloqueado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="48"/>
        <source>Type your passphrase to see your checklists, shifts and journal. Reminders keep coming while it is locked.</source>
        <translation>Escribe tu contraseña para ver tus listas, turnos y diario. Los recordatorios siguen llegando mientras está bloqueado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="54"/>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="55"/>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="55"/>
        <source>Type it and press Enter to unlock.</source>
        <translation>Escríbela y pulsa Intro para desbloquear.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/privacy/lock.py" line="56"/>
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
    <name>NoteDialog</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="212"/>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="216"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="98"/>
        <source>A pack in the machine-wide folder was skipped: %1</source>
        <translation>Se omitió un paquete de la carpeta común del equipo: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="137"/>
        <location filename="../../shiftmate/ui/packs/actions.py" line="159"/>
        <source>Import pack</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="137"/>
        <source>Checklist packs (*.shiftpack.toml)</source>
        <translation>Paquetes de listas (*.shiftpack.toml)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="161"/>
        <source>Import “%1”?</source>
        <translation>¿Importar “%1”?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="163"/>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="164"/>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="165"/>
        <source>Checklists:</source>
        <translation>Listas:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/packs/actions.py" line="167"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="170"/>
        <source>Locked items can&apos;t be changed; you can add your own beside them.</source>
        <translation>Los puntos bloqueados no se pueden cambiar; puedes agregar los tuyos junto a ellos.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="171"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="200"/>
        <source>Imported “%1”, version %2.</source>
        <translation>Se importó “%1”, versión %2.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="202"/>
        <source>Updated “%1” to version %2.</source>
        <translation>Se actualizó “%1” a la versión %2.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="204"/>
        <source>“%1” is provided for this whole computer; the copy you chose changes nothing.</source>
        <translation>“%1” ya está instalado para toda esta computadora; la copia que elegiste no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="206"/>
        <source>A newer version of “%1” is already installed; version %2 changes nothing.</source>
        <translation>Ya hay una versión más nueva de “%1”; la versión %2 no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/actions.py" line="208"/>
        <source>“%1” version %2 is already installed; nothing changed.</source>
        <translation>“%1” versión %2 ya está instalado; no cambió nada.</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="43"/>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="127"/>
        <source>Export as pack</source>
        <translation>Exportar como paquete</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="52"/>
        <source>for example corner-cafe.rules</source>
        <translation>por ejemplo cafe-esquina.reglas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="61"/>
        <source>&amp;Lock the items</source>
        <translation>&amp;Bloquear los puntos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="64"/>
        <source>Workers can&apos;t change or remove locked items; they can add their own.</source>
        <translation>Quien trabaja no puede cambiar ni quitar los puntos bloqueados; sí puede añadir los suyos.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="70"/>
        <source>&amp;Checklists:</source>
        <translation>&amp;Listas:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="71"/>
        <source>Pack &amp;id:</source>
        <translation>&amp;Id del paquete:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="72"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="73"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="74"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="78"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="115"/>
        <source>The pack id “%1” can only use a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting and ending with a letter or digit (at most 64 characters), for example corner-cafe.rules.</source>
        <translation>El id del paquete “%1” solo puede usar a-z, 0-9, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, y debe empezar y terminar con una letra o un dígito (64 caracteres como máximo), por ejemplo corner-cafe.rules.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="127"/>
        <source>Checklist packs (*.shiftpack.toml)</source>
        <translation>Paquetes de listas (*.shiftpack.toml)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="133"/>
        <source>Tick at least one checklist to export.</source>
        <translation>Marca al menos una lista para exportar.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="137"/>
        <source>A pack needs an id and a title.</source>
        <translation>Un paquete necesita un id y un título.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="153"/>
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
        <location filename="../../shiftmate/ui/journal/reflect.py" line="81"/>
        <source>Reflect on a hard moment</source>
        <translation>Reflexionar sobre un momento difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="110"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="111"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="112"/>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="112"/>
        <source>Just the facts, as you remember them.</source>
        <translation>Solo los hechos, como los recuerdas.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="126"/>
        <source>Other feelings, in your own words</source>
        <translation>Otros sentimientos, con tus palabras</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="127"/>
        <source>Other feelings</source>
        <translation>Otros sentimientos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="130"/>
        <source>How did it feel?</source>
        <translation>¿Qué sentí?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="133"/>
        <source>Intensity then (0–10)</source>
        <translation>Intensidad entonces (0–10)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="134"/>
        <source>What did I tell myself?</source>
        <translation>¿Qué me dije?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="134"/>
        <source>The thought that hit hardest in the moment.</source>
        <translation>El pensamiento que más me pegó en el momento.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="139"/>
        <source>Was it about me, or the situation?</source>
        <translation>¿Era por mí o por la situación?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="140"/>
        <source>What went well?</source>
        <translation>¿Qué salió bien?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="140"/>
        <source>Even something small counts.</source>
        <translation>Hasta algo pequeño cuenta.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="141"/>
        <source>What would I do differently?</source>
        <translation>¿Qué haría diferente?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="141"/>
        <source>Next time, I could…</source>
        <translation>La próxima vez podría…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="142"/>
        <source>What was in my control?</source>
        <translation>¿Qué estaba en mis manos?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="142"/>
        <source>My words, my tone, asking for help…</source>
        <translation>Mis palabras, mi tono, pedir ayuda…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="143"/>
        <source>What was not?</source>
        <translation>¿Qué no lo estaba?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="143"/>
        <source>Their mood, the policy, the queue…</source>
        <translation>Su humor, las reglas, la fila…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="145"/>
        <source>A manager should know about this</source>
        <translation>Mi gerente debería saber esto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="146"/>
        <source>Follow up on</source>
        <translation>Dar seguimiento el</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="150"/>
        <source>Follow up on this day</source>
        <translation>Hacer seguimiento en este día</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="151"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="157"/>
        <source>Telling someone</source>
        <translation>Contárselo a alguien</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="159"/>
        <source>What do I need now?</source>
        <translation>¿Qué necesito ahora?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="159"/>
        <source>Water, a walk, a word with someone…</source>
        <translation>Agua, una caminata, hablar con alguien…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="161"/>
        <source>Intensity now (0–10)</source>
        <translation>Intensidad ahora (0–10)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="163"/>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="165"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="176"/>
        <source>Reflection questions</source>
        <translation>Preguntas para reflexionar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="176"/>
        <source>Every question is optional except what happened.</source>
        <translation>Todas las preguntas son opcionales, menos qué pasó.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="178"/>
        <source>Save reflection</source>
        <translation>Guardar reflexión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="179"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="180"/>
        <source>Close (keeps a draft)</source>
        <translation>Cerrar (guarda un borrador)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="202"/>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="226"/>
        <source>We kept what you were writing on %1; it is back below. Save it when you are ready, or discard it.</source>
        <translation>Guardamos lo que estabas escribiendo el %1; está aquí abajo. Guárdalo cuando quieras o descártalo.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="335"/>
        <source>Keep at least a few words about what happened.</source>
        <translation>Deja al menos unas palabras sobre lo que pasó.</translation>
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
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="45"/>
        <source>OK, got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="59"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="61"/>
        <source>Breathe &amp;now</source>
        <translation>&amp;Respirar ahora</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="65"/>
        <source>S&amp;kip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="72"/>
        <source>Snooze %1</source>
        <translation>Posponer %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="73"/>
        <source>Remind me again in %1 minutes</source>
        <translation>Recuérdamelo otra vez en %1 minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="98"/>
        <source>Break deadline</source>
        <translation>Plazo de descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="99"/>
        <source>A moment for you</source>
        <translation>Un momento para ti</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="32"/>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="100"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="105"/>
        <source>%1 more waiting</source>
        <translation>%1 más en espera</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="115"/>
        <source>Break deadline warning</source>
        <translation>Aviso de plazo de descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/reminder_toast.py" line="117"/>
        <source>While you were away, these reminders passed (%1):</source>
        <translation>Mientras no estabas pasaron estos recordatorios (%1):</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../shiftmate/core/shifts/reminders.py" line="136"/>
        <source>{label} due in {left} minutes: at least %n minutes, starting before the deadline.</source>
        <translation>
            <numerusform>{label} en {left} minutos: al menos %n minuto, empezando antes del plazo.</numerusform>
            <numerusform>{label} en {left} minutos: al menos %n minutos, empezando antes del plazo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/shifts/reminders.py" line="138"/>
        <source>{label} deadline now: start a break of at least %n minutes.</source>
        <translation>
            <numerusform>{label}: el plazo es ahora. Toma un descanso de al menos %n minuto.</numerusform>
            <numerusform>{label}: el plazo es ahora. Toma un descanso de al menos %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="63"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="65"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="68"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="69"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="70"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="298"/>
        <source>Not started today. Answers are saved as you give them; you can stop and come back any time.</source>
        <translation>Todavía no la empiezas hoy. Cada respuesta se guarda al instante; puedes parar y volver cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="301"/>
        <source>&amp;Start checklist</source>
        <translation>Empe&amp;zar la lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="331"/>
        <source>Checklist items</source>
        <translation>Puntos de la lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="332"/>
        <source>Up and down move between items. Space ticks, Y N A answer yes or no, 1 to 5 rate, Enter writes a note, Delete clears, question mark explains, Ctrl+Enter finishes.</source>
        <translation>Arriba y abajo mueven entre puntos. Espacio marca, Y N A responden sí, no o no aplica, 1 a 5 valoran, Intro escribe una nota, Supr borra, el signo de interrogación explica, Ctrl+Intro termina.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="345"/>
        <source>Why? (?)</source>
        <translation>¿Por qué? (?)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="350"/>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Terminar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="451"/>
        <source>Locked by %1</source>
        <translation>Bloqueado por %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="452"/>
        <source>Locked by your manager&apos;s pack</source>
        <translation>Bloqueado por el paquete de tu gerente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="493"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="495"/>
        <source>Finished, incomplete</source>
        <translation>Terminada, incompleta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="497"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="499"/>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="501"/>
        <source>%n required open</source>
        <translation>
            <numerusform>%n obligatorio pendiente</numerusform>
            <numerusform>%n obligatorios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="530"/>
        <source>No explanation for this item.</source>
        <translation>Este punto no tiene explicación.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="576"/>
        <source>Finish checklist</source>
        <translation>Terminar la lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="577"/>
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
        <location filename="../../shiftmate/ui/settings/screen.py" line="47"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="48"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="49"/>
        <source>Database file:</source>
        <translation>Archivo de la base de datos:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="50"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="54"/>
        <source>Everything ShiftMate stores is in this one folder on this computer. Nothing is ever sent anywhere.</source>
        <translation>Todo lo que guarda ShiftMate está en esta carpeta, en esta computadora. Nunca se envía nada a ningún lado.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="60"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="66"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="68"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="72"/>
        <source>Copy &amp;debug info</source>
        <translation>Copiar información de &amp;depuración</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="74"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="143"/>
        <source>Open and healthy (schema version %1)</source>
        <translation>Abierta y en buen estado (versión del esquema %1)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="174"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="174"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="174"/>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="175"/>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="175"/>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="176"/>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="176"/>
        <source>Installed as:</source>
        <translation>Instalado como:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="177"/>
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="180"/>
        <source>pip</source>
        <translation>pip</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="180"/>
        <source>pip (editable)</source>
        <translation>pip (editable)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="180"/>
        <source>bundle</source>
        <translation>paquete independiente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="181"/>
        <source>source checkout</source>
        <translation>copia del código fuente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="188"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/settings/screen.py" line="188"/>
        <source>MIT, with third-party notices</source>
        <translation>MIT, con avisos de terceros</translation>
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
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="74"/>
        <source>Your shift</source>
        <translation>Tu turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="79"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="91"/>
        <source>Not sure</source>
        <translation>No sé</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="93"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="94"/>
        <source>Until a time…</source>
        <translation>Hasta una hora…</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="95"/>
        <source>Planned length</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="98"/>
        <source>Shift ends at</source>
        <translation>El turno termina a las</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="99"/>
        <source>Choose Until a time… in Planned length first.</source>
        <translation>Elige primero «Hasta una hora…» en Duración prevista.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="108"/>
        <source>For example: till 3, front desk</source>
        <translation>Por ejemplo: caja 3, recepción</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="110"/>
        <source>&amp;Start my shift</source>
        <translation>&amp;Empezar mi turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="115"/>
        <source>Planned length:</source>
        <translation>Duración prevista:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="116"/>
        <source>Role or place:</source>
        <translation>Puesto o lugar:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="124"/>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="259"/>
        <source>On &amp;break</source>
        <translation>En &amp;descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="126"/>
        <source>B&amp;reathing reset</source>
        <translation>Pausa para &amp;respirar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="130"/>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="261"/>
        <source>&amp;Pause reminders</source>
        <translation>&amp;Pausar recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="133"/>
        <source>For 30 minutes</source>
        <translation>Por 30 minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="134"/>
        <source>For 60 minutes</source>
        <translation>Por 60 minutos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="135"/>
        <source>Until the shift ends</source>
        <translation>Hasta que termine el turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="136"/>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="145"/>
        <source>Rather not say</source>
        <translation>Prefiero no decir</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="147"/>
        <source>1 – rough</source>
        <translation>1 – muy difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="148"/>
        <source>2 – hard</source>
        <translation>2 – difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="149"/>
        <source>3 – okay</source>
        <translation>3 – normal</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="150"/>
        <source>4 – good</source>
        <translation>4 – bien</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="151"/>
        <source>5 – great</source>
        <translation>5 – excelente</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="155"/>
        <source>One line about today (optional)</source>
        <translation>Una línea sobre hoy (opcional)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="157"/>
        <source>&amp;End my shift</source>
        <translation>&amp;Terminar mi turno</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="159"/>
        <source>How was the day?</source>
        <translation>¿Cómo estuvo el día?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="160"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="205"/>
        <source>No shift in progress. Start it when you arrive.</source>
        <translation>No hay un turno en curso. Empiézalo cuando llegues.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="209"/>
        <source>On shift since %1 (%2)</source>
        <translation>En turno desde las %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="214"/>
        <source>until %1</source>
        <translation>hasta las %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="219"/>
        <source>on break for %1</source>
        <translation>en descanso desde hace %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="226"/>
        <source>Reminders paused until the shift ends.</source>
        <translation>Recordatorios en pausa hasta que termine el turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="229"/>
        <source>Reminders paused until %1.</source>
        <translation>Recordatorios en pausa hasta las %1.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="232"/>
        <source>No more reminders this shift.</source>
        <translation>No hay más recordatorios en este turno.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="235"/>
        <source>Next: a snoozed reminder at %1</source>
        <translation>Siguiente: un recordatorio pospuesto a las %1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="239"/>
        <source>Next at %1: %2</source>
        <translation>Siguiente a las %1: %2</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="247"/>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="248"/>
        <source>%1: on it now</source>
        <translation>%1: en curso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="249"/>
        <source>%1: deadline passed (%2 min taken)</source>
        <translation>%1: plazo vencido (%2 min tomados)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="250"/>
        <source>%1 must start by %3</source>
        <translation>%1 debe empezar antes de las %3</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="259"/>
        <source>&amp;Back from break</source>
        <translation>De &amp;vuelta del descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="261"/>
        <source>Reminders &amp;paused</source>
        <translation>Recordatorios en &amp;pausa</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="319"/>
        <source>Close your last shift?</source>
        <translation>¿Cerrar tu último turno?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/today_card.py" line="320"/>
        <source>Your shift from %1 is still open. Close it at %2 and start a new one?</source>
        <translation>Tu turno del %1 sigue abierto. ¿Cerrarlo el %2 y empezar uno nuevo?</translation>
    </message>
</context>
<context>
    <name>ShiftCompanion</name>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="65"/>
        <source>Breathing reset</source>
        <translation>Pausa para respirar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="68"/>
        <source>On break</source>
        <translation>En descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="70"/>
        <source>Back from break</source>
        <translation>De vuelta del descanso</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="189"/>
        <source>While you were away, %1 reminders passed.</source>
        <translation>Mientras no estabas pasaron %1 recordatorios.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="192"/>
        <source>ShiftMate</source>
        <translation>ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="264"/>
        <source>Keep this break?</source>
        <translation>¿Conservar este descanso?</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shifts/companion.py" line="265"/>
        <source>That break lasted %1 seconds. Keep it in your break log?</source>
        <translation>Ese descanso duró %1 segundos. ¿Lo conservas en tu registro de descansos?</translation>
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
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="52"/>
        <location filename="../../shiftmate/ui/checklists/screen.py" line="37"/>
        <location filename="../../shiftmate/ui/journal/screen.py" line="44"/>
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
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="46"/>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="46"/>
        <source>Move between items</source>
        <translation>Moverte entre puntos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="47"/>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="37"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="48"/>
        <source>Tick or untick; cycles yes, no, not applicable</source>
        <translation>Marcar o desmarcar; alterna sí, no y no aplica</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="49"/>
        <source>Y, N, A</source>
        <translation>Y, N, A</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="49"/>
        <source>Yes, no, not applicable</source>
        <translation>Sí, no, no aplica</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="50"/>
        <source>1 to 5</source>
        <translation>1 a 5</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="50"/>
        <source>Give a rating</source>
        <translation>Dar una valoración</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="51"/>
        <location filename="../../shiftmate/ui/journal/screen.py" line="43"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="51"/>
        <source>Write the note (on a note item)</source>
        <translation>Escribir la nota (en un punto de nota)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="52"/>
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="53"/>
        <source>?, F1</source>
        <translation>?, F1</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="53"/>
        <source>Why this item matters</source>
        <translation>Por qué importa este punto</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="54"/>
        <location filename="../../shiftmate/ui/journal/capture.py" line="45"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="54"/>
        <source>Finish the checklist</source>
        <translation>Terminar la lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="43"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="43"/>
        <source>Open it from anywhere</source>
        <translation>Abrirlo desde cualquier lugar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="44"/>
        <source>Left, Right</source>
        <translation>Izquierda, Derecha</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="44"/>
        <source>Change the intensity</source>
        <translation>Cambiar la intensidad</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="45"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="46"/>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="60"/>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="41"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/capture.py" line="46"/>
        <source>Cancel (asks before discarding words)</source>
        <translation>Cancelar (pregunta antes de descartar lo escrito)</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="59"/>
        <source>Ctrl+Enter, Ctrl+S</source>
        <translation>Ctrl+Intro, Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="59"/>
        <source>Save the reflection</source>
        <translation>Guardar la reflexión</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/journal/reflect.py" line="60"/>
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
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="88"/>
        <source>In a checklist run</source>
        <translation>Al hacer una lista</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="89"/>
        <source>In the list of checklists</source>
        <translation>En la lista de listas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="90"/>
        <source>In the checklist editor</source>
        <translation>En el editor de listas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="91"/>
        <source>On the Journal screen</source>
        <translation>En la pantalla Diario</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="92"/>
        <source>On the Insights screen</source>
        <translation>En la pantalla Tendencias</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="93"/>
        <source>In the break log</source>
        <translation>En el registro de descansos</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="94"/>
        <source>Noting a hard moment</source>
        <translation>Al anotar un momento difícil</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="95"/>
        <source>Reflecting</source>
        <translation>Al reflexionar</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="96"/>
        <source>In every window</source>
        <translation>En todas las ventanas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="105"/>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="116"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="108"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="108"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="117"/>
        <source>Grouped by where they work. Up and down arrows read one shortcut at a time.</source>
        <translation>Agrupados según dónde funcionan. Las flechas arriba y abajo leen un atajo a la vez.</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="118"/>
        <source>Anywhere in ShiftMate</source>
        <translation>En cualquier parte de ShiftMate</translation>
    </message>
    <message>
        <location filename="../../shiftmate/ui/shell/shortcuts_sheet.py" line="125"/>
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
</context>
<context>
    <name>WeeklySummaryCard</name>
    <message>
        <location filename="../../shiftmate/ui/insights/today_card.py" line="31"/>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
</context>
</TS>
