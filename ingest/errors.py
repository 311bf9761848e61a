"""Why a file could not be read.  Messages are Dutch: the user sees them."""


class IngestError(Exception):
    """A file that cannot be ingested; ``str(err)`` is a one-line Dutch reason."""


class EmptyFile(IngestError):
    def __init__(self) -> None:
        super().__init__("leeg bestand (0 bytes); controleer of het downloaden gelukt is")


class NotAPdf(IngestError):
    def __init__(self) -> None:
        super().__init__("geen PDF: het bestand begint niet met %PDF; open het en sla het opnieuw op als PDF")


class BrokenPdf(IngestError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"beschadigde PDF ({detail}); probeer het bestand opnieuw te downloaden of te exporteren")


class EncryptedPdf(IngestError):
    def __init__(self) -> None:
        super().__init__("versleutelde PDF met wachtwoord; sla een onversleutelde kopie op en probeer opnieuw")


class UnsupportedFile(IngestError):
    def __init__(self, suffix: str) -> None:
        super().__init__(f"bestandstype '{suffix}' wordt niet ondersteund; gebruik .pdf, .docx, .txt of .md")


class UnreadableText(IngestError):
    def __init__(self) -> None:
        super().__init__("tekstbestand is binair of onleesbaar; sla het op als UTF-8 tekst")
