"""Demo journal entries: hard moments of retail, food and call-centre shifts, most reflected on,
and now and then a good moment (a thank-you, praise, a win), kept apart from the hard ones.

Seeded and deterministic for a given seed and day; intensities usually drop after reflection,
as they tend to when people write things down.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from shiftmate.core.clock import Clock, SystemClock, local_time, to_iso
from shiftmate.core.journal.entries import FEELINGS, JournalEntry, add_entries
from shiftmate.core.shifts.records import recent_shifts

if TYPE_CHECKING:
    from shiftmate.core.storage.store import Store

_MOMENTS = [
    ("in_person", "A customer wanted a refund on a jacket that had clearly been worn.", ["refund", "returns"]),
    ("phone", "Caller shouted about a late delivery and hung up before I could help.", ["delivery"]),
    ("in_person", "Man snapped his fingers at me across the counter and called me slow.", ["rude"]),
    ("chat", "Chat customer kept pasting the same complaint in capitals.", ["complaint"]),
    ("email", "Long email blaming me personally for a price change.", ["pricing"]),
    ("in_person", "Queue out the door, card machine down, everyone looking at me.", ["busy", "till"]),
    ("phone", "Customer threatened to post about us online if I didn't waive the fee.", ["fees"]),
    ("in_person", "Regular was lovely today, thanked me by name.", ["good moment"]),
    ("phone", "Caller said I was the first person who actually listened, and asked for my name to tell my manager.",
     ["good moment"]),
    ("in_person", "Sorted a mix-up with a birthday cake in time; the family clapped when it came out.",
     ["good moment"]),
    ("in_person", "Table sent the food back twice and complained about the wait to my manager.", ["food", "manager"]),
    ("phone", "Elderly caller confused about her bill; took 25 minutes but we sorted it.", ["billing"]),
    ("other", "Colleague left early and I had to cover the till and the floor.", ["staffing"]),
    ("in_person", "Someone tried to return a phone without a receipt and got angry at the policy.", ["refund", "policy"]),
]
_SELF_TALK = [
    "I'm bad at this job.", "They think I'm stupid.", "I should have known the answer.",
    "Everyone saw me get it wrong.", "I can't do anything right today.",
]
_WENT_WELL = [
    "I kept my voice low and didn't argue back.", "I called the supervisor without waiting too long.",
    "I listened before explaining the policy.", "I took a breath before answering.",
    "I offered what I could actually do.",
]
_DIFFERENTLY = [
    "Name the limit earlier instead of repeating myself.", "Ask for help sooner when the queue builds.",
    "Write down the order number before the call gets heated.", "Step away for a minute before the next customer.",
]
_WHO = ["A regular", "An older customer", "A family of four", "My shift lead"]
_GOOD_FEELINGS = ["Proud, and lighter for the rest of the shift.", "Warm. It made the day.", "Relieved and a bit proud."]
# Chosen by the entry's intensity, not the random stream, so the rest of the demo stays as it was.
_PERSPECTIVE = [
    "Maybe they had been on hold for an hour before I picked up.", "They might have had bad news today.",
    "Perhaps they were in pain, or worried about money.", "They may have been told something different last time.",
]
_BALANCED = [
    "One upset customer says more about their day than about my work.", "I kept my calm, and that was my part.",
    "I could not fix the policy, but I was clear and polite about it.", "I made one mistake and put it right; that is the job.",
]
_DID = [
    "I listened, apologised for the wait and offered an exchange.", "I explained the policy once, then called the shift lead.",
    "I stopped serving when the insults began and went to get help.",
]
_ASK = [
    "Back me on the receipt policy in front of customers.", "Tell the team what we may offer after a long wait.",
    "Come to the till sooner when I call.",
]
_NEEDS = ["Water and five minutes outside.", "Tell a friend after work.", "Eat something proper on break.", "A quiet walk home."]


def _entry(rng: random.Random, moment: dt.datetime, zone: str) -> JournalEntry:
    channel, text, tags = rng.choice(_MOMENTS)
    if "good moment" in tags:  # a good moment asks only what happened, who and how it felt
        return JournalEntry(
            text=text, occurred_at=to_iso(moment), tz=zone, channel=channel, kind="good",
            who=rng.choice(_WHO), feelings_note=rng.choice(_GOOD_FEELINGS),
        )
    before = rng.randint(4, 10)
    entry = JournalEntry(
        text=text, occurred_at=to_iso(moment), tz=zone, channel=channel,
        intensity_before=before, tags=tuple(tags),
    )
    if rng.random() < 0.7:  # most entries get reflected on later
        entry.feelings = tuple(rng.sample(FEELINGS, rng.randint(1, 3)))
        entry.self_talk = rng.choice(_SELF_TALK)
        entry.about = "situation" if rng.random() < 0.7 else rng.choice(["me", "both"])
        entry.went_well = rng.choice(_WENT_WELL)
        entry.do_differently = rng.choice(_DIFFERENTLY)
        entry.in_control = "How I answered and when I asked for help."
        entry.not_in_control = "The policy, the wait and their mood."
        entry.needs_now = rng.choice(_NEEDS)
        entry.perspective = _PERSPECTIVE[before % len(_PERSPECTIVE)]
        entry.balanced_thought = _BALANCED[before % len(_BALANCED)]
        drop = rng.choice([0, 1, 2, 2, 3, 3, 4, 5])
        entry.intensity_after = max(0, before - drop)
        if rng.random() < 0.15:
            entry.manager_should_know = True
            entry.what_i_did = _DID[before % len(_DID)]
            entry.ask_of_manager = _ASK[before % len(_ASK)]
            entry.follow_up = True
            entry.follow_up_on = (moment + dt.timedelta(days=2)).date().isoformat()
            entry.follow_up_done = rng.random() < 0.5
    return entry


def generate_journal_demo(
    store: Store, rng: random.Random, days: int, *, clock: Clock | None = None
) -> int:
    """About four entries a week over ``days`` days, written in one transaction.

    A hard moment happens at work: with demo shifts in the store, each entry falls inside
    one of them (never later than now); without, in the daytime of the machine's zone.
    """
    clock = clock or SystemClock()
    now = clock.now().replace(second=0, microsecond=0)
    zone = clock.zone_name()
    entries = []
    worked = [s for s in recent_shifts(store, limit=days + 2) if now - s.started_at <= dt.timedelta(days=days)]
    if worked:
        for shift in sorted(worked, key=lambda s: s.started_at):
            start = shift.started_at + dt.timedelta(minutes=20)
            end = min(shift.ended_at or now, now) - dt.timedelta(minutes=5)
            if end <= start:
                continue
            for _ in range(rng.choices([0, 1, 2], weights=[4, 4, 2])[0]):
                moment = start + (end - start) * rng.random()
                entries.append(_entry(rng, moment.replace(second=0, microsecond=0), shift.tz))
    else:
        today = local_time(now, zone).date()
        tzinfo = local_time(now, zone).tzinfo
        for day in range(days, 0, -1):
            for _ in range(rng.choices([0, 1, 2], weights=[5, 4, 1])[0]):
                local = dt.datetime.combine(today - dt.timedelta(days=day),
                                            dt.time(rng.randint(8, 20), rng.randint(0, 59)), tzinfo=tzinfo)
                entries.append(_entry(rng, local.astimezone(dt.timezone.utc), zone))
    entries.sort(key=lambda e: e.occurred_at)
    return add_entries(store, entries, clock=clock)
