"""Errors of the index and store; each message is one line that says what to do next."""


class AvvikIndexError(Exception):
    """Base class for index and store errors."""


class ModelMissing(AvvikIndexError):
    pass


class StoreLocked(AvvikIndexError):
    pass


class StoreUnreachable(AvvikIndexError):
    pass


class VersionMismatch(AvvikIndexError):
    pass


class BadQuery(AvvikIndexError):
    pass
