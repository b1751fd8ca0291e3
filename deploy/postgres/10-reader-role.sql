-- The reader's read-only role. The importer's migrations grant it SELECT on every table (V5).
create role songsong_reader login password 'songsong_reader';
grant connect on database songsong to songsong_reader;
