<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/checklists/history_view.py" line="165"/>
        <source>%1 — left open %n times</source>
        <translation>
            <numerusform>%1 — left open %n time</numerusform>
            <numerusform>%1 — left open %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsReadings</name>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="53"/>
        <source>Reflecting lowered intensity by {drop} points on average (%n entries).</source>
        <translation>
            <numerusform>Reflecting lowered intensity by {drop} points on average (%n entry).</numerusform>
            <numerusform>Reflecting lowered intensity by {drop} points on average (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="57"/>
        <source>After reflecting, intensity was {rise} points higher on average (%n entries).</source>
        <translation>
            <numerusform>After reflecting, intensity was {rise} points higher on average (%n entry).</numerusform>
            <numerusform>After reflecting, intensity was {rise} points higher on average (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="61"/>
        <source>Reflecting left intensity unchanged on average (%n entries).</source>
        <translation>
            <numerusform>Reflecting left intensity unchanged on average (%n entry).</numerusform>
            <numerusform>Reflecting left intensity unchanged on average (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="72"/>
        <source>%n difficult interactions; most of them {channel} ({count}).</source>
        <translation>
            <numerusform>%n difficult interaction; {channel} ({count}).</numerusform>
            <numerusform>%n difficult interactions; most of them {channel} ({count}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="100"/>
        <source>“{tag}” came up most often (%n entries).</source>
        <translation>
            <numerusform>“{tag}” came up most often (%n entry).</numerusform>
            <numerusform>“{tag}” came up most often (%n entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="111"/>
        <source>Run on %n days, {rate:.0%} complete;</source>
        <translation>
            <numerusform>Run on %n day, {rate:.0%} complete;</numerusform>
            <numerusform>Run on %n days, {rate:.0%} complete;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="113"/>
        <source>current streak %n days.</source>
        <translation>
            <numerusform>current streak %n day.</numerusform>
            <numerusform>current streak %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="126"/>
        <source>%n breaks taken; no break deadline was reached in these shifts.</source>
        <translation>
            <numerusform>%n break taken; no break deadline was reached in these shifts.</numerusform>
            <numerusform>%n breaks taken; no break deadline was reached in these shifts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/insights/readings.py" line="133"/>
        <source>{hours} hours over %n shifts, {per} hours a week on average.</source>
        <translation>
            <numerusform>{hours} hours over %n shift, {per} hours a week on average.</numerusform>
            <numerusform>{hours} hours over %n shifts, {per} hours a week on average.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalCard</name>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/today_card.py" line="94"/>
        <source>%n moments wait for a reflection</source>
        <translation>
            <numerusform>%n moment waits for a reflection</numerusform>
            <numerusform>%n moments wait for a reflection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="365"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="367"/>
        <source>More than %n entries match</source>
        <translation>
            <numerusform>More than %n entry matches</numerusform>
            <numerusform>More than %n entries match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="369"/>
        <source>%n entries match</source>
        <translation>
            <numerusform>%n entry matches</numerusform>
            <numerusform>%n entries match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/screen.py" line="443"/>
        <source>Exported %n entries to %1</source>
        <translation>
            <numerusform>Exported %n entry to %1</numerusform>
            <numerusform>Exported %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/packs/actions.py" line="168"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="101"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/packs/export_dialog.py" line="101"/>
        <source>%n phrases</source>
        <translation>
            <numerusform>%n phrase</numerusform>
            <numerusform>%n phrases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../shiftmate/core/shifts/reminders.py" line="152"/>
        <source>{label} due in {left} minutes: at least %n minutes, starting before the deadline.</source>
        <translation>
            <numerusform>{label} due in {left} minutes: at least %n minute, starting before the deadline.</numerusform>
            <numerusform>{label} due in {left} minutes: at least %n minutes, starting before the deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/core/shifts/reminders.py" line="154"/>
        <source>{label} deadline now: start a break of at least %n minutes.</source>
        <translation>
            <numerusform>{label} deadline now: start a break of at least %n minute.</numerusform>
            <numerusform>{label} deadline now: start a break of at least %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="567"/>
        <source>%n required open</source>
        <translation>
            <numerusform>%n required open</numerusform>
            <numerusform>%n required open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/checklists/run_view.py" line="643"/>
        <source>%n required items are still open. Finish anyway? The day will show as incomplete.</source>
        <translation>
            <numerusform>%n required item is still open. Finish anyway? The day will show as incomplete.</numerusform>
            <numerusform>%n required items are still open. Finish anyway? The day will show as incomplete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/tags.py" line="56"/>
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../shiftmate/ui/journal/tags.py" line="73"/>
        <source>Renamed; %n entries updated.</source>
        <translation>
            <numerusform>Renamed; %n entry updated.</numerusform>
            <numerusform>Renamed; %n entries updated.</numerusform>
        </translation>
    </message>
</context>
</TS>
