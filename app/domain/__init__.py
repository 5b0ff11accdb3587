"""Domain vocabulary, identifiers and messages. Pure Python: no Qt, no database."""
