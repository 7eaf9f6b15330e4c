"""Settings: one table, read in one place, and the README's settings table is that table."""

import re

from index.settings import REPO_ROOT, SETTINGS, Settings

PRODUCT = [
    REPO_ROOT / "app.py",
    *(p for d in ("extract", "index", "ui", "avvik_cli") for p in (REPO_ROOT / d).rglob("*.py")),
]


def test_the_readme_documents_every_setting_in_order() -> None:
    table = (REPO_ROOT / "README.md").read_text(encoding="utf-8").split("## Settings")[1].split("\n## ")[0]
    assert re.findall(r"^\| `(AVVIK_\w+)` \|", table, re.MULTILINE) == [name for name, _, _ in SETTINGS]


def test_no_module_reads_a_setting_of_its_own() -> None:
    """An AVVIK_* variable is read by ``index.settings`` only, and only if it is in its table."""
    known = {name for name, _, _ in SETTINGS}
    for path in PRODUCT:
        text = path.read_text(encoding="utf-8")
        assert set(re.findall(r"\bAVVIK_[A-Z_]+", text)) <= known, path
        if path.name != "settings.py":
            assert not re.search(r"environ\.get\(\s*[\"']AVVIK_|getenv\(\s*[\"']AVVIK_", text), path


def test_an_explicit_data_dir_wins_over_the_environment(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("AVVIK_DATA_DIR", str(tmp_path / "env"))
    assert Settings.load().data_dir == tmp_path / "env"
    assert Settings.load(tmp_path / "given").data_dir == tmp_path / "given"
