"""Which career fits: preferences read from plain words, and a ranking that explains itself."""
