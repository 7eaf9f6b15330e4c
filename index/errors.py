"""Errors of the index, each message one line that says what to do next (the CLI prints it, the app shows it)."""


class AvvikIndexError(Exception):
    """Base class for the errors of the catalog, the vector store, the models and search."""


class ModelMissing(AvvikIndexError):
    pass


class BadSetting(AvvikIndexError):
    pass


class StoreLocked(AvvikIndexError):
    pass


class StoreUnreachable(AvvikIndexError):
    pass


class VersionMismatch(AvvikIndexError):
    pass


class BadQuery(AvvikIndexError):
    pass


class BackupError(AvvikIndexError):
    pass
