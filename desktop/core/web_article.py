"""A news page at a web address, read as New event from text reads a pasted
article: the page is saved (as a source's saved copy, ``saved_copies``), and
its article — headline, day, site and paragraphs, without the menus, links
and footers around it — is written out as the text an analyst would have
copied: the headline, a "Published:" and a "Source:" line, the address and
the paragraphs.  Reading the article out of the markup is trafilatura's work.

A PDF or a text file at the address gives its text as it is (its text layer
for a PDF); a picture gives none, which is said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.core.copy_texts import extract_text
from desktop.core.saved_copies import CopyError, SavedCopies, fetch_copy

# The whole text is one web address (what pasting a link gives)
_ADDRESS = re.compile(r"\s*(https?://[^\s<>\"]+)\s*")


@dataclass(frozen=True)
class WebArticle:
    url: str
    text: str  # as New event from text reads it
    copy_sha256: str  # the page as saved, for the source
    copy_name: str


def web_address(text: str) -> str:
    """The web address ``text`` is, alone, or ""."""
    found = _ADDRESS.fullmatch(text)
    return found.group(1) if found else ""


def read_web_article(url: str, database: Path) -> WebArticle:
    """Fetch and save the page at ``url`` and read its article.  CopyError
    says why it could not be (no network, refused, too large, no text)."""
    sha256, name = fetch_copy(url, database)
    path = SavedCopies(database).path_of(sha256, name)
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        text = article_text(path.read_bytes(), url)
    else:
        text = extract_text(path).strip()
        text = f"{text}\n\n{url}" if text else ""
    if not text:
        raise CopyError(f"{url}: the page holds no text to read (it was saved as {name})")
    return WebArticle(url, text, sha256, name)


def article_text(markup: bytes, url: str) -> str:
    """The article of a page as a reader would copy it: its headline, the day
    and site it was published on, the address, then its paragraphs."""
    import trafilatura  # about 0.2 s to load, with lxml: only when a page is read

    # The day the page's own data give (its meta tags, its address), not one
    # guessed from its text: a roundup's first activity is no publication day,
    # and yearless days are read near the publication's.
    found = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if found is None:
        return ""
    article = found if isinstance(found, dict) else found.as_dict()
    title = " ".join(str(article.get("title") or "").split())
    paragraphs = [line.strip() for line in str(article.get("text") or "").splitlines()
                  if line.strip()]
    if paragraphs and title and " ".join(paragraphs[0].split()) == title:
        paragraphs = paragraphs[1:]  # the headline, again at the article's top
    if not paragraphs:
        return ""
    about = [f"Published: {article['date']}" if article.get("date") else "",
             f"Source: {article['sitename']}" if article.get("sitename") else "", url]
    return "\n".join([*([title] if title else []), *(line for line in about if line), "",
                      "\n\n".join(paragraphs)])
