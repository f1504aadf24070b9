"""The screens and dialogs of the reading app, each imported only when first shown."""
