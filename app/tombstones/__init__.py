"""Erasure tombstones: the ledger that blocks an erased subject from coming back (blind indexes only).

Below the domains that check it before creating a lead (leads, the Meta lead intake); privacy writes it.
"""
