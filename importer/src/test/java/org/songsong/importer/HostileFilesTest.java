package org.songsong.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songsong.core.testing.Seeds;
import org.songsong.core.testing.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * A folder of hostile files, made from the real seeds: every one gets a clear, specific message
 * (convertible encodings are converted and say so), the good files of the same run are imported, and
 * nothing is half-stored. This test JVM runs with a 512 MB heap, as the importer must.
 */
@QuarkusMainTest
class HostileFilesTest {

    @TempDir
    static Path work;
    static Path hostile;

    @BeforeAll
    static void makeTheFolder() throws IOException {
        hostile = work.resolve("hostile");
        Files.createDirectories(hostile);
        String seed000 = Seeds.text("000_83b8647a2fd0dd5c.txt");
        String seed001 = Seeds.text("001_24bae8ffd6009766.txt");
        String seed002 = Seeds.text("002_319e9fbe4659c530.txt");
        String seed003 = Seeds.text("003_1386dbd5f98cd0ee.txt");
        String seed004 = Seeds.text("004_6570346391cedc4e.txt");
        write("h01-empty.txt", new byte[0]);
        write("h02-whitespace.txt", " \n\t \r\n  \n".getBytes(StandardCharsets.UTF_8));
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        write("h03-binary.txt", png);
        write("h04-nul-bytes.txt", (seed003.substring(0, 300) + "\0\0" + seed003.substring(300)).getBytes(StandardCharsets.UTF_8));
        byte[] broken = seed003.getBytes(StandardCharsets.UTF_8);
        broken[120] = (byte) 0x81;
        broken[121] = (byte) 0xFF;
        write("h05-invalid-utf8.txt", broken);
        write("h06-utf8-bom.txt", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                rename(seed003, "Hội nghị tổng kết").getBytes(StandardCharsets.UTF_8)));
        write("h07-utf16-bom.txt", concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
                rename(seed001, "Ngày 20/2,").getBytes(StandardCharsets.UTF_16LE)));
        write("h08-utf16-no-bom.txt", rename(seed002, "Chiều 2/12,").getBytes(StandardCharsets.UTF_16LE));
        write("h09-windows-1258.txt", windows1258(rename(seed004, "Chiều 26/9,")));
        try (var tcvn3 = HostileFilesTest.class.getResourceAsStream("/legacy/tcvn3-004.txt")) {
            write("h09-tcvn3.txt", tcvn3.readAllBytes()); // made by glibc's iconv: see core's test resources
        }
        write("h10-crlf.txt", rename(seed001, "Ngày 21/2,").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        write("h11-cr.txt", rename(seed001, "Ngày 22/2,").replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        write("h12-nfd.txt", Normalizer.normalize(rename(seed002, "Chiều 3/12,"), Normalizer.Form.NFD)
                .getBytes(StandardCharsets.UTF_8));
        write("h13-html.txt", rename(seed004, "Chiều 27/9,").replace("Kết thúc hội nghị,",
                "<script>alert('x')</script><b onclick=\"x()\">Kết thúc</b> \\N C:\\tệp\\n hội nghị,").getBytes(StandardCharsets.UTF_8));
        write("h14-same-as-004.txt", Seeds.bytes("004_6570346391cedc4e.txt"));
        write("004_6570346391cedc4e.txt", Seeds.bytes("004_6570346391cedc4e.txt"));
        // a 50 MB file and a single line of a million characters, made here rather than kept in the repository
        try (OutputStream out = Files.newOutputStream(hostile.resolve("h15-fifty-megabytes.txt"))) {
            byte[] chunk = seed000.getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50_000_000L; written += chunk.length) {
                out.write(chunk);
            }
        }
        StringBuilder line = new StringBuilder("Ngày 5/5, ");
        String sentence = seed000.lines().filter(l -> l.length() > 3000).findFirst().orElseThrow()
                .replace("(Ảnh: Doãn Tấn/TTXVN)", "");
        while (line.length() < 1_000_000) {
            line.append(sentence).append(' ');
        }
        write("h16-million-character-line.txt", line.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A seed made distinct (another date) so it is imported as an article of its own. */
    private static String rename(String text, String newDate) {
        return text.replaceFirst("(Sáng|Chiều|Ngày) \\d{1,2}[/-]\\d{1,2},?", newDate);
    }

    /** Vietnamese in Windows-1258: letters with their own diacritic precomposed, tones as combining marks. */
    static byte[] windows1258(String text) {
        StringBuilder out = new StringBuilder();
        var encoder = java.nio.charset.Charset.forName("windows-1258").newEncoder();
        for (int i = 0; i < text.length(); i++) {
            String ch = String.valueOf(text.charAt(i));
            if (encoder.canEncode(ch)) {
                out.append(ch);
                continue;
            }
            String nfd = Normalizer.normalize(ch, Normalizer.Form.NFD);
            StringBuilder letter = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char c : nfd.toCharArray()) {
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0 ? tones : letter).append(c);
            }
            String base = Normalizer.normalize(letter, Normalizer.Form.NFC);
            String rest = tones.toString();
            out.append(base).append(rest);
        }
        return out.toString().getBytes(java.nio.charset.Charset.forName("windows-1258"));
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Files.write(hostile.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void eachHostileFileGetsItsOwnAnswerAndEveryGoodFileIsImported(QuarkusMainLauncher launcher) throws IOException {
        TestDatabase.clear();
        Path reportFile = work.resolve("report.json");
        LaunchResult result = launcher.launch("import", "--report", reportFile.toString(), hostile.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode report = ImportTestSupport.report(reportFile);
        assertThat(ImportTestSupport.entry(report, "h01-empty.txt").get("reason").asText()).isEqualTo("the file is empty");
        assertThat(ImportTestSupport.entry(report, "h02-whitespace.txt").get("reason").asText()).isEqualTo("the file holds only white space");
        assertThat(ImportTestSupport.entry(report, "h03-binary.txt").get("reason").asText()).startsWith("binary file");
        assertThat(ImportTestSupport.entry(report, "h04-nul-bytes.txt").get("reason").asText()).startsWith("binary file: it contains NUL bytes");
        assertThat(ImportTestSupport.entry(report, "h05-invalid-utf8.txt").get("reason").asText())
                .startsWith("not valid UTF-8 text: malformed byte sequence at byte 120");
        assertThat(ImportTestSupport.entry(report, "h14-same-as-004.txt").get("reason").asText())
                .isEqualTo("the same article as 004_6570346391cedc4e.txt, already in the collection "
                        + "(identical content under another file name)");
        assertThat(ImportTestSupport.entry(report, "h15-fifty-megabytes.txt").get("reason").asText()).startsWith("too large to be an article: 50.0 MB");

        for (String[] converted : new String[][] { { "h06-utf8-bom.txt", "removed the UTF-8 byte-order mark" },
            { "h07-utf16-bom.txt", "converted from UTF-16 to UTF-8" },
            { "h08-utf16-no-bom.txt", "converted from UTF-16 (without byte-order mark) to UTF-8" },
            { "h09-windows-1258.txt", "converted from Windows-1258 (a legacy Vietnamese encoding) to UTF-8" },
            { "h09-tcvn3.txt", "converted from TCVN3 (a legacy Vietnamese encoding) to UTF-8" },
            { "h10-crlf.txt", "converted CR/CRLF line ends to LF" }, { "h11-cr.txt", "converted CR/CRLF line ends to LF" } }) {
            JsonNode e = ImportTestSupport.entry(report, converted[0]);
            assertThat(e.get("status").asText()).as(converted[0]).isEqualTo("imported");
            assertThat(e.get("warnings").toString()).as(converted[0]).contains(converted[1]);
        }
        for (String good : new String[] { "h12-nfd.txt", "h13-html.txt", "h16-million-character-line.txt",
            "004_6570346391cedc4e.txt" }) {
            assertThat(ImportTestSupport.entry(report, good).get("status").asText()).as(good).isEqualTo("imported");
        }
        // converted text is stored as proper Vietnamese, composed
        assertThat(TestDatabase.string("select title_vi from article where source_file = 'h09-windows-1258.txt'"))
                .isEqualTo("Bộ Công an Việt Nam và Trung Quốc hội đàm cấp cao");
        assertThat(TestDatabase.string("select title_vi from article where source_file = 'h09-tcvn3.txt'"))
                .isEqualTo("Bộ Công an Việt Nam và Trung Quốc hội đàm cấp cao");
        assertThat(TestDatabase.count("select count(*) from article_paragraph p join article a on a.id = p.article_id "
                + "where a.source_file = 'h12-nfd.txt' and p.text_vi like '%Thượng tướng Trần Quốc Tỏ%'")).isPositive();
        assertThat(TestDatabase.string("select p.text_vi from article_paragraph p join article a on a.id = p.article_id "
                + "where a.source_file = 'h13-html.txt' and p.text_vi like '%Kết thúc%'")).contains("<script>alert('x')</script>", "</b> \\N C:\\tệp\\n hội nghị,");
        // nothing half-stored: every stored article has its paragraphs, and no rejected file left a row
        assertThat(TestDatabase.count("select count(*) from article a where not exists "
                + "(select 1 from article_paragraph p where p.article_id = a.id)")).isZero();
        assertThat(TestDatabase.count("select count(*) from article")).isEqualTo(report.get("summary").get("imported").asLong());
        assertThat(report.get("summary").get("rejected").asInt()).isEqualTo(7);

        // a second run over the same folder changes nothing and rejects the same files for the same reasons
        LaunchResult again = launcher.launch("import", hostile.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.getOutput()).contains("imported 0, updated 0, unchanged 11, rejected 7");
    }
}
