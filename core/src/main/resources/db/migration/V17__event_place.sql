-- Where each article's lede says it happened ("tại Hà Nội"), as the vocabulary names the place in both
-- languages; an event shows its lead report's place (src-docs/events.md). Articles imported before this
-- have none until they are imported again.
alter table article_fingerprint add column place_vi varchar(200), add column place_en varchar(200);
