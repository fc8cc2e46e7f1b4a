"""File formats: streaming readers and writers. No Qt, no sessions."""
