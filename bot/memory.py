"""Giving the heap that start-up freed back to the operating system."""

from __future__ import annotations

import ctypes
import ctypes.util


def release_memory() -> bool:
    """Hands freed heap back to the operating system (glibc `malloc_trim`); False where there is none.

    Start-up loads every film with its sections and passages, then the engine keeps a smaller form: glibc
    keeps the freed space mapped, so resident memory stays at the load's peak. Measured at 10,000 films:
    1.89 GB → 1.17 GB. Call it once the loaded films are dropped (FilmService.open, after indexing them).
    """
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS)
        return False
    trim(0)
    return True
