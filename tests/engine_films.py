"""Hand-built films for the answering core's tests: one passage per paragraph, as the parser would cut them."""

from corpus.models import Facts, Film, Passage, SectionKind


def make_film(
    title: str,
    year: int | None,
    paragraphs: list[tuple[SectionKind, bool, str]],
    *,
    facts: Facts | None = None,
    guild_id: int | None = None,
    aliases: tuple[str, ...] = (),
    facts_text: str | None = None,
) -> Film:
    """A film as the parser would build it: one passage per paragraph, positions by narrative words."""
    rows = [*([(SectionKind.FACTS, False, facts_text)] if facts_text else []), *paragraphs]
    # Facts take no place in the story: they sit at 0.
    words = [0 if kind is SectionKind.FACTS else len(text.split()) for kind, _, text in rows]
    total = sum(words) or 1
    passages = []
    done = 0
    for ordinal, ((kind, spoiler, text), count) in enumerate(zip(rows, words, strict=True)):
        fields = dict(section=kind.value.capitalize(), section_kind=kind, ordinal=ordinal, text=text, spoiler=spoiler)
        passages.append(Passage(film_id="", position=done / total, position_end=(done + count) / total, **fields))
        done += count
    return Film(
        title=title, year=year, facts=facts or Facts(), guild_id=guild_id, aliases=list(aliases), passages=passages
    ).assign_id()


P, PL, E = SectionKind.PREMISE, SectionKind.PLOT, SectionKind.ENDING

PSYCHO = make_film(
    "Psycho",
    1960,
    [
        (
            P,
            False,
            "Marion Crane steals forty thousand dollars from her employer and drives west. She stops for the "
            "night at the Bates Motel, kept by Norman Bates, who lives with his mother in the house above.",
        ),
        (
            PL,
            True,
            "Marion takes a shower in cabin one. A figure that looks like an old woman stabs her to death. "
            "Norman sinks her car in the swamp.",
        ),
        (
            E,
            True,
            "Lila finds the mummified corpse of Mrs. Bates in the fruit cellar. Norman was the killer all "
            "along, dressed as his mother.",
        ),
    ],
    facts=Facts(director="Alfred Hitchcock", runtime_minutes=109, cast=["Anthony Perkins", "Janet Leigh"]),
    facts_text="Director: Alfred Hitchcock. Runtime: 109 minutes. Cast: Anthony Perkins, Janet Leigh.",
)

APES = make_film(
    "Planet of the Apes",
    1968,
    [
        (P, False, "Astronauts crash on a planet where apes rule and humans are mute animals kept in cages."),
        (E, True, "On the beach Taylor finds the ruined Statue of Liberty: the planet was Earth all along."),
    ],
)
