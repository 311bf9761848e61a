"""A finding of the consistency checks: what is wrong, where, and the evidence."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    kind: str
    file: str
    page: int
    message: str
    stated: float | None = None
    computed: float | None = None
    evidence: tuple[dict, ...] = ()
    met: bool | None = None  # norms only

    def to_json(self) -> dict:
        out = {"kind": self.kind, "file": self.file, "page": self.page, "message": self.message,
               "stated": self.stated, "computed": self.computed, "evidence": list(self.evidence)}
        if self.kind == "norm":
            out["met"] = self.met
        return out
