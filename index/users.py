"""The users file of a shared app: one ``name:hash`` line per user, the hash argon2id (argon2-cffi), never a
password. ``avvik user add NAME`` writes a line; the app checks a password against it when someone signs in.
"""

from __future__ import annotations

import os
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()


class BadUserName(ValueError):
    """A name that a users file cannot hold (empty, or with a colon or a line break)."""


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or ":" in name or "\n" in name or "\r" in name:
        raise BadUserName(f"{name!r} cannot be a user name: it must be non-empty, without ':' or line breaks")
    return name


def read_users(path: Path) -> dict[str, str]:
    """name -> hash; an absent file holds no users. Blank lines and lines starting with # are skipped."""
    if not path.is_file():
        return {}
    users: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#") or ":" not in line:
            continue
        name, _, hashed = line.partition(":")
        users[name.strip()] = hashed.strip()
    return users


def add_user(path: Path, name: str, password: str) -> None:
    """Add a user, or give one a new password; the file is rewritten whole, readable by its owner only."""
    name = _check_name(name)
    if not password:
        raise ValueError("the password is empty")
    users = read_users(path)
    users[name] = _HASHER.hash(password)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("".join(f"{n}:{h}\n" for n, h in users.items()))
    tmp.replace(path)


def verify(path: Path, name: str, password: str) -> bool:
    """Whether ``password`` is ``name``'s in the users file."""
    hashed = read_users(path).get(name.strip())
    if not hashed or not password:
        return False
    try:
        return bool(_HASHER.verify(hashed, password))
    except (VerificationError, InvalidHashError):
        return False
