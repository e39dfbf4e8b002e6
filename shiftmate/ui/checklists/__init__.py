"""The parts of the Checklists screen: running a checklist, its history, and the editor."""
