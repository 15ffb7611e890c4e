"""The disclosure ledger (SPEC §7.6): every send of a lead's data to a recipient outside the product."""
