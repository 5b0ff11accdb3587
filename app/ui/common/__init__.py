"""What several screens share: list views over a paged model, and a screen of a list, a
record and a form that keeps a draft."""
