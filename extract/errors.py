"""Errors raised while reading a report; each message says what to do next."""


class ExtractError(Exception):
    """Base class: a report could not be read. ``str(err)`` is one line for the user."""


class NotAPdf(ExtractError):
    pass


class EmptyFile(ExtractError):
    pass


class DamagedPdf(ExtractError):
    pass


class EncryptedPdf(ExtractError):
    pass


class NoTextLayer(ExtractError):
    pass


class TooLarge(ExtractError):
    """More pages, or more words on a page, than a report can sensibly have."""
