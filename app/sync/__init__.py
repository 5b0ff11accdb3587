"""The desktop side of sync: the engine (client.py), the entity registry, the commands."""
