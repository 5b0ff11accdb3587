"""The PySide6 desktop interface. Reaches data only through app.services."""
