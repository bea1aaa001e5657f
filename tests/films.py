"""Films shared by several test files: the bundled samples and the benchmark's probe films, parsed once."""

from bench.probe_films import documents
from corpus.bundled import sample_files
from corpus.load import parse_document
from corpus.models import Film
from index.answer_model import Answer

BUNDLED: list[Film] = [parse_document(entry.read_bytes(), entry.name) for entry in sample_files()]
PROBE: list[Film] = [parse_document(data, name) for name, data in documents()]
ALL: list[Film] = BUNDLED + PROBE
BY_ID = {film.id: film for film in ALL}


def names_no_film(answer: Answer) -> bool:
    """Whether a reply names none of the bundled films: no film set, no title in its text (a confirmation test)."""
    return answer.film is None and not any(film.title in answer.answer for film in BUNDLED)
