"""The neighbour-conflict cases: lazy list, the case with its procedure, the new-case form."""

# The kinds of the drafts in the workspace (DraftService).
CASE_DRAFT_KIND = "conflict_case"  # key "conflict_case:new"
STEP_DRAFT_KIND = "conflict_step"  # key "conflict_step:<case id>"
