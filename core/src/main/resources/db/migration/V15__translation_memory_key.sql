-- The memory is read by lists of hashes bound as text[]: against char(64) PostgreSQL compared every row of
-- an engine and model as text instead of using the primary key; as varchar the key's index serves the lookup.
alter table translation_memory alter column source_sha256 type varchar(64);
