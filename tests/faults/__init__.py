"""The fault and bad-input suite (issue 8): nothing lost, nothing half-done."""
