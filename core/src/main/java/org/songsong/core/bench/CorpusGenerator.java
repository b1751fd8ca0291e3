package org.songsong.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.songsong.core.parse.ArticleParser;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.parse.RejectedFileException;

/**
 * A large corpus for benchmarks, derived deterministically from the real articles: each generated file
 * recombines real paragraphs (so officials and crime categories occur with the distribution they have
 * in real reporting), gets a real headline, a date between 2008 and 2025 (a ` date YYYY-MM` marker and a
 * dateline in the lede) and is written in the layout the importer reads. The same seed gives the same
 * files.
 */
public final class CorpusGenerator {

    private final List<ParsedArticle> sources;
    private final Random random;

    public CorpusGenerator(List<byte[]> realArticles, long seed) {
        ArticleParser parser = new ArticleParser();
        this.sources = new ArrayList<>();
        for (byte[] bytes : realArticles) {
            try {
                sources.add(parser.parse(bytes));
            } catch (RejectedFileException e) {
                // not an article: nothing to recombine
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no article to derive a corpus from");
        }
        this.random = new Random(seed);
    }

    /** Writes {@code count} files named g0000001.txt … into {@code folder}. */
    public void write(int count, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= count; i++) {
            Files.writeString(folder.resolve(String.format("g%07d.txt", i)), article(i), StandardCharsets.UTF_8);
        }
    }

    String article(int number) {
        int year = 2008 + random.nextInt(18);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        ParsedArticle headlineSource = pick();
        StringBuilder text = new StringBuilder();
        text.append(" date ").append(year).append('-').append(String.format("%02d", month)).append(' ')
                .append(headlineSource.title()).append(" (").append(number).append(")\n\n");
        String lede = pick().lede().replaceFirst("^(Sáng|Chiều|Tối|Ngày|Hôm nay) \\(?\\d{1,2}[/.-]\\d{1,2}\\)?,? ?", "");
        text.append(random.nextBoolean() ? "Sáng " : "Ngày ").append(day).append('/').append(month).append(", ")
                .append(lede).append("\n\n");
        int paragraphs = 2 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            ParsedArticle source = pick();
            List<String> body = source.paragraphs();
            text.append(body.get(random.nextInt(body.size()))).append("\n\n");
        }
        if (random.nextInt(3) == 0) {
            ParsedArticle source = pick();
            if (!source.captions().isEmpty()) {
                text.append(source.captions().get(0).text()).append(" (Ảnh: TTXVN)\n");
            }
        }
        return text.toString();
    }

    private ParsedArticle pick() {
        return sources.get(random.nextInt(sources.size()));
    }
}
