"""ShiftMate's headless core: storage, records and rules. It never imports Qt."""
