"""The sites feature: the landlord's sites, buildings and entrances, and their difficulty."""
