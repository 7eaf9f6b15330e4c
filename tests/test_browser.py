"""End to end in a real browser: `avvik serve` on a free port, Debian's headless Chromium through
chromedriver, a walk through the pages as a user would take it, and a screenshot of each in test-output/."""

from __future__ import annotations

import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from app_fixtures import monthly_spec, unknown_municipality_spec
from pdf_builder import build_report, sample_spec

from index.archive import Archive
from index.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow
OUTPUT = REPO_ROOT / "test-output"
SAMPLES = REPO_ROOT / "data" / "samples"
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--window-size=1440,1100",
    "--force-device-scale-factor=1",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> Path:  # type: ignore[no-untyped-def]
    """The test reports and the sample reports, tagged by the real cause classifier."""
    from extract.tagger import load_tagger

    folder = tmp_path_factory.mktemp("browser")
    pdfs = [
        build_report(folder / "alingsas-sn-2024-05.pdf", sample_spec()),
        build_report(folder / "alingsas-sn-2024-06.pdf", sample_spec(month="juni")),
        build_report(folder / "lerum-sn-2024-05.pdf", sample_spec(municipality="Lerum")),
        build_report(folder / "uppfoljning-von.pdf", unknown_municipality_spec()),
        *(
            build_report(
                folder / f"kungalv-sn-2024-{month}.pdf", monthly_spec("Kungälv", month, staff, purchases)
            )
            for month, staff, purchases in (
                ("mars", -3500, -4000),
                ("april", -2400, -4600),
                ("maj", -1200, -5100),
            )
        ),
        *sorted(SAMPLES.glob("*.pdf")),
    ]
    archive = Archive(Settings.load(folder / "state"), embedder=real_embedder, tagger=load_tagger())
    results = archive.ingest(pdfs, workers=1)
    archive.close()
    assert all(r.status == "ingested" for r in results), [
        r.message for r in results if r.status != "ingested"
    ]
    return folder / "state"


@pytest.fixture(scope="module")
def server(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.fail("Debian's chromium and chromium-driver are missing; run `make system`")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("serve") / "serve.log"
    log = log_path.open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "avvik_cli.main",
            "--data-dir",
            str(data_dir),
            "serve",
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "AVVIK_DATA_DIR": str(data_dir)},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the app did not start: " + log_path.read_text()[-2000:])
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def browser(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in [*CHROME_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _body(driver: Any) -> str:
    return str(driver.find_element("tag name", "body").text)


def _settled(driver: Any, ready: Callable[[str], bool], timeout: float = 120) -> str:
    """Wait until the page shows what ``ready`` wants and the app has stopped running."""
    from selenium.webdriver.support.ui import WebDriverWait

    def done(d: Any) -> bool:
        running = d.find_elements("css selector", '[data-testid="stStatusWidget"]')
        return not running and ready(_body(d))

    WebDriverWait(driver, timeout, poll_frequency=0.3).until(done)
    time.sleep(0.8)  # let the last elements paint before a screenshot
    return _body(driver)


def _laptop(driver: Any) -> dict[str, int]:
    """The window as a 1280×800 laptop shows it (the viewport's own size, whatever the window frame takes)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False},
    )
    return dict(driver.execute_script("return {width: window.innerWidth, height: window.innerHeight};"))


def _top_and_bottom(driver: Any, css: str, bordered: bool = False) -> list[tuple[float, float]]:
    """Where each element that matches ``css`` (and has a border, if asked: a ``st.container(border=True)``)
    starts and ends in the viewport, in CSS pixels."""
    rects = driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])]"
        ".filter(e => !arguments[1] || getComputedStyle(e).borderTopStyle !== 'none')"
        ".map(e => e.getBoundingClientRect()).map(r => [r.top, r.bottom]);",
        css,
        bordered,
    )
    return [(float(top), float(bottom)) for top, bottom in rects]


STREAMLIT_ENGLISH = re.compile(
    r"^(Show data|Download as PNG|Copy Vega-Lite spec|Show/hide columns|Sidebar|Collapse sidebar|App pages|"
    r"Main menu|Link to heading|Open|Decrement|Increment|file upload|progress|Help for .+|Shortcut .+|"
    r".+ — (start|end))$"
)


def _english_labels(driver: Any) -> list[str]:
    """Streamlit's own English in tooltips, placeholders and screen-reader labels still on the page."""
    values = driver.execute_script(
        "return [...document.querySelectorAll('[aria-label],[title],[placeholder]')]"
        ".flatMap(e => ['aria-label', 'title', 'placeholder'].map(a => e.getAttribute(a)).filter(Boolean));"
    )
    return sorted({v for v in values if STREAMLIT_ENGLISH.match(v.strip())})


def _shot(driver: Any, name: str, full_page: bool = True) -> Path:
    OUTPUT.mkdir(exist_ok=True)
    if full_page:  # as tall as the page (up to a limit), so that the screenshot shows what a user scrolls to
        height = driver.execute_script(
            "const m = document.querySelector('[data-testid=\"stMain\"]') || document.body;"
            "return Math.max(m.scrollHeight, document.body.scrollHeight);"
        )
        driver.set_window_size(1440, min(max(int(height) + 40, 1100), 2400))
        time.sleep(0.5)
    path = OUTPUT / name
    driver.save_screenshot(str(path))
    driver.set_window_size(1440, 1100)
    assert path.stat().st_size > 20_000, f"{name} looks empty"
    return path


def test_search_then_the_document_view(browser: Any, server: str) -> None:
    browser.get(f"{server}/?q=vikariekostnader+och+sjukfr%C3%A5nvaro")
    body = _settled(browser, lambda b: "träffar" in b and "Personalkostnader" in b)
    assert (
        "Alingsås" in body and "\u22122,0 mnkr" in body and "samma förklaring i maj 2024, juni 2024" in body
    )
    assert browser.find_elements("css selector", "mark"), "the matched words are highlighted"
    _shot(browser, "search.png", full_page=False)
    link = browser.find_element("css selector", 'a[href*="dokument?id="]')
    browser.get(link.get_attribute("href"))
    body = _settled(browser, lambda b: "Förklaringar i rapporten" in b and "markerad på sidan" in b)
    _settled(browser, lambda b: bool(browser.find_elements("css selector", ".avvik-view img")))
    assert "den markerade texten är förklaringen" in body
    _shot(browser, "document.png", full_page=False)


def test_compare_municipalities_and_a_trend(browser: Any, server: str) -> None:
    browser.get(f"{server}/jamfor")
    body = _settled(browser, lambda b: "Avvikelserna bakom en ruta" in b)
    _settled(browser, lambda b: bool(browser.find_elements("css selector", ".vega-embed")))
    assert "Alingsås" in body and "Lerum" in body
    assert not _english_labels(browser), _english_labels(browser)  # the chart's and table's toolbars too
    _shot(browser, "compare.png")
    tab = next(t for t in browser.find_elements("css selector", "[role=tab]") if "Trend" in t.text)
    tab.click()
    body = _settled(browser, lambda b: "Hur ofta varje orsak nämns" in b)
    # the committee with the longest history comes first: Kungälv's three months, getting better by 0,7 mnkr
    assert "+0,7 mnkr mot april 2024" in body and "mars 2024" in body, body[body.find("Nämnd") :][:300]
    _shot(browser, "trend.png", full_page=False)


def test_review_with_the_keyboard(browser: Any, server: str, data_dir: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    browser.get(f"{server}/granska?granskare=webbtest")
    assert "Modellens orsaker" in _settled(browser, lambda b: "Tangenter" in b)
    assert not _english_labels(browser), _english_labels(browser)  # "Shortcut J" and the like
    ActionChains(browser).send_keys("j").perform()  # J: accept the least certain open tag
    _settled(browser, lambda b: "✓ godkänd" in b)
    db = sqlite3.connect(data_dir / "avvik.sqlite")
    try:
        rows = db.execute("SELECT reviewer, decision FROM reviews").fetchall()
    finally:
        db.close()
    assert rows == [("webbtest", "accept")]
    ActionChains(browser).send_keys("l").perform()  # L: the "Lägg till orsak" picker, then type and Enter
    _settled(browser, lambda b: browser.switch_to.active_element.get_attribute("role") == "combobox")
    ActionChains(browser).send_keys("över").perform()
    time.sleep(1)
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    _settled(browser, lambda b: "Tillagda:" in b)
    db = sqlite3.connect(data_dir / "avvik.sqlite")
    try:
        added = db.execute(
            "SELECT tag FROM reviews WHERE decision = 'add' AND reviewer = 'webbtest'"
        ).fetchall()
    finally:
        db.close()
    assert len(added) == 1, added
    picker = browser.find_element("css selector", ".st-key-review_add")
    assert "skriv för att söka" in picker.text or "skriv för att söka" in (
        picker.find_element("css selector", "input").get_attribute("placeholder") or ""
    ), picker.text  # empty again, ready for the next one
    _shot(browser, "review.png")


def test_upload_a_report(browser: Any, server: str, tmp_path: Path) -> None:
    pdf = build_report(
        tmp_path / "kungalv-sn-2024-04.pdf", sample_spec(municipality="Kungälv", month="april")
    )
    browser.get(f"{server}/ladda-upp")
    _settled(browser, lambda b: bool(browser.find_elements("css selector", 'input[type="file"]')))
    # Streamlit's own strings in Swedish (ui.locale), the page's language too
    _settled(browser, lambda b: "Högst 200 MB per fil" in b)
    text = browser.execute_script("return document.body.innerText")  # the hidden texts too
    assert "Hoppa till innehållet" in text and "\nLadda upp\n" in text, text
    english = ("Drag and drop", "Browse files", "per file", "Upload\n", "Skip to main content")
    assert not [e for e in english if e in text], text
    assert browser.execute_script("return document.documentElement.lang") == "sv"
    browser.find_element("css selector", 'input[type="file"]').send_keys(str(pdf))
    body = _settled(browser, lambda b: "kungalv" in b)  # the uploader shortens long names
    assert re.search(r"\n\d+,\d KB\n", body) and not re.search(r"\d\.\d\s?KB", body), body  # Swedish size
    button = next(b for b in browser.find_elements("css selector", "button") if "Läs in" in b.text)
    button.click()
    body = _settled(browser, lambda b: "1 rapport inläst" in b or "kunde inte läsas" in b, timeout=180)
    assert "kungalv-sn-2024-04.pdf · check_circle inläst · 5 förklaringar" in body, body[-800:]
    _shot(browser, "upload.png", full_page=False)


def test_a_laptop_screen_shows_more_than_one_hit_and_the_heatmap(browser: Any, server: str) -> None:
    try:
        screen = _laptop(browser)
        assert screen == {"width": 1280, "height": 800}
        browser.get(f"{server}/?q=vikariekostnader+och+sjukfr%C3%A5nvaro")
        _settled(browser, lambda b: "träffar" in b and "Personalkostnader" in b)
        hits = _top_and_bottom(
            browser, '[data-testid="stMain"] [data-testid="stVerticalBlock"]', bordered=True
        )
        assert len(hits) >= 3
        tallest = max(bottom - top for top, bottom in hits)
        assert tallest < screen["height"] / 2, f"a hit {tallest:.0f} px tall of {len(hits)}"
        assert hits[1][1] <= screen["height"], f"the second hit ends below the fold: {hits[:2]}"
        _shot(browser, "search-1280x800.png", full_page=False)
        browser.get(f"{server}/jamfor")
        _settled(browser, lambda b: bool(browser.find_elements("css selector", ".vega-embed")))
        [(top, bottom)] = _top_and_bottom(browser, ".vega-embed")
        assert bottom <= screen["height"], f"the heatmap ends {bottom:.0f} px down, below the fold"
        _shot(browser, "compare-1280x800.png", full_page=False)
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_a_served_app_never_offers_to_rerun_on_a_file_change(browser: Any, server: str) -> None:
    browser.get(f"{server}/")
    _settled(browser, lambda b: "Sök bland avvikelseförklaringar" in b)
    app = REPO_ROOT / "app.py"
    stat = app.stat()
    os.utime(
        app, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000)
    )  # as an edit would (content unchanged)
    try:
        time.sleep(3)
        assert "File change" not in _body(browser) and "Rerun" not in _body(browser)
    finally:
        os.utime(app, ns=(stat.st_atime_ns, stat.st_mtime_ns))


MARKED_IN_VIEW = """
const view = document.querySelector(".avvik-view");
const image = view.querySelector("img");
const marked = JSON.parse(view.dataset.marked);
const scale = image.clientWidth / image.naturalWidth * Number(view.dataset.render);
const y = marked[1] * scale - view.scrollTop;
const rect = view.getBoundingClientRect();
return {y: y, height: view.clientHeight, top: rect.top, bottom: rect.bottom, window: window.innerHeight,
        zoomed: image.clientWidth > view.clientWidth};
"""


def test_the_marked_passage_is_in_view_zoomed_and_the_pdf_opens_at_its_page(
    browser: Any, server: str, data_dir: Path
) -> None:
    db = sqlite3.connect(data_dir / "avvik.sqlite")
    try:  # the passage lowest on its page, of a report of several pages
        explanation_id, page = db.execute(
            "SELECT e.explanation_id, e.page FROM explanations e JOIN reports r USING (report_id) "
            "WHERE r.source = 'von-2024-11.pdf' ORDER BY json_extract(e.bbox, '$[1]') DESC LIMIT 1"
        ).fetchone()
    finally:
        db.close()
    browser.get(f"{server}/dokument?id={explanation_id}")
    _settled(
        browser,
        lambda b: "markerad på sidan" in b and bool(browser.find_elements("css selector", ".avvik-view img")),
    )
    zoom = next(b for b in browser.find_elements("css selector", "button") if b.text.strip() == "200 %")
    zoom.click()
    _settled(browser, lambda b: bool(browser.execute_script(MARKED_IN_VIEW)["zoomed"]))
    where = browser.execute_script(MARKED_IN_VIEW)
    assert 0 <= where["y"] <= where["height"], where  # scrolled to the passage, within the zoomed page
    assert where["top"] >= 0 and where["bottom"] <= where["window"], where  # and the view in the window
    _shot(browser, "document-zoomed.png", full_page=False)
    before = set(browser.window_handles)
    next(a for a in browser.find_elements("css selector", "a") if "Öppna PDF:en" in a.text).click()
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda d: set(d.window_handles) - before)
    [tab] = set(browser.window_handles) - before
    main = browser.current_window_handle
    browser.switch_to.window(tab)
    try:
        assert browser.current_url.startswith("blob:") and browser.current_url.endswith(f"#page={page}")
    finally:
        browser.close()
        browser.switch_to.window(main)
