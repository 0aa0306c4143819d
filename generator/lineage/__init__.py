"""The lineage step: where each paragraph's words come from in earlier texts, and where they went."""

from generator.lineage.find import find_lineage

__all__ = ["find_lineage"]
