"""Lengths of free text, shared by the model's CHECK constraints, validation and the form."""

DESCRIPTION_LIMIT = 4000
TEXT_LIMIT = 2000
