"""Small widgets of the reading app: status line, loading bar, find bar."""
