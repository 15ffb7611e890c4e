"""The Meta ads catalogue: ad accounts, campaigns, ad sets, ads, lead forms, insights (all Meta-derived)."""
