package org.songsong.importer;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** The importer's command line: {@code songsong-importer import [--dry-run] [--report FILE] [--translate] PATH...}, {@code translate [--limit N] [--dry-run] [PATH...]}. */
@TopCommand
@Command(name = "songsong-importer", mixinStandardHelpOptions = true,
        description = "Imports scraped Vietnamese news articles into the Song Song collection.",
        subcommands = { ImportCommand.class, TranslateCommand.class, GenerateCommand.class })
public class SongSongCommand {
}
