package org.songsong.core.english;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.songsong.core.extract.ArticleExtractor;
import org.songsong.core.extract.CategoryMatch;
import org.songsong.core.extract.OfficialMention;
import org.songsong.core.knowledge.CategoryEntry;
import org.songsong.core.knowledge.DigestVocabulary;
import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.knowledge.OfficialEntry;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.parse.PublicationDate;
import org.songsong.core.text.LowerCasePattern;
import org.songsong.core.text.Patterns;
import org.songsong.core.text.RequiredText;
import org.songsong.core.text.Sentences;
import org.songsong.core.text.VietnameseText;
import org.songsong.core.text.WordPhrase;

/**
 * English for an article nobody has translated yet: a digest made only from what the importer extracted,
 * in complete English sentences with no Vietnamese left in them — what happened, when and where, who met
 * whom in what roles, what they agreed or did, which crimes, the figures stated — and a Vietnamese summary
 * made of the article's own first sentences. Both are marked as generated wherever shown.
 */
public final class EnglishDigest {

    /** A generated title and summaries. */
    public record Digest(String titleEn, String summaryEn, String summaryVi) {
    }

    /** A vocabulary pattern, the text a key must hold for it to be worth running, and what it stands for. */
    private record Compiled<T>(WordPhrase phrase, RequiredText required, T value) {
        boolean foundIn(String key) {
            return required.mayMatch(key) && phrase.foundIn(key);
        }
    }

    /** A figure's pattern, read just after a number. */
    private record Figure(LowerCasePattern pattern, DigestVocabulary.Figure value) {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,/])(\\d{1,6})(?![\\d/.,]\\d)\\s+");
    private static final int VI_SUMMARY_MIN_CHARS = 250;
    private static final Pattern SLASHED_FULL_STOP = Pattern.compile("\\s*\\./\\.$");

    private final KnowledgeBase knowledge;
    private final List<Compiled<DigestVocabulary.EventKind>> kinds = new ArrayList<>();
    private final List<Compiled<DigestVocabulary.Action>> actions = new ArrayList<>();
    private final List<Compiled<String>> roles = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<DigestVocabulary.Place> places;

    public EnglishDigest(KnowledgeBase knowledge, DigestVocabulary vocabulary) {
        this.knowledge = knowledge;
        vocabulary.eventKinds().forEach(k -> kinds.add(new Compiled<>(words(k.pattern()),
                RequiredText.ofLowerCase(VietnameseText.toneKey(k.pattern())), k)));
        vocabulary.actions().forEach(a -> actions.add(new Compiled<>(words(a.pattern()),
                RequiredText.ofLowerCase(VietnameseText.toneKey(a.pattern())), a)));
        vocabulary.roles().forEach(r -> roles.add(new Compiled<>(words(r.pattern()),
                RequiredText.ofLowerCase(VietnameseText.toneKey(r.pattern())), r.en())));
        vocabulary.figures().forEach(f -> figures.add(new Figure(
                LowerCasePattern.compile("^(?:" + VietnameseText.toneKey(f.pattern()) + ")(?![\\p{L}\\d])"), f)));
        this.places = vocabulary.places().stream()
                .sorted((a, b) -> Integer.compare(b.vi().length(), a.vi().length())).toList();
    }

    private static WordPhrase words(String pattern) {
        return WordPhrase.inLowerCase(VietnameseText.toneKey(pattern));
    }

    public Digest digest(ArticleExtractor.Extraction extraction) {
        ParsedArticle parsed = extraction.parsed();
        // keyed block by block, as the matchers keyed them already (a key never spans a space)
        String opening = VietnameseText.matchKey(parsed.title()) + " " + VietnameseText.matchKey(parsed.lede())
                + (parsed.paragraphs().size() > 1 ? " " + VietnameseText.matchKey(parsed.paragraphs().get(1)) : "");
        List<DigestVocabulary.EventKind> found = new ArrayList<>();
        for (Compiled<DigestVocabulary.EventKind> kind : kinds) {
            if (kind.foundIn(opening) && !found.contains(kind.value())) {
                found.add(kind.value());
            }
        }
        List<String> eventKinds = found.stream().map(DigestVocabulary.EventKind::en).toList();
        String when = dateInEnglish(extraction.date());
        DigestVocabulary.Place at = placeOf(parsed.lede());
        String where = at == null ? null : at.en();
        List<String> people = new ArrayList<>();
        for (OfficialMention official : extraction.officials()) {
            people.add(person(official, extraction.date()));
        }
        List<String> crimes = new ArrayList<>();
        for (CategoryMatch match : extraction.categories()) {
            knowledge.categories().stream().filter(c -> c.code().equals(match.code())).findFirst()
                    .map(CategoryEntry::labelEn).map(l -> l.toLowerCase(Locale.ROOT)).ifPresent(crimes::add);
        }
        List<String> numbers = figures(parsed);

        List<String> sentences = new ArrayList<>();
        String setting = (when == null ? "" : "On " + when) + (where == null ? "" : (when == null ? "In " : " in ") + where);
        String opens = setting.isEmpty() ? "" : setting + ", ";
        List<OfficialMention> officials = extraction.officials();
        OfficialMention first = officials.isEmpty() ? null : officials.get(0);
        OfficialMention counterpart = first == null ? null
                : officials.stream().filter(o -> !o.country().equals(first.country())).findFirst().orElse(null);
        String met = found.isEmpty() ? null : found.get(0).met();
        List<String> others = new ArrayList<>(people);
        if (met != null && counterpart != null) {
            sentences.add(capitalise(opens + people.get(0) + " " + met + " " + people.get(officials.indexOf(counterpart)) + "."));
            others.remove(people.get(officials.indexOf(counterpart)));
            others.remove(0);
            if (!others.isEmpty()) {
                sentences.add("The article also names " + join(others) + ".");
            }
        } else {
            String events = eventKinds.isEmpty() ? "Vietnam–China law-enforcement cooperation" : join(eventKinds);
            sentences.add(capitalise(opens + "the article reports " + events + "."));
            sentences.add(people.isEmpty() ? "It names no officials." : "It names " + join(people) + ".");
        }
        boolean crimesTold = false;
        String text = VietnameseText.matchKey(String.join("\n", parsed.paragraphs()));
        Set<String> groupsTold = new LinkedHashSet<>();
        for (Compiled<DigestVocabulary.Action> action : actions) {
            DigestVocabulary.Action said = action.value();
            if (!groupsTold.contains(said.group()) && action.foundIn(said.opening() ? opening : text)) {
                groupsTold.add(said.group());
                crimesTold |= said.en().contains("CRIMES") && !crimes.isEmpty();
                sentences.add(withCrimes(said.en(), crimes));
            }
        }
        if (!crimesTold) {
            sentences.add(crimes.isEmpty() ? "It names no specific category of crime."
                    : "The crimes it discusses are " + join(crimes) + ".");
        }
        if (!numbers.isEmpty()) {
            sentences.add("The figures it states: " + join(numbers) + ".");
        }
        sentences.add("This digest was generated from the Vietnamese text; no English translation has been made yet.");
        String titleEn = title(eventKinds, extraction.officials(), crimes, when);
        return new Digest(plain(titleEn), plain(String.join(" ", sentences)), summaryVi(parsed));
    }

    private String title(List<String> eventKinds, List<OfficialMention> officials, List<String> crimes, String when) {
        String kind = eventKinds.isEmpty() ? "Vietnam–China law-enforcement cooperation"
                : capitalise(eventKinds.get(0).replaceFirst("^(a|an|the) ", ""));
        String about;
        if (!officials.isEmpty()) {
            about = join(officials.stream().limit(2).map(OfficialMention::nameEn).toList());
        } else if (!crimes.isEmpty()) {
            about = join(crimes.stream().limit(2).toList());
        } else {
            about = null;
        }
        return kind + (about == null ? "" : ": " + about) + (when == null ? "" : " (" + when + ")");
    }

    /** The action's sentence with its {@code {… CRIMES}} part filled in, or left out when there are no crimes. */
    private static String withCrimes(String sentence, List<String> crimes) {
        int open = sentence.indexOf('{');
        int close = sentence.indexOf('}', open + 1);
        if (open < 0 || close < 0) {
            return sentence;
        }
        String part = crimes.isEmpty() ? "" : sentence.substring(open + 1, close).replace("CRIMES", join(crimes));
        return sentence.substring(0, open) + part + sentence.substring(close + 1);
    }

    /** "To Lam (Minister of Public Security, Vietnam)". */
    private String person(OfficialMention official, PublicationDate date) {
        String role = roleInEnglish(official, date);
        String country = switch (official.country()) {
            case "VN" -> "Vietnam";
            case "CN" -> "China";
            case "KH" -> "Cambodia";
            case "LA" -> "Laos";
            case "KR" -> "South Korea";
            case "US" -> "the United States";
            default -> null;
        };
        List<String> details = new ArrayList<>();
        if (role != null && country != null) {
            role = role.replace(" of " + country, "");
        }
        if (role != null) {
            details.add(role);
        }
        if (country != null) {
            details.add(country);
        }
        return official.nameEn() + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
    }

    /** The office the article gives the person, in English: the knowledge base's title for that office then, else the vocabulary's. */
    private String roleInEnglish(OfficialMention official, PublicationDate date) {
        String written = official.roleAsWritten();
        if (written == null) {
            return null;
        }
        String key = VietnameseText.matchKey(written);
        List<String> parts = new ArrayList<>();
        for (Compiled<String> role : roles) {
            if (!role.required().mayMatch(key)) {
                continue;
            }
            WordPhrase.Finder m = role.phrase().in(key);
            if (m.find()) {
                parts.add(role.value());
                key = key.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + key.substring(m.end());
            }
        }
        OfficialEntry entry = official.entry();
        if (entry != null && date != null) {
            for (OfficialEntry.Role role : entry.roles()) {
                boolean held = (role.from() == null || role.from() <= date.year())
                        && (role.to() == null || role.to() >= date.year());
                if (held && role.titleEn() != null && parts.stream().anyMatch(p -> sameOffice(p, role.titleEn()))) {
                    parts.replaceAll(p -> sameOffice(p, role.titleEn()) ? role.titleEn() : p);
                }
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts.stream().distinct().toList());
    }

    private static boolean sameOffice(String vocabulary, String knowledgeBase) {
        String a = vocabulary.toLowerCase(Locale.ROOT);
        String b = knowledgeBase.toLowerCase(Locale.ROOT);
        return (a.startsWith("deputy minister") && (b.startsWith("deputy minister") || b.startsWith("vice-minister")))
                || (a.startsWith("minister") && b.startsWith("minister"));
    }

    /** Where the lede says it happened ("tại Hà Nội"), when the vocabulary knows the place; else null. */
    public DigestVocabulary.Place placeOf(String lede) {
        String key = VietnameseText.matchKey(lede);
        int at = key.indexOf("tại ");
        if (at < 0) {
            return null;
        }
        String after = key.substring(at + 4);
        for (DigestVocabulary.Place place : places) {
            if (after.startsWith(VietnameseText.matchKey(place.vi()))) {
                return place;
            }
        }
        return null;
    }

    /** Numbers the text states with what they count: "77 Chinese nationals", "18 locations". */
    private List<String> figures(ParsedArticle parsed) {
        Set<String> found = new LinkedHashSet<>();
        for (String paragraph : parsed.paragraphs()) {
            String key = VietnameseText.matchKey(paragraph);
            // a number starts at a digit: the pattern is tried only there, seeing the text around it
            Matcher m = NUMBER.matcher(key).useTransparentBounds(true).useAnchoringBounds(false);
            Matcher[] counted = new Matcher[figures.size()]; // made once a paragraph, at its first number
            int at = 0;
            while (found.size() < 5 && (at = nextDigit(key, at)) >= 0) {
                if (!m.region(at, key.length()).lookingAt()) {
                    at++;
                    continue;
                }
                at = m.end();
                for (int f = 0; f < figures.size(); f++) {
                    Figure figure = figures.get(f);
                    counted[f] = counted[f] != null ? counted[f] : figure.pattern().matcher(key);
                    // what follows the number, read in place: "^" stands at the region's start
                    if (counted[f].region(m.end(), key.length()).lookingAt()) {
                        long n = Long.parseLong(m.group(1));
                        found.add(n + " " + (n == 1 ? figure.value().one() : figure.value().many()));
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** One line that ends with . ! ? or …, as the pattern {@code .*[.!?…]$} would match it whole. */
    private static boolean endsWithStop(String sentence) {
        if (sentence.isEmpty() || ".!?…".indexOf(sentence.charAt(sentence.length() - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < sentence.length(); i++) {
            if (Patterns.isLineTerminator(sentence.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The article's own first sentences, three to five of them. */
    static String summaryVi(ParsedArticle parsed) {
        List<String> chosen = new ArrayList<>();
        int chars = 0;
        for (String paragraph : parsed.paragraphs()) {
            for (String sentence : Sentences.split(paragraph)) {
                if (chosen.size() >= 5 || (chosen.size() >= 3 && chars >= VI_SUMMARY_MIN_CHARS)) {
                    return String.join(" ", chosen);
                }
                String s = sentence.trim();
                if (s.contains("./.")) {
                    s = SLASHED_FULL_STOP.matcher(s).replaceAll(".");
                }
                if (!endsWithStop(s)) {
                    s = s + ".";
                }
                chosen.add(s);
                chars += s.length();
            }
        }
        return String.join(" ", chosen);
    }

    static String dateInEnglish(PublicationDate date) {
        if (date == null) {
            return null;
        }
        return switch (date.precision()) {
            case DAY -> date.day() + " " + monthName(date.month()) + " " + date.year();
            case MONTH -> monthName(date.month()) + " " + date.year();
            case YEAR -> String.valueOf(date.year());
        };
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** English never keeps a Vietnamese letter: any name that slipped through is written without diacritics. */
    private static String plain(String text) {
        return VietnameseText.foldKeepingCase(text);
    }
}
