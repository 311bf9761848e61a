"""What `raadslens ingest` must make of each file in ../shared/zoo/, written by reading the files.

Each entry was written from the file itself, not from what raadslens did
with it: ``SOURCES.md`` (what the file exercises), ``pdfinfo`` and
``pdftotext`` (page count, encryption, form type, text), the bytes (header,
``startxref`` and what sits at its offset, ``%%EOF``), pdfium's page count
and text layer, the number of objects drawn on empty pages, and a look at
the rendered image-only pages (a photo, a logo, dice, a blank page).

``Stored(pages, flags, maybe, keeps)``: stored with that many pages;
``flags`` must all be raised, ``maybe`` may be (where reading the file
cannot settle it: what tesseract makes of a picture, whether a repaired
cross-reference table counts as damage), nothing else may; every string in
``keeps`` is in the stored text (a usable text layer was not replaced).
``Refused(words)``: refused with a Dutch reason containing ``words``.

Flags (the Dutch words of the warnings and page marks):

- ``laag``: some page is marked low quality (garbled text layer, unsure OCR, a page that failed)
- ``onvolledig``: pages failed to open, the others were kept
- ``beschadigd``: damaged structure repaired on reading (no ``%%EOF``, no or a wrong ``startxref``, junk before ``%PDF``)
- ``xfa``: an XFA form; ``bijlagen``: embedded files; ``leeg``: no text at all
- ``onleesbaar``: most pages low quality; ``ocr``: some page was read with OCR
- ``beeld``: only pictures: every drawn page goes to OCR, and at most 20 letters and digits of confident text
  come out (``leeg``, ``laag`` and ``onleesbaar`` may follow)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stored:
    pages: int
    flags: str = ""
    maybe: str = ""
    keeps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Refused:
    words: str


S, R = Stored, Refused
ENCRYPTED = "versleutelde PDF"
BROKEN = "beschadigde PDF"
NOT_PDF = "geen PDF"
CUT = "afgekapt"
HUGE = {"pages/derived__20000-pages-mostly-blank.pdf", "pages/derived__tracemonkey-3000-pages.pdf"}

EXPECTED: dict[str, Stored | Refused] = {
    # xref/: malformed cross-reference tables, trailers, page trees
    "xref/miner__issue-886-xref-stream-widths.pdf": S(1, keeps=("Hello",)),  # startxref → "14 0 obj" (a stream)
    "xref/pdfjs__GHOSTSCRIPT-698804-1-fuzzed.pdf": S(1, "leeg", "ocr beschadigd"),  # renders blank, no text
    "xref/pdfjs__PDFBOX-4352-0.pdf": S(1, "leeg", "ocr beschadigd"),  # renders blank, no text
    "xref/pdfjs__Pages-tree-refs.pdf": S(2, "onvolledig laag", keeps=("Pages loop",)),  # page 2 is a loop
    "xref/pdfjs__REDHAT-1531897-0.pdf": R(BROKEN),  # pdfinfo: missing endstream; pdfium refuses
    "xref/pdfjs__bug1020226.pdf": R("beschadigd"),  # no %%EOF, no startxref, pdfinfo fails
    "xref/pdfjs__bug1980958.pdf": R("beschadigd"),  # no %%EOF, pdfinfo: bad object number
    "xref/pdfjs__poppler-395-0-fuzzed.pdf": R(BROKEN),  # no page tree
    "xref/pdfjs__poppler-937-0-fuzzed.pdf": R(BROKEN),  # its one page cannot be loaded (no /Kids)
    "xref/pdfjs__xref_command_missing.pdf": S(1, "beschadigd", keeps=("Reduced test-case",)),  # no "xref" keyword
    "xref/plumber__malformed-from-issue-932.pdf": S(1, "", "beschadigd", keeps=("2021",)),  # Chinese, layer "2021 3 31"
    "xref/qpdf__append-xref-loop.pdf": S(30, "", "beschadigd", keeps=("Potato 0 new",)),  # /Prev chain loops
    "xref/qpdf__bad-direct-root.pdf": R(NOT_PDF),  # starts with "UPDF-"
    "xref/qpdf__bad2.pdf": S(1, "beschadigd", keeps=("Potato",)),  # no startxref
    "xref/qpdf__bad3.pdf": S(1, "beschadigd", keeps=("Potato",)),  # startxref points at "noxref"
    "xref/qpdf__bad34.pdf": R(BROKEN),  # its one page cannot be loaded (obj/gen misplaced)
    "xref/qpdf__bad35.pdf": R(BROKEN),  # object stream of the wrong type; pdfium refuses
    "xref/qpdf__bad7.pdf": R(BROKEN),  # no trailer dictionary
    "xref/qpdf__deep-pages.pdf": R(BROKEN),  # its one page sits too deep in the page tree
    "xref/qpdf__leading-junk.pdf": S(30, "beschadigd", keeps=("Potato 29",)),  # "leading junk" before %PDF
    "xref/qpdf__pages-loop.pdf": S(1, "", "beschadigd", keeps=("Potato",)),
    "xref/qpdf__xref-errors.pdf": S(1, "", "beschadigd", keeps=("Potato",)),  # recoverable xref entries
    "xref/qpdf__zero-offset.pdf": S(1, "", "beschadigd", keeps=("Potato",)),
    # trunc/: cut short
    "trunc/derived__federal-register-first-50pct.pdf": R(CUT),  # half the bytes, no trailer
    "trunc/derived__tracemonkey-first-90pct.pdf": R(CUT),
    "trunc/pdfjs__issue6069.pdf": S(1, "beschadigd", keeps=("Missing value for startxref",)),  # junk first, no EOF
    "trunc/pdfjs__scan-bad.pdf": S(1, "", "beschadigd ocr", keeps=("pdf.js",)),  # a scan; junk after %%EOF
    "trunc/plumber__empty.pdf": R("leeg bestand"),  # 0 bytes
    "trunc/pypdf__selenium-pypdf-issue-177.pdf": S(1, "", "beschadigd", keeps=("Hello World",)),  # NUL tail
    "trunc/qpdf__eof-in-inline-image.pdf": S(1, "", "beschadigd", keeps=("Potato",)),
    "trunc/qpdf__eof-reading-token.pdf": S(1, "", "beschadigd", keeps=("Potato",)),
    "trunc/qpdf__eof-terminates-literal.pdf": S(1, "", "beschadigd", keeps=("Potato",)),
    "trunc/qpdf__issue-117.pdf": S(1, "beschadigd leeg", "ocr"),  # no %%EOF; renders blank
    "trunc/qpdf__issue-146.pdf": R(CUT),  # no trailer, no %%EOF
    "trunc/qpdf__issue-335b.pdf": R(NOT_PDF),  # a 23-byte fragment starting inside "startxref"
    # enc/: encrypted
    "enc/miner__aes-256-r6.pdf": R(ENCRYPTED),
    "enc/pdfjs__issue19484_1.pdf": R(ENCRYPTED),  # /Encrypt; pdfium cannot open it
    "enc/pdfjs__issue7665.pdf": S(1, keeps=("Issue 7665",)),  # no user password
    "enc/pdfjs__pr6531_1.pdf": R(ENCRYPTED),
    "enc/pdfjs__print_protection.pdf": R(ENCRYPTED),  # pdfinfo too asks a password
    "enc/plumber__password-example.pdf": R(ENCRYPTED),
    "enc/pypdf__libreoffice-writer-password.pdf": R(ENCRYPTED),
    "enc/pypdf__r2-empty-password.pdf": S(1, keeps=("pdf encryption test",)),
    "enc/pypdf__r4-aes-user-password.pdf": R(ENCRYPTED),
    "enc/pypdf__r4-owner-password.pdf": S(1, keeps=("pdf encryption test",)),
    "enc/pypdf__r5-empty-password.pdf": S(1, keeps=("pdf encryption test",)),
    "enc/pypdf__r6-empty-password.pdf": S(1, keeps=("pdf encryption test",)),
    "enc/pypdf__r6-user-password.pdf": R(ENCRYPTED),  # pdfium asks a password
    "enc/qpdf__20-pages.pdf": R(ENCRYPTED),
    "enc/qpdf__bad-encryption-length.pdf": R(ENCRYPTED),  # broken /Length in /Encrypt: pdfium asks a password
    "enc/qpdf__enc-XI-R6,V5,O=master.pdf": S(30, keeps=("Potato 0",)),
    "enc/qpdf__encrypted-with-images.pdf": S(2, "beeld"),  # two logo images, no text
    "enc/qpdf__unfilterable-with-crypt.pdf": S(30, "bijlagen", "beschadigd", keeps=("Potato 0",)),  # 2 embedded
    # stream/: damaged or unusual streams
    "stream/miner__issue-1062-filters.pdf": S(2, keeps=("Lenze B.V.",)),  # Dutch invoice
    "stream/miner__zen_of_python_corrupted.pdf": S(1, keeps=("Beautiful is better than ugly",)),
    "stream/pdfjs__Brotli-Prototype-FileA.pdf": R(BROKEN),  # BrotliDecode: not a standard filter
    "stream/pdfjs__PDFBOX-3148-2-fuzzed.pdf": S(1, "leeg", "ocr"),  # renders blank
    "stream/pdfjs__bomb_giant.pdf": S(1, keeps=("GIANT JBIG2 BOMB",)),
    "stream/pdfjs__ccitt_EndOfBlock_false.pdf": S(1, "ocr", "laag onleesbaar"),  # an image of "/K -1 /K 0 /K 1"
    "stream/pdfjs__multiple-filters-length-zero.pdf": S(1, "", "ocr", keeps=("pdf.js",)),  # text on a page image
    "stream/pdfjs__poppler-90-0-fuzzed.pdf": S(16, "laag", "ocr onleesbaar"),  # page 14 leaks content-stream code
    "stream/qpdf__bad-jpeg.pdf": S(1, keeps=("DCTDecode",)),
    "stream/qpdf__bad22.pdf": S(1, keeps=("Potato",)),
    "stream/qpdf__bad31.pdf": S(1, keeps=("Potato",)),
    "stream/qpdf__broken-lzw.pdf": S(1, "leeg", "ocr"),  # renders blank
    "stream/qpdf__content-stream-errors.pdf": S(4, keeps=("Potato",)),  # "Potato" on each of 4 pages
    "stream/qpdf__damaged-inline-image.pdf": S(1, "beeld"),  # a square and a potato
    "stream/qpdf__damaged-stream.pdf": S(1, keeps=("Potato",)),
    # font/: odd fonts and encodings
    "font/miner__issue-625-identity-cmap.pdf": S(2, "bijlagen", keeps=("Faktura",)),  # Polish invoice, 2 embedded
    "font/miner__issue-791-non-unicode-cmap.pdf": S(1, "", "laag onleesbaar ocr"),  # layer "3HQČåQtSURVW..."
    "font/pdfjs__ContentStreamCycleType3insideType3.pdf": S(1, keeps=("ab",)),
    "font/pdfjs__TrueType_without_cmap.pdf": S(1, "", "laag onleesbaar ocr"),  # layer "’>in", glyphs unlike it
    "font/pdfjs__bug1708041.pdf": S(6, keeps=("Go to the last page", "Last page")),  # pages 2-5 draw nothing
    "font/pdfjs__bug866395.pdf": S(1, keeps=("impayé",)),
    "font/pdfjs__cid_cff.pdf": S(1, keeps=("processor reference chart",)),
    "font/pdfjs__cidfont_cmap_overflow.pdf": S(1, keeps=("㐂㐄㐆",)),
    "font/pdfjs__copy_paste_ligatures.pdf": S(1, keeps=("abcde",)),
    "font/pdfjs__issue3928.pdf": S(2, keeps=("INTRODUCTION", "Swift protocol stack")),
    "font/pdfjs__issue4684.pdf": S(1, keeps=("A broken TrueType font",)),
    "font/pdfjs__issue6605.pdf": S(1, keeps=("Transfer high-rate balances",)),
    "font/pdfjs__noembed-identity.pdf": S(1, keeps=("ABC", "あいうえお", "123")),
    "font/pdfjs__pr4922.pdf": S(2, keeps=("Page 12",)),
    "font/pdfjs__simpletype3font.pdf": S(1, keeps=("ababab",)),
    "font/plumber__issue-71-duplicate-chars.pdf": S(2, keeps=("计算机科学",)),
    "font/plumber__pr-136-example.pdf": S(6, "", "laag"),  # Chinese lost (no ToUnicode), digits and Latin left
    # form/
    "form/miner__AcroForm_TEST.pdf": S(1, keeps=("CHECKBOX",)),
    "form/pdfjs__prefilled_f1040.pdf": S(2, keeps=("Department of the Treasury",)),
    "form/pdfjs__xfa_filled_imm1344e.pdf": S(1, "xfa"),  # only the "Please wait..." page
    "form/pdfjs__xfa_issue14315.pdf": S(1, "xfa"),
    "form/plumber__pdffill-demo.pdf": S(7),
    "form/pypdf__libreoffice-form.pdf": S(1, keeps=("Example for a Form",)),
    "form/pypdf__pdflatex-forms.pdf": S(1, keeps=("Submit",)),
    "form/qpdf__field-types.pdf": S(1),
    "form/qpdf__form-errors.pdf": S(3),
    "form/qpdf__form-filled-by-acrobat.pdf": S(3),
    # attach/
    "attach/derived__portfolio-two-pdfs.pdf": S(1, "bijlagen", keeps=("The Crazy Ones",)),  # /Collection, 2 PDFs
    "attach/pdfjs__annotation-fileattachment.pdf": S(1, "bijlagen"),  # a paperclip annotation holding Test.txt
    "attach/pdfjs__attachment.pdf": S(1, "bijlagen", keeps=("one attachment",)),
    "attach/pdfjs__encrypted-attachment.pdf": S(1, "bijlagen beschadigd", keeps=("Example",)),  # startxref off
    "attach/pypdf__attachment.pdf": S(1, "", "bijlagen", keeps=("The Crazy Ones",)),  # /EmbeddedFiles
    "attach/qpdf__add-attachments-1.pdf": S(1, "bijlagen", keeps=("Potato",)),  # 3 embedded files
    "attach/qpdf__enc-XI-attachments-base.pdf": S(30, "bijlagen", keeps=("Potato 0",)),
    # script/: non-Latin text
    "script/miner__issue-449-vertical.pdf": S(1, keeps=("Test", "Vertical", "Layout")),
    "script/pdfjs__ArabicCIDTrueType.pdf": S(1, keeps=("العربية",)),
    "script/pdfjs__ThuluthFeatures.pdf": S(1, "laag onleesbaar", "ocr"),  # control characters, glyph codes
    "script/pdfjs__XiaoBiaoSong.pdf": S(1, keeps=("红",)),
    "script/pdfjs__french_diacritics.pdf": S(1, keeps=("à À",)),
    "script/pdfjs__issue12963.pdf": S(8, "laag", "onleesbaar ocr"),  # the file's own OCR read Cyrillic as Latin
    "script/pdfjs__issue19971.pdf": S(6, keeps=("QA Test Master Document",)),
    "script/pdfjs__noembed-sjis.pdf": S(1, keeps=("あいうえお",)),
    "script/pdfjs__vertical.pdf": S(3, "", "ocr", keeps=("日本語", "あいうえお")),  # pages 2-3: no text layer
    "script/plumber__issue-67-example.pdf": S(22, keeps=("东北电气发展股份有限公司",)),
    "script/pypdf__multilang.pdf": S(1, keeps=("Hello World",)),
    # good/
    "good/miner__simple1.pdf": S(1, "beschadigd", keeps=("Hello World",)),  # hand-written, no xref at all
    "good/pdfjs__TAMReview.pdf": S(23, "ocr", "laag onleesbaar"),  # 21 pages of control characters
    "good/pdfjs__tracemonkey.pdf": S(14, keeps=("Trace-based Just-in-Time",)),
    "good/plumber__2023-06-20-PV.pdf": S(2, keeps=("PROCÈS-VERBAL",)),
    "good/plumber__WARN-Report-for-7-1-2015-to-03-25-2016.pdf": S(16),
    "good/plumber__federal-register-2020-17221.pdf": S(15, keeps=("FEDERAL REGISTER",)),
    "good/plumber__nics-background-checks-2015-11.pdf": S(1),
    "good/plumber__scotus-transcript-p1.pdf": S(1),
    "good/plumber__senate-expenditures.pdf": S(1),
    "good/pypdf__GeoBase_NHNC1_Data_Model_UML_EN.pdf": S(19, keeps=("National Hydro Network",)),
    "good/pypdf__crazyones.pdf": S(1, keeps=("The Crazy Ones",)),
    "good/qpdf__11-pages.pdf": S(11, keeps=("Original page 11",)),
    # adv/: cycles, not-a-PDF, oss-fuzz inputs
    "adv/miner__issue-1113-evil-xobjects.pdf": S(1, "beschadigd", keeps=("Hello world",)),  # no startxref
    "adv/pdfjs__operator_list_cycle.pdf": S(1, "leeg", "ocr"),  # renders blank
    "adv/qpdf-fuzz__15390.pdf": R(BROKEN),  # 30 pages claimed, none loads
    "adv/qpdf-fuzz__15983.pdf": S(1, "leeg", "ocr beschadigd"),  # renders blank
    "adv/qpdf-fuzz__17630.pdf": R(NOT_PDF),  # starts with NUL bytes
    "adv/qpdf-fuzz__26994.pdf": S(30, "", "beschadigd", keeps=("Potato 0",)),  # xref reconstructed
    "adv/qpdf-fuzz__388571629.pdf": R("beschadigd"),  # header at byte 15, no %%EOF at the end
    "adv/qpdf-fuzz__389339260.pdf": R(BROKEN),  # 30 pages claimed, none loads
    "adv/qpdf-fuzz__5109284021272576.pdf": R(NOT_PDF),
    "adv/qpdf-fuzz__69969.pdf": S(30, "onvolledig laag beschadigd", "ocr", keeps=("Salad 1",)),  # pages 11-17 fail
    "adv/qpdf__bad-content.pdf": R(NOT_PDF),  # header damaged
    "adv/qpdf__bad1.pdf": R(NOT_PDF),  # "oops"
    "adv/qpdf__object-stream-self-ref.pdf": S(1, "", "beschadigd", keeps=("Potato",)),
    "adv/qpdf__outlines-with-loop.pdf": S(30, keeps=("Salad 29",)),
    # scan/: images only
    "scan/derived__PV-scan-page-1.pdf": S(1, "ocr", "laag"),  # French minutes scanned at 200 dpi
    "scan/derived__S2-scan-8-pages.pdf": S(8, "", "ocr"),  # picture with labels "ab 10-7 10-3" as text
    "scan/derived__tracemonkey-scan-3-pages.pdf": S(3, "ocr", "laag"),  # known English text, 150 dpi
    "scan/miner__pdf-with-jbig2.pdf": S(1, "beeld"),  # a drawn face with a speech bubble
    "scan/pdfjs__S2.pdf": S(1, "", "ocr", keeps=("10-7",)),
    "scan/pdfjs__bitmap-halftone.pdf": S(1, "beeld"),  # a drawn smiley
    "scan/pdfjs__bug_jpx.pdf": S(1, "beeld"),  # a black box
    "scan/pdfjs__cmykjpeg.pdf": S(1, "beeld"),  # a small photo
    "scan/pdfjs__issue5567.pdf": S(1, "beeld"),  # a photo of a pool
    "scan/pypdf__Seige_of_Vicksburg_Sample_OCR.pdf": S(6, keeps=("THE SIEGE OF VICKSBURG",)),  # own OCR layer
    "scan/pypdf__imagemagick-CCITTFaxDecode.pdf": S(1, "beeld"),  # a tiny fax image
    "scan/pypdf__jpeg.pdf": S(1, keeps=("A PDF with a JPEG image",)),  # dice photo with a text caption
    "scan/qpdf__fax-decode-parms.pdf": S(10, "ocr", "laag", keeps=("potato image",)),  # fax pages, labels as text
    "scan/qpdf__large-inline-image.pdf": S(1, "beeld"),  # potatoes
    # size/: huge single pages
    "size/miner__patchelf.pdf": S(1, "beschadigd leeg", "ocr"),  # startxref points into a stream; blank
    "size/pdfjs__bigboundingbox.pdf": S(1, keeps=("PAYMENT ADVICE",)),
    "size/pdfjs__issue14497.pdf": S(1, keeps=("PROFESSIONAL LAND SURVEYORS",)),
    "size/pdfjs__issue19207.pdf": S(1, keeps=("00-01-02",)),
    "size/pdfjs__poppler-85140-0.pdf": S(1, "beschadigd leeg", "ocr"),  # no startxref; 2^31 pt wide
    "size/pdfjs__tiling-pattern-large-steps.pdf": S(1, "beeld"),  # a grey bar
    # pages/: huge page counts
    "pages/pdfjs__freeculture.pdf": S(352, "", "ocr", keeps=("FREE CULTURE",)),  # the cover is an image
    "pages/plumber__chelsea_pdta.pdf": S(65, "", "ocr laag"),
    "pages/derived__20000-pages-mostly-blank.pdf": S(20000, keeps=("Trace-based",)),  # blank pages draw nothing
    "pages/derived__tracemonkey-3000-pages.pdf": S(3000, keeps=("Trace-based",)),
}
