"""What several screens share (the list views over a paged model, for a start)."""
