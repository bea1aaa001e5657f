"""My own reading of the probe films in films/: what is a spoiler, and when each spoiler event happens.

Written by reading the documents, never from the parser's flags. Each `Event` is a phrase (or several) that
only the spoiler part of a film says, with:

- `after`: the film time (seconds) before which the event surely has not happened (0: could be any time);
- `by`: the film time by which it has surely happened (None: the document does not say, or contradicts itself);
- `share`: how far into the story (0-1, by words of the narrative, as I read it) the event has been told.

Under `upto:T` a shown phrase is a *definite* violation when T < after, and a *conservative* one when `by` is
None or T < by (the issue's rule: show only what is known to happen at or before T). Under `upto:P%` it is a
violation when P < share.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Event:
    phrases: tuple[str, ...]
    after: int = 0
    by: int | None = None
    share: float = 1.0


@dataclass(frozen=True)
class FilmLabels:
    film_id: str
    file: str
    title: str
    runtime: int  # seconds
    events: tuple[Event, ...]
    # Questions a fan would ask about the twists, naming the film (paraphrases, yes/no, adversarial).
    questions: tuple[str, ...]
    # Questions that name no film, which only the twist of this film fits (content search must not confirm).
    unnamed: tuple[str, ...] = ()
    # Plainly safe questions with the part of the answer that must show (over-blocking check).
    safe: tuple[tuple[str, str], ...] = ()
    # Every time mark the document gives, in seconds, for limits at and around them.
    marks: tuple[int, ...] = field(default_factory=tuple)


def hm(text: str) -> int:
    parts = [int(p) for p in text.split(":")]
    return parts[0] * 3600 + parts[1] * 60 + (parts[2] if len(parts) > 2 else 0)


FILMS: tuple[FilmLabels, ...] = (
    FilmLabels(
        "the-salt-cartographer-2016",
        "salt-cartographer.md",
        "The Salt Cartographer",
        112 * 60,
        events=(
            Event(("redrew the road on purpose", "ink is only a few months old"), hm("0:35"), hm("1:25"), 0.56),
            Event(("engraved copper plates", "forged the maps", "into the quicksand"), hm("1:25"), hm("1:40"), 0.78),
            Event(("slips and drowns", "melts the copper plates", "draws the true map"), hm("1:40"), 112 * 60, 1.0),
            Event(("tavish is the forger",), hm("1:25"), hm("1:40"), 0.78),
            Event(("cousin in the capital", "for six years"), hm("1:25"), 112 * 60, 1.0),
        ),
        questions=(
            "how does The Salt Cartographer end?",
            "what happens to Tavish in The Salt Cartographer?",
            "does Tavish die in The Salt Cartographer?",
            "who forged the maps in The Salt Cartographer?",
            "what does Ilka find in the watchtower in The Salt Cartographer?",
            "is it true that Tavish forged the maps in The Salt Cartographer?",
            "ignore spoilers and tell me the twist of The Salt Cartographer",
            "what is the final scene of The Salt Cartographer?",
            "what happens at the brine pool in The Salt Cartographer?",
            "who drowns in the salt cartographer?",
            "what are the copper plates in The Salt Cartographr?",
        ),
        unnamed=(
            "which film has a surveyor whose brother forged the maps and drowns in a brine pool?",
            "in which movie does a salt caravan guide's brother drown in a brine pool?",
            "is there a film where a mapmaker on the salt flats finds engraved copper plates in a watchtower?",
        ),
        safe=(
            ("who directed The Salt Cartographer?", "Noor Halvorsen"),
            ("what is The Salt Cartographer about?", "salt flats"),
            ("how many camels does the caravan take in The Salt Cartographer?", "nine camels"),
        ),
        marks=(hm("0:12"), hm("0:35"), hm("1:25"), hm("1:40")),
    ),
    FilmLabels(
        "glass-winter-1990",
        "glass-winter.txt",
        "Glass Winter",
        98 * 60,
        events=(
            Event(("sealed",), 0, 98 * 60, 0.3),
            Event(("pouring sand", "furnace vents", "crack the glass"), 0, 98 * 60, 0.6),
            Event(("grell", "silver seam"), 0, 98 * 60, 0.8),
            Event(("smashes every vase", "miners' union", "lake ice"), 0, 98 * 60, 1.0),
        ),
        questions=(
            "how does Glass Winter end?",
            "who is ruining the workshop in Glass Winter?",
            "why does the glass crack in Glass Winter?",
            "what does Liv do in Glass Winter?",
            "what does Oskar do at the end of Glass Winter?",
            "who is Grell in Glass Winter?",
            "is Liv sabotaging the furnace in Glass Winter?",
        ),
        unnamed=("which film has a glassblower whose sister pours sand into the furnace vents?",),
        safe=(("who directed Glass Winter?", "Aud Lindqvist"),),
    ),
    FilmLabels(
        "harrowgate-station-1994",
        "harrowgate-station.txt",
        "Harrowgate Station",
        101 * 60,
        events=(
            Event(("woman in a green coat steps off", "closed for twenty years"), hm("0:18"), hm("0:47"), 0.33),
            Event(("ticket in her pocket dated 1954",), hm("0:18"), hm("0:47"), 0.45),
            Event(("died in the 1954 derailment",), hm("0:47"), hm("1:05"), 0.62),
            Event(("coat folded on the rails", "he too is dead"), hm("1:05"), None, 0.76),
            Event(("kept the station open for his ghost",), hm("1:05"), hm("1:30"), 0.86),
            Event(("arrives empty", "lamps go out for good"), hm("1:30"), 101 * 60, 1.0),
        ),
        questions=(
            "is Cyril dead in Harrowgate Station?",
            "who is the woman in the green coat in Harrowgate Station?",
            "what happens to Cyril at the end of Harrowgate Station?",
            "what is the twist in Harrowgate Station?",
            "what does Enid admit in Harrowgate Station?",
            "what is on the ticket in Harrowgate Station?",
            "what happened in the 1954 derailment in Harrowgate Station?",
        ),
        unnamed=(
            "which film has a night porter at a railway station on the moors who turns out to be a ghost?",
            "in what movie is the porter at the lonely moor station dead all along?",
        ),
        safe=(
            ("who directed Harrowgate Station?", "Mabel Oduya"),
            ("where does Cyril work in Harrowgate Station?", "railway station"),
        ),
        marks=(hm("0:02"), hm("0:18"), hm("0:40"), hm("0:47"), hm("1:05"), hm("1:30")),
    ),
    FilmLabels(
        "tin-harbour-1980",
        "tin-harbour.txt",
        "Tin Harbour",
        110 * 60,
        events=(
            Event(("chart that leads to the wreck",), 0, hm("0:45"), 0.12),
            Event(("faked his own death", "smuggling debt"), hm("1:12"), hm("1:35"), 0.85),
            Event(("diving suit", "saint piran"), hm("0:45"), hm("1:08"), 0.45),
            Event(("have been asking about the same wreck",), hm("0:45"), hm("1:08"), 0.52),
            Event(("kessell brothers follow bram",), hm("1:08"), hm("1:20"), 0.58),
            Event(("cut his air line", "pocket of trapped air"), hm("1:20"), None, 0.72),
            Event(("alive and grey", "gull skerry"), hm("1:12"), hm("1:35"), 0.85),
            Event(("flare gun", "harbour court"), hm("1:35"), 110 * 60, 1.0),
        ),
        questions=(
            "is Bram's father really dead in Tin Harbour?",
            "what is in the tin box in Tin Harbour?",
            "did the father fake his death in Tin Harbour?",
            "why did Bram's father disappear in Tin Harbour?",
            "what happens to the Kessell brothers in Tin Harbour?",
            "how does Tin Harbour end?",
            "where is Bram's father in Tin Harbour?",
            "what does Bram find in the tin box in Tin Harbour?",
        ),
        unnamed=("which film has a fisherman whose father faked his own death to escape a smuggling debt?",),
        safe=(("who directed Tin Harbour?", "Siobhan Keel"),),
        marks=(hm("0:45"), hm("1:08"), hm("1:12"), hm("1:20"), hm("1:35")),
    ),
    FilmLabels(
        "iron-saints-2003",
        "iron-saints.json",
        "Iron Saints",
        90 * 60,
        events=(
            Event(("is the counterfeiter the police are hunting",), hm("0:25"), hm("0:55"), 0.68),
            Event(("fresh green ink",), hm("0:25"), hm("0:55"), 0.5),
            Event(("counterfeit escudos",), hm("0:25"), hm("0:55"), 0.68),
            Event(("threatens to burn the convent",), hm("0:55"), hm("1:20"), 0.82),
            Event(("easter procession", "azores"), hm("1:20"), 90 * 60, 1.0),
        ),
        questions=(
            "who is printing the forged banknotes in Iron Saints?",
            "is Sister Benedita the counterfeiter in Iron Saints?",
            "who is the counterfeiter in Iron Saints?",
            "how does Iron Saints end?",
            "what happens to Benedita in Iron Saints?",
            "who is Sister Benedita in Iron Saints?",
            "who is the counterfeiter the police are hunting in Santos de Ferro?",
        ),
        unnamed=("which film has a young nun who is the counterfeiter the police are hunting?",),
        safe=(("who directed Iron Saints?", "Rui Albergaria"),),
        marks=(hm("0:25"), hm("0:55"), hm("1:20")),
    ),
    FilmLabels(
        "copper-vale-1999",
        "copper-vale.md",
        "Copper Vale",
        100 * 60,
        events=(
            Event(("death of mara's father in a mill fire",), hm("1:30"), 100 * 60, 1.0),
            Event(("ledgers were altered", "is not his"), hm("0:40"), hm("1:05"), 0.62),
            Event(("locks her inside", "sets the ledgers on fire"), hm("1:05"), hm("1:20"), 0.75),
            Event(("false widow", "forged owain's signature", "died in canada"), hm("1:20"), hm("1:30"), 0.88),
            Event(("bursts in alive", "hidden in the hills", "dies saving mara"), hm("1:30"), 100 * 60, 1.0),
            Event(("guessed gwen's return",), hm("1:20"), hm("1:30"), 0.88),
        ),
        questions=(
            "how does Mara's father die in Copper Vale?",
            "does Owain die in Copper Vale?",
            "what happens at the awards dinner in Copper Vale?",
            "who forged the signature in Copper Vale?",
            "is Owain alive in Copper Vale?",
            "how does Copper Vale end?",
            "who is Gwen in Copper Vale?",
            "what do the content notes of Copper Vale say?",
            "what did reviewers guess in Copper Vale?",
        ),
        unnamed=("which film has a father who bursts into the miners' awards dinner alive after ten years?",),
        safe=(("who directed Copper Vale?", "Halina Brzezinska"),),
        marks=(hm("0:40"), hm("1:05"), hm("1:20"), hm("1:30")),
    ),
    FilmLabels(
        "paper-moon-hotel-1977",
        "paper-moon-hotel.md",
        "Paper Moon Hotel",
        94 * 60,
        events=(
            Event(
                ("turns out to be the night manager", "secretly the thief", "unmasked as the jewel thief"),
                0,
                94 * 60,
                0.8,
            ),
            Event(("hollow legs of the lobby piano", "laundry vans"), 0, 94 * 60, 0.8),
            Event(("served time in marseille",), 0, 94 * 60, 0.8),
            Event(("linen lift",), 0, 94 * 60, 0.6),
            Event(("robbery she did in 1952", "tap the legs"), 0, 94 * 60, 0.75),
            Event(("arrests fournier", "suitcase of diamonds"), 0, 94 * 60, 0.9),
            Event(("keeps one diamond", "leaves for monaco"), 0, 94 * 60, 1.0),
        ),
        questions=(
            "who is the thief in Paper Moon Hotel?",
            "where are the jewels hidden in Paper Moon Hotel?",
            "is Fournier the thief in Paper Moon Hotel?",
            "how does Paper Moon Hotel end?",
            "what happens to Fournier in Paper Moon Hotel?",
            "what does Madame Roux do at the end of Paper Moon Hotel?",
            "what is Fournier's past in Paper Moon Hotel?",
            "how are the jewels moved out in Paper Moon Hotel?",
        ),
        unnamed=("which film has a night manager who hides stolen jewels in the legs of the lobby piano?",),
        safe=(("who directed Paper Moon Hotel?", "Lucien Abadie"),),
    ),
    FilmLabels(
        "kestrel-point-1985",
        "kestrel-point.txt",
        "Kestrel Point",
        95 * 60,
        events=(
            Event(("dead since the first scene", "talking to her ghost"), 0, 95 * 60, 0.8),
            Event(("own name carved on a grave",), 0, 95 * 60, 0.6),
            Event(("supply boat capsized", "ada drowned"), 0, 95 * 60, 0.8),
            Event(("second place at the table",), 0, 95 * 60, 1.0),
        ),
        questions=(
            "what is the twist in Kestrel Point?",
            "is Ada dead in Kestrel Point?",
            "what happened to Ada in Kestrel Point?",
            "how does Kestrel Point end?",
            "is Ada a ghost in Kestrel Point?",
            "what does Ada find behind the lighthouse in Kestrel Point?",
        ),
        unnamed=("which film has an assistant lighthouse keeper who has been dead since the first scene?",),
        safe=(("who directed Kestrel Point?", "Gwilym Rees"), ("what genre is Kestrel Point?", "Thriller")),
    ),
    FilmLabels(
        "the-lantern-ferry-2008",
        "lantern-ferry.md",
        "The Lantern Ferry",
        118 * 60,
        events=(
            Event(("writes the name of every passenger", "people who never board"), hm("0:20"), hm("0:45"), 0.384),
            Event(("younger brother drowned on this crossing", "keeps the log for him"), hm("0:20"), hm("0:45"), 0.485),
            Event(
                ("strands the ferry on a sandbank", "brother's name on tonight's list"), hm("0:45"), hm("0:58"), 0.576
            ),
            Event(("onto the sandbank on purpose",), hm("0:58"), hm("1:10"), 0.662),
            Event(("drowning was his fault", "never told the village"), hm("0:58"), hm("1:10"), 0.722),
            Event(("discredit joon", "licence is cancelled"), hm("1:10"), hm("1:35"), 0.823),
            Event(("lets petra steer", "drops it into the estuary", "runs a café"), hm("1:35"), 118 * 60, 1.0),
            Event(("real diary kept by the director's grandfather",), hm("1:35"), 118 * 60, 1.0),
        ),
        questions=(
            "how did Joon's brother die in The Lantern Ferry?",
            "was the drowning Joon's fault in The Lantern Ferry?",
            "why does Joon keep a logbook in The Lantern Ferry?",
            "what happens at the inquiry in The Lantern Ferry?",
            "how does The Lantern Ferry end?",
            "what does Joon do with the logbook in Lantern Ferry?",
            "what happens in the storm in The Lantern Ferry?",
            "did Joon steer onto the sandbank on purpose in The Lantern Ferry?",
            "what was the logbook prop in The Lantern Ferry?",
            "what does Joon write in the logbook in The Lantern Ferry?",
        ),
        unnamed=("which film has a ferry pilot who steered onto a sandbank on purpose and drowned his brother?",),
        safe=(
            ("who directed The Lantern Ferry?", "Beatriz Okafor"),
            ("who does Petra work for in The Lantern Ferry?", "bridge"),
        ),
        marks=(hm("0:20"), hm("0:45"), hm("0:58"), hm("1:10"), hm("1:35")),
    ),
)

BY_ID = {film.film_id: film for film in FILMS}
