"""ShiftMate's Qt interface: one module per screen, talking to the core through DataService."""
