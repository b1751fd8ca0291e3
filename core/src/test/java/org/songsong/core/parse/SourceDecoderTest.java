package org.songsong.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SourceDecoderTest.class.getResourceAsStream("/legacy/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anArticleInTcvn3IsConvertedAndSaysSo() throws Exception {
        byte[] tcvn3 = resource("tcvn3-004.txt");
        String expected = new String(resource("tcvn3-004.expected.txt"), StandardCharsets.UTF_8);

        SourceDecoder.Decoded decoded = SourceDecoder.decode(tcvn3);

        assertThat(decoded.text()).isEqualTo(expected);
        assertThat(decoded.notes()).contains("converted from TCVN3 (a legacy Vietnamese encoding) to UTF-8");
    }

    @Test
    void textInTheWrongLegacyEncodingDoesNotReadAsVietnamese() throws Exception {
        String expected = new String(resource("tcvn3-004.expected.txt"), StandardCharsets.UTF_8);
        // the TCVN3 bytes read as Windows-1258 give symbols inside words: "Bé C«ng"
        String misread = new String(resource("tcvn3-004.txt"), java.nio.charset.Charset.forName("windows-1258"));

        assertThat(SourceDecoder.syllableScore(expected)).isGreaterThan(0.95);
        assertThat(SourceDecoder.syllableScore(misread)).isLessThan(0.5);
    }

    @Test
    void bytesThatReadAsNoVietnameseEncodingAreRefused() {
        byte[] latin1 = "Ceci n'est pas un article : déjà vu, garçon, où est la crème brûlée ?"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SourceDecoder.decode(latin1)).isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("not valid UTF-8");
    }
    @Test
    void aReplacementCharacterWrittenInValidUtf8IsKeptAndABrokenSequenceIsNot() throws Exception {
        // a scrape may hold U+FFFD itself: that text is valid, and only a malformed byte sequence is refused
        String written = "Bộ Công an \uFFFD Trung Quốc\n";
        assertThat(SourceDecoder.decode(written.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(written);
        byte[] broken = ("Bộ Công an " + "\uFFFD").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(broken, broken.length + 2);
        cut[broken.length] = (byte) 0xE1; // the first two bytes of "ộ", nothing after them
        cut[broken.length + 1] = (byte) 0xBB;
        assertThatThrownBy(() -> SourceDecoder.decode(cut)).isInstanceOf(RejectedFileException.class)
                .hasMessageContaining("not valid UTF-8");
    }
}
