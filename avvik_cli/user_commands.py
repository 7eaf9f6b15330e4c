"""`avvik user add NAME`: a user of a shared app, with a password hashed into the users file."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from index.errors import BadSetting
from index.settings import Settings


def cmd_user_add(args: argparse.Namespace) -> int:
    from index.users import BadUserName, add_user

    path = Path(args.users_file) if args.users_file else Settings.load(args.data_dir).users_file
    if path is None:
        raise BadSetting("no users file: give --users-file PATH or set AVVIK_USERS_FILE")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if password != getpass.getpass("again: "):
            print("avvik: the passwords differ; nothing was written", file=sys.stderr)
            return 1
    try:
        add_user(path, args.name, password)
    except (BadUserName, ValueError) as exc:
        print(f"avvik: {exc}", file=sys.stderr)
        return 1
    print(f"{args.name} can sign in (users file {path}); serve with AVVIK_USERS_FILE={path}", file=sys.stderr)
    return 0


def add_user_commands(sub: Any) -> None:
    p = sub.add_parser("user", help="users who may sign in to a shared app")
    what = p.add_subparsers(dest="what", required=True)
    q = what.add_parser(
        "add", help="add a user, or give one a new password (argon2-hashed in the users file)"
    )
    q.add_argument("name")
    q.add_argument("--users-file", help="the users file (default: AVVIK_USERS_FILE)")
    q.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    q.set_defaults(func=cmd_user_add)
