"""Who may see what here: turns stored spoiler choices into the scope for one asker, one channel and one film.

Pure: the caller passes the choices in force (unexpired) and gets scopes and their reasons back.

A choice is made at one of four levels: for the asker alone or for the whole channel, for one film or for every
film; each says on, up to a point, or off (an explicit "off" is a choice, not the absence of one). The narrower
choice wins: one for a film beats one for every film, and the asker's own beats the channel's. When the
narrowest choices that apply cannot be ordered (the asker's for every film against the channel's for this film),
all of them hold at once, so the most restrictive wins. A public reply to the asker never shows more than the
asker chose for themselves; what they chose beyond the channel reaches them privately.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from index.spoilers import ScopeMode, SpoilerScope, narrowest


@dataclass(frozen=True, slots=True)
class OptIn:
    """One stored choice: for a whole channel (user_id None) or one user in it, for every film or one."""

    scope: SpoilerScope
    user_id: int | None = None
    film_id: str | None = None
    expires_at: datetime | None = None

    def narrower_than(self, other: OptIn) -> bool:
        """At least as narrow in who and in which film, and strictly narrower in one of them."""
        who = (self.user_id is not None) - (other.user_id is not None)
        which = (self.film_id is not None) - (other.film_id is not None)
        return who >= 0 and which >= 0 and who + which > 0

    def applies_to(self, film_id: str | None) -> bool:
        return self.film_id is None or self.film_id == film_id


@dataclass(frozen=True, slots=True)
class Decision:
    scope: SpoilerScope
    by: tuple[OptIn, ...]  # the choices that decided it; empty when nobody chose anything


def decide(opt_ins: Iterable[OptIn], film_id: str | None) -> Decision:
    """The scope the narrowest applicable choices give for `film_id` (None: a film no choice names)."""
    applicable = [o for o in opt_ins if o.applies_to(film_id)]
    narrowest_ones = tuple(o for o in applicable if not any(other.narrower_than(o) for other in applicable))
    if not narrowest_ones:
        return Decision(SpoilerScope.off(), ())
    return Decision(narrowest(*(o.scope for o in narrowest_ones)), narrowest_ones)


@dataclass(frozen=True, slots=True)
class Access:
    """What applies to one asker, in one channel, for one film (or for films no choice names)."""

    channel: SpoilerScope  # what public answers here hold for anyone who chose nothing
    personal: SpoilerScope  # what this asker may see (privately, where it goes beyond `public`)
    by: tuple[OptIn, ...] = ()  # the choices that decided `personal`; empty when nobody chose anything

    @property
    def public(self) -> SpoilerScope:
        """What a public reply to this asker may hold: the channel's, never more than the asker's own."""
        return narrowest(self.channel, self.personal)

    @property
    def beyond_channel(self) -> bool:
        """The asker may see more than a public reply to them may hold: their spoilers go to them privately."""
        return not self.public.covers(self.personal)

    @property
    def reason(self) -> str:
        """Why, in words for `/spoilers status`: every choice that decided it, then the result."""
        parts = []
        if self.channel.mode is ScopeMode.OFF and not any(o.user_id is None for o in self.by):
            parts.append("this channel is protected: public answers hold no spoilers")
        parts += [_describe(o) for o in self.by] or ["you have not turned spoilers on here"]
        text = "; ".join(parts) + f". So you see {self.personal.describe()}"
        if self.public != self.channel and not self.beyond_channel:
            text += ", in answers to you here too, though this channel shows others more"
        return text + "."


def access_for(opt_ins: Iterable[OptIn], user_id: int, film_id: str | None) -> Access:
    mine = [o for o in opt_ins if o.user_id is None or o.user_id == user_id]
    personal = decide(mine, film_id)
    return Access(
        channel=decide([o for o in mine if o.user_id is None], film_id).scope, personal=personal.scope, by=personal.by
    )


@dataclass(frozen=True, slots=True)
class Visibility:
    """What one reader may see, film by film: the one value the answering engine takes.

    `default` holds for every film no choice names, and for finding a film by content; `films` overrides it."""

    default: SpoilerScope
    films: Mapping[str, SpoilerScope] = field(default_factory=dict)

    @classmethod
    def everywhere(cls, scope: SpoilerScope) -> Visibility:
        return cls(default=scope)

    def scope(self, film_id: str) -> SpoilerScope:
        return self.films.get(film_id, self.default)


def visibilities(opt_ins: Iterable[OptIn], user_id: int) -> tuple[Visibility, Visibility]:
    """(what a public reply to this asker may hold, what they may see privately), for every film."""
    opt_ins = list(opt_ins)
    named = {o.film_id for o in opt_ins if o.film_id is not None}
    general = access_for(opt_ins, user_id, None)
    each = {film_id: access_for(opt_ins, user_id, film_id) for film_id in named}
    public = Visibility(general.public, {film_id: access.public for film_id, access in each.items()})
    personal = Visibility(general.personal, {film_id: access.personal for film_id, access in each.items()})
    return public, personal


def reveal_scope(opt_ins: Iterable[OptIn], user_id: int, film_id: str | None) -> SpoilerScope:
    """What someone who clicks **Reveal for me** sees: everything, unless they set themselves a progress limit
    that applies to this film. Any such limit holds, even under a narrower "off" for the film: the click lifts
    the "off" for one answer, not the point in the story they said they had reached."""
    limits = [
        o.scope for o in opt_ins if o.user_id == user_id and o.applies_to(film_id) and o.scope.mode is ScopeMode.UPTO
    ]
    return narrowest(*limits) if limits else SpoilerScope.on()


def _describe(opt_in: OptIn) -> str:
    which = "this film" if opt_in.film_id else "every film"
    until = f", until {opt_in.expires_at:%Y-%m-%d %H:%M} UTC" if opt_in.expires_at is not None else ""
    off = opt_in.scope.mode is ScopeMode.OFF
    if opt_in.user_id is None:
        action = "turned spoilers off in this channel" if off else "opened this channel"
        return f"a moderator {action} for {which} ({opt_in.scope.describe()}{until})"
    action = "turned spoilers off" if off else "opted in"
    return f"you {action} here for {which} ({opt_in.scope.describe()}{until})"
