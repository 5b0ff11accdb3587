"""The signalements feature: lazy list, filters and search, and the form."""

# The kind of the form's drafts in the workspace (DraftService), keys "signalement:<id|new>".
DRAFT_KIND = "signalement"
