"""The Today screen: what is due and what is late, each one click from its record."""
