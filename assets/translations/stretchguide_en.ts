<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Snooze the break reminder (%n min)</source>
        <translation>
            <numerusform>Snooze the break reminder (%n min)</numerusform>
            <numerusform>Snooze the break reminder (%n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>Snooze %n min</numerusform>
            <numerusform>Snooze %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s)</source>
        <translation>
            <numerusform>Remind me again in %n minute</numerusform>
            <numerusform>Remind me again in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flow · %n breath(s)</source>
        <translation>
            <numerusform>Flow · %n breath</numerusform>
            <numerusform>Flow · %n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A routine has at most %n step(s).</source>
        <translation>
            <numerusform>A routine has at most %n step.</numerusform>
            <numerusform>A routine has at most %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es)</source>
        <translation>
            <numerusform>%n stretch</numerusform>
            <numerusform>%n stretches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions in the last %n week(s)</source>
        <translation>
            <numerusform>Sessions in the last %n week</numerusform>
            <numerusform>Sessions in the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sessions per day, last %n week(s)</source>
        <translation>
            <numerusform>Sessions per day, last %n week</numerusform>
            <numerusform>Sessions per day, last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Minutes per week, last %n week(s)</source>
        <translation>
            <numerusform>Minutes per week, last %n week</numerusform>
            <numerusform>Minutes per week, last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n session(s)</source>
        <translation>
            <numerusform>{day}: %n session</numerusform>
            <numerusform>{day}: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on {active} of the last {days} days; {today} today.</source>
        <translation>
            <numerusform>%n session on {active} of the last {days} days; {today} today.</numerusform>
            <numerusform>%n sessions on {active} of the last {days} days; {today} today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: %n min</source>
        <translation>
            <numerusform>Week of {day}: %n min</numerusform>
            <numerusform>Week of {day}: %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform>
            <numerusform>Exported %n rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
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
            <numerusform>Starting in %n</numerusform>
            <numerusform>Starting in %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: %n second(s)</source>
        <translation>
            <numerusform>{step}: %n second</numerusform>
            <numerusform>{step}: %n seconds</numerusform>
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
            <numerusform>%n breath · {time}</numerusform>
            <numerusform>%n breaths · {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (stretchguide validate FILE lists them all)</source>
        <translation>
            <numerusform>…and %n more (stretchguide validate FILE lists them all)</numerusform>
            <numerusform>…and %n more (stretchguide validate FILE lists them all)</numerusform>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding %n second(s) longer.</source>
        <translation>
            <numerusform>Holding %n second longer.</numerusform>
            <numerusform>Holding %n seconds longer.</numerusform>
        </translation>
    </message>
</context>
</TS>
