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
                throw new RejectedFileException("binary file: it contains NUL bytes (first at byte " + nul + ")");
            }
            text = strictDecode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), "UTF-8");
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
