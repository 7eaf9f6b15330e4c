"""Uploads are kept by their sha256; the browser's name is only a label and can never pick a path."""

import pytest

from ui.uploads import display_name


@pytest.mark.parametrize(
    ("sent", "shown"),
    [
        ("rapport.pdf", "rapport.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("/tmp/absolut.pdf", "absolut.pdf"),
        ("C:\\Users\\x\\Desktop\\maj.pdf", "maj.pdf"),
        ("..", "uppladdad.pdf"),
        ("", "uppladdad.pdf"),
        ("a\x00b\x1f.pdf", "ab.pdf"),
        (".hidden.pdf", "hidden.pdf"),
    ],
)
def test_display_name_drops_folders_and_control_characters(sent: str, shown: str) -> None:
    assert display_name(sent) == shown


def test_a_long_name_keeps_its_suffix() -> None:
    name = display_name("x" * 500 + ".pdf")
    assert len(name) <= 120 and name.endswith(".pdf")
