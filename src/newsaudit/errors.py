"""Errors a user can act on: the CLI prints them as one line and exits non-zero."""


class NewsauditError(Exception):
    """Base for problems with the user's input or set-up (never a bug of ours)."""


class InputError(NewsauditError):
    """The input cannot be read as an article (empty, binary, unknown format)."""


class ModelMissingError(NewsauditError):
    """A trained artifact is missing: say which `newsaudit train` command makes it."""


class OutputError(NewsauditError):
    """The output cannot be written where the user asked (a directory, no permission, ...)."""
