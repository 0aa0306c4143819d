"""The checks of a read text, each on the smallest document it should flag and one it must leave alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.check import check
from generator.check.footnotes import check_markers_reached, check_stray_markers
from generator.check.leaks import check_furniture_in_text
from generator.check.lengths import check_paragraph_lengths
from generator.check.masthead import check_kind, check_symbol
from generator.check.numbering import check_annex_labels, check_footnote_labels, check_operative_labels
from generator.check.types import Check
from generator.check.words import check_words_kept
from generator.decode import Source
from generator.model import Document, Furniture, Kind, Paragraph, Role, Span, Text
from generator.pipeline import read_seed
from tests.conftest import ROOT, SEEDS
from tests.test_link_helpers import PATH, document, footnote, paragraph

NO_SOURCE = Source(PATH, (), "utf-8")


def found(run: Check, doc: Document, source: Source = NO_SOURCE) -> list[str]:
    """What one check says of `doc`, as the build prints it."""
    return [str(problem) for problem in run(doc, source)]


def masthead(*lines: str, kind: Kind = Kind.OTHER, symbol: str | None = None, opening: bool = True) -> Document:
    """A text whose masthead is `lines`, one paragraph each, then an opening (unless not) and a preambular paragraph."""
    role = Role.HEADER if opening else Role.BODY
    paragraphs = [paragraph(text, i + 1, role) for i, text in enumerate(lines)]
    if opening:
        paragraphs.append(paragraph("The General Assembly,", len(lines) + 1, Role.OPENING))
    paragraphs.append(paragraph("Recalling its resolutions,", len(lines) + 2, Role.PREAMBLE))
    return Document(source=PATH, kind=kind, symbol=symbol, paragraphs=tuple(paragraphs))


def operative(*labels: str, role: Role = Role.OPERATIVE) -> Document:
    """A text of paragraphs labelled `labels`, on lines 1, 2, …"""
    return Document(
        source=PATH, paragraphs=tuple(paragraph("Text;", i + 1, role, label) for i, label in enumerate(labels))
    )


# 1. Kind and symbol where the masthead shows them.


def test_a_masthead_saying_resolution_adopted_needs_the_kind_resolution() -> None:
    lines = (
        "General Assembly",
        "Resolution adopted by the General Assembly on 19 September 2025",
        "80/1. Participation",
    )
    assert found(check_kind, masthead(*lines)) == [
        "case.txt:2: error: the masthead shows a resolution, but the kind read is other"
    ]
    assert found(check_kind, masthead(*lines, kind=Kind.RESOLUTION)) == []


def test_a_text_without_opening_is_still_checked_by_its_first_lines() -> None:
    doc = masthead("United Nations", "80/1. Participation by the State", opening=False)
    assert found(check_kind, doc) == [
        "case.txt:2: error: the masthead shows a decision or resolution, but the kind read is other"
    ]


def test_a_sponsors_line_asks_for_a_draft_of_its_kind() -> None:
    assert found(check_kind, masthead("State of Palestine:* draft decision", kind=Kind.DRAFT_RESOLUTION)) == [
        "case.txt:1: error: the masthead shows a draft decision, but the kind read is draft resolution"
    ]
    assert found(check_kind, masthead("Italy: draft resolution", kind=Kind.DRAFT_RESOLUTION)) == []
    assert found(check_kind, masthead("Distr.: General", "Original: English")) == []  # nothing shown, nothing asked


def test_a_symbol_in_the_masthead_must_be_the_documents() -> None:
    doc = masthead("United Nations A/RES/80/1", "General Assembly")
    assert found(check_symbol, doc) == [
        "case.txt:1: error: the masthead shows the symbol A/RES/80/1, but the document has none"
    ]
    assert found(check_symbol, masthead("United Nations A/RES/80/1", symbol="A/RES/80/1")) == []
    assert found(check_symbol, masthead("A/C.3/80/L.10", symbol="A/C.3/80/L.1")) == [
        "case.txt:1: error: the masthead shows the symbol A/C.3/80/L.10, but the symbol read is A/C.3/80/L.1"
    ]


def test_a_symbol_in_brackets_names_another_document_and_a_masthead_furniture_line_counts() -> None:
    assert found(check_symbol, masthead("[without reference to a Main Committee (A/80/L.2/Rev.1)]")) == []
    doc = masthead("General Assembly")
    doc = Document(source=PATH, paragraphs=doc.paragraphs, furniture=(Furniture(1, "A/80/L.6", "running head"),))
    assert found(check_symbol, doc) == [
        "case.txt:1: error: the masthead shows the symbol A/80/L.6, but the document has none"
    ]


# 2. Operative labels 1..N, sub-items under their parent; annexes apart.


def test_operative_labels_that_skip_repeat_or_start_late_are_errors() -> None:
    assert found(check_operative_labels, operative("1", "2", "4")) == [
        "case.txt:3: error: operative paragraph 4 comes after 2: the labels skip or go back"
    ]
    assert found(check_operative_labels, operative("1", "2", "2")) == [
        "case.txt:3: error: operative paragraph 2 comes twice (also at line 2)"
    ]
    assert found(check_operative_labels, operative("2", "3")) == [
        "case.txt:1: error: operative paragraph 2 opens the list under the top level: its first items are missing"
    ]


def test_sub_items_run_under_their_parent_letters_and_romans_alike() -> None:
    clean = ("1", "1 (a)", "1 (a) (i)", "1 (a) (ii)", "1 (b)", "2", "2 (a)", "2 (b)", "3")
    assert found(check_operative_labels, operative(*clean)) == []
    letters = tuple(f"1 ({c})" for c in "abcdefghij")  # (h) then (i) is a letter, not a roman one
    assert found(check_operative_labels, operative("1", *letters, "2")) == []
    assert found(check_operative_labels, operative("a", "b", "c")) == []  # a decision's lettered paragraphs
    assert found(check_operative_labels, operative("1", "1 (a)", "1 (c)", "2")) == [
        "case.txt:3: error: operative paragraph 1 (c) comes after 1 (a): the labels skip or go back"
    ]
    assert found(check_operative_labels, operative("1", "1 (b)")) == [
        "case.txt:2: error: operative paragraph 1 (b) opens the list under paragraph 1: its first items are missing"
    ]


def test_an_annex_is_numbered_within_itself_and_may_start_again_after_a_heading() -> None:
    annexes = operative("I heading", "I 1", "I 2", "I p1", "I 1", "II heading", "II 1", "II 2", role=Role.ANNEX)
    assert found(check_annex_labels, annexes) == []
    assert found(check_annex_labels, operative("heading", "1", "2", "4", role=Role.ANNEX)) == [
        "case.txt:4: error: annex paragraph 4 comes after 2: the labels skip or go back"
    ]
    doc = Document(source=PATH, paragraphs=(*operative("1", "2").paragraphs, *annexes.paragraphs))
    assert found(check_operative_labels, doc) == []  # the annex's 1 is not the operative part's


# 3. Footnote labels 1..N, asterisk and lettered notes apart.


def test_footnote_labels_that_skip_or_repeat_are_errors_each_series_apart() -> None:
    def notes(*labels: str) -> Document:
        return document("Text.", footnotes=tuple(footnote(label, "A/1/1.", 10 + i) for i, label in enumerate(labels)))

    assert found(check_footnote_labels, notes("*", "**", "1", "2", "3", "a", "b")) == []
    assert found(check_footnote_labels, notes("1", "2", "4", "5")) == [
        "case.txt:12: error: footnote labels skip 3: they run to 5"
    ]
    assert found(check_footnote_labels, notes("4", "8")) == [
        "case.txt:10: error: footnote labels skip 1–3, 5–7: they run to 8"
    ]
    assert found(check_footnote_labels, notes("1", "2", "2")) == [
        "case.txt:12: error: footnote 2 comes twice (also at line 11)"
    ]
    assert found(check_footnote_labels, notes("*", "***", "1")) == [
        "case.txt:11: error: asterisk note labels skip **: they run to ***"
    ]


def test_odd_footnote_labels_are_no_series_to_count_up_to() -> None:
    labels = ("1", "2", "123456789", "²", "*" * 40)
    doc = document("Text.", footnotes=tuple(footnote(label, "A/1/1.", 10 + i) for i, label in enumerate(labels)))
    assert found(check_footnote_labels, doc) == []


# 4. Every footnote reached from one marker, every marker with its footnote.


def test_markers_and_footnotes_that_miss_each_other_are_warnings_naming_the_line() -> None:
    doc = document(
        "Recalling the Convention,[^1]",
        "Noting it,[^3]",
        footnotes=(footnote("1", "A/1/1.", 10), footnote("2", "A/1/2.", 11)),
    )
    assert found(check_markers_reached, doc) == [
        "case.txt:2: warning: footnote marker 3 has no footnote",
        "case.txt:11: warning: footnote 2 has no marker",
    ]
    twice = document("Recalling it,[^1]", "Noting it,[^1]", footnotes=(footnote("1", "A/1/1.", 10),))
    assert found(check_markers_reached, twice) == [
        "case.txt:10: warning: footnote 1 is reached from 2 markers (lines 1, 2)"
    ]
    assert found(check_markers_reached, document("Recalling it,[^1]", footnotes=(footnote("1", "A/1/1.", 10),))) == []


# 5. No digits left that look like a marker.


def test_digits_glued_to_a_word_a_year_or_punctuation_are_warnings() -> None:
    doc = document(
        "Recalling the Protocol on Ammunition50 and the decision of 16 October 202036,",
        "Noting the instruments thereto,20 and “the Protocol”,3 and others;",
    )
    assert found(check_stray_markers, doc) == [
        "case.txt:1: warning: digits glued to a word look like a footnote marker: 'Ammunition50'",
        "case.txt:1: warning: digits glued to a year look like a footnote marker: '16 October 202036'",
        "case.txt:2: warning: digits after punctuation look like a footnote marker: ',20'",
        "case.txt:2: warning: digits after punctuation look like a footnote marker: ',3'",
    ]


def test_a_lone_number_is_a_marker_only_where_it_is_an_unreached_footnotes_label() -> None:
    text = "Recalling the Convention against Crime 8 and its Protocols,"
    unreached = document(text, footnotes=(footnote("8", "A/1/1.", 10),))
    assert found(check_stray_markers, unreached) == [
        "case.txt:1: warning: a number alone between words is the label of footnote 8, which no marker reaches:"
        " 'Crime 8'"
    ]
    assert found(check_stray_markers, document(text)) == []  # no such footnote
    assert found(check_stray_markers, document(text + "[^8]", footnotes=(footnote("8", "A/1/1.", 10),))) == []


def test_numbers_the_text_means_are_left_alone() -> None:
    doc = document(
        "Recalling its resolution 78/47 of 16 October 2020, target 16.4 and article 32, paragraph 5 of A/RES/80/1,",
        "Noting the Treaty Series, vol. 2225, No. 39574, the Group of 20, G20, COVID-19, A/60/88/Corr.2,",
        "Welcomes the 17 Goals;",
        footnotes=tuple(footnote(str(n), "A/1/1.", 10 + n) for n in (5, 17, 20, 32)),
    )
    assert found(check_stray_markers, doc) == []


# 6. No running head, symbol or job number inside a paragraph or the title.


def test_a_job_number_or_barcode_in_a_paragraph_is_an_error_a_page_number_alone_is_not() -> None:
    barcode = Paragraph(Role.OPERATIVE, (Text("Noting *2515106* the report;"),), Span(PATH, 2, 2), "2")
    doc = document("Recalling 25-15106 (E) its resolution 2/7,", "Noting resolution 2/7;")
    doc = Document(source=PATH, paragraphs=(doc.paragraphs[0], barcode, doc.paragraphs[1]))
    assert found(check_furniture_in_text, doc) == [
        "case.txt:1: error: page furniture '25-15106 (E)' stands inside paragraph para-1",
        "case.txt:2: error: page furniture '*2515106*' stands inside paragraph para-2",
    ]


def test_the_documents_own_symbol_belongs_in_the_masthead_or_in_brackets() -> None:
    doc = masthead("A/C.3/80/L.10", symbol="A/C.3/80/L.10")
    inside = Document(
        source=PATH,
        symbol="A/C.3/80/L.10",
        paragraphs=(
            *doc.paragraphs,
            paragraph("Takes note A/C.3/80/L.10 of the report (A/C.3/80/L.10) and A/C.3/80/L.10/Rev.1;", 9),
        ),
    )
    assert found(check_furniture_in_text, inside) == [
        "case.txt:9: error: the document's symbol A/C.3/80/L.10 stands inside paragraph para-9"
    ]


def test_a_running_head_over_two_lines_found_in_a_paragraph_is_a_warning_unless_quoted() -> None:
    head = (
        Furniture(40, "Promoting social integration through", "running head"),
        Furniture(41, "social inclusion", "running head"),
    )
    title = "Promoting social integration through social inclusion"
    paragraphs = (
        paragraph(title, 1, Role.TITLE),
        paragraph(f"Takes note of the report entitled “{title}”;", 2),
        paragraph(f"Welcomes the findings {title} therein;", 3),
        paragraph("Stresses social inclusion;", 4),  # a line of the head alone is words of the text
        paragraph(title, 5, Role.ANNEX, "p1"),  # an annex's title, repeated as its pages' head
        paragraph(title, 6, Role.CLOSING, "1"),  # a head alone, read as a closing paragraph
    )
    doc = Document(source=PATH, paragraphs=paragraphs, furniture=head)
    assert found(check_furniture_in_text, doc) == [
        f"case.txt:3: warning: the running head '{title}' stands inside paragraph para-3",
        f"case.txt:6: warning: the running head '{title}' stands inside paragraph closing-1",
    ]


# 7. No paragraph many times longer than the others.


def test_a_paragraph_many_times_the_median_and_over_the_floor_is_a_warning() -> None:
    short = ["Recalling " + "word " * 20] * 6
    assert found(check_paragraph_lengths, document(*short, "Noting " + "word " * 600)) == [
        "case.txt:7: warning: paragraph para-7 has 3,007 characters, over 6 × the median (110):"
        " paragraphs may have run together"
    ]
    assert found(check_paragraph_lengths, document(*short, "Noting " + "word " * 400)) == []  # under 2,500


# 8. No word of the text outside the model.


def test_a_word_of_the_source_missing_from_the_document_is_an_error() -> None:
    doc = document("Decides to act;")
    assert found(check_words_kept, doc, Source(PATH, ("1. Decides to act;",), "utf-8")) == []
    assert found(check_words_kept, doc, Source(PATH, ("1. Decides to act at once;",), "utf-8")) == [
        "case.txt: error: words of the seed missing from the document: at, once"
    ]


# The checks together, in the build and on the command line.

GAP = (
    "Resolution 9/9\n\nA title\n\nThe Conference of the Parties to the Convention,\n\n"
    "Recalling its work,\n\n1. Decides to act;\n\n3. Requests more.\n"
)


def test_read_seed_adds_what_the_checks_find_to_the_document_once() -> None:
    doc = read_seed("gap.txt", GAP.encode())
    assert [str(p) for p in doc.problems] == [
        "gap.txt:11: error: operative paragraph 3 comes after 1: the labels skip or go back"
    ]
    assert check(doc, Source("gap.txt", tuple(GAP.split("\n")), "utf-8")) == doc  # a problem is never added twice


def test_every_seed_passes_every_check() -> None:
    for seed in SEEDS:
        doc = read_seed(str(seed), seed.read_bytes())
        assert [str(p) for p in doc.problems if p.level.value != "info"] == [], seed.name


def run_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "check", *args], cwd=ROOT, capture_output=True, text=True)


def test_check_prints_each_finding_and_a_summary_and_fails_on_an_error(tmp_path: Path) -> None:
    (tmp_path / "gap.txt").write_text(GAP, encoding="utf-8")
    stray = GAP.replace("3. Requests more.", "2. Requests the Protocol thereto,20 and more.")
    (tmp_path / "stray.txt").write_text(stray, encoding="utf-8")
    result = run_check(str(tmp_path))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"{tmp_path}/gap.txt:11: error: operative paragraph 3 comes after 1: the labels skip or go back",
        f"{tmp_path}/stray.txt:11: warning: digits after punctuation look like a footnote marker: ',20'",
        "2 texts checked: 1 error, 1 warning",
    ]
    warned = run_check(str(tmp_path / "stray.txt"))
    assert warned.returncode == 0 and warned.stdout.endswith("1 text checked: 0 errors, 1 warning\n")


def test_check_passes_on_the_seeds_and_names_a_file_it_cannot_read(tmp_path: Path) -> None:
    clean = run_check()
    assert clean.returncode == 0 and clean.stdout == f"{len(SEEDS)} texts checked: 0 errors, 0 warnings\n"
    missing = run_check(str(tmp_path / "nowhere.txt"))
    assert missing.returncode == 1 and missing.stdout.startswith(f"{tmp_path}/nowhere.txt: error: cannot read the file")
    assert "Traceback" not in missing.stderr
