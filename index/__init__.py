"""The archive: the system of record (``catalog``), the vector index (``vectors``), ingest and recovery, and the
read models (``search``, ``review``, ``analytics``). The README's Layout section maps every module."""
