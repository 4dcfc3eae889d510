"""extract() on real papers: the shared USCIS forms (text layer) and the bundled scanned sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from document.errors import InputUnreadable, PasswordRequired, UsageError
from ocr import extract, page_count, render_page
from tests.ocr.conftest import I130, I765, SAMPLE, SAMPLE_TRUTH, normalise


@pytest.fixture(scope="module")
def i765():
    return extract(I765)


def _texts(doc) -> list[str]:
    return [normalise(s.text) for s in doc.segments()]


def test_owner_password_form_opens_without_asking(i765) -> None:
    assert page_count(I765) == 2
    assert [p.method for p in i765.pages] == ["text", "text"]
    assert i765.pages[0].width == pytest.approx(612) and i765.pages[0].height == pytest.approx(792)


@pytest.mark.parametrize(
    "sentence",
    [
        'NOTE: If you answered "Yes" to Item Number 9.a., provide the information requested '
        "in Item Number 9.b.",
        "11. Consent for Disclosure: I authorize disclosure of information from this application "
        "to the SSA as required for the purpose of assigning me an SSN and issuing me a Social "
        "Security card.",
        "Furthermore, I authorize the release of any information that U.S. Citizenship and "
        "Immigration Services needs to determine eligibility for the benefit I am seeking.",
        "I declare that this document was prepared by me at the request of the applicant and is "
        "based on all information of which I have any knowledge.",
        "Renewal of my permission to accept employment (attach a copy of your previous "
        "employment authorization document). (checked)",
    ],
)
def test_wrapped_sentences_come_out_whole(i765, sentence: str) -> None:
    assert sentence in _texts(i765)


def test_reading_order_goes_down_each_column(i765) -> None:
    texts = _texts(i765)

    def index(prefix: str) -> int:
        return next(i for i, t in enumerate(texts) if t.startswith(prefix))

    # Left column (items 1-6) before the right column (7-12) on page 1; then page 2.
    order = [
        "► START HERE",
        "2. Other Names Used",
        "6. Date of Birth",
        "7. Gender",
        "9.a. Has the Social Security Administration",
        'NOTE: If you answered "Yes" to Item Number 9.a.',
        "10. Do you want the SSA",
        "15. Have you ever before applied",
        "20. Eligibility Category.",
        "22. (c)(26) Eligibility Category.",
        "I certify, under penalty of perjury",
        "I declare that this document was prepared",
    ]
    positions = [index(p) for p in order]
    assert positions == sorted(positions)


def test_checkboxes_read_with_their_state(i765) -> None:
    """The shared i-765 is filled in: Male and Single are ticked, Female and Married are not."""
    boxes = {s.text: s for s in i765.segments() if s.kind == "checkbox"}
    assert "Male (checked)" in boxes and "Female (not checked)" in boxes
    assert "Single (checked)" in boxes and "Married (not checked)" in boxes
    texts = _texts(i765)
    # Each option is read right after its question.
    assert texts.index("7. Gender") + 1 == texts.index("Male (checked)")


def test_filled_in_answers_are_read_after_their_labels(i765) -> None:
    texts = _texts(i765)
    assert "Family Name: PYDE" in texts
    assert "Town or City: GREENWOOD" in texts
    assert "6. Date of Birth (mm/dd/yyyy): 08/21/1994" in texts
    assert "Telephone Number: 8458532619" in texts
    # The answer is part of the label's segment, and its box covers the field.
    seg = next(s for s in i765.segments() if s.text == "Family Name: PYDE")
    assert seg.kind == "label" and seg.bbox[3] - seg.bbox[1] > 15


def test_segment_ids_and_boxes(i765) -> None:
    for page in i765.pages:
        for n, seg in enumerate(page.segments, start=1):
            assert seg.id == f"p{page.number}.s{n}"
            x0, y0, x1, y1 = seg.bbox
            assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height
            assert seg.confidence == 1.0
    # A sentence wrapped over three lines has a box three lines tall.
    note = next(s for s in i765.segments() if s.text.startswith("11. Consent for Disclosure"))
    assert note.bbox[3] - note.bbox[1] > 40


def test_form_labels_on_one_row_are_separate(i765) -> None:
    texts = _texts(i765)
    assert "First Name" in texts and "Middle Name" in texts
    assert not any("First Name Middle Name" in t for t in texts)


def test_pages_subset(tmp_path: Path) -> None:
    doc = extract(I765, pages=[2])
    assert [p.number for p in doc.pages] == [2]
    assert doc.pages[0].segments[0].id == "p2.s1"
    with pytest.raises(UsageError, match="no page 3"):
        extract(I765, pages=[3])


def test_scanned_sample_reads_whole_sentences_in_order() -> None:
    doc = extract(SAMPLE)
    assert [p.method for p in doc.pages] == ["ocr", "ocr"]
    texts = [normalise(s.text).lower() for s in doc.segments()]
    truth = [
        normalise(s).lower()
        for line in SAMPLE_TRUTH.read_text(encoding="utf-8").splitlines()
        for s in __import__("document.sentences", fromlist=["x"]).split_sentences(line)
    ]
    # Long sentences (several wrapped lines) must each be one segment, in the ground-truth order.
    from difflib import SequenceMatcher

    found = []
    for sentence in truth:
        best = max(
            range(len(texts)), key=lambda i: SequenceMatcher(None, texts[i], sentence).ratio()
        )
        ratio = SequenceMatcher(None, texts[best], sentence).ratio()
        if len(sentence) > 60:
            assert ratio > 0.9, (sentence, texts[best])
        found.append(best)
    long_positions = [f for f, s in zip(found, truth, strict=True) if len(s) > 60]
    assert long_positions == sorted(long_positions)
    for seg in doc.segments():
        assert 0.0 <= seg.confidence <= 1.0


def test_render_page_matches_page_units(i765) -> None:
    image = render_page(I765, 1, dpi=72)
    assert image.size == (612, 792)
    image = render_page(SAMPLE, 2, dpi=150)
    assert image.width == pytest.approx(2550 / 2, abs=2)


# --- bad input ---------------------------------------------------------------------------------


def test_zero_byte_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InputUnreadable, match="empty"):
        extract(empty)


def test_not_a_document(tmp_path: Path) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_text("just some words, not a PDF at all\n")
    with pytest.raises(InputUnreadable, match="not a document"):
        extract(notes)


def test_truncated_pdf(tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(I765.read_bytes()[:20000])
    with pytest.raises(InputUnreadable, match="damaged or incomplete"):
        extract(cut)


def test_corrupt_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises(InputUnreadable, match="damaged"):
        page_count(bad)


def test_truncated_image(tmp_path: Path) -> None:
    from PIL import Image

    full = tmp_path / "full.png"
    Image.new("L", (800, 600), 255).save(full)
    cut = tmp_path / "cut.png"
    cut.write_bytes(full.read_bytes()[:200])
    with pytest.raises(InputUnreadable, match="damaged"):
        extract(cut)


def test_decompression_bomb_refused_before_decoding(tmp_path: Path) -> None:
    import struct
    import zlib

    # A real 20000 x 20000 PNG header whose pixels would need 400 MB once decoded.
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", 20000, 20000, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" + b"\xff" * 20000)  # one row is enough: we must not decode
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    with pytest.raises(InputUnreadable, match="too large to open safely"):
        extract(bomb)


def test_user_password_pdf(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.multi_cell(0, 10, "You have the right to a hearing before an immigration judge.")
    pdf.set_encryption(owner_password="owner", user_password="sesame")
    locked = tmp_path / "locked.pdf"
    pdf.output(str(locked))
    with pytest.raises(
        PasswordRequired, match=r"protected by a password\. Open it again with --password"
    ):
        extract(locked)
    with pytest.raises(PasswordRequired, match="not right"):
        extract(locked, password="wrong")
    doc = extract(locked, password="sesame")
    assert doc.pages[0].segments[0].text == (
        "You have the right to a hearing before an immigration judge."
    )


# --- mixed and placeholder PDFs ----------------------------------------------------------------


def _pdf_with_scanned_page(path: Path, text_layer: str | None) -> None:
    """Page 1: real text. Page 2: a scanned image of a sentence, with an optional text layer."""
    from fpdf import FPDF

    from tests.ocr.conftest import text_image

    scan = path.with_suffix(".png")
    text_image(
        ["You may appeal to the Board of Immigration", "Appeals within 30 days."], width=1700
    ).save(scan, dpi=(300, 300))
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(400, 16, "This notice is read to you in a language you understand.")
    pdf.add_page()
    if text_layer:
        pdf.multi_cell(400, 16, text_layer)
    pdf.image(str(scan), x=36, y=100, w=1700 * 72 / 300)
    pdf.output(str(path))


def test_mixed_pdf_reads_text_pages_and_ocrs_scanned_ones(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    _pdf_with_scanned_page(path, None)
    doc = extract(path)
    assert [p.method for p in doc.pages] == ["text", "ocr"]
    assert doc.pages[0].segments[0].text == (
        "This notice is read to you in a language you understand."
    )
    assert [s.text for s in doc.pages[1].segments] == [
        "You may appeal to the Board of Immigration Appeals within 30 days."
    ]
    # OCR boxes are in 300-dpi pixels of the rendered page; width/height in the same units.
    assert doc.pages[1].width == pytest.approx(2550, abs=2)


def test_xfa_please_wait_page_falls_back_to_ocr_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "xfa.pdf"
    _pdf_with_scanned_page(
        path,
        "Please wait... If this message is not eventually replaced by the proper contents of "
        "the document, your PDF viewer may not be able to display this type of document.",
    )
    doc = extract(path, pages=[2])
    page = doc.pages[0]
    assert page.method == "ocr"
    assert any("XFA" in note and "OCR" in note for note in page.notes)
    assert any("Board of Immigration Appeals" in s.text for s in page.segments)


def test_force_ocr_reads_a_text_pdf_with_tesseract() -> None:
    doc = extract(I765, pages=[2], force_ocr=True)
    page = doc.pages[0]
    assert page.method == "ocr" and page.width == pytest.approx(2550, abs=2)
    texts = [normalise(s.text) for s in page.segments]
    assert any(t.startswith("I certify, under penalty of perjury") for t in texts)


# --- word boxes (the GUI highlights the word being spoken) ---------------------------------


def _check_words(seg, tolerance: float) -> None:
    """Every segment has its words, in order, each a real word of its text inside its box."""
    assert seg.words, seg
    x0, y0, x1, y1 = seg.bbox
    previous_end = 0
    for w in seg.words:
        word = seg.text[w.start : w.end]
        assert word and not any(ch.isspace() for ch in word), (seg.text, w)
        assert w.start >= previous_end, seg
        previous_end = w.end
        a, b, c, d = w.bbox
        assert a < c and b < d
        assert x0 - tolerance <= a and c <= x1 + tolerance, (seg.text, word, w.bbox, seg.bbox)
        assert y0 - tolerance <= b and d <= y1 + tolerance, (seg.text, word, w.bbox, seg.bbox)
    # No word of the text is left without a box.
    assert sum(w.end - w.start for w in seg.words) == len("".join(seg.text.split())), seg


def test_text_layer_segments_have_word_boxes(i765) -> None:
    page = i765.pages[0]
    for seg in page.segments:
        _check_words(seg, tolerance=0.5)
    # A filled-in answer's box is the field's, below or right of its label's words.
    seg = next(s for s in page.segments if s.text == "Family Name: PYDE")
    family, _name, answer = seg.words
    assert seg.text[answer.start : answer.end] == "PYDE"
    assert answer.bbox[1] > family.bbox[3] - 1 or answer.bbox[0] > family.bbox[2]
    # A checkbox's state is read where the box is.
    male = next(s for s in page.segments if s.text == "Male (checked)")
    state = male.words[-1]
    assert male.text[state.start : state.end] == "(checked)"
    assert state.bbox[2] <= male.words[0].bbox[0] + 0.5


def test_ocr_word_boxes_are_where_the_words_are() -> None:
    """Crop a word box out of the page image the user sees and OCR it: the same word comes back."""
    from ocr.tesseract import ocr_words

    doc = extract(SAMPLE)
    for seg in doc.segments():
        _check_words(seg, tolerance=2.0)
    image = render_page(SAMPLE, 1, dpi=300)
    page = doc.pages[0]
    assert image.width == pytest.approx(page.width, abs=2)
    long_words = [
        (seg.text[w.start : w.end].strip(".,;:()"), w.bbox)
        for seg in page.segments
        for w in seg.words
        if len(seg.text[w.start : w.end].strip(".,;:()")) >= 9
    ][:6]
    assert len(long_words) >= 4
    for word, (x0, y0, x1, y1) in long_words:
        crop = image.crop((int(x0) - 6, int(y0) - 6, int(x1) + 6, int(y1) + 6))
        read = " ".join(w.text for w in ocr_words(crop, psm=7))
        assert word.lower() in read.lower(), (word, read)


def test_cache_keeps_word_boxes() -> None:
    first = extract(I765, pages=[1])
    again = extract(I765, pages=[1])  # from the cache
    assert again == first
    assert all(s.words for s in again.segments())


# --- sentences the text path used to cut (I-130 pages 9 and 11, I-765 page 1's footer) ------


@pytest.fixture(scope="module")
def i130():
    return extract(I130, pages=[9, 11])


def test_sentence_runs_on_under_a_blank_to_fill_in(i130) -> None:
    # "... every question in [blank field]" then ", a language in which I am fluent." under it.
    assert (
        "1.b. The interpreter named in Part 7. read to me every question and instruction on "
        "this petition and my answer to every question in , a language in which I am fluent. "
        "(not checked)"
    ) in _texts(i130)


def test_checkboxes_inside_a_sentence_keep_it_whole(i130) -> None:
    seg = next(s for s in i130.segments() if s.text.startswith("7.b. I am an attorney"))
    assert seg.text == (
        "7.b. I am an attorney or accredited representative and my representation of the "
        "petitioner in this case (not checked) extends (not checked) does not extend beyond "
        "the preparation of this petition. (not checked)"
    )
    assert seg.kind == "checkbox"
    _check_words(seg, tolerance=0.5)
    # Each "(not checked)" is where its own box is: before "extends", before "does".
    words = [seg.text[w.start : w.end] for w in seg.words]
    extends = seg.words[words.index("extends")]
    box = seg.words[words.index("extends") - 1]
    assert words[words.index("extends") - 2 : words.index("extends")] == ["(not", "checked)"]
    assert box.bbox[2] <= extends.bbox[0] and abs(box.bbox[1] - extends.bbox[1]) < 3


def test_bold_heading_is_a_label_not_a_sentence(i130) -> None:
    seg = next(s for s in i130.segments() if s.text.startswith("Part 8. Contact Information"))
    assert seg.kind == "label"


def test_page_footer_is_read_last(i765) -> None:
    page = [normalise(s.text) for s in i765.pages[0].segments]
    assert page[-2:] == ["Form I-765 07/17/17 N", "Page 1 of 2"]
