-- English for every article: curated by an editor (seeds/*.en.json) or generated from what was extracted.
alter table article
    add column title_vi_curated boolean not null default false,
    add column title_en text,
    add column summary_vi text,
    add column summary_en text,
    -- true when the English is a generated digest, false when an editor wrote it
    add column english_generated boolean not null default true,
    -- the curated English file imported with the article, and its SHA-256
    add column translation_file varchar(255),
    add column translation_hash varchar(64);

alter table article_paragraph add column text_en text;
alter table article_caption add column text_en text;
