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

-- The importer bumps the version with every batch it writes; anything else that changes the articles or
-- their links (a statement in psql, say) makes the counts stale too, so the reader never trusts them.
-- Officials' and outlets' names are read with the counts, so renaming them changes nothing here.
create function collection_counts_stale() returns trigger language plpgsql as $$
begin
    update collection_state set summary_version = null where id = 1 and summary_version is not null;
    return null;
end $$;

create trigger article_changes_counts after insert or update or delete or truncate on article
    for each statement execute function collection_counts_stale();
create trigger article_official_changes_counts after insert or update or delete or truncate on article_official
    for each statement execute function collection_counts_stale();
create trigger article_category_changes_counts after insert or update or delete or truncate on article_category
    for each statement execute function collection_counts_stale();
