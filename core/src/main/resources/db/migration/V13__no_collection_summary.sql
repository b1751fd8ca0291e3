-- The reader counts the collection from its own index of it (one pass over the articles per version), so
-- the whole-collection counts the importer kept for it after every run (migration V8) are gone, with the
-- triggers that marked them stale on every statement that wrote articles or their links.
drop trigger article_changes_counts on article;
drop trigger article_official_changes_counts on article_official;
drop trigger article_category_changes_counts on article_category;
drop function collection_counts_stale();
drop table collection_facet;
alter table collection_state
    drop column summary_version,
    drop column summary_articles,
    drop column summary_first_year,
    drop column summary_last_year;
