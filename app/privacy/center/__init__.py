"""The privacy center: each organisation's public pages for the people whose data it holds (SPEC §7.2)."""
