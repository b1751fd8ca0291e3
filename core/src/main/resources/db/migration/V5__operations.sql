-- The collection's version: the importer bumps it with every article it writes, so readers can tell
-- whether anything changed (HTTP ETags, cached facet counts) with a one-row lookup.
create table collection_state (
    id         smallint primary key check (id = 1),
    version    bigint      not null,
    updated_at timestamptz not null
);
insert into collection_state (id, version, updated_at) values (1, 0, now());

-- Least privilege: the reader's role (${reader_role}, created by the operator, see src-docs/operations.md)
-- may only read. Tables created later by the owner are readable too.
do $$
begin
    if exists (select from pg_roles where rolname = '${reader_role}') then
        execute format('grant usage on schema %I to %I', current_schema(), '${reader_role}');
        execute format('grant select on all tables in schema %I to %I', current_schema(), '${reader_role}');
        execute format('alter default privileges in schema %I grant select on tables to %I', current_schema(), '${reader_role}');
        -- reading sequences lets the reader's Hibernate check the mapping; it never draws from them
        execute format('grant select on all sequences in schema %I to %I', current_schema(), '${reader_role}');
        execute format('alter default privileges in schema %I grant select on sequences to %I', current_schema(), '${reader_role}');
    end if;
end
$$;
