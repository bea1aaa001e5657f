"""Film documents of schema 1 (paragraphs as three parallel lists) still load: exports people keep, and the
`document` column of databases written before schema 2.

The two files in tests/data are `films export` output of filmbot as it was at schema 1, unedited: Se7en has time
marks in its spoiler sections, The Prestige a spoiler span inside its safe Trivia section.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.service import FilmService
from corpus.load import parse_document
from corpus.models import SCHEMA_VERSION, Film, Paragraph, Section, SectionKind
from corpus.store import Store
from index.answer_model import Status
from index.spoilers import SpoilerScope
from tests.paths import SAMPLES

DATA = Path(__file__).resolve().parent / "data"
OLD = {
    "se7en-1995": (DATA / "se7en-1995.schema1.json", SAMPLES / "se7en-1995.md"),
    "the-prestige-2006": (DATA / "the-prestige-2006.schema1.json", SAMPLES / "the-prestige-2006.md"),
}
# What a document says of itself and of its loading, not of the film.
LOADING = {"loaded_at", "loaded_by", "content_hash", "source_file"}


def from_sample(film_id: str) -> Film:
    """The bundled sample as it was when exported: its cast card has since gained the parts ("Bruce Willis as Malcolm
    Crowe"), which the schema-1 export cannot have."""
    path = OLD[film_id][1]
    film = parse_document(path.read_bytes(), path.name)
    return film.model_copy(update={"facts": film.facts.model_copy(update={"cast": film.facts.actors()})})


@pytest.mark.parametrize("film_id", sorted(OLD))
def test_an_old_export_loads_as_the_film_it_was_exported_from(film_id: str):
    path = OLD[film_id][0]
    assert '"spoiler_paragraphs"' in path.read_text(encoding="utf-8")  # really the old shape
    film = parse_document(path.read_bytes(), path.name)
    assert film.schema_version == SCHEMA_VERSION == 2
    assert film.model_dump(exclude=LOADING) == from_sample(film_id).model_dump(exclude=LOADING)


def test_an_old_export_keeps_its_flags_and_time_marks():
    se7en = parse_document(OLD["se7en-1995"][0].read_bytes(), "se7en.json")
    plot = next(s for s in se7en.sections if s.kind is SectionKind.PLOT)
    assert [p.time_mark for p in plot.paragraphs] == [1260, None, 2520, None, None, 4080]
    assert all(p.spoiler for p in plot.paragraphs)
    prestige = parse_document(OLD["the-prestige-2006"][0].read_bytes(), "prestige.json")
    trivia = next(s for s in prestige.sections if s.heading == "Trivia")
    assert not trivia.spoiler and [p.spoiler for p in trivia.paragraphs] == [False, True]


def test_exporting_an_old_document_writes_the_new_shape_which_reads_back_the_same():
    film = parse_document(OLD["se7en-1995"][0].read_bytes(), "se7en.json")
    exported = json.loads(film.model_dump_json())
    assert exported["schema_version"] == 2
    assert all("spoiler_paragraphs" not in s and "time_marks" not in s for s in exported["sections"])
    assert all(isinstance(p, dict) for s in exported["sections"] for p in s["paragraphs"])
    again = parse_document(film.model_dump_json().encode(), "se7en.json")
    assert again.model_dump(exclude=LOADING) == film.model_dump(exclude=LOADING)


def _put_old_document(db: Path, film_id: str) -> None:
    """The `document` column as a schema-1 filmbot wrote it: the export without its passages."""
    old = json.loads(OLD[film_id][0].read_text(encoding="utf-8"))
    old.pop("passages")
    with sqlite3.connect(db) as conn:
        changed = conn.execute("UPDATE films SET document = ? WHERE id = ?", (json.dumps(old), film_id)).rowcount
    assert changed == 1


@pytest.fixture
async def old_db(tmp_path: Path) -> Path:
    """A database whose films' `document` column holds schema-1 documents."""
    db = tmp_path / "old.db"
    async with await Store.open(db) as store:
        for film_id in OLD:
            await store.save_film(from_sample(film_id), replace=False, actor="test")
    for film_id in OLD:
        _put_old_document(db, film_id)
    return db


async def test_an_old_database_row_is_read_in_the_new_shape(old_db: Path):
    async with await Store.open(old_db) as store:
        got = await store.get_film("the-prestige-2006")
        batches = [film async for batch in store.film_batches() for film in batch]
    assert got is not None and got.schema_version == 2
    assert got.model_dump(exclude=LOADING) == from_sample("the-prestige-2006").model_dump(exclude=LOADING)
    assert {film.id for film in batches} == set(OLD)
    assert all(isinstance(p, Paragraph) for film in batches for s in film.sections for p in s.paragraphs)


async def test_the_service_answers_and_outlines_from_old_rows(old_db: Path):
    async with await FilmService.open(old_db, seed=False) as service:
        outline = await service.outline("The Prestige", None)
        trivia = next(s for s in outline.sections if s.label == "Trivia")
        assert trivia.hidden_spans == 1
        # The old row's time marks still place its passages: the second victim opens the paragraph marked 0:21,
        # so a limit a minute on (0:22) shows it; without the marks only the runtime would bound it, and it would
        # stay hidden.
        question = "who is the second victim in Se7en?"
        shown = service.ask(question, scope=SpoilerScope.parse("upto:0:22"))
        assert shown.status is Status.ANSWERED and "Eli Gould" in shown.answer
        earlier = service.ask(question, scope=SpoilerScope.parse("upto:0:21"))
        assert "Eli Gould" not in earlier.answer and not earlier.contains_spoilers


def test_old_shape_defaults_and_refusals():
    section = Section.model_validate(
        {
            "heading": "Plot",
            "kind": "plot",
            "spoiler": False,
            "paragraphs": ["One.", "Two."],
            "spoiler_paragraphs": [True],
        }
    )
    assert section.paragraphs == [Paragraph(text="One.", spoiler=True), Paragraph(text="Two.")]
    with pytest.raises(ValidationError, match="must be lists"):
        Section.model_validate(
            {"heading": "Plot", "kind": "plot", "spoiler": False, "paragraphs": ["One."], "spoiler_paragraphs": 5}
        )
    with pytest.raises(ValidationError, match="newer filmbot"):
        Film.model_validate({"title": "Film", "schema_version": SCHEMA_VERSION + 1})
