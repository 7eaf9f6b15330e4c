"""Swedish for what Streamlit writes itself: the page's ``lang="sv"`` and the widgets' built-in English.

Streamlit has no setting for its own strings, so a small script (``st.html`` runs it in the page, not in a
frame) sets ``<html lang="sv">`` and rewrites the known English texts, placeholders and labels as they
appear, with a MutationObserver: visible texts, tooltips and the labels screen readers read. What stays English:
the "Please wait" screen before the app's first script run (the script is not in the page yet), the dialog
shown when the connection to the server is lost (rare, and it names Streamlit's own commands), the browser's
own file dialog, the names of Material icons that a screen reader or a copy of the page's text picks up
("search", "upload_file"), and the descriptions Vega writes for screen readers of a chart's axes and legend
("X-axis for a discrete scale with 19 values …").
"""

from __future__ import annotations

import json

import streamlit as st

# (regular expression, replacement): whole texts of Streamlit's own widgets, in the order they are tried
TRANSLATIONS: tuple[tuple[str, str], ...] = (
    (r"^Drag and drop files here$", "Dra och släpp filer här"),
    (r"^Drag and drop file here$", "Dra och släpp en fil här"),
    (r"^Drag and drop directories here$", "Dra och släpp mappar här"),
    (r"^Limit (\d+(?:\.\d+)?)\s?([KMG]B) per file", "Högst $1 $2 per fil"),
    (r"^(\d+(?:\.\d+)?)\s?([KMG]B) per file", "Högst $1 $2 per fil"),
    (r"^Browse files$", "Välj filer"),
    (r"^Upload$", "Ladda upp"),
    (r"^Add files$", "Lägg till filer"),
    (r"^Select all$", "Välj alla"),
    (r"^Deselect all$", "Välj bort alla"),
    (r"^Select all (\d+) matches$", "Välj alla $1 träffar"),
    (r"^Clear all$", "Rensa"),
    (r"^No results$", "Inga träffar"),
    (r"^No options to select\.?$", "Inga alternativ"),
    (r"^Choose an option$", "Välj …"),
    (r"^Choose options$", "Välj …"),
    (r"^Press Enter to apply$", "Tryck Enter för att använda"),
    (r"^Press Enter to submit form$", "Tryck Enter för att skicka"),
    (r"^Press (⌘|Ctrl)\+Enter to apply$", "Tryck $1+Enter för att använda"),
    (r"^(.+) files are not allowed\.$", "Filtypen $1 är inte tillåten här."),
    (r"^This type of files are not allowed\.$", "Den här filtypen är inte tillåten här."),
    (r"^File must be (.+) or smaller\.$", "Filen får vara högst $1."),
    (r"^Running\.\.\.$", "Arbetar …"),
    (r"^Stop$", "Stoppa"),
    (r"^Download as CSV$", "Ladda ner som CSV"),
    (r"^Search$", "Sök"),
    (r"^Fullscreen$", "Helskärm"),
    (r"^Close fullscreen$", "Stäng helskärm"),
    (r"^Show password text$", "Visa lösenordet"),
    (r"^Hide password text$", "Dölj lösenordet"),
    (r"^Copy to clipboard$", "Kopiera"),
    (r"^Remove$", "Ta bort"),
    (r"^Delete$", "Ta bort"),
    (r"^Skip to main content$", "Hoppa till innehållet"),
    # tooltips of a chart's or a table's toolbar (shown on hover) and labels for screen readers
    (r"^Show data$", "Visa data"),
    (r"^Download as PNG$", "Ladda ner som PNG"),
    (r"^Download as SVG$", "Ladda ner som SVG"),
    (r"^Copy Vega-Lite spec$", "Kopiera diagrammets Vega-Lite-specifikation"),
    (r"^Show/hide columns$", "Visa eller dölj kolumner"),
    (r"^Sidebar$", "Sidomeny"),
    (r"^Collapse sidebar$", "Fäll ihop sidomenyn"),
    (r"^Expand sidebar$", "Fäll ut sidomenyn"),
    (r"^App pages$", "Appens sidor"),
    (r"^Main menu$", "Huvudmeny"),
    (r"^Link to heading$", "Länk till rubriken"),
    (r"^Help for (.+)$", "Hjälp om $1"),
    (r"^(.+) — start$", "$1 — från"),
    (r"^(.+) — end$", "$1 — till"),
    (r"^Open$", "Öppna"),
    (r"^Close$", "Stäng"),
    (r"^Decrement$", "Minska"),
    (r"^Increment$", "Öka"),
    (r"^file upload$", "filuppladdning"),
    (r"^progress$", "förlopp"),
    (r"^Shortcut (.+)$", "Kortkommando $1"),
    (r"^Vega visualization$", "Diagram"),
    (r"^(\d+)\.(\d+)\s?([KMG]?B)$", "$1,$2 $3"),  # an uploaded file's size, "8.0KB": "8,0 KB"
    (r"^(\d+)\s?([KMG]?B)$", "$1 $2"),
)

_SCRIPT = """
<script>
(() => {
  const rules = %s.map(([pattern, text]) => [new RegExp(pattern), text]);
  const swap = (value) => {
    if (!value) return null;
    const trimmed = value.trim();
    for (const [pattern, text] of rules) {
      if (pattern.test(trimmed)) return value.replace(trimmed, trimmed.replace(pattern, text));
    }
    return null;
  };
  const ATTRIBUTES = ["placeholder", "aria-label", "title"];
  const translate = (root) => {
    if (root.nodeType === Node.TEXT_NODE) {
      const changed = swap(root.nodeValue);
      if (changed !== null && changed !== root.nodeValue) root.nodeValue = changed;
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    for (const element of [root, ...root.querySelectorAll("[placeholder],[aria-label],[title]")]) {
      for (const name of ATTRIBUTES) {
        const changed = swap(element.getAttribute && element.getAttribute(name));
        if (changed !== null && changed !== element.getAttribute(name)) element.setAttribute(name, changed);
      }
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const changed = swap(node.nodeValue);
      if (changed !== null && changed !== node.nodeValue) node.nodeValue = changed;
    }
  };
  document.documentElement.lang = "sv";
  if (window.__avvikSwedish) return;
  window.__avvikSwedish = true;
  translate(document.body);
  new MutationObserver((mutations) => {
    if (document.documentElement.lang !== "sv") document.documentElement.lang = "sv";
    for (const m of mutations) {
      if (m.type === "characterData") translate(m.target);
      else if (m.type === "attributes") translate(m.target);
      else m.addedNodes.forEach(translate);
    }
  }).observe(document.documentElement, {
    subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES,
  });
})();
</script>
"""


def script() -> str:
    return _SCRIPT % json.dumps([list(rule) for rule in TRANSLATIONS], ensure_ascii=False)


def swedish_page() -> None:
    """Run the script once per page load (it keeps itself running; a rerun finds it there)."""
    st.html(script(), unsafe_allow_javascript=True)
