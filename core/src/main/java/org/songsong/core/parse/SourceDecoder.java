package org.songsong.core.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text, or says why it cannot. Nothing is guessed silently: every conversion
 * is reported as a note so the import report shows what was done to the file.
 */
public final class SourceDecoder {

    /** Text plus what had to be done to read it. */
    public record Decoded(String text, List<String> notes) {
    }

    private SourceDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws RejectedFileException {
        List<String> notes = new ArrayList<>();
        if (bytes.length == 0) {
            throw new RejectedFileException("the file is empty");
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = strictDecode(bytes, StandardCharsets.UTF_16, "UTF-16");
            notes.add("converted from UTF-16 to UTF-8");
        } else {
            int offset = 0;
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                offset = 3;
                notes.add("removed the UTF-8 byte-order mark");
            }
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                String utf16 = utf16WithoutByteOrderMark(bytes);
                if (utf16 == null) {
                    throw new RejectedFileException("binary file: it contains NUL bytes (first at byte " + nul + ")");
                }
                text = utf16;
                notes.add("converted from UTF-16 (without byte-order mark) to UTF-8");
            } else {
                // the JDK's own decoding is several times faster than a reporting decoder; it marks every
                // malformed sequence with U+FFFD, and only a text holding one needs the strict reading
                String decoded = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
                try {
                    text = decoded.indexOf('\uFFFD') < 0 ? decoded
                            : strictDecode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), "UTF-8");
                } catch (RejectedFileException notUtf8) {
                    Legacy legacy = legacyVietnamese(bytes);
                    if (legacy == null) {
                        throw notUtf8;
                    }
                    text = legacy.text();
                    notes.add("converted from " + legacy.encoding() + " (a legacy Vietnamese encoding) to UTF-8");
                }
            }
        }
        if (text.isBlank()) {
            throw new RejectedFileException("the file holds only white space");
        }
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < ' ' || (c >= '\u007F' && c <= '\u009F')) && c != '\n' && c != '\r' && c != '\t') {
                controls++;
            }
        }
        if (controls > Math.max(2, text.length() / 100)) {
            throw new RejectedFileException("binary file: " + controls + " control characters in "
                    + text.length() + " characters of text");
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            notes.add("converted CR/CRLF line ends to LF");
        }
        return new Decoded(text, notes);
    }

    /**
     * Text in UTF-16 without a byte-order mark shows as every other byte being NUL; it is converted when
     * it decodes cleanly, and otherwise the file stays binary.
     */
    private static String utf16WithoutByteOrderMark(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        int half = bytes.length / 2;
        Charset charset = oddNul > half * 0.3 && evenNul < half * 0.05 ? StandardCharsets.UTF_16LE
                : evenNul > half * 0.3 && oddNul < half * 0.05 ? StandardCharsets.UTF_16BE : null;
        if (charset == null) {
            return null;
        }
        try {
            String text = decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().anyMatch(c -> c == 0) ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text decoded from a legacy 8-bit encoding, and that encoding's name. */
    record Legacy(String text, String encoding) {
    }

    /**
     * TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts' encoding): ASCII, then Vietnamese letters from 0xA0. The
     * characters of bytes 0x80–0xFF as the standard's fullest form, VN1, assigns them (glibc's
     * TCVN5712-1 converter gives the same); VN3 files use the subset from 0xA0 up.
     */
    private static final String TCVN3_HIGH = "\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128"
            + "\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168"
            + "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0"
            + "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4"
            + "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD"
            + "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2"
            + "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9"
            + "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0";

    /**
     * A file that is not UTF-8 may be Vietnamese in a legacy encoding: Windows-1258 (tones as combining
     * marks) or TCVN3. Both decodings are tried, and the one whose words read as Vietnamese syllables wins
     * (the same bytes in the wrong encoding give symbols inside words, capitals in mid-word or two tone
     * marks on one syllable). Nothing is converted unless it reads as Vietnamese. VNI, which spells a
     * letter's marks as separate characters of its own fonts, is not guessed.
     */
    static Legacy legacyVietnamese(byte[] bytes) {
        Legacy best = null;
        double bestScore = 0;
        for (Legacy candidate : new Legacy[] { windows1258(bytes), tcvn3(bytes) }) {
            if (candidate == null || !readsAsVietnamese(candidate.text())) {
                continue;
            }
            double score = syllableScore(candidate.text());
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return bestScore >= 0.9 ? best : null;
    }

    private static Legacy windows1258(byte[] bytes) {
        if (!Charset.isSupported("windows-1258")) {
            return null;
        }
        try {
            String text = decoder(Charset.forName("windows-1258")).decode(ByteBuffer.wrap(bytes)).toString();
            return new Legacy(Normalizer.normalize(text, Normalizer.Form.NFC), "Windows-1258");
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Legacy tcvn3(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            text.append(unsigned < 0x80 ? (char) unsigned : TCVN3_HIGH.charAt(unsigned - 0x80));
        }
        return new Legacy(Normalizer.normalize(text, Normalizer.Form.NFC), "TCVN3");
    }

    /** Letters with Vietnamese marks make up at least one in twenty letters, and there are no C1 controls. */
    private static boolean readsAsVietnamese(String nfc) {
        long vietnamese = nfc.chars().filter(c -> "ăâđêôơưĂÂĐÊÔƠƯ".indexOf(c) >= 0
                || (c >= 0x1EA0 && c <= 0x1EF9) || "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ".indexOf(c) >= 0).count();
        long controls = nfc.chars().filter(c -> c >= 0x80 && c < 0xA0).count();
        long letters = nfc.chars().filter(Character::isLetter).count();
        return controls == 0 && letters >= 20 && vietnamese * 20 >= letters;
    }

    /** A run of letters, marks and the symbols a wrong decoding puts inside words (¨ © ª ¸ …). */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{M}\\p{So}\\p{Sk}\\u00A8-\\u00BF]+");

    /**
     * Of the words holding a non-ASCII character, the share that look like Vietnamese syllables: letters
     * only, one tone mark at most, and lower case, capitalised or all capitals.
     */
    static double syllableScore(String nfc) {
        Matcher words = WORD.matcher(nfc);
        int all = 0;
        int plausible = 0;
        while (words.find()) {
            String word = words.group();
            if (word.chars().allMatch(c -> c < 0x80)) {
                continue;
            }
            all++;
            if (word.chars().allMatch(Character::isLetter) && toneMarks(word) <= 1 && casedLikeAWord(word)) {
                plausible++;
            }
        }
        return all == 0 ? 0 : (double) plausible / all;
    }

    private static int toneMarks(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        return (int) nfd.chars().filter(c -> c == 0x300 || c == 0x301 || c == 0x303 || c == 0x309 || c == 0x323).count();
    }

    private static boolean casedLikeAWord(String word) {
        String rest = word.substring(1);
        return rest.equals(rest.toLowerCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static String strictDecode(byte[] bytes, Charset charset, String name)
            throws RejectedFileException {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedFileException("not valid " + name + " text");
        }
    }

    private static String strictDecode(ByteBuffer buffer, String name) throws RejectedFileException {
        try {
            return decoder(StandardCharsets.UTF_8).decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new RejectedFileException("not valid " + name + " text: malformed byte sequence at byte "
                    + buffer.position());
        } catch (CharacterCodingException e) {
            throw new RejectedFileException("not valid " + name + " text");
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
