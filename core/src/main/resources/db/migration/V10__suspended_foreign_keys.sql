-- The foreign keys an import into an empty collection set aside while it loads (PostgreSQL's own advice
-- for a bulk load: a constraint added after the load is checked in one pass over each table, where a
-- constraint in place checks every row with a query of its own, about 0.08 ms of database CPU an article).
-- Each is kept here, as PostgreSQL wrote its definition, from the moment it is dropped until it is added
-- back, so a run that dies in between leaves the next run what to restore.
create table suspended_foreign_key (
    table_name      text        not null,
    constraint_name text        not null,
    definition      text        not null,
    suspended_at    timestamptz not null,
    primary key (table_name, constraint_name)
);
