"""Films written for the spoiler benchmark and tests, one per document format, each built around a trap the
bundled corpus does not lay: untimed paragraphs after time marks, marks that go backwards, a spoiler heading
that is itself the twist, a spoiler span in trivia after the ending, a plain page with no marker at all.

Invented films with invented plots (no real film's summary), so no word of them is in any other document.
"""

from __future__ import annotations

import json

LIGHTHOUSE_MD = """---
title: The Lighthouse Keeper's Ledger
year: 2011
director: Ines Varga
runtime: 104
cast: [Tomasz Brill, Odile Marchetti]
---
# The Lighthouse Keeper's Ledger (2011)

## Premise

Bartholomew Quill keeps the lighthouse on Skerra Rock, where the supply boat calls once a month. He writes the
weather in a leather ledger and talks to nobody but the gulls and his radio.

A young surveyor named Wren Aldaine arrives to measure the cliffs for a new harbour. Quill resents her, but the
autumn storms trap them together on the rock.

## Plot (spoilers)

[0:31] Wren finds pages cut out of the ledger, and Quill claims the damp ruined them. She notices the lamp is
lit an hour late on the nights a fishing trawler vanished.

Wren decodes a pencilled list of dates hidden in the lamp room: every date matches a wreck on the reef.

[0:58] During the worst storm the radio reports a trawler in trouble, and Quill deliberately lets the lamp go
dark while Wren is locked in the store room.

Wren breaks out through the coal chute and relights the lamp with lamp oil and a flare, and the trawler clears
the reef by a few metres.

## The confession: Quill wrecked the ships for salvage

[1:20] Cornered in the gallery, Quill admits he has wrecked eleven ships to sell their cargo on the mainland,
and that the previous keeper did not drown by accident.

Quill falls from the gallery rail into the sea while trying to seize the flare, and his body is never found.

In the last scene Wren burns the ledger on the rocks as the supply boat rounds the headland.

## Trivia

The rock was filmed on a real islet off the Atlantic coast. ||The falling scene used a dummy filled with wet
sand, because Quill's death had to look like it pulled the rail away.||
"""

ORCHARD_TXT = """Title: Orchard of Glass
Year: 1987
Runtime: 96 mins
Director: Hallvard Sten
Country: Norway

This is the plot breakdown of Orchard of Glass (1987).

Marit Holm inherits her grandfather's apple orchard in a fjord village and finds the trees dying for no reason
anyone can name. The village co-operative offers to buy the land cheaply.

Warning: spoilers below!

Marit tests the soil and finds copper salts seeped from a buried pipe that runs from the co-operative's
cannery.

The co-operative chairman, her own uncle Lars, ordered the pipe laid to poison the orchard and force the sale.

Marit reads Lars's letters aloud at the harvest meeting, the village turns on him, and the first new saplings
bloom the following spring.

Last Updated: 3 March 2020
"""

CANAL_JSON = {
    "title": "Canal Street Cipher",
    "year": 1999,
    "facts": {"director": "Priya Okonjo", "runtime_minutes": 111},
    "sections": [
        {
            "heading": "Set-up",
            "kind": "premise",
            "spoiler": False,
            "paragraphs": [
                {
                    "text": "Delphine Oyelaran repairs clocks above a canal in Ghent and answers a newspaper puzzle "
                    "that turns out to be a recruitment test for a codebreaking ring."
                }
            ],
        },
        {
            "heading": "Story",
            "kind": "plot",
            "spoiler": True,
            # The marks go backwards (50 minutes, then 40): the document contradicts itself there.
            "paragraphs": [
                {
                    "text": "The ring's leader, Aurelio Penn, sets her to decode letters stolen from a shipping firm.",
                    "spoiler": True,
                    "time_mark": 1800,
                },
                {
                    "text": "Delphine finds that each letter hides the position of a barge full of counterfeit notes.",
                    "spoiler": True,
                    "time_mark": 3000,
                },
                {
                    "text": "She copies the positions onto the back of a clock face before Penn burns the letters.",
                    "spoiler": True,
                    "time_mark": 2400,
                },
                {
                    "text": "Penn's partner Ottilie warns her that the last recruit ended up in the canal.",
                    "spoiler": True,
                },
            ],
        },
        {
            "heading": "Ending",
            "kind": "ending",
            "spoiler": True,
            "paragraphs": [
                {
                    "text": "Delphine hands the clock face to the river police, and Penn is arrested on the last "
                    "barge while Ottilie escapes with the printing plates.",
                    "spoiler": True,
                    "time_mark": 6000,
                }
            ],
        },
    ],
    "passages": [],
}

HARBOUR_PLAIN = """Title: Vanishing Tide
Year: 2004
Director: Colm Reddan

Two brothers run a failing ferry between a Scottish island and the mainland, and argue about whether to sell it.

The younger brother, Fergus, is secretly paying the ferry's debts with money from smuggling whisky.

The elder, Angus, finds the crates in the hold on the night the coastguard boards the ferry, and takes the
blame to save Fergus.
"""


# Words that occur only in each probe film's twists, labelled by hand: none may reach an asker with spoilers off,
# whatever the parser decided. (A check on the parser too: the bundled corpus's labels come from it.)
HIDDEN_WORDS = {
    "the-lighthouse-keeper-s-ledger-2011": ("decodes", "deliberately", "salvage", "eleven", "dummy", "wet sand"),
    "orchard-of-glass-1987": ("copper", "pipe", "Lars", "saplings"),
    "canal-street-cipher-1999": ("counterfeit", "clock face", "river police", "printing plates"),
    "vanishing-tide-2004": ("smuggling", "whisky", "crates", "coastguard"),
}


# Questions a fan would ask about each probe film's twists (the answers hold the hidden words above).
QUESTIONS = {
    "the-lighthouse-keeper-s-ledger-2011": (
        "what did Quill do to the ships?",
        "why did the trawlers vanish?",
        "how does Quill die?",
        "what is Quill's confession?",
        "what happened to the previous keeper?",
        "what was on the list of dates?",
        "how was the falling scene filmed?",
        "what does Wren do with the ledger at the end?",
    ),
    "orchard-of-glass-1987": (
        "why are the trees dying?",
        "who poisoned the orchard?",
        "what is in the soil?",
        "what happens at the harvest meeting?",
        "is uncle Lars behind it?",
    ),
    "canal-street-cipher-1999": (
        "what do the letters hide?",
        "what happens to Penn?",
        "where are the barges?",
        "what does Delphine copy onto the clock?",
        "does Ottilie escape?",
    ),
    "vanishing-tide-2004": (
        "how does Fergus pay the debts?",
        "what is in the hold?",
        "who takes the blame?",
        "what happens when the coastguard boards?",
    ),
}


def documents() -> list[tuple[str, bytes]]:
    """(file name, content) of each probe film, as a moderator would upload them."""
    return [
        ("lighthouse-keepers-ledger.md", LIGHTHOUSE_MD.encode()),
        ("orchard-of-glass.txt", ORCHARD_TXT.encode()),
        ("canal-street-cipher.json", json.dumps(CANAL_JSON).encode()),
        ("vanishing-tide.txt", HARBOUR_PLAIN.encode()),
    ]
