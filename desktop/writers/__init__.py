"""Writers: each turns the semantic Document into one output (DOCX, PDF, print)."""
