"""The domain: pure Python dataclasses and the rules of the work. No Qt, SQL or HTTP."""
