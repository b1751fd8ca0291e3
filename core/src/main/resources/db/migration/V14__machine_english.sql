-- Three kinds of English, never confused: an editor's (curated), a translation engine's (machine), and
-- the digest generated from what was extracted (generated). Curated English always wins: an article with
-- it is never machine-translated.
alter table article add column english_source varchar(10) not null default 'GENERATED'
    check (english_source in ('CURATED', 'MACHINE', 'GENERATED'));
update article set english_source = 'CURATED' where not english_generated;
alter table article drop column english_generated;

-- Where machine English came from: the engine, its model ('' when the engine names none) and when.
alter table article
    add column translation_engine varchar(40),
    add column translation_model  varchar(200),
    add column translated_at      timestamptz,
    add constraint article_machine_english_provenance
        check ((english_source = 'MACHINE') = (translation_engine is not null and translation_model is not null
                                                and translated_at is not null));

-- Translations already had, by engine, model and the SHA-256 of the Vietnamese text: an article imported
-- or extracted again costs the engine only its texts that changed.
create table translation_memory (
    engine        varchar(40)  not null,
    model         varchar(200) not null,
    source_sha256 char(64)     not null,
    english       text         not null,
    created_at    timestamptz  not null,
    primary key (engine, model, source_sha256)
);

-- The articles still to translate are found without reading every article.
create index article_generated_english_idx on article (id) where english_source = 'GENERATED';
