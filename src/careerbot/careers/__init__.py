"""Careers and their figures: the model, the attribute table, the catalog in memory, and
what comparing two careers shows (the comparison, shared skills, advice)."""
