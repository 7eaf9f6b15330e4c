"""Paths and input: an upload name with ../ or an absolute path cannot write outside the data dir, and an
AVVIK_QDRANT_URL that points nowhere gives one clear line within a few seconds."""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from pathlib import Path

import pytest

from index.files import safe_upload_path, save_upload

from .conftest import FIGURES, avvik, cli_env, stderr_lines

EVIL_NAMES = [
    "../../etc/passwd",
    "/tmp/x.pdf",
    "..\\..\\Windows\\x.pdf",
    "C:\\temp\\x.pdf",
    "a/../../b.pdf",
    "rapport\x00.pdf",
    "\n../x.pdf",
    "....//....//x.pdf",
    ".hidden.pdf",
    "~/x.pdf",
    "å" * 300 + ".pdf",
]


@pytest.mark.parametrize(
    "sha",
    ["../../etc/passwd", "/tmp/x", "A" * 64, "a" * 63, "a" * 64 + "/..", "", "..", "a" * 32 + "/" + "a" * 31],
)
def test_only_a_sha256_names_a_file(tmp_path: Path, sha: str) -> None:
    with pytest.raises(ValueError):
        safe_upload_path(tmp_path, sha)


@pytest.mark.parametrize("name", EVIL_NAMES)
def test_an_upload_stays_inside_the_data_dir_whatever_its_name(tmp_path: Path, name: str) -> None:
    """The bytes are stored by their sha256 (``index.files``); the sent name is only a label
    (``ui.uploads.display_name``, the app's), which keeps no folder part."""
    from ui.uploads import display_name

    data_dir = tmp_path / "state"
    data = f"%PDF-1.7 {name}".encode("utf-8", "surrogateescape")
    for stored in (save_upload(data_dir, data), save_upload(data_dir, data)):
        assert stored.resolve().is_relative_to((data_dir / "uploads").resolve())
        assert stored.name == f"{hashlib.sha256(data).hexdigest()}.pdf" and stored.read_bytes() == data
    label = display_name(name)
    assert "/" not in label and "\\" not in label and "\x00" not in label and "\n" not in label
    assert not label.startswith(".") and len(label) <= 120
    written = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert written == [stored.name]  # saving twice writes the same one file, and nothing else
    FIGURES["upload names tried"] += 1


def test_a_link_planted_in_the_uploads_dir_is_refused(tmp_path: Path) -> None:
    data = b"%PDF-1.7 x"
    sha = hashlib.sha256(data).hexdigest()
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "state" / "uploads").mkdir(parents=True)
    (tmp_path / "state" / "uploads" / f"{sha}.pdf").symlink_to(outside / "x.pdf")
    with pytest.raises(ValueError, match="outside"):
        save_upload(tmp_path / "state", data)
    assert not (outside / "x.pdf").exists()


def _hanging_server() -> tuple[socket.socket, str]:
    """A port that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.extend(iter(lambda: server.accept()[0], None)), daemon=True).start()
    return server, f"http://127.0.0.1:{server.getsockname()[1]}"


@pytest.mark.parametrize("where", ["refused", "hangs"])
def test_a_qdrant_url_pointing_nowhere_is_one_clear_line_within_seconds(tmp_path: Path, where: str) -> None:
    server, url = _hanging_server() if where == "hangs" else (None, "http://127.0.0.1:9")
    try:
        commands = [["check"], ["ingest", str(tmp_path)]] if where == "refused" else [["search", "vikarier"]]
        for command in commands:
            started = time.monotonic()
            done = avvik(tmp_path / "state", *command, env=cli_env(AVVIK_QDRANT_URL=url), timeout=60)
            took = time.monotonic() - started
            assert done.returncode == 1, done.stderr
            [line] = stderr_lines(done.stderr)
            assert (
                line.startswith(f"avvik: no Qdrant server answers at {url}")
                and "unset AVVIK_QDRANT_URL" in line
            )
            assert took < 12, (
                f"{command[0]} took {took:.1f} s"
            )  # the client gives up after 5 s; start-up ~2 s
    finally:
        if server is not None:
            server.close()
