-- A search first needs the ids of every article its words match. From the article rows (about 1.8 KB each)
-- PostgreSQL visited 22,500 pages for a word in every article of 100,000 (130 ms); the vectors alone, each
-- row an id and a pointer to its vector stored out of line, fill a few hundred pages and stay in memory.
create table article_search (
    article_id bigint primary key references article (id) on delete cascade,
    search_vector tsvector not null
);
alter table article_search alter column search_vector set storage external;

insert into article_search (article_id, search_vector) select id, search_vector from article;

drop index article_search_vector_idx;
alter table article drop column search_vector;
create index article_search_vector_idx on article_search using gin (search_vector);
