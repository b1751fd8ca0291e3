-- The whole collection's facet counts, kept by the importer after each run that changed the collection:
-- the reader's unfiltered pages then read a few dozen rows instead of counting every link row (about
-- 0.5 s at 100,000 articles, paid by the first reader after every import). summary_version is the
-- collection's version the counts were taken at: when it is not the current version, the reader counts.
create table collection_facet (
    kind text not null check (kind in ('official', 'category', 'outlet')),
    code text not null,
    articles bigint not null,
    primary key (kind, code)
);

alter table collection_state
    add column summary_version bigint,
    add column summary_articles bigint,
    add column summary_first_year integer,
    add column summary_last_year integer;
