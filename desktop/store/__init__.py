"""The store: the only code that speaks SQL and knows about SQLCipher and keys."""
