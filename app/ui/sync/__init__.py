"""Sync in the desktop app: sign-in in the settings, background sync with its status-bar
indicator, and the screen of sync conflicts. The engine is app/sync/client.py."""
