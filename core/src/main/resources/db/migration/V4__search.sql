-- Search: every article's text in both languages, folded (lower case, no diacritics, đ → d) by the
-- importer, so "to lam", "Tô Lâm" and "TO LAM" find the same articles; full-text search ranks by
-- proximity, trigrams catch typos. pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

alter table article
    add column search_document text not null default '',
    add column search_vector tsvector generated always as (to_tsvector('simple', search_document)) stored;

create index article_search_vector_idx on article using gin (search_vector);
create index article_search_trigram_idx on article using gin (search_document gin_trgm_ops);
