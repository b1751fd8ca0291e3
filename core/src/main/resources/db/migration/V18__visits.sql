-- Visits: the events of one trip abroad (src-docs/events.md), written by grouping with the events.

-- A visit's id is the smallest id among its events, so it stays while its first event does.
create table visit (
    id              bigint primary key,
    visitor_id      bigint     not null references official (id) on delete cascade,
    visitor_country varchar(8) not null,
    host_country    varchar(8) not null,
    first_day       date       not null,
    last_day        date       not null,
    event_count     integer    not null check (event_count > 1),
    check (first_day <= last_day)
);

create table visit_event (
    event_id bigint primary key references event (id) on delete cascade,
    visit_id bigint not null references visit (id) on delete cascade
);
create index visit_event_visit_idx on visit_event (visit_id, event_id);
