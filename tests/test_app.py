"""The app through Streamlit's AppTest: every page opens on a small real archive and on an empty one, without
a traceback. The pages' own behaviour is tested in tests/ui/."""

import pytest
from app_fixtures import APP, app_dir, app_template, empty_dir, shown  # noqa: F401  (fixtures)
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.slow
PAGES = {
    "ui/search_page.py": "Sök bland avvikelseförklaringar",
    "ui/compare_page.py": "Jämför kommuner",
    "ui/review_page.py": "Granska orsakerna",
    "ui/document_page.py": "Dokument",
    "ui/upload_page.py": "Ladda upp rapporter",
}


@pytest.mark.parametrize("page", list(PAGES))
@pytest.mark.usefixtures("app_dir")
def test_every_page_opens(page: str) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page(page).run()
    assert not at.exception and not at.error
    assert PAGES[page] in shown(at)


@pytest.mark.parametrize("page", [p for p in PAGES if p != "ui/upload_page.py"])
@pytest.mark.usefixtures("empty_dir")
def test_an_empty_archive_says_what_to_do(page: str) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page(page).run()
    assert not at.exception and not at.error
    assert "Ladda upp" in at.info[0].value


@pytest.mark.usefixtures("app_dir")
def test_an_error_in_a_page_is_a_message_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    from index.errors import StoreUnreachable

    def broken(*args: object, **kwargs: object) -> None:
        raise StoreUnreachable("no Qdrant server answers at http://x; start it or unset AVVIK_QDRANT_URL")

    monkeypatch.setattr("index.search.search_many", broken)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["q"] = "vikarier"
    at.run()
    assert not at.exception
    assert "Sökindexets server svarar inte" in at.error[0].value  # in Swedish, from the error's code


@pytest.mark.usefixtures("app_dir")
def test_read_only_serves_search_and_compare_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AVVIK_READ_ONLY", "1")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["q"] = "vikarier"
    at.run()
    assert not at.exception and not at.error
    assert "Endast läsning" in "\n".join(c.value for c in at.sidebar.caption)
    assert not at.get("page_link")  # no way to Dokument, Granska or Ladda upp
    assert "träffar" in shown(at)
    at.switch_page("ui/compare_page.py").run()
    assert not at.exception and "Jämför kommuner" in shown(at)
    assert "endast läsning" in shown(at).lower()  # the population table cannot be loaded


def test_users_are_added_with_a_hashed_password(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    from index.users import read_users, verify

    users = tmp_path / "users.txt"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "avvik_cli.main",
            "user",
            "add",
            "anna",
            "--users-file",
            str(users),
            "--password-stdin",
        ],
        input="rätt lösenord\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert read_users(users)["anna"].startswith("$argon2id$") and "rätt lösenord" not in users.read_text()
    assert verify(users, "anna", "rätt lösenord") and not verify(users, "anna", "fel")
    assert oct(users.stat().st_mode & 0o777) == "0o600"
