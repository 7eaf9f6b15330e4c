"""Streamlit's own strings in Swedish where the app decides them: no cached function shows Streamlit's English
"Running func(...)." spinner (each says nothing or a Swedish line)."""

import importlib

from streamlit.runtime.caching.cache_utils import CachedFunc

from index.settings import REPO_ROOT


def _cached_functions() -> list[tuple[str, CachedFunc]]:
    found = []
    for path in sorted((REPO_ROOT / "ui").glob("*.py")):  # the app's ui/ (in tests, `ui` is also tests/ui)
        module = importlib.import_module(f"ui.{path.stem}")
        for name, value in vars(module).items():
            if isinstance(value, CachedFunc) and value._info.func.__module__ == module.__name__:
                found.append((f"{module.__name__}.{name}", value))
    return found


def test_no_cached_function_shows_streamlits_english_spinner() -> None:
    cached = _cached_functions()
    assert len(cached) >= 5  # the archive, the write lock, the taxonomy, the municipalities, the page image …
    english = [name for name, func in cached if func._info.show_spinner is True]
    assert not english, f"show_spinner=False or a Swedish text for {english}"
    swedish = [func._info.show_spinner for _, func in cached if isinstance(func._info.show_spinner, str)]
    assert swedish and all(text.endswith("…") for text in swedish)
