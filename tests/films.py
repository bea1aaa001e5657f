"""Films shared by several test files: the bundled samples and the benchmark's probe films, parsed once."""

from pathlib import Path

from bench.probe_films import documents
from corpus.load import parse_document
from corpus.models import Film

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"

BUNDLED: list[Film] = [
    parse_document(p.read_bytes(), p.name) for p in sorted(SAMPLES.iterdir()) if p.suffix in (".md", ".txt", ".json")
]
PROBE: list[Film] = [parse_document(data, name) for name, data in documents()]
ALL: list[Film] = BUNDLED + PROBE
BY_ID = {film.id: film for film in ALL}
