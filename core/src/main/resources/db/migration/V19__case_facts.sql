-- The counts and earlier days an article recounts ("n:18 dia", "d:6/6"), by which grouping finds the reports
-- of one case written on different days from different angles (src-docs/events.md, CaseFacts).
alter table article_fingerprint add column case_facts text[] not null default '{}';
