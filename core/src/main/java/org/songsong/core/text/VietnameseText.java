package org.songsong.core.text;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Normalisation of Vietnamese text.
 *
 * <p>Scraped articles mix Unicode forms (NFC and decomposed NFD), non-breaking spaces and the two
 * conventions for placing the tone mark in syllables such as "uỷ"/"ủy", "tuý"/"túy" or "hoà"/"hòa".
 * Display keeps what the article wrote (only made NFC); matching uses {@link #matchKey(String)},
 * where all those variants coincide.
 */
public final class VietnameseText {

    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    /** Vowels whose own diacritic (circumflex, breve, horn) attracts the tone mark. */
    private static final String MARKED_VOWELS = "âăêôơư";
    private static final String VOWELS = "aăâeêioôơuưy";

    private VietnameseText() {
    }

    /** NFC, every kind of space folded into one ordinary space, trimmed: the form stored for display. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = isSurelyNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        // one pass instead of a regular expression: this runs on every block of every article
        StringBuilder out = null;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i;
            while (end + 1 < nfc.length() && isSpace(nfc.charAt(end + 1))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i)) {
                out = new StringBuilder(nfc.length()).append(nfc, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end;
        }
        return (out == null ? nfc : out.toString()).trim();
    }

    /** The characters {@link #clean(String)} folds into one space: ASCII white space and the invisible Unicode ones. */
    private static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }
        if (c < '\u2007') {
            return c == '\u00A0';
        }
        return c == '\u2007' || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * True when every character is one NFC keeps as it is whatever stands around it ({@link #NFC_STABLE}):
     * then the text is in NFC without asking the normaliser, which costs a lookup a character.
     */
    static boolean isSurelyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= NFC_STABLE.length || !NFC_STABLE[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Characters below U+2100 that are in NFC alone and can neither combine with the character before
     * them nor be reordered: no combining marks of any kind, no Hangul jamo. Vietnamese in NFC, Latin,
     * Greek, Cyrillic and the general punctuation are.
     */
    private static final boolean[] NFC_STABLE = new boolean[0x2100];

    static {
        for (char c = 0; c < NFC_STABLE.length; c++) {
            int type = Character.getType(c);
            NFC_STABLE[c] = !Character.isSurrogate(c) && (c < 0x1100 || c > 0x11FF)
                    && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && type != Character.UNASSIGNED
                    && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC);
        }
    }

    /**
     * The form used to compare names and phrases: {@link #clean(String)}, lower case, and each syllable's
     * tone mark moved to one canonical vowel, so "Ủy"/"Uỷ" and "túy"/"tuý" give the same key.
     */
    public static String matchKey(String text) {
        // the tone key's work is shared: the matchers ask for both keys of the same blocks
        return remembered(MATCH_KEYS, text, VietnameseText::computeMatchKey);
    }

    /**
     * Every matcher asks for the keys of the same blocks of the same article: each thread keeps the keys
     * of the last few hundred texts it saw (short ones only, so a huge line is never held twice).
     */
    private static final int REMEMBERED_TEXTS = 256;
    private static final int REMEMBERED_TEXT_LENGTH = 8_000;
    private static final ThreadLocal<Remembered> MATCH_KEYS = ThreadLocal.withInitial(Remembered::new);
    private static final ThreadLocal<Remembered> TONE_KEYS = ThreadLocal.withInitial(Remembered::new);

    /** One thread's keys of recent texts, least recently used out first, and the last text it asked for. */
    private static final class Remembered {
        final Map<String, String> keys = new LinkedHashMap<>(REMEMBERED_TEXTS * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > REMEMBERED_TEXTS;
            }
        };
        String lastText;
        String lastKey;
    }

    private static String remembered(ThreadLocal<Remembered> memory, String text,
            UnaryOperator<String> compute) {
        if (text == null) {
            return null;
        }
        if (text.length() > REMEMBERED_TEXT_LENGTH) {
            return compute.apply(text);
        }
        Remembered known = memory.get();
        if (text == known.lastText) { // the same block asked for again, as the matchers do one after another
            return known.lastKey;
        }
        String key = known.keys.get(text);
        if (key == null) {
            key = compute.apply(text);
            known.keys.put(text, key);
        }
        known.lastText = text;
        known.lastKey = key;
        return key;
    }

    private static String computeMatchKey(String text) {
        // lower-casing changes a length only for U+0130 (İ becomes i and a combining dot, which splits its
        // syllable): there the text is lower-cased before it is cut into syllables
        return text.indexOf('\u0130') < 0 ? toneKey(text).toLowerCase(Locale.ROOT) : lowerCasedFirstMatchKey(text);
    }

    static String lowerCasedFirstMatchKey(String text) {
        String lower = clean(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int i = 0;
        while (i < lower.length()) {
            int start = i;
            int c;
            while (i < lower.length() && isLetter(c = lower.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (i > start) {
                out.append(isCanonical(lower, start, i) ? lower.substring(start, i)
                        : canonicalSyllable(lower.substring(start, i)));
            } else {
                out.appendCodePoint(lower.codePointAt(i));
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isLetter(int c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    /**
     * Like {@link #matchKey(String)} but keeping upper and lower case, for patterns where case matters
     * ("Phòng" the division, "phòng" the verb). {@code matchKey(t)} is {@code toneKey(t).toLowerCase(ROOT)}.
     */
    public static String toneKey(String text) {
        return remembered(TONE_KEYS, text, VietnameseText::computeToneKey);
    }

    private static String computeToneKey(String text) {
        String cleaned = clean(text);
        // most syllables keep their spelling: the text is copied only from the first one that changes
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < cleaned.length()) {
            int c = cleaned.codePointAt(i);
            if (!isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            // the syllable's letters read in either case: canonical as it stands is the common answer,
            // and it needs neither a lower-cased copy nor a lookup
            int vowels = 0;
            boolean toned = false;
            boolean known = true;
            while (i < cleaned.length() && isLetter(c = cleaned.codePointAt(i))) {
                byte kind = c < LETTER_KINDS_ANY_CASE.length ? LETTER_KINDS_ANY_CASE[c] : UNKNOWN_LETTER;
                known &= kind != UNKNOWN_LETTER;
                if (kind == VOWEL || kind == TONED_VOWEL) {
                    vowels++;
                    toned |= kind == TONED_VOWEL;
                }
                i += Character.charCount(c);
            }
            if (known && (!toned || vowels <= 1)) {
                continue;
            }
            String word = cleaned.substring(start, i);
            String lowerWord = word.toLowerCase(Locale.ROOT);
            // letters beyond the table can still lower-case into it (the Kelvin sign into k)
            if (lowerWord.length() == word.length() && isCanonical(lowerWord, 0, lowerWord.length())) {
                continue;
            }
            String canonical = canonicalSyllable(lowerWord);
            if (canonical.length() != word.length()) {
                continue;
            }
            StringBuilder cased = new StringBuilder(word.length());
            for (int j = 0; j < word.length(); j++) {
                char k = canonical.charAt(j);
                cased.append(Character.isUpperCase(word.charAt(j)) ? Character.toUpperCase(k) : k);
            }
            if (cased.indexOf(word) == 0 && cased.length() == word.length()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(cleaned.length());
            }
            out.append(cleaned, copied, start).append(cased);
            copied = i;
        }
        return out == null ? cleaned : out.append(cleaned, copied, cleaned.length()).toString();
    }

    /** Without diacritics, case kept ("Mường Nhé" → "Muong Nhe"): Vietnamese names as English writes them. */
    public static String foldKeepingCase(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = clean(text);
        // one table lookup a character: decomposing every search text (4 KB an article) was a quarter of
        // the import's writer thread; characters the table cannot fold alone take the general way
        String folded = byTable(cleaned, FOLDED);
        return folded != null ? folded : foldDecomposing(cleaned);
    }

    /** Each character as {@code table} gives it, or null when a character is beyond it or {@link #UNFOLDABLE}. */
    private static String byTable(String cleaned, char[] table) {
        char[] folded = new char[cleaned.length()];
        int length = 0;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            char f = c < table.length ? table[c] : UNFOLDABLE;
            if (f == UNFOLDABLE) {
                return null;
            }
            if (f != MARK) {
                folded[length++] = f;
            }
        }
        return new String(folded, 0, length);
    }

    /** Canonical decomposition, đ as d, without the non-spacing marks. */
    static String foldDecomposing(String cleaned) {
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final char MARK = '\uFFFF';
    private static final char UNFOLDABLE = '\uFFFE';
    /**
     * What {@link #foldDecomposing(String)} makes of each character below U+2100 on its own (Latin with
     * every Vietnamese letter, Greek, Cyrillic, the combining marks, and the punctuation news text is full
     * of: curly quotes, dashes, the ellipsis): one character, nothing (a mark), or
     * {@link #UNFOLDABLE} when it decomposes into more than one. Decomposition is character by character,
     * so folding a text is folding each of its characters.
     */
    private static final char[] FOLDED = new char[0x2100];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            String one = Character.isSurrogate(c) ? null : foldDecomposing(String.valueOf(c));
            FOLDED[c] = one == null || one.length() > 1 ? UNFOLDABLE : one.isEmpty() ? MARK : one.charAt(0);
        }
    }

    /** True when the text holds a letter only Vietnamese uses (a diacritic or đ). */
    public static boolean hasVietnameseLetters(String text) {
        return text != null && !foldKeepingCase(text).equals(clean(text));
    }

    /** Lower-case ASCII without diacritics ("Tô Lâm" → "to lam", "Đà Nẵng" → "da nang"). */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = clean(text);
        // folded and lower-cased in one lookup a character: the search document of every article is
        // folded whole, and a second pass to lower-case it cost as much as the folding
        String folded = byTable(cleaned, FOLDED_LOWER);
        return folded != null ? folded : foldKeepingCase(cleaned).toLowerCase(Locale.ROOT);
    }

    /**
     * Writes {@link #fold(String)} of the text into {@code out} from {@code at}, in one pass, where every
     * character is plain (in NFC whatever stands around it, folded by the table, no control character);
     * returns where it ends, or -1, having written nothing that counts, where the text must be folded the
     * long way. {@code out} has room for the text's length from {@code at}: folding a plain text never
     * lengthens it. The search document of every article is folded part by part into one text, and
     * cleaning, folding and copying each part were three passes.
     */
    public static int foldInto(char[] out, int at, String text) {
        int end = at;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < PLAIN_FOLDED.length ? PLAIN_FOLDED[c] : UNFOLDABLE;
            if (f == SPACE) {
                space = end > at; // runs of white space are one space, none at either end
                continue;
            }
            if (f == UNFOLDABLE) {
                return -1;
            }
            if (space) {
                out[end++] = ' ';
                space = false;
            }
            out[end++] = f;
        }
        return end;
    }

    private static final char SPACE = '\uFFFD';
    /**
     * For {@link #foldInto}: {@link #SPACE} for the white space {@link #clean} folds, {@link #UNFOLDABLE}
     * for a control character, a character NFC may change by its neighbours, or one {@link #FOLDED_LOWER}
     * does not fold alone; else the character {@link #FOLDED_LOWER} gives.
     */
    private static final char[] PLAIN_FOLDED = new char[0x2100];

    /**
     * {@link #FOLDED}, lower-cased where lower-casing gives one character whatever stands around it (a
     * capital sigma does not: it lower-cases by its place in the word) and {@link #UNFOLDABLE} elsewhere.
     */
    private static final char[] FOLDED_LOWER = new char[FOLDED.length];

    static {
        for (char c = 0; c < FOLDED_LOWER.length; c++) {
            char f = FOLDED[c];
            String lower = String.valueOf(f).toLowerCase(Locale.ROOT);
            FOLDED_LOWER[c] = f == MARK || f == UNFOLDABLE ? f
                    : f == '\u03A3' || lower.length() != 1 ? UNFOLDABLE : lower.charAt(0);
        }
        for (char c = 0; c < PLAIN_FOLDED.length; c++) {
            char f = FOLDED_LOWER[c];
            PLAIN_FOLDED[c] = isSpace(c) ? SPACE
                    : c < ' ' || !NFC_STABLE[c] || f == UNFOLDABLE || f == MARK || f == SPACE ? UNFOLDABLE : f;
        }
    }

    /** A URL-safe identifier: folded, runs of other characters turned into single hyphens. */
    public static String slug(String text, int maxLength) {
        String folded = hyphenated(fold(text));
        if (folded.length() <= maxLength) {
            return folded;
        }
        String cut = folded.substring(0, maxLength);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > maxLength / 2 ? cut.substring(0, lastHyphen) : cut;
    }

    /** Runs of characters other than a-z and 0-9 as single hyphens, none at either end. */
    private static String hyphenated(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !out.isEmpty()) {
                    out.append('-');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * True when the lower-case syllable {@code text[start, end)} is its own canonical form without looking
     * it up: every letter is a Vietnamese one in NFC, and it carries no tone mark or has a single vowel to
     * carry it. That is most syllables, and the lookup would cost a substring and a hash each.
     */
    static boolean isCanonical(String text, int start, int end) {
        int vowels = 0;
        boolean toned = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            byte kind = c < LETTER_KINDS.length ? LETTER_KINDS[c] : UNKNOWN_LETTER;
            if (kind == UNKNOWN_LETTER) {
                return false;
            }
            if (kind != CONSONANT) {
                vowels++;
                toned |= kind == TONED_VOWEL;
            }
        }
        return !toned || vowels <= 1;
    }

    private static final byte UNKNOWN_LETTER = 0;
    private static final byte CONSONANT = 1;
    private static final byte VOWEL = 2;
    private static final byte TONED_VOWEL = 3;
    /** What each character up to U+1EFF is in a lower-case syllable; anything else is worked out in full. */
    private static final byte[] LETTER_KINDS = letterKinds();
    /**
     * {@link #LETTER_KINDS} for a letter of either case: the kind of the letter it lower-cases to, where
     * lower-casing gives one character of a known kind ({@link #UNKNOWN_LETTER} otherwise).
     */
    private static final byte[] LETTER_KINDS_ANY_CASE = letterKindsAnyCase();

    private static byte[] letterKindsAnyCase() {
        byte[] kinds = new byte[LETTER_KINDS.length];
        for (char c = 0; c < kinds.length; c++) {
            String lower = Character.isSurrogate(c) ? "" : String.valueOf(c).toLowerCase(Locale.ROOT);
            if (lower.length() == 1 && lower.charAt(0) < LETTER_KINDS.length) {
                kinds[c] = LETTER_KINDS[lower.charAt(0)];
            }
        }
        return kinds;
    }

    private static byte[] letterKinds() {
        byte[] kinds = new byte[0x1F00];
        for (char c = 'a'; c <= 'z'; c++) {
            kinds[c] = CONSONANT;
        }
        kinds['đ'] = CONSONANT;
        for (char c = 0; c < kinds.length; c++) {
            String one = String.valueOf(c);
            if (!Character.isLowerCase(c) || !Normalizer.isNormalized(one, Normalizer.Form.NFC)) {
                continue;
            }
            String nfd = Normalizer.normalize(one, Normalizer.Form.NFD);
            String bare = nfd.chars().filter(x -> TONE_MARKS.indexOf(x) < 0)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            String base = Normalizer.normalize(bare, Normalizer.Form.NFC);
            if (base.length() == 1 && VOWELS.indexOf(base.charAt(0)) >= 0) {
                int marks = nfd.length() - bare.length();
                if (marks == 0) {
                    kinds[c] = VOWEL;
                } else if (marks == 1) {
                    kinds[c] = TONED_VOWEL;
                }
            }
        }
        return kinds;
    }

    /**
     * Moves the tone mark of one lower-case syllable to the vowel the traditional convention gives it:
     * a vowel with its own diacritic first; otherwise, after a final consonant, the last vowel; otherwise
     * the second of three vowels or the first of two. "qu" and "gi" count as consonants.
     */
    static String canonicalSyllable(String syllable) {
        String known = SYLLABLES.get(syllable);
        if (known != null) {
            return known;
        }
        String canonical = placeToneMark(syllable);
        if (SYLLABLES.size() < MAX_REMEMBERED_SYLLABLES) {
            SYLLABLES.put(syllable, canonical);
        }
        return canonical;
    }

    /**
     * Vietnamese has a few thousand syllables in use and an article repeats most of its own, so each is
     * worked out once; the bound keeps foreign words and garbage from growing the table without end.
     */
    private static final int MAX_REMEMBERED_SYLLABLES = 100_000;
    private static final ConcurrentHashMap<String, String> SYLLABLES =
            new ConcurrentHashMap<>();

    private static String placeToneMark(String syllable) {
        String nfd = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        char tone = 0;
        StringBuilder bare = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONE_MARKS.indexOf(c) >= 0) {
                if (tone != 0) {
                    return Normalizer.normalize(syllable, Normalizer.Form.NFC);
                }
                tone = c;
            } else {
                bare.append(c);
            }
        }
        String base = Normalizer.normalize(bare, Normalizer.Form.NFC);
        if (tone == 0) {
            return base;
        }
        int start = 0;
        if (base.startsWith("qu") || (base.startsWith("gi") && base.length() > 2 && isVowel(base.charAt(2)))) {
            start = 2;
        }
        int first = -1;
        int last = -1;
        for (int i = start; i < base.length(); i++) {
            if (isVowel(base.charAt(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            } else if (first >= 0) {
                break;
            }
        }
        if (first < 0) {
            return Normalizer.normalize(syllable, Normalizer.Form.NFC);
        }
        int target = -1;
        for (int i = first; i <= last; i++) {
            if (MARKED_VOWELS.indexOf(base.charAt(i)) >= 0) {
                target = i;
            }
        }
        if (target < 0) {
            boolean closed = last + 1 < base.length();
            int count = last - first + 1;
            if (closed) {
                target = last;
            } else if (count >= 3) {
                target = first + 1;
            } else {
                target = first;
            }
        }
        String placed = base.substring(0, target + 1) + tone + base.substring(target + 1);
        return Normalizer.normalize(placed, Normalizer.Form.NFC);
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
