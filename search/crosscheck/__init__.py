"""Cross-checking figures: labels, matching, verifying drafts, archive checks, series.

Reads only the store and the analyzer; never the index.
"""
