"""The fonts the development reports are set in (Debian's DejaVu and Liberation), the A4 page, and the
hyphenation points a word processor would use."""

from __future__ import annotations

from pathlib import Path

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/liberation"),
)
FONT_FILES = {
    "sans": "DejaVuSans.ttf",
    "sans-bold": "DejaVuSans-Bold.ttf",
    "sans-italic": "DejaVuSans-Oblique.ttf",
    "cond": "DejaVuSansCondensed.ttf",
    "cond-bold": "DejaVuSansCondensed-Bold.ttf",
    "serif": "DejaVuSerif.ttf",
    "serif-bold": "DejaVuSerif-Bold.ttf",
    "serif-italic": "DejaVuSerif-Italic.ttf",
    "serif-cond": "DejaVuSerifCondensed.ttf",
    "serif-cond-bold": "DejaVuSerifCondensed-Bold.ttf",
    # Debian's fonts-liberation (metric twins of Arial, Arial Narrow and Times New Roman)
    "arial": "LiberationSans-Regular.ttf",
    "arial-bold": "LiberationSans-Bold.ttf",
    "arial-italic": "LiberationSans-Italic.ttf",
    "narrow": "LiberationSansNarrow-Regular.ttf",
    "narrow-bold": "LiberationSansNarrow-Bold.ttf",
    "times": "LiberationSerif-Regular.ttf",
    "times-bold": "LiberationSerif-Bold.ttf",
    "times-italic": "LiberationSerif-Italic.ttf",
}
A4 = (595.28, 841.89)


def font_path(key: str) -> str:
    name = FONT_FILES[key]
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    raise SystemExit(
        f"font {name} not found: install Debian's fonts-dejavu-core, fonts-dejavu-extra and fonts-liberation"
    )


VOWELS = set("aeiouyåäöé")


def syllable_marks(word: str) -> str:
    """``word`` with ``~`` before each consonant that starts a syllable, as a word processor would
    hyphenate ("kostnaderna" -> "kost~na~der~na"); short words, numbers and hyphenated words stay whole."""
    core = word.rstrip(",.:;")
    if len(core) < 9 or not core.isalpha() or not core.islower():
        return word
    out = []
    for i, c in enumerate(core):
        if 4 <= i <= len(core) - 4 and c not in VOWELS and core[i + 1] in VOWELS:
            out.append("~")
        out.append(c)
    return "".join(out) + word[len(core) :]
