"""PDFs made in test set-up (and by bench/): text PDFs with reportlab, hand-built hostile PDFs.

Nothing here is committed as a binary; every file is generated when needed.
"""

from __future__ import annotations

import zlib
from pathlib import Path

SENTENCES = (
    "In {year} waren er {n} meldingen van mensenhandel in de regio Rotterdam.",
    "Het meldpunt werd {n} keer benaderd door professionals en burgers.",
    "De gemeente financiert {n} opvangplekken voor slachtoffers van uitbuiting.",
    "Van de cliënten was {n} procent jonger dan 23 jaar.",
)


def text_pdf(path: Path, pages: int, marker: str = "", lines: int = 30) -> Path:
    """A word-processor-like PDF: ``lines`` Dutch sentences per page, page ``i`` says ``marker i``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 10)
        if marker:
            pdf.drawString(72, 800, f"{marker} pagina {number}")
        for line in range(lines):
            sentence = SENTENCES[(number + line) % len(SENTENCES)]
            pdf.drawString(72, 780 - 14 * line, sentence.format(year=2000 + line % 25, n=number * 3 + line))
        pdf.showPage()
    pdf.save()
    return path


def raw_pdf(content: bytes, *, filtered: bool = False) -> bytes:
    """A one-page PDF, built by hand, whose page content stream is ``content`` (already encoded)."""
    filt = b"/Filter /FlateDecode " if filtered else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d %s>>\nstream\n" % (len(content), filt) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def bomb_pdf(path: Path, megabytes: int) -> Path:
    """A page whose content stream inflates to ``megabytes`` MB of spaces (about 1 KB per MB on disk).

    The compressed block for 1 MB is made once (a full flush makes it stand
    alone) and repeated, so making a 1 GB bomb takes a fraction of a second.
    """
    head = b"BT /F1 12 Tf 72 700 Td (bom) Tj ET\n"
    chunk = b" " * (1 << 20)
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = raw.compress(head) + raw.flush(zlib.Z_FULL_FLUSH)
    block = raw.compress(chunk) + raw.flush(zlib.Z_FULL_FLUSH)
    tail = raw.flush(zlib.Z_FINISH)
    checksum = zlib.adler32(head)
    for _ in range(megabytes):
        checksum = zlib.adler32(chunk, checksum)
    stream = b"\x78\xda" + first + block * megabytes + tail + checksum.to_bytes(4, "big")
    path.write_bytes(raw_pdf(stream, filtered=True))
    return path


def deep_pdf(path: Path, depth: int = 200_000) -> Path:
    """A page content with arrays nested ``depth`` deep: a recursion trap for parsers."""
    path.write_bytes(raw_pdf(b"[" * depth + b"]" * depth + b"\nBT /F1 12 Tf 72 700 Td (diep) Tj ET"))
    return path


def scan_pdf(path: Path, lines: list[str], dpi: int = 200, stamp: str = "") -> Path:
    """An image-only PDF (like a scanner makes): ``lines`` typeset, rendered to pixels, no text layer.

    ``stamp`` is put on top as real text, the way Woo redaction codes are stamped on scans.
    """
    import io

    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from ingest.pdf import open_pdf, render_page

    source = io.BytesIO()
    pdf = canvas.Canvas(source, pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 12)
    for n, line in enumerate(lines):
        pdf.drawString(72, 770 - 18 * n, line)
    pdf.save()
    document = open_pdf(source.getvalue())
    try:
        image = render_page(document, 0, dpi)
    finally:
        document.close()
    pixels = Image.frombytes("L", (image.width, image.height), image.pixels)
    scan = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    scan.drawImage(ImageReader(pixels), 0, 0, width=A4[0], height=A4[1])
    if stamp:
        scan.setFont("Helvetica", 9)
        scan.drawString(400, 60, stamp)
    scan.save()
    return path
