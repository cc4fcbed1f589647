"""Every window text whose words change with a number ("1 minute", "2 minutes"), in one place.

Qt chooses the plural form from the number and the language (German and Spanish have two forms,
French counts 0 and 1 as singular). lupdate marks a text as plural only when it finds it in a
``self.tr(text, "", n)`` call inside a class (a ``translate(..., n)`` call with a variable ``n``
is read as an ordinary text), so the plurals are methods of this class, whose ``tr`` translates
in the context "Plural". Qt replaces ``%n`` with the number.
"""

from __future__ import annotations

from stretchguide.ui.translations import translate


class Plural:
    """The plural texts, one method each (``PLURAL.minutes(2)`` is "2 minutes")."""

    def tr(self, text: str, disambiguation: str, n: int) -> str:
        shown = translate("Plural", text, disambiguation or None, n)
        if "(s)" in shown or "(es)" in shown:
            # No catalogue is installed (a widget made on its own, in a test or a tool): the
            # English forms, as stretchguide_en.ts has them.
            shown = shown.replace("(es)", "es" if n != 1 else "").replace(
                "(s)", "s" if n != 1 else ""
            )
        return shown

    def snooze_reminder_min(self, n: int) -> str:
        return self.tr("Snooze the break reminder (%n min)", "", n)

    def snooze_min(self, n: int) -> str:
        return self.tr("Snooze %n min", "", n)

    def remind_again_in(self, n: int) -> str:
        return self.tr("Remind me again in %n minute(s)", "", n)

    def flow_breaths(self, n: int) -> str:
        return self.tr("Flow · %n breath(s)", "", n)

    def at_most_steps(self, n: int) -> str:
        return self.tr("A routine has at most %n step(s).", "", n)

    def steps(self, n: int) -> str:
        return self.tr("%n step(s)", "", n)

    def stretches(self, n: int) -> str:
        return self.tr("%n stretch(es)", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def sessions_in_last_weeks(self, n: int) -> str:
        return self.tr("Sessions in the last %n week(s)", "", n)

    def sessions_per_day_weeks(self, n: int) -> str:
        return self.tr("Sessions per day, last %n week(s)", "", n)

    def minutes_per_week_weeks(self, n: int) -> str:
        return self.tr("Minutes per week, last %n week(s)", "", n)

    def day_sessions(self, n: int) -> str:
        return self.tr("{day}: %n session(s)", "", n)

    def sessions_summary(self, n: int) -> str:
        return self.tr("%n session(s) on {active} of the last {days} days; {today} today.", "", n)

    def week_minutes(self, n: int) -> str:
        return self.tr("Week of {day}: %n min", "", n)

    def exported_rows(self, n: int) -> str:
        return self.tr("Exported %n row(s) to {path}.", "", n)

    def seconds_left(self, n: int) -> str:
        return self.tr("%n second(s) left", "", n)

    def plus_seconds(self, n: int) -> str:
        return self.tr("+%n s", "", n)

    def starting_in(self, n: int) -> str:
        return self.tr("Starting in %n", "", n)

    def step_seconds(self, n: int) -> str:
        return self.tr("{step}: %n second(s)", "", n)

    def minutes_short(self, n: int) -> str:
        return self.tr("%n min", "", n)

    def breaths_time(self, n: int) -> str:
        return self.tr("%n breath(s) · {time}", "", n)

    def and_more(self, n: int) -> str:
        return self.tr("…and %n more (stretchguide validate FILE lists them all)", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def seconds(self, n: int) -> str:
        return self.tr("%n second(s)", "", n)

    def holding_longer(self, n: int) -> str:
        return self.tr("Holding %n second(s) longer.", "", n)


PLURAL = Plural()
