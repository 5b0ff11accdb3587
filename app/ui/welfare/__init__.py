"""The welfare watch: the register, a person's follow-up, checks and alert plans."""

# The kind of the register form's drafts in the workspace, key "welfare_entry:new".
ENTRY_DRAFT_KIND = "welfare_entry"
