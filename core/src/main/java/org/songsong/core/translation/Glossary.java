package org.songsong.core.translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.knowledge.KnowledgeFiles;
import org.songsong.core.knowledge.OfficialEntry;
import org.songsong.core.text.VietnameseText;

/**
 * The terms a translation engine must render one way: the curated officials' names (pinyin for Chinese
 * officials), their offices and ranks, places, ministries and agencies, and crime terms. Found in a text
 * by their Vietnamese form, whatever its case and wherever its tone marks sit ("Uỷ ban"/"Ủy ban"); the
 * longest term wins where terms overlap ("Bộ Công an Trung Quốc" over "Bộ Công an").
 */
public final class Glossary {

    public static final String FILE = "glossary.json";

    /** What a term is: engines may be told, and {@code src-docs/translations.md} lists them by kind. */
    public enum Kind {
        NAME, TITLE, RANK, PLACE, AGENCY, CRIME
    }

    public record Term(String vietnamese, String english, Kind kind) {
    }

    /** A term found in a text, from {@code start} to {@code end} (exclusive). */
    public record Found(int start, int end, Term term) {
    }

    record Entry(String vi, String en, String kind) {
    }

    record GlossaryFile(String comment, List<Entry> terms) {
    }

    /** Terms by the match key of their first word, longest first. */
    private final Map<String, List<Keyed>> byFirstWord = new HashMap<>();

    private record Keyed(String key, Term term) {
    }

    public Glossary(List<Term> terms) {
        Map<String, Term> byKey = new LinkedHashMap<>();
        for (Term term : terms) {
            String key = VietnameseText.matchKey(term.vietnamese()).strip();
            if (!key.isEmpty()) {
                // a name is known under the first English the knowledge base gives it
                byKey.putIfAbsent(key, term);
            }
        }
        for (Map.Entry<String, Term> entry : byKey.entrySet()) {
            String key = entry.getKey();
            // filed under the run of letters and digits it starts with, as find() looks terms up ("tp" of "tp.hcm")
            byFirstWord.computeIfAbsent(key.substring(0, wordEnd(key, 0)), k -> new ArrayList<>())
                    .add(new Keyed(key, entry.getValue()));
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Keyed k) -> k.key().length()).reversed()));
    }

    /** The glossary of the knowledge base: officials, their offices and ranks, places, and {@value #FILE}. */
    public static Glossary of(KnowledgeBase knowledge, DigestVocabulary vocabulary) {
        List<Term> terms = new ArrayList<>(fileTerms());
        for (OfficialEntry official : knowledge.officials()) {
            for (String name : KnowledgeBase.names(official)) {
                terms.add(new Term(name, official.nameEn(), Kind.NAME));
            }
            official.roles().stream().filter(Glossary::countryAsWritten)
                    .forEach(role -> terms.add(new Term(role.titleVi(), role.titleEn(), Kind.TITLE)));
            official.ranks().forEach(rank -> terms.add(new Term(rank.rankVi(), rank.rankEn(), Kind.RANK)));
        }
        // "tỉnh Quảng Ninh": the engine translates "tỉnh" itself, so the place's English does not say "province"
        vocabulary.places().forEach(place -> terms.add(new Term(place.vi(), PROVINCE.matcher(place.en()).replaceAll(""),
                Kind.PLACE)));
        return new Glossary(terms);
    }

    private static final Pattern PROVINCE = Pattern.compile(" province$");
    private static final Map<String, String> COUNTRIES = Map.of("Vietnam", "việt nam", "China", "trung quốc",
            "Laos", "lào", "Cambodia", "campuchia");

    /**
     * An office whose English names a country its Vietnamese does not ("Chủ tịch nước", "President of
     * Vietnam") would give China's president Vietnam's title: such a title is left to the engine.
     */
    private static boolean countryAsWritten(OfficialEntry.Role role) {
        if (role.titleVi() == null || role.titleEn() == null) {
            return false;
        }
        String vietnamese = VietnameseText.matchKey(role.titleVi());
        return COUNTRIES.entrySet().stream().noneMatch(country -> role.titleEn().contains(country.getKey())
                && !vietnamese.contains(VietnameseText.matchKey(country.getValue())));
    }

    private static List<Term> fileTerms() {
        List<Term> terms = new ArrayList<>();
        for (Entry entry : KnowledgeFiles.readJson(FILE, GlossaryFile.class).terms()) {
            terms.add(new Term(entry.vi(), entry.en(), Kind.valueOf(entry.kind().toUpperCase(Locale.ROOT))));
        }
        return terms;
    }

    /** The terms of the text, in order, none overlapping another. */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        String key = VietnameseText.matchKey(text);
        if (key.length() != text.length()) {
            // cleaning changed the text's length (a stray control character): offsets would not match
            key = text.toLowerCase(Locale.ROOT);
            if (key.length() != text.length()) {
                return found;
            }
        }
        int i = 0;
        while (i < key.length()) {
            if (!Character.isLetterOrDigit(key.charAt(i)) || (i > 0 && Character.isLetterOrDigit(key.charAt(i - 1)))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(key, i);
            Found match = longestAt(text, key, i, key.substring(i, wordEnd));
            if (match != null) {
                found.add(match);
                i = match.end();
            } else {
                i = wordEnd;
            }
        }
        return found;
    }

    private static int wordEnd(String key, int start) {
        int end = start;
        while (end < key.length() && Character.isLetterOrDigit(key.charAt(end))) {
            end++;
        }
        return end;
    }

    private Found longestAt(String text, String key, int at, String firstWord) {
        for (Keyed candidate : byFirstWord.getOrDefault(firstWord, List.of())) {
            int end = at + candidate.key().length();
            if (key.startsWith(candidate.key(), at) && (end == key.length() || !Character.isLetterOrDigit(key.charAt(end)))
                    && (candidate.term().kind() != Kind.NAME || isWholeName(text, at, end))) {
                return new Found(at, end, candidate.term());
            }
        }
        return null;
    }

    /**
     * A name is a person's only when written as a name, capitalised, and not the start of a longer one:
     * "Hoàng Minh" is not Huang Ming in "Hoàng Minh Tuấn", nor in "hoàng minh".
     */
    private static boolean isWholeName(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int next = end;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next == end || next >= text.length() || !Character.isUpperCase(text.charAt(next));
    }

    /** The distinct terms of the texts, in the order first met: what an engine's instructions list. */
    public List<Term> termsOf(List<String> texts) {
        Map<String, Term> terms = new LinkedHashMap<>();
        for (String text : texts) {
            find(text).forEach(f -> terms.putIfAbsent(f.term().vietnamese(), f.term()));
        }
        return List.copyOf(terms.values());
    }

    /** The text with each term written in its English form: Vietnamese around English names. */
    public String substitute(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (Found found : find(text)) {
            out.append(text, copied, found.start()).append(english(found, text));
            copied = found.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * The English with any term the engine left in Vietnamese ("Tô Lâm", "Bộ Công an") written in its
     * English form. Only an answer that still has Vietnamese letters is looked at, and terms are matched as
     * written in Vietnamese: a term the engine wrote without its diacritics is not found here.
     */
    public String enforce(String english) {
        if (english == null || !VietnameseText.hasVietnameseLetters(english)) {
            return english;
        }
        return substitute(english);
    }

    /** The term's English, capitalised where the text capitalised a term whose English is lower case. */
    static String english(Found found, String text) {
        String english = found.term().english();
        boolean capitalised = Character.isUpperCase(text.charAt(found.start()));
        if (english.isEmpty() || !capitalised || !Character.isLowerCase(english.charAt(0))) {
            return english;
        }
        int before = found.start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        boolean sentenceStart = before < 0 || ".!?:\"“(".indexOf(text.charAt(before)) >= 0;
        return sentenceStart ? Character.toUpperCase(english.charAt(0)) + english.substring(1) : english;
    }
}
