"""Start-up loads films with cyclic garbage collection off, and past `COLLECT_FROM` films collects once after
(index/startup.py): collection is on again afterwards, whatever happened, and answers are unchanged."""

import gc

import pytest

import index.startup as startup
from corpus.models import Film
from corpus.store import Store
from index.spoilers import SpoilerScope
from index.startup import load_engine
from tests.search_films import passage


def film(title: str, text: str) -> Film:
    return Film(title=title, year=2000, passages=[passage(0, text, False)]).assign_id()


async def stored(tmp_path) -> Store:
    store = await Store.open(tmp_path / "films.db")
    await store.save_film(film("Alpha", "A beekeeper loses her hives."), replace=False, actor="t")
    await store.save_film(film("Beta", "A ferryman crosses the frozen lake."), replace=False, actor="t")
    return store


async def test_films_load_without_collection_and_a_large_load_ends_with_one_full_collection(tmp_path, monkeypatch):
    store = await stored(tmp_path)
    collecting: list[bool] = []
    read = store.film_stubs

    async def watched() -> list[Film]:
        collecting.append(gc.isenabled())
        return await read()

    monkeypatch.setattr(store, "film_stubs", watched)
    full = [0]

    def count(phase: str, info: dict[str, int]) -> None:
        full[0] += phase == "stop" and info["generation"] == 2

    gc.callbacks.append(count)
    try:
        small = await load_engine(store, tmp_path / "index")
        assert collecting == [False] and gc.isenabled()
        after_small = full[0]
        monkeypatch.setattr(startup, "COLLECT_FROM", 2)
        large = await load_engine(store, tmp_path / "index")
        assert collecting == [False, False] and gc.isenabled()
        assert full[0] > after_small
        assert gc.get_freeze_count() == 0
        for loaded in (small, large):
            answer = loaded.engine.ask("who loses her hives?", scope=SpoilerScope.off())
            assert answer.film is not None and answer.film.title == "Alpha"
    finally:
        gc.callbacks.remove(count)
        await store.close()


async def test_collection_is_on_again_after_a_failed_load_and_stays_off_if_it_was(tmp_path, monkeypatch):
    store = await stored(tmp_path)

    async def broken() -> list[Film]:
        raise OSError("disk gone")

    monkeypatch.setattr(store, "film_stubs", broken)
    try:
        with pytest.raises(OSError, match="disk gone"):
            await load_engine(store, tmp_path / "index")
        assert gc.isenabled()
        gc.disable()
        try:
            with pytest.raises(OSError, match="disk gone"):
                await load_engine(store, tmp_path / "index")
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        await store.close()
