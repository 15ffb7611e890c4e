"""Rule-based lead scoring with explanations (SPEC §7.4, automated decisions §7.2)."""
