"""Errors of the index, each message one line that says what to do next (the CLI prints it, the app shows it).

Each error carries a ``code`` (its class's, or a finer one given where it is raised) and the ``details`` the
message was made from, so that the app can say the same thing in Swedish (``ui.messages``) without reading
the English text.
"""

from __future__ import annotations


class AvvikIndexError(Exception):
    """Base class for the errors of the catalog, the vector store, the models and search."""

    code = "index_error"

    def __init__(self, message: str, *, code: str | None = None, **details: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.details: dict[str, object] = details


class ModelMissing(AvvikIndexError):
    code = "model_missing"


class BadSetting(AvvikIndexError):
    code = "bad_setting"


class StoreLocked(AvvikIndexError):
    code = "store_locked"


class StoreUnreachable(AvvikIndexError):
    code = "store_unreachable"


class VersionMismatch(AvvikIndexError):
    code = "version_mismatch"


class BadQuery(AvvikIndexError):
    """A search the archive cannot answer as asked; ``code`` says which part: query_empty, query_too_long,
    bad_period, empty_amount_range, unknown_municipality."""

    code = "bad_query"


class BackupError(AvvikIndexError):
    code = "backup_error"
