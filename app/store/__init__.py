"""Storage: SQLModel tables, the engine and its pragmas, migrations, mapping to the domain."""
