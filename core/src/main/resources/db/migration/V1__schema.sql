-- The collection: articles as the importer cleaned them, and the people and crimes they are about.
-- Hibernate validates this schema and never changes it; every change is a new migration.

create sequence outlet_seq increment by 50;
create table outlet (
    id      bigint primary key,
    code    varchar(40)  not null unique,
    name    varchar(200) not null,
    website varchar(200)
);

create sequence article_seq increment by 50;
create table article (
    id                 bigint primary key,
    slug               varchar(120) not null unique,
    source_file        varchar(255) not null unique,
    content_hash       varchar(64)  not null,
    extraction_version varchar(80)  not null,
    title_vi           text         not null,
    title_derived      boolean      not null,
    outlet_id          bigint references outlet (id),
    source_url         text,
    date_year          integer,
    date_month         integer check (date_month between 1 and 12),
    date_day           integer check (date_day between 1 and 31),
    date_precision     varchar(5) check (date_precision in ('DAY', 'MONTH', 'YEAR')),
    date_year_source   varchar(10),
    date_month_source  varchar(10),
    date_day_source    varchar(10),
    date_as_written    varchar(100),
    import_warnings    jsonb        not null default '[]',
    imported_at        timestamptz  not null,
    updated_at         timestamptz  not null,
    -- a precision never claims more than the parts that are known, and never fewer
    check ((date_precision is null and date_year is null and date_month is null and date_day is null)
        or (date_precision = 'YEAR' and date_year is not null and date_month is null and date_day is null)
        or (date_precision = 'MONTH' and date_year is not null and date_month is not null and date_day is null)
        or (date_precision = 'DAY' and date_year is not null and date_month is not null and date_day is not null))
);
-- newest first is the reader's default order
create index article_date_idx on article (date_year desc nulls last, date_month desc nulls last,
                                          date_day desc nulls last, id desc);
create index article_outlet_idx on article (outlet_id);

create sequence article_paragraph_seq increment by 50;
create table article_paragraph (
    id         bigint primary key,
    article_id bigint  not null references article (id) on delete cascade,
    position   integer not null,
    text_vi    text    not null,
    unique (article_id, position)
);

create sequence article_caption_seq increment by 50;
create table article_caption (
    id         bigint primary key,
    article_id bigint  not null references article (id) on delete cascade,
    position   integer not null,
    text_vi    text    not null,
    credit     varchar(200),
    unique (article_id, position)
);

create sequence official_seq increment by 50;
create table official (
    id      bigint primary key,
    slug    varchar(120) not null unique,
    name_vi varchar(200) not null,
    name_en varchar(200) not null,
    name_zh varchar(100),
    country varchar(2)   not null,
    -- false for a person the importer found by rank or title but the knowledge base does not know yet
    curated boolean      not null
);

create sequence official_alias_seq increment by 50;
create table official_alias (
    id          bigint primary key,
    official_id bigint       not null references official (id) on delete cascade,
    alias       varchar(200) not null,
    unique (official_id, alias)
);

create sequence official_role_seq increment by 50;
create table official_role (
    id          bigint primary key,
    official_id bigint       not null references official (id) on delete cascade,
    title_vi    varchar(300) not null,
    title_en    varchar(300) not null,
    from_year   integer,
    to_year     integer
);

create table crime_category (
    code           varchar(40)  primary key,
    position       integer      not null,
    label_vi       varchar(200) not null,
    label_en       varchar(200) not null,
    description_vi text         not null,
    description_en text         not null
);

create sequence article_official_seq increment by 50;
create table article_official (
    id              bigint primary key,
    article_id      bigint not null references article (id) on delete cascade,
    official_id     bigint not null references official (id) on delete cascade,
    -- the title the article gives the person, as written ("Thứ trưởng Bộ Công an Trung Quốc")
    role_as_written text,
    -- positions of the paragraphs that mention the person
    paragraphs      jsonb  not null default '[]',
    unique (article_id, official_id)
);
create index article_official_official_idx on article_official (official_id, article_id);

create sequence article_category_seq increment by 50;
create table article_category (
    id            bigint primary key,
    article_id    bigint      not null references article (id) on delete cascade,
    category_code varchar(40) not null references crime_category (code),
    -- the phrases that name the crime, as written
    evidence      jsonb       not null default '[]',
    paragraphs    jsonb       not null default '[]',
    unique (article_id, category_code)
);
create index article_category_category_idx on article_category (category_code, article_id);
