"""Financial reports read straight from `journal_lines` (only posted lines live there): every
figure is a SQL sum or a keyset page over its indexes, never all lines loaded into Python."""
