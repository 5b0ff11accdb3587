"""The signalements feature: lazy list, filters and search, and the form."""
