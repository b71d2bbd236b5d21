"""Ingest: formats, header lines, field mapping, folders/globs/stdin, ids and dates."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from multivector.errors import ConfigError, InputError, UnsupportedFormatError
from multivector.ingest import FieldMapping, iter_articles, read_text_article
from multivector.model import Article


def articles(*inputs, **kwargs) -> list[Article]:
    results = list(iter_articles(list(inputs), **kwargs))
    errors = [r for r in results if isinstance(r, InputError)]
    assert not errors, errors
    return results


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- plain text -------------------------------------------------------------------------------------------

def test_plain_text_first_line_is_title(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Kyrgyzstan hosts border talks\n\nKyrgyz and Tajik officials met in Bishkek.\n")
    [art] = articles(path)
    assert art.title == "Kyrgyzstan hosts border talks"
    assert art.text == "Kyrgyz and Tajik officials met in Bishkek."
    assert art.origin == str(path)
    assert art.date is None


def test_single_sentence_is_body_not_title() -> None:
    art = read_text_article("Turkey offered to mediate between Armenia and Azerbaijan.")
    assert art.title is None
    assert art.text == "Turkey offered to mediate between Armenia and Azerbaijan."


def test_first_line_that_is_a_sentence_stays_in_body() -> None:
    text = "Russia warned Kazakhstan on Monday over its new grain export rules, officials said.\nTalks follow."
    art = read_text_article(text)
    assert art.title is None and art.text.startswith("Russia warned")


def test_header_lines(test_data: Path) -> None:
    [art] = articles(test_data / "ingest" / "interview.txt")
    assert art.title == "The Caspian route and its limits"
    assert art.date == date(2025, 3, 7)
    assert art.source == "Eurasia Review Desk"
    assert art.url == "https://eurasia.example/interviews/caspian"
    assert art.text.startswith("An analyst from Almaty")
    assert "Title:" not in art.text and "Date:" not in art.text


def test_headers_are_case_insensitive_and_body_may_follow_directly() -> None:
    art = read_text_article("TITLE: Ankara talks\ndate: 2024-02-01\nTurkish and Azerbaijani envoys met.")
    assert art.title == "Ankara talks"
    assert art.date == date(2024, 2, 1)
    assert art.text == "Turkish and Azerbaijani envoys met."


def test_interview_turns_are_kept(test_data: Path) -> None:
    [art] = articles(test_data / "ingest" / "interview.txt")
    lines = art.text.split("\n")
    assert "Question: Will Azerbaijan and Kazakhstan expand the ferry fleet this year?" in lines
    assert any(line.startswith("Expert: Baku has promised") for line in lines)
    assert "Q: Does Russia object?" in lines
    assert "A: Moscow has not said anything publicly so far." in lines
    assert "personal views" not in art.text and "Original text" not in art.text


def test_interview_turn_is_not_taken_as_title() -> None:
    art = read_text_article("Question: Is Astana neutral?\nExpert: It tries to be.")
    assert art.title is None
    assert art.text.startswith("Question: Is Astana neutral?")


def test_read_text_article_origin_and_default_date() -> None:
    art = read_text_article("Headline\n\nBody text here.", default_date=date(2020, 5, 1), origin="paste")
    assert art.origin == "paste"
    assert art.date == date(2020, 5, 1)


# --- HTML -------------------------------------------------------------------------------------------------

def test_html_page(test_data: Path) -> None:
    [art] = articles(test_data / "ingest" / "steppe_summit.html")
    assert art.title == "Steppe ministers agree on a new rail corridor"
    assert art.date == date(2024, 11, 5)
    assert art.source == "Steppe Wire"
    assert art.url == "https://steppewire.example/news/rail-corridor"
    assert art.text.startswith("The foreign ministers of Kazakhstan and Uzbekistan")
    assert "formal treaty" in art.text
    assert "Share this article" not in art.text
    assert "Home" not in art.text and "Copyright" not in art.text


def test_html_sniffed_without_extension(tmp_path: Path, test_data: Path) -> None:
    page = (test_data / "ingest" / "steppe_summit.html").read_text(encoding="utf-8")
    [art] = articles(write(tmp_path / "page", page))
    assert art.title == "Steppe ministers agree on a new rail corridor"


# --- records ----------------------------------------------------------------------------------------------

def test_jsonl_default_field_names(tmp_path: Path) -> None:
    rows = [{"headline": "One", "body": "Georgia recalled its envoy.", "published": "March 3, 2023",
             "link": "https://x.example/1", "outlet": "Tbilisi Daily"},
            {"title": "Two", "content": "Armenia protested.", "pubdate": "2023-03-04T10:00:00Z"}]
    path = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = articles(path)
    assert (first.title, first.text, first.date) == ("One", "Georgia recalled its envoy.", date(2023, 3, 3))
    assert (first.url, first.source, first.origin) == ("https://x.example/1", "Tbilisi Daily", f"{path}:1")
    assert (second.title, second.date, second.origin) == ("Two", date(2023, 3, 4), f"{path}:2")


def test_jsonl_explicit_and_nested_mapping(tmp_path: Path) -> None:
    row = {"story": {"words": "Mongolia hosted Chinese envoys."}, "meta": {"when": "2022-07-09"}, "text": "no"}
    path = write(tmp_path / "x.ndjson", json.dumps(row) + "\n")
    [art] = articles(path, mapping=FieldMapping(text="story.words", date="meta.when"))
    assert art.text == "Mongolia hosted Chinese envoys."
    assert art.date == date(2022, 7, 9)


def test_csv_with_header(tmp_path: Path) -> None:
    path = write(tmp_path / "n.csv", 'Headline,Description,Date\n"A, B","Iran, Iraq met.",2021-01-02\n')
    [art] = articles(path)
    assert (art.title, art.text, art.date) == ("A, B", "Iran, Iraq met.", date(2021, 1, 2))
    assert art.origin == f"{path}:2"


def test_headerless_csv_by_column_number(tmp_path: Path) -> None:
    path = write(tmp_path / "n.csv", '"1","First title","Belarus joined talks."\n'
                                     '"1","Second title","Poland closed\na crossing."\n"1","Third","Done."\n')
    arts = articles(path, mapping=FieldMapping(text="3", title="2"))
    assert [a.title for a in arts] == ["First title", "Second title", "Third"]
    assert arts[1].text == "Poland closed\na crossing."
    assert [a.origin for a in arts] == [f"{path}:1", f"{path}:2", f"{path}:4"]


def test_tsv_and_forced_format(tmp_path: Path) -> None:
    path = write(tmp_path / "n.data", "title\ttext\nT\tQatar hosted the talks.\n")
    [art] = articles(path, fmt="tsv")
    assert (art.title, art.text) == ("T", "Qatar hosted the talks.")


def test_mixed_mapping_is_rejected() -> None:
    with pytest.raises(ConfigError):
        FieldMapping(text="3", title="headline")


def test_unknown_format_raises() -> None:
    with pytest.raises(UnsupportedFormatError):
        iter_articles(["x"], fmt="docx")


# --- sources ----------------------------------------------------------------------------------------------

def test_folder_recursive_sorted_skipping_hidden(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B title\n\nSecond body.")
    write(tmp_path / "a" / "z.md", "Z title\n\nFirst body.")
    write(tmp_path / ".hidden.txt", "H\n\nHidden body.")
    write(tmp_path / ".git" / "c.txt", "C\n\nGit body.")
    arts = articles(tmp_path)
    assert [a.text for a in arts] == ["First body.", "Second body."]


def test_glob_and_duplicates(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", "T1\n\nBody one.")
    write(tmp_path / "two.txt", "T2\n\nBody two.")
    write(tmp_path / "skip.csv", "text\nnot matched\n")
    arts = articles(str(tmp_path / "*.txt"), tmp_path / "one.txt")
    assert [a.text for a in arts] == ["Body one.", "Body two."]


@pytest.mark.parametrize(("payload", "expected_title"), [
    ('{"title": "J", "text": "Body from JSON."}\n', "J"),
    ("<html><body><article><h1>H</h1><p>Body from an HTML page on standard input, long enough to keep."
     "</p></article></body></html>", None),
    ("P title\n\nBody from plain text.", "P title"),
])
def test_stdin_sniffing(payload: str, expected_title: str | None) -> None:
    [art] = articles("-", stdin=io.StringIO(payload))
    assert art.text.startswith("Body from")
    assert art.origin.startswith("<stdin>")
    if expected_title is not None:
        assert art.title == expected_title


# --- ids and dates ----------------------------------------------------------------------------------------

def test_stable_ids() -> None:
    a = read_text_article("T\n\nChina and Kazakhstan signed a deal.")
    b = read_text_article("Other title\n\nChina and Kazakhstan signed a deal.\n")
    c = read_text_article("URL: https://n.example/1\n\nChina and Kazakhstan signed a deal.")
    assert a.id == b.id == Article.make_id("China and Kazakhstan signed a deal.")
    assert c.id != a.id


def test_boilerplate_does_not_change_id() -> None:
    plain = read_text_article("T\n\nEgypt and Sudan agreed.")
    noisy = read_text_article("T\n\nEgypt and Sudan agreed.\nLike and subscribe!\nCopyright 2024 X News")
    assert noisy.id == plain.id


def test_missing_date_is_none_or_default(tmp_path: Path) -> None:
    path = write(tmp_path / "f.jsonl", '{"text": "Chile protested."}\n')
    assert articles(path)[0].date is None
    assert articles(path, default_date=date(2019, 9, 9))[0].date == date(2019, 9, 9)


def test_unparseable_date_is_none_with_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "f.jsonl", '{"text": "Peru protested.", "date": "sometime soon"}\n')
    [art] = articles(path, default_date=date(2019, 9, 9))
    assert art.date is None
    assert "sometime soon" in caplog.text and f"{path}:1" in caplog.text


# --- the shared corpus ------------------------------------------------------------------------------------

def test_voa_corpus(shared_dir: Path) -> None:
    mapping = FieldMapping(text="text", title="title", date="published", url="url")
    arts = articles(shared_dir / "corpus" / "voa_dev.jsonl", mapping=mapping)
    assert len(arts) == 56
    assert all(a.date is not None and a.title and a.url and a.text for a in arts)
    assert len({a.id for a in arts}) == 56


def test_json_document_with_record_list(tmp_path: Path) -> None:
    doc = {"meta": {"n": 2}, "articles": [{"headline": "J1", "text": "Oman hosted talks."},
                                          {"headline": "J2", "body": "Qatar mediated.", "date": "2020-01-05"}]}
    path = write(tmp_path / "dump.json", json.dumps(doc, indent=2))
    first, second = articles(path)
    assert (first.title, first.origin) == ("J1", f"{path}[0]")
    assert (second.text, second.date) == ("Qatar mediated.", date(2020, 1, 5))


def test_text_starting_with_bracket_is_not_json() -> None:
    [art] = articles("-", stdin=io.StringIO("[Updated] Talks resume\n\nIran and Oman resumed talks."))
    assert art.title == "[Updated] Talks resume"


def test_markdown_heading_title(tmp_path: Path) -> None:
    [art] = articles(write(tmp_path / "n.md", "# Baku summit ends\n\nLeaders of Turkic states met in Baku."))
    assert art.title == "Baku summit ends"
