-- The day the page was published, kept beside the article's date (the day of the news it reports) when
-- a page date (a timestamp line, the address, the file's name, the scraper's marker) gives one.
alter table article add column published_on date;
