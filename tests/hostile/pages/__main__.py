"""``python -m tests.hostile.pages`` writes the hostile pages again."""

from tests.hostile.pages import write_pages

write_pages()
