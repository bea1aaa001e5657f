"""Who may see what here: turns stored spoiler opt-ins into the scope for one asker, one channel and one film.

Pure: the caller passes the opt-ins that are in force (unexpired) and gets scopes and a reason back.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.spoilers import ScopeMode, SpoilerScope


@dataclass(frozen=True, slots=True)
class OptIn:
    """One stored opt-in: for a whole channel (user_id None) or one user in it, for every film or one."""

    scope: SpoilerScope
    user_id: int | None = None
    film_id: str | None = None


@dataclass(frozen=True, slots=True)
class Access:
    channel: SpoilerScope  # what a public answer in this channel may contain
    personal: SpoilerScope  # what this user may see, privately if it goes beyond `channel`
    reason: str  # why, in words for `/spoilers status`

    @property
    def beyond_channel(self) -> bool:
        return rank(self.personal) > rank(self.channel) or (
            self.personal.mode is ScopeMode.UPTO and self.personal != self.channel
        )


def rank(scope: SpoilerScope) -> int:
    return {ScopeMode.OFF: 0, ScopeMode.UPTO: 1, ScopeMode.ON: 2}[scope.mode]


def _pick(opt_ins: list[OptIn], film_id: str | None) -> OptIn | None:
    """A film-specific opt-in beats one for every film; opt-ins for other films do not apply."""
    if film_id is not None:
        for opt_in in opt_ins:
            if opt_in.film_id == film_id:
                return opt_in
    for opt_in in opt_ins:
        if opt_in.film_id is None:
            return opt_in
    return None


def access_for(opt_ins: list[OptIn], user_id: int, film_id: str | None) -> Access:
    channel_pick = _pick([o for o in opt_ins if o.user_id is None], film_id)
    user_pick = _pick([o for o in opt_ins if o.user_id == user_id], film_id)
    channel = channel_pick.scope if channel_pick else SpoilerScope.off()
    if user_pick is None:
        personal = channel
    elif rank(channel) > rank(user_pick.scope):
        # The channel is more open than the user's own setting; its public answers reach them anyway.
        personal = channel
    else:
        personal = user_pick.scope
    return Access(channel=channel, personal=personal, reason=_reason(channel_pick, user_pick, personal))


def reveal_scope(opt_ins: list[OptIn], user_id: int, film_id: str | None) -> SpoilerScope:
    """What someone who clicks **Reveal for me** sees: everything, unless they set a progress limit."""
    own = _pick([o for o in opt_ins if o.user_id == user_id], film_id)
    if own is not None and own.scope.mode is ScopeMode.UPTO:
        return own.scope
    return SpoilerScope.on()


def _reason(channel_pick: OptIn | None, user_pick: OptIn | None, personal: SpoilerScope) -> str:
    parts = []
    if channel_pick is None:
        parts.append("this channel is protected: public answers hold no spoilers")
    else:
        which = "this film" if channel_pick.film_id else "every film"
        parts.append(f"a moderator opened this channel for {which} ({channel_pick.scope.describe()})")
    if user_pick is None:
        parts.append("you have not opted in here")
    else:
        which = "this film" if user_pick.film_id else "every film"
        parts.append(f"you opted in here for {which} ({user_pick.scope.describe()})")
    parts.append(f"so you see {personal.describe()}")
    return "; ".join(parts) + "."
