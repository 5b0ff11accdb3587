"""Storage: the workspace's SQLite file, its migrations and its full-text index. No Qt."""
