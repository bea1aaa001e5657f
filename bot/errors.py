"""The error a transport shows to the person who caused it, as it is."""


class UserError(Exception):
    """A request we refuse with a message meant for the person who made it."""
