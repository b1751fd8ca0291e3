package org.songsong.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.songsong.core.knowledge.EventEntry;
import org.songsong.core.knowledge.EventSeries;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.text.LowerCasePattern;
import org.songsong.core.text.RequiredText;
import org.songsong.core.text.VietnameseText;

/** Finds the numbered sessions of known series an article names ("Hội nghị … lần thứ 5"). */
public final class EventMatcher {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("nhất", 1), Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("tư", 4),
            Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8),
            Map.entry("chín", 9), Map.entry("mười", 10));

    private record CompiledSeries(EventSeries series, LowerCasePattern pattern, RequiredText required) {
    }

    private final List<CompiledSeries> series = new ArrayList<>();
    private final List<EventEntry> events;

    public EventMatcher(KnowledgeBase knowledge) {
        for (EventSeries s : knowledge.series()) {
            series.add(new CompiledSeries(s, LowerCasePattern.compile(VietnameseText.toneKey(s.pattern())),
                    RequiredText.ofLowerCase(VietnameseText.toneKey(s.pattern()))));
        }
        this.events = knowledge.events();
    }

    public List<EventMention> match(ParsedArticle article) {
        List<EventMention> mentions = new ArrayList<>();
        for (TextBlock block : TextBlock.of(article)) {
            String key = VietnameseText.matchKey(block.text());
            for (CompiledSeries s : series) {
                if (!s.required().mayMatch(key)) {
                    continue;
                }
                Matcher m = s.pattern().matcher(key);
                while (m.find()) {
                    Integer number = number(m.group("number"));
                    if (number == null) {
                        continue;
                    }
                    EventEntry event = events.stream()
                            .filter(e -> e.series().equals(s.series().id()) && number.equals(e.number()))
                            .findFirst().orElse(null);
                    String asWritten = key.length() == block.text().length()
                            ? block.text().substring(m.start(), m.end()) : m.group();
                    mentions.add(new EventMention(s.series().id(), number, asWritten, block.kind(), block.position(),
                            event));
                }
            }
        }
        return mentions;
    }

    static Integer number(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(written);
        }
        return NUMBER_WORDS.get(VietnameseText.matchKey(written));
    }
}
