package org.songsong.core.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
                try {
                    text = strictDecode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), "UTF-8");
                } catch (RejectedFileException notUtf8) {
                    String legacy = windows1258(bytes);
                    if (legacy == null) {
                        throw notUtf8;
                    }
                    text = legacy;
                    notes.add("converted from Windows-1258 (a legacy Vietnamese encoding) to UTF-8");
                }
            }
        }
        if (text.isBlank()) {
            throw new RejectedFileException("the file holds only white space");
        }
        long controls = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                .count();
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
        java.nio.charset.Charset charset = oddNul > half * 0.3 && evenNul < half * 0.05 ? StandardCharsets.UTF_16LE
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

    /**
     * Windows-1258, the legacy Vietnamese code page, writes tones as combining marks; such a file is
     * converted when it decodes to text that reads as Vietnamese (letters with Vietnamese marks and no
     * control characters). Other 8-bit encodings are not guessed.
     */
    static String windows1258(byte[] bytes) {
        if (!java.nio.charset.Charset.isSupported("windows-1258")) {
            return null;
        }
        String text;
        try {
            text = decoder(java.nio.charset.Charset.forName("windows-1258")).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        long vietnamese = nfc.chars().filter(c -> "ăâđêôơưĂÂĐÊÔƠƯ".indexOf(c) >= 0
                || (c >= 0x1EA0 && c <= 0x1EF9) || "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ".indexOf(c) >= 0).count();
        long controls = nfc.chars().filter(c -> c >= 0x80 && c < 0xA0).count();
        long letters = nfc.chars().filter(Character::isLetter).count();
        return controls == 0 && letters >= 20 && vietnamese * 20 >= letters ? nfc : null;
    }

    private static String strictDecode(byte[] bytes, java.nio.charset.Charset charset, String name)
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

    private static CharsetDecoder decoder(java.nio.charset.Charset charset) {
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
