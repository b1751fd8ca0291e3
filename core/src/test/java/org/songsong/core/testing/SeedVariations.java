package org.songsong.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Articles the tests write themselves, so that no test needs text from outside the project: variations
 * of the five seeds (a seed copied with its date line moved, or with one sentence added that names an
 * official or a crime, in the genre's own shape), each with its curated English edited to match, and a
 * short handover report written in the shape of the genre with no curated English.
 *
 * <p>The officials the added sentences name are in the knowledge base; the sentences are the tests',
 * not reporting: the files say so in their names ({@code v01-002-...}) and never leave the test database.
 */
public final class SeedVariations {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A file the tests wrote: its name, what it varies, its text, and its curated English (null: none). */
    public record Variation(String name, String about, byte[] text, byte[] translation) {

        public String translationName() {
            return Seeds.translationName(name);
        }

        /** Writes the article, and its curated English when it has some, into {@code folder}. */
        public void writeTo(Path folder) {
            try {
                Files.createDirectories(folder);
                Files.write(folder.resolve(name), text);
                if (translation != null) {
                    Files.write(folder.resolve(translationName()), translation);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The same change in the Vietnamese (file and translation's {@code vi} texts) and in the English. */
    private record Edit(String vi, String viNew, String en, String enNew) {
    }

    private SeedVariations() {
    }

    /**
     * Sixteen variations that make, with the five seeds, the collection of 21 articles the reader's tests
     * page, filter and search: more than a page of articles (20), Tô Lâm named without drugs (v01),
     * Lương Tam Quang (v02) and Vương Tiểu Hồng (v03) named, a year in 2024 and 2025, a gambling article
     * that does not name Trần Quốc Tỏ (v04), Triệu Khắc Chí named twice and beside Nguyễn Phú Trọng (v05).
     * No variation copies seed 000 or 004, so 004's closest article stays 000 and VOV has one article.
     */
    public static List<Variation> collection() {
        List<Variation> all = new ArrayList<>();
        all.add(vary("v01-002-to-lam.txt", "002 with a sentence naming Tô Lâm", SEED_002, List.of(
                new Edit("sang thăm, làm việc tại Việt Nam.",
                        "sang thăm, làm việc tại Việt Nam. Trước đó, Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, đã tiếp thân mật Đoàn.",
                        "on its visit and working trip to Vietnam.",
                        "on its visit and working trip to Vietnam. Earlier, General To Lam, Minister of Public Security, "
                                + "cordially received the delegation."))));
        all.add(vary("v02-002-luong-tam-quang.txt", "002 with a sentence naming Lương Tam Quang", SEED_002, List.of(
                new Edit("sang thăm, làm việc tại Việt Nam.",
                        "sang thăm, làm việc tại Việt Nam. Dự buổi tiếp có Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an.",
                        "on its visit and working trip to Vietnam.",
                        "on its visit and working trip to Vietnam. Senior Lieutenant General Luong Tam Quang, Deputy "
                                + "Minister of Public Security, attended the reception."))));
        List<Edit> wang = new ArrayList<>(redated002(8, 4, 2025));
        wang.add(new Edit("sang thăm, làm việc tại Việt Nam.",
                "sang thăm, làm việc tại Việt Nam. Phó Tổng Thư ký Dương Xuân Lôi chuyển lời thăm hỏi của Bộ trưởng Bộ "
                        + "Công an Trung Quốc Vương Tiểu Hồng.",
                "on its visit and working trip to Vietnam.",
                "on its visit and working trip to Vietnam. Deputy Secretary-General Yang Chunlei conveyed the greetings "
                        + "of Chinese Minister of Public Security Wang Xiaohong."));
        all.add(vary("v03-002-2025-vuong-tieu-hong.txt", "002 dated 8 April 2025, with a sentence naming Vương Tiểu Hồng",
                SEED_002, wang));
        all.add(vary("v04-003-gambling.txt", "003 with a sentence naming online gambling", SEED_003, List.of(
                new Edit("trốn sang Trung Quốc...",
                        "trốn sang Trung Quốc... Trong số đó có nhiều đối tượng bị truy nã về tội tổ chức đánh bạc qua mạng.",
                        "who had fled to China...",
                        "who had fled to China... Among them were several people wanted for organizing online gambling."))));
        all.add(vary("v05-001-nguyen-phu-trong.txt", "001 with a sentence naming Nguyễn Phú Trọng", SEED_001, List.of(
                new Edit("Bộ trưởng Bộ Công an Việt Nam chủ trì lễ đón.",
                        "Bộ trưởng Bộ Công an Việt Nam chủ trì lễ đón. Trong chuyến thăm, Đoàn đã chào xã giao Tổng Bí thư, "
                                + "Chủ tịch nước Nguyễn Phú Trọng.",
                        "presided over the welcoming ceremony.",
                        "presided over the welcoming ceremony. During the visit, the delegation paid a courtesy call on "
                                + "General Secretary and State President Nguyen Phu Trong."))));
        int n = 6;
        for (int[] date : new int[][] { { 12, 3, 2024 }, { 21, 6, 2024 }, { 17, 10, 2024 }, { 9, 1, 2025 }, { 26, 8, 2025 } }) {
            all.add(vary(String.format("v%02d-002-%d.txt", n++, date[2]), "002 dated " + english(date), SEED_002,
                    redated002(date[0], date[1], date[2])));
        }
        for (int[] date : new int[][] { { 27, 11, 2017 }, { 30, 11, 2018 }, { 26, 11, 2019 }, { 24, 11, 2020 },
                { 29, 11, 2022 }, { 28, 11, 2024 } }) {
            all.add(vary(String.format("v%02d-003-%d.txt", n++, date[2]), "003 dated " + english(date), SEED_003,
                    redated003(date[0], date[1], date[2])));
        }
        return all;
    }

    private static final String SEED_001 = "001_24bae8ffd6009766.txt";
    private static final String SEED_002 = "002_319e9fbe4659c530.txt";
    private static final String SEED_003 = "003_1386dbd5f98cd0ee.txt";

    /** Seed 002's reception moved to another day, its date line then giving the year. */
    private static List<Edit> redated002(int day, int month, int year) {
        String en = monthName(month) + " " + day + ", " + year;
        return List.of(
                new Edit(" date 2023-12 ", String.format(" date %d-%02d ", year, month), null, null),
                new Edit("Chiều 1/12/2023", "Chiều " + day + "/" + month + "/" + year, "December 1, 2023", en),
                new Edit("Chiều 1/12,", "Chiều " + day + "/" + month + "/" + year + ",", "December 1, in Hanoi",
                        en + ", in Hanoi"),
                // the ministerial conference it recalls was "this past September" of 2023
                new Edit("hồi tháng 9 vừa qua", "hồi tháng 9/2023", "held this past September", "held in September 2023"));
    }

    /** Seed 003's review conference moved to another day, its date line then giving the year. */
    private static List<Edit> redated003(int day, int month, int year) {
        String en = monthName(month) + " " + day + ", " + year;
        return List.of(
                new Edit("Ngày 28/11/2016", "Ngày " + day + "/" + month + "/" + year, "November 28, 2016", en),
                new Edit("Ngày 28-11,", "Ngày " + day + "-" + month + "-" + year + ",", "On November 28, the",
                        "On " + en + ", the"));
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String english(int[] date) {
        return date[0] + " " + monthName(date[1]) + " " + date[2];
    }

    /**
     * A short report written for the tests in the shape of the genre, with no curated English: a headline,
     * a dateline with the place, a local police officer by rank (no one the knowledge base knows), figures,
     * crimes, a photo caption with its credit and the reporter's name in capitals after the last sentence.
     * Its date comes from the scraper's marker (June 2019) and the date line's day.
     */
    public static Variation handover() {
        String text = """
                 date 2019-06 Lạng Sơn bàn giao 23 người Trung Quốc tổ chức đánh bạc qua mạng

                Sáng 14/6, tại Lạng Sơn, Công an tỉnh Lạng Sơn đã bàn giao 23 người Trung Quốc cho Công an Quảng Tây \
                (Trung Quốc) qua cửa khẩu quốc tế Hữu Nghị.

                Theo Đại tá Hoàng Văn Minh, Phó Giám đốc Công an tỉnh Lạng Sơn, nhóm người này đã thuê 6 địa điểm tại \
                thành phố Lạng Sơn để tổ chức đánh bạc qua mạng và sử dụng công nghệ cao để lừa đảo người dân Trung Quốc.

                Lực lượng chức năng làm thủ tục bàn giao tại cửa khẩu. (Ảnh: Thanh Bình)

                Khi kiểm tra các địa điểm trên, lực lượng chức năng đã thu giữ 41 điện thoại di động và 12 máy tính xách tay.

                Hai bên thống nhất tiếp tục trao đổi thông tin, phối hợp truy bắt các đối tượng còn lẩn trốn. MINH AN
                """;
        return new Variation("w01-handover-lang-son.txt", "a handover written for the tests",
                text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static Variation vary(String name, String about, String seed, List<Edit> edits) {
        String text = Seeds.text(seed);
        ObjectNode english;
        try {
            english = (ObjectNode) JSON.readTree(Seeds.bytes(Seeds.translationName(seed)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Edit edit : edits) {
            int vi = count(text, edit.vi());
            text = text.replace(edit.vi(), edit.viNew());
            vi += replaceIn(english, edit.vi(), edit.viNew(), false);
            if (vi == 0) {
                throw new IllegalStateException(name + ": '" + edit.vi() + "' is nowhere in " + seed);
            }
            if (edit.en() != null && replaceIn(english, edit.en(), edit.enNew(), true) == 0) {
                throw new IllegalStateException(name + ": '" + edit.en() + "' is nowhere in " + seed + "'s English");
            }
        }
        english.put("article", name);
        try {
            return new Variation(name, about, text.getBytes(StandardCharsets.UTF_8), JSON.writeValueAsBytes(english));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, Boolean> FIELDS = Map.of("titleVi", false, "summaryVi", false, "vi", false,
            "titleEn", true, "summaryEn", true, "en", true);

    /** Replaces {@code from} in every Vietnamese (or every English) text of a translation; how many it replaced. */
    private static int replaceIn(JsonNode node, String from, String to, boolean inEnglish) {
        int replaced = 0;
        if (node instanceof ObjectNode object) {
            for (var names = object.fieldNames(); names.hasNext();) {
                String field = names.next();
                JsonNode value = object.get(field);
                if (value.isTextual() && Boolean.valueOf(inEnglish).equals(FIELDS.get(field))) {
                    replaced += count(value.asText(), from);
                    object.set(field, TextNode.valueOf(value.asText().replace(from, to)));
                } else if (value.isContainerNode()) {
                    replaced += replaceIn(value, from, to, inEnglish);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                replaced += replaceIn(element, from, to, inEnglish);
            }
        }
        return replaced;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
