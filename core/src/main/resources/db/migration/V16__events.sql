-- Events: the reports of one happening, and the copies among them (src-docs/events.md).

-- What grouping compares, written with the article: the MinHash of its text's shingles, and the sessions
-- of known series it names in its headline or first paragraphs.
create table article_fingerprint (
    article_id   bigint primary key references article (id) on delete cascade,
    min_hashes   bytea  not null,
    named_events text[] not null default '{}'
);

-- An event's id is its address (/events/{id}) and outlives re-grouping: src-docs/events.md says how.
create sequence event_seq;
create table event (
    id              bigint primary key,
    -- the report the event is listed and titled by: the first original report
    lead_article_id bigint  not null,
    date_year       integer,
    date_month      integer,
    date_day        integer,
    report_count    integer not null check (report_count > 0),
    copy_count      integer not null check (copy_count >= 0),
    outlet_count    integer not null
);
create index event_date_idx on event (date_year desc nulls last, date_month desc nulls last,
                                      date_day desc nulls last, id desc);

-- An event that became part of another; its old address leads to the other.
create table event_redirect (
    old_id   bigint primary key,
    event_id bigint not null references event (id) on delete cascade
);

-- Which event each article reports, and whether it is a copy of another. No foreign key to article: an
-- import writes an article again by deleting and inserting it under its id, and its event must outlive
-- that; grouping, which runs after every import, drops the rows of articles that are gone.
create table article_event (
    article_id      bigint primary key,
    event_id        bigint not null references event (id),
    copy_of         bigint,
    copy_similarity real check (copy_similarity between 0 and 1),
    check ((copy_of is null) = (copy_similarity is null))
);
create index article_event_event_idx on article_event (event_id, article_id);
create index article_event_copy_idx on article_event (copy_of) where copy_of is not null;

-- The rule the events were grouped by: an import whose rule differs groups the collection again.
alter table collection_state add column grouping_version varchar(40);
