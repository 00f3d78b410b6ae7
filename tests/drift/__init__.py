"""Contract drift (OpenAPI vs contract), version differences, and the 0.7.0 -> 3.x upgrade."""
