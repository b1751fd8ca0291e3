package org.songsong.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.songsong.core.knowledge.KnowledgeBase;
import org.songsong.core.knowledge.OfficialEntry;
import org.songsong.core.parse.ParsedArticle;
import org.songsong.core.text.Patterns;
import org.songsong.core.text.VietnameseText;
import org.songsong.core.text.WordPhrase;
import org.songsong.core.text.Words;

/**
 * Finds the officials an article names: the curated ones by name and spelling variant, and anyone else
 * introduced by a rank or title ("Trung tướng Nguyễn Công Sơn", "ông Lý Chúc Quần, Phó Cục trưởng …"),
 * recorded as not yet curated so nobody named is lost. Only the article's own text is searched
 * (photo credits and related-news blocks were set apart by the parser), and the title the article gives
 * each person is kept as written.
 */
public final class OfficialMatcher {

    /** Ranks and titles that introduce a holder of office, longest first so the fullest one is read. */
    static final List<String> TITLES = sortedLongestFirst(Stream.of(
            "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
            "Bộ trưởng", "Thứ trưởng", "Ủy viên Quốc vụ", "Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng",
            "Tổng Bí thư", "Chủ tịch nước", "Chủ tịch", "Phó Chủ tịch", "Thủ tướng", "Phó Thủ tướng",
            "Thường trực Ban Bí thư", "Bí thư", "Phó Bí thư", "Đại sứ", "Tổng lãnh sự", "Giám đốc", "Phó Giám đốc",
            "Cục trưởng", "Phó Cục trưởng", "Tổng cục trưởng", "Phó Tổng cục trưởng", "Vụ trưởng", "Phó Vụ trưởng",
            "Trưởng phòng", "Phó Trưởng phòng", "Chính ủy", "Phó Chính ủy", "Tư lệnh", "Phó Tư lệnh",
            "Chỉ huy trưởng", "Đồn trưởng", "Phó Đồn trưởng", "Trạm trưởng", "Tổng Thư ký", "Phó Tổng Thư ký",
            "Chánh Văn phòng", "Chủ nhiệm", "Phó Chủ nhiệm", "Trưởng ban", "Phó Trưởng ban", "Tỉnh trưởng",
            "Thị trưởng", "Trưởng đoàn", "Phó Trưởng đoàn", "Thủ trưởng", "Viện trưởng", "Chánh án",
            "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Tham tán", "Công sứ", "Lãnh sự", "Tùy viên",
            "Đội trưởng", "Phó Đội trưởng", "Trưởng Công an", "Phó Trưởng Công an", "Sở trưởng", "Phó Sở trưởng",
            "Châu trưởng", "Phó Châu trưởng", "Huyện trưởng", "Phó Huyện trưởng", "Phó Thị trưởng",
            "Phó Tỉnh trưởng", "Tham mưu trưởng", "Phó Tham mưu trưởng", "Chính trị viên", "Phó Chính trị viên",
            "Chỉ huy phó", "Cục phó", "Vụ phó", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Đại đội trưởng",
            "Trưởng Ủy ban", "Phó Trưởng Ủy ban", "Thanh tra trưởng", "Chi đội trưởng", "Phó Chi đội trưởng",
            "Ủy viên Thường vụ", "Ủy viên Thường vụ Bộ Chính trị", "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội",
            "Trưởng trạm", "Phó Trưởng trạm", "Trưởng đồn", "Phó Trạm trưởng", "Phó Chỉ huy trưởng",
            "Đại sứ đặc mệnh toàn quyền", "Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND",
            "Người phát ngôn", "Trưởng đại diện", "Tổng Lãnh sự", "Phó Tổng Lãnh sự")
            .map(VietnameseText::toneKey).toList());
    private static final TitleWords TITLE_WORDS = new TitleWords(TITLES);

    /** Bodies and countries written in Latin letters between a title and a foreign holder's name. */
    private static final Set<String> BODIES_BEFORE_A_FOREIGN_NAME = Set.of("Interpol", "INTERPOL", "ASEAN",
            "Aseanapol", "ASEANAPOL", "UNODC", "Europol", "Campuchia", "Myanmar", "Indonesia", "Malaysia", "Singapore",
            "Philippines", "Brunei", "Australia", "Canada", "Mexico");

    /** Family names that start a personal name in Vietnamese, including Sino-Vietnamese readings of Chinese ones. */
    private static final Set<String> SURNAMES = Set.of(
            "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
            "dương", "lý", "tô", "lương", "triệu", "quách", "mạnh", "vương", "hứa", "lưu", "hà", "đinh", "trương",
            "tập", "tôn", "chu", "khương", "thái", "đàm", "mai", "lâm", "thân", "tạ", "cao", "văn", "đoàn", "vi",
            "lục", "mã", "diệp", "giang", "kha", "la", "doãn", "từ", "tiêu", "quan", "trịnh", "đào", "lại", "kiều",
            "đường", "tăng", "thạch", "châu", "âu", "hầu", "viên", "tống", "nghiêm", "lò", "lường", "sầm", "nông",
            "bạch", "đồng", "khổng", "phó", "tiết", "lã", "lữ", "chung", "uông", "mạc", "kim",
            // Vietnamese, Hmong and Tày names of the border provinces
            "bế", "lù", "lăng", "mông", "lộc", "ly", "đao", "lầu", "giàng", "vàng", "sùng", "thào", "mùa", "cầm", "quàng", "khuất", "cù", "đậu",
            "khúc", "bạc", "trình", "cấn", "nhữ", "phùng", "tòng", "ninh", "ma", "đèo", "hạ",
            // Sino-Vietnamese readings of Chinese family names
            "thôi", "đổng", "hùng", "hác", "ôn", "giả", "bành", "tiền", "tào", "tần", "hàn", "khâu", "thẩm",
            "vưu", "cảnh", "lật", "hoắc", "ngụy", "tề", "điền", "sử", "thi", "nhiếp", "liêu", "diêm", "nhậm",
            "tưởng", "lư", "lô", "đằng", "cố", "mao", "bàng", "lỗ", "phí", "du", "kỷ", "biện", "khang", "lam",
            "cát", "tất", "trâu", "quý", "nhan", "mễ", "ứng", "cung", "tương", "đới", "mục", "úy");

    private static Pattern wholeWords(String words) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(words) + "(?!\\p{L})");
    }

    private static final int MAX_WORDS_TO_NAME = 14;
    private static final int TITLE_REACH = 90;
    private static final List<String> APPOSITIVE_SEPARATORS = List.of(" - ", " – ", " (");

    /** Laos, not the province of Lào Cai. */
    private static final Pattern LAOS = Pattern.compile("(?<!\\p{L})lào(?! cai)(?!\\p{L})");
    /** Sino-Vietnamese family names no Vietnamese family bears: their holder is Chinese. */
    private static final Set<String> CHINESE_ONLY_SURNAMES = Set.of(
            "thôi", "đổng", "hác", "ôn", "giả", "bành", "tào", "tần", "khâu", "thẩm", "vưu", "lật", "hoắc", "ngụy",
            "tề", "điền", "nhiếp", "diêm", "nhậm", "tưởng", "đằng", "bàng", "kỷ", "biện", "trâu", "mễ", "tập");
    /** Places and offices of China's side of the border, as a title names them. */
    private static final List<String> CHINESE_PLACES_AND_OFFICES = List.of(
            "quảng tây", "vân nam", "bằng tường", "hà khẩu", "đông hưng", "phòng thành", "sùng tả", "bách sắc",
            "văn sơn", "hồng hà", "kim bình", "mã quan", "ma lật pha", "long châu", "tĩnh tây", "ninh minh", "côn minh",
            "nam ninh", "bắc kinh", "quảng đông", "thượng hải", "thiên tân", "chi đội", "khu tự trị", "châu trưởng",
            "huyện trưởng", "sở trưởng", "sở công an", "quản lý di dân", "công an biên phòng", "ủy viên quốc vụ");

    /** Words after which a capitalised name is a place's: an administrative unit, a border gate or post. */
    private static final Set<String> PLACE_WORDS = Set.of(
            "tỉnh", "huyện", "xã", "phường", "quận", "thị", "trấn", "phố", "tp", "tp.", "khẩu", "đồn", "châu", "khu",
            "bản", "thôn", "làng", "đường", "sông", "núi", "đảo", "vùng", "miền", "bang", "đặc", "thủ", "đô", "ủy");

    /** Words of a title that no given name is: "Văn A Phó Giám" is a name running into a title. */
    private static final Set<String> NEVER_IN_A_NAME = Set.of("phó", "giám", "cục", "trưởng", "tổng", "bí", "ủy", "đồn",
            "trạm");

    /** Pairs of words after which a name is a post's or a town's: "Đồn Biên phòng Phó Bảng", "thành phố Phổ Nhĩ". */
    private static final Set<String> PLACE_PAIRS = Set.of("biên phòng", "cửa khẩu", "thành phố", "thị xã",
            "khu vực", "kiểm soát", "kiểm tra", "xuất nhập cảnh");

    /** Words of a title that a capital letter can make look like a name's second word ("Phó Giám đốc"). */
    private static final Set<String> TITLE_PARTS = Set.of(
            "giám", "cục", "trưởng", "chủ", "tổng", "bí", "ủy", "thủ", "vụ", "đồn", "trạm", "chỉ", "tư", "phó",
            "thứ", "bộ", "sở", "ban", "tỉnh", "đội", "phòng", "viện", "chánh", "tham", "chính");

    /**
     * Lower-case words that may stand inside the name of an office or body between a title and a name
     * ("Bộ trưởng Ngoại giao Trung Quốc Vương Nghị", "Chủ tịch Quốc hội …"); any other word (a verb: "chỉ
     * đạo lực lượng bắt giữ Lò Văn Bình") ends the search, so a suspect is never read as the title's holder.
     */
    private static final Set<String> ORG_WORDS = Set.of(
            "an", "tỉnh", "thành", "phố", "tp", "quốc", "gia", "ninh", "nhân", "dân", "chính", "trị", "trung",
            "ương", "điều", "tra", "cảnh", "sát", "biên", "phòng", "hợp", "tác", "tế", "đối", "ngoại", "và", "pháp",
            "ủy", "ban", "cục", "tổng", "bộ", "đảng", "cộng", "sản", "xuất", "nhập", "hình", "sự", "quản", "lý",
            "tại", "của", "nước", "đội", "thường", "trực", "vụ", "viên", "thư", "ký", "lực", "lượng", "giao", "hội",
            "nội", "quân", "khu", "tự", "luật", "thương", "mại", "thông", "tin", "truyền", "tư", "lệnh", "phó",
            "trưởng", "đốc", "giám", "chủ", "tịch", "nhiệm", "đồn", "trạm", "kiểm", "khẩu", "cửa", "đặc", "mệnh",
            "toàn", "quyền", "sứ", "quán", "huy", "biển", "huyện", "xã", "phường", "hành", "văn", "viện", "tòa",
            "án", "tối", "cao", "di", "cư", "tội", "phạm", "về", "kinh", "mạng", "công", "nghệ", "sử", "dụng",
            "chống", "ma", "túy", "đoàn", "đại", "biểu", "chiến", "lược", "thị", "châu", "tuyên", "giáo", "tổ",
            "chức", "quan", "hệ", "đô", "lãnh", "sở", "bảo", "vệ", "hải", "ngân", "hàng", "thanh", "nghiệp");

    /** Capitalised word pairs that are places or bodies, not the start of a personal name. */
    private static final Set<String> NOT_NAMES = Set.of(
            "trung quốc", "việt nam", "hà nội", "hà giang", "hà tĩnh", "hà nam", "hà khẩu", "hà bắc", "hà tây",
            "lào cai", "hồ chí", "đà nẵng", "quảng ninh", "quảng tây", "vân nam", "bắc kinh", "hàn quốc", "hoa kỳ",
            "kim bình", "kim thành", "lâm đồng", "cao bằng", "thái nguyên", "thái bình", "hoàng sa", "đồng nai",
            "bình dương", "lạng sơn", "giang tô", "quảng đông", "thượng hải", "mạnh khánh", "bộ công");

    /** "nguyên Bộ trưởng", "cố Thủ tướng": the office is a former one, and stays with the title as written. */
    /**
     * A post in a company ("Giám đốc Công ty TNHH …", "Trưởng phòng kinh doanh", "Chủ tịch HĐQT …") is no
     * public office: its holder is a private person, unless the text also gives him a rank.
     */
    private static final Pattern PRIVATE_EMPLOYER = Pattern.compile("(?<![\\p{L}])(?:công ty|doanh nghiệp|tập đoàn"
            + "|hđqt|hội đồng quản trị|cửa hàng|nhà hàng|khách sạn|phòng kinh doanh|văn phòng luật|hợp tác xã"
            + "|cơ sở kinh doanh)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RANK = Pattern.compile("(?<![\\p{L}])(?:đại|thượng|trung|thiếu) (?:tá|úy|uý|tướng)"
            + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "bị can Nguyễn Văn A, Giám đốc …": someone accused, named with his post, is not named as an official. */
    private static final Pattern ACCUSED_BEFORE = Pattern.compile("(?:bị can|bị cáo|đối tượng|nghi phạm|nghi can|phạm nhân)"
            + "\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FORMER_BEFORE = Pattern.compile("(?<![\\p{L}])(?:nguyên|cố|Nguyên|Cố) $");
    /** An honorific, where a capitalised word follows it ({@link #beforeCapital}). */
    private static final WordPhrase HONORIFIC = WordPhrase.of("ông|bà|đồng chí|Ông|Bà|Đồng chí");
    /**
     * The verbs and links that end an appositive when a space stands before them and a space or stop after
     * ("… Bộ trưởng Bộ Công an làm Trưởng đoàn"), by their first letter: {@link #clauseEnd} looks them up
     * at each space, where a pattern tried every one at every character.
     */
    private static final Map<Character, List<String>> CLAUSE_WORDS = Stream.of(
            "làm", "đã", "dẫn đầu", "chủ trì", "đồng chủ trì", "tiếp", "cho biết", "nhấn mạnh", "phát biểu", "và",
            "cùng", "có", "được", "sẽ", "đang", "là", "với", "tới", "đến", "sang", "nêu", "khẳng định", "đề nghị",
            "chúc", "bày tỏ", "thăm", "ký", "trao", "gặp", "hội đàm", "điện đàm", "tham dự", "dự", "đánh giá",
            "tháp tùng", "vừa", "đón", "chào", "cảm ơn", "cũng như", "trân trọng", "cử", "gửi", "mời", "khai mạc",
            "bế mạc")
            .collect(Collectors.groupingBy(word -> word.charAt(0)));

    /** {@code key} is the name's match key. */
    private record NamePattern(int order, OfficialEntry official, String key, int syllables) {
    }

    /** A name found in a block's match key. */
    private record NameAt(NamePattern name, int start, int end) {
    }

    /** The known names by their first syllable: a block's words are walked once, not searched for each name. */
    private final Map<String, List<NamePattern>> namesByFirstWord = new HashMap<>();
    private final Map<String, OfficialEntry> byKey = new LinkedHashMap<>();

    public OfficialMatcher(KnowledgeBase knowledge) {
        int order = 0;
        for (OfficialEntry official : knowledge.officials()) {
            for (String name : KnowledgeBase.names(official)) {
                String key = VietnameseText.matchKey(name);
                if (key.isEmpty()) {
                    continue;
                }
                byKey.put(key, official);
                String first = key.substring(0, Words.end(key, 0, key.length()));
                namesByFirstWord.computeIfAbsent(first, k -> new ArrayList<>())
                        .add(new NamePattern(order++, official, key, key.split(" ").length));
            }
        }
    }

    /**
     * Every known name standing as whole words in {@code key} (the match key of {@code text}, position for
     * position) and written with a capital, in the knowledge base's order, then the text's.
     */
    private List<NameAt> knownNames(String key, String text) {
        List<NameAt> found = new ArrayList<>();
        for (int start = Words.nextStart(key, 0, key.length()); start >= 0; ) {
            int end = Words.end(key, start, key.length());
            if (!Character.isUpperCase(text.codePointAt(start))) {
                start = Words.nextStart(key, end, key.length());
                continue;
            }
            for (NamePattern name : namesByFirstWord.getOrDefault(key.substring(start, end), List.of())) {
                int nameEnd = start + name.key().length();
                if (key.startsWith(name.key(), start)
                        && (nameEnd == key.length() || !Words.isWordCodePoint(key.codePointAt(nameEnd)))) {
                    found.add(new NameAt(name, start, nameEnd));
                }
            }
            start = Words.nextStart(key, end, key.length());
        }
        found.sort(Comparator.comparingInt((NameAt n) -> n.name().order()).thenComparingInt(NameAt::start));
        return found;
    }

    public List<OfficialMention> match(ParsedArticle article) {
        Map<String, Builder> found = new LinkedHashMap<>();
        List<TextBlock> blocks = TextBlock.of(article);
        for (TextBlock block : blocks) {
            String text = block.text();
            String key = VietnameseText.matchKey(text);
            if (key.length() != text.length()) {
                continue;
            }
            for (NameAt m : knownNames(key, text)) {
                NamePattern name = m.name();
                if (name.syllables() < 3 && continuesAsName(text, m.end())) {
                    continue;
                }
                if (name.official().titleRequired() && !titleRightBefore(key, m.start())) {
                    continue;
                }
                Builder b = found.computeIfAbsent(name.official().slug(), s -> Builder.curated(name.official()));
                b.seen(block, roleAround(text, m.start(), m.end()));
            }
            findUncurated(block, found);
        }
        return found.values().stream().map(Builder::build).toList();
    }

    /** A title ends just before {@code at}, a space between: "chủ tịch hồ chí minh" (on a match key). */
    private static boolean titleRightBefore(String key, int at) {
        for (String title : TITLES) {
            int start = at - title.length() - 1;
            if (start >= 0 && key.charAt(at - 1) == ' ' && key.regionMatches(true, start, title, 0, title.length())
                    && (start == 0 || !Character.isLetterOrDigit(key.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A two-syllable name followed by another capitalised syllable is the start of a longer name. */
    private static boolean continuesAsName(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    /** People introduced by a title or rank whom the knowledge base does not know. */
    private void findUncurated(TextBlock block, Map<String, Builder> found) {
        String text = VietnameseText.toneKey(block.text());
        if (text.length() != block.text().length()) {
            return;
        }
        List<NameSpan> candidates = new ArrayList<>(namesAfterTitles(text));
        candidates.addAll(namesAfterHonorifics(text));
        candidates.addAll(namesBeforeTheirTitles(text));
        for (NameSpan name : candidates) {
            String nameText = block.text().substring(name.start(), name.end());
            String key = VietnameseText.matchKey(nameText);
            if (byKey.containsKey(key)) {
                continue;
            }
            String role = roleAround(block.text(), name.start(), name.end());
            if (privatePerson(block.text(), name.start(), role)) {
                continue;
            }
            Builder known = found.values().stream().filter(b -> b.nameKeys.contains(key)).findFirst().orElse(null);
            if (known != null) {
                known.seen(block, role);
                continue;
            }
            Builder b = Builder.uncurated(nameText);
            b.seen(block, role);
            found.put(b.slug, b);
        }
    }

    /** Someone accused, or holding a post in a company without a rank: named, but holding no public office. */
    private static boolean privatePerson(String text, int nameStart, String role) {
        if (ACCUSED_BEFORE.matcher(text.substring(Math.max(0, nameStart - 16), nameStart)).find()) {
            return true;
        }
        return role != null && PRIVATE_EMPLOYER.matcher(role).find() && !RANK.matcher(role).find();
    }

    /** "Thứ trưởng Bộ Công an Trung Quốc Mạnh Khánh Phong", "Tổng Thư ký Interpol Jürgen Stock". */
    private static List<NameSpan> namesAfterTitles(String text) {
        List<NameSpan> candidates = new ArrayList<>();
        for (TitleWords.Occurrence title : TITLE_WORDS.occurrences(text)) {
            NameSpan name = nameAfter(text, title.end());
            name = name != null ? name : foreignNameAfterTitle(text, title.end());
            if (name != null) {
                candidates.add(name);
            }
        }
        return candidates;
    }

    /** "ông Lý Chúc Quần, Phó Cục trưởng …": an honorific, the name, then the title as an appositive. */
    private static List<NameSpan> namesAfterHonorifics(String text) {
        List<NameSpan> candidates = new ArrayList<>();
        WordPhrase.Finder honorific = HONORIFIC.in(text);
        while (honorific.find()) {
            if (!beforeCapital(text, honorific.end())) {
                continue;
            }
            NameSpan vietnamese = nameAfter(text, honorific.end());
            NameSpan name = vietnamese != null ? vietnamese : foreignNameAfter(text, honorific.end());
            NameSpan plain = plainNameAfter(text, honorific.end());
            if (name != null && text.startsWith(", ", name.end()) && name.end() + 2 < text.length()
                    && Character.isUpperCase(text.charAt(name.end() + 2))
                    && startsWithTitleIgnoringCase(text, name.end() + 2)) {
                candidates.add(name);
            } else if (plain != null && titleAppositiveAt(text, plain.end())) {
                // "ông Nguyễn Văn A - Phó Giám đốc …", "ông Nguyễn Văn A (Giám đốc …)"
                candidates.add(plain);
            } else if (vietnamese != null && honorific.start() > 0 && text.charAt(honorific.start() - 1) == '('
                    && text.startsWith(")", vietnamese.end()) && titleJustBefore(text, honorific.start() - 1)) {
                // "Bí thư Huyện ủy Hạ Lang (ông Nông Văn Chiến)": the holder named in brackets after the office
                candidates.add(vietnamese);
            }
        }
        return candidates;
    }

    /** "…, Trịnh Xuân Trường, Bí thư Tỉnh ủy …": a name standing alone before its title as an appositive. */
    private static List<NameSpan> namesBeforeTheirTitles(String text) {
        List<NameSpan> candidates = new ArrayList<>();
        for (int dash = text.indexOf(" - "); dash >= 0; dash = text.indexOf(" - ", dash + 1)) {
            if (titleAppositiveAt(text, dash)) {
                NameSpan name = nameEndingAt(text, dash);
                if (name != null) {
                    candidates.add(name);
                }
            }
        }
        for (int comma = text.indexOf(", "); comma >= 0; comma = text.indexOf(", ", comma + 1)) {
            if (comma + 2 < text.length() && Character.isUpperCase(text.charAt(comma + 2))
                    && startsWithTitleIgnoringCase(text, comma + 2)) {
                NameSpan name = nameEndingAt(text, comma);
                if (name != null) {
                    candidates.add(name);
                }
            }
        }
        return candidates;
    }

    /** A space then an upper-case letter stand at {@code at}. */
    private static boolean beforeCapital(String text, int at) {
        return at + 1 < text.length() && text.charAt(at) == ' '
                && Character.getType(text.codePointAt(at + 1)) == Character.UPPERCASE_LETTER;
    }

    private record NameSpan(int start, int end) {
    }

    /**
     * The personal name standing after a title, across the name of the office or body ("Thứ trưởng Bộ
     * Công an Trung Quốc Mạnh Khánh Phong"): the last run of two to four capitalised words that starts with
     * a family name, before the clause ends.
     */
    static NameSpan nameAfter(String text, int from) {
        List<int[]> run = new ArrayList<>();
        int wordsSeen = 0;
        int previousEnd = from;
        // past the word limit only the capitalised run under way is read to its end: a cut run is no name
        for (int start = Words.nextStart(text, from, text.length()); start >= 0; start = Words.nextStart(text,
                previousEnd, text.length())) {
            boolean capitalised = Character.isUpperCase(text.codePointAt(start));
            if (!joinsWords(text, previousEnd, start) || (wordsSeen >= MAX_WORDS_TO_NAME && !capitalised)) {
                break;
            }
            wordsSeen++;
            int end = Words.end(text, start, text.length());
            boolean afterADash = start - previousEnd == 3 && text.startsWith(" - ", previousEnd);
            previousEnd = end;
            if (afterADash && !run.isEmpty()) {
                // "Lộc Văn Quyết - Chỉ huy trưởng …": a dash ends a name; it only joins the halves of a body's
                // name ("Ủy ban Chính trị - Pháp luật") on the way to one
                NameSpan candidate = nameInRun(text, run);
                if (candidate != null) {
                    return candidate;
                }
                run.clear();
            }
            if (capitalised) {
                run.add(new int[] { start, end });
                continue;
            }
            NameSpan candidate = nameInRun(text, run);
            if (candidate != null) {
                return candidate;
            }
            run.clear();
            if (!ORG_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return nameInRun(text, run);
    }

    /** At {@code at}, " - ", " – " or " (" opens a title in apposition to the name before it. */
    private static boolean titleAppositiveAt(String text, int at) {
        for (String separator : APPOSITIVE_SEPARATORS) {
            int title = at + separator.length();
            if (text.startsWith(separator, at) && title < text.length() && Character.isUpperCase(text.charAt(title))
                    && startsWithTitleIgnoringCase(text, title)) {
                return true;
            }
        }
        return false;
    }

    /** The capitalised words right after {@code from}, single spaces between, as a whole name of two to four. */
    static NameSpan plainNameAfter(String text, int from) {
        List<int[]> run = new ArrayList<>();
        int at = from;
        while (run.size() < 5 && at < text.length() && text.charAt(at) == ' ' && at + 1 < text.length()
                && Character.isUpperCase(text.charAt(at + 1))) {
            int end = Words.end(text, at + 1, text.length());
            run.add(new int[] { at + 1, end });
            at = end;
        }
        if (run.size() < 2 || run.size() > 4) {
            return null;
        }
        NameSpan name = nameInRun(text, run);
        return name != null && name.start() == run.get(0)[0] ? name : null;
    }

    /** A title stands in the clause that ends at {@code at}, with only office words after it. */
    private static boolean titleJustBefore(String text, int at) {
        int from = Math.max(0, at - TITLE_REACH);
        String before = text.substring(from, at);
        for (Map.Entry<String, Integer> title : TITLE_WORDS.lastOccurrences(before).entrySet()) {
            if (onlyOfficeWords(before.substring(title.getValue() + title.getKey().length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithTitleIgnoringCase(String text, int at) {
        return TITLE_WORDS.wholeTitleAtIgnoringCase(text, at);
    }

    /**
     * The personal name that ends at {@code end}: two to four capitalised words after a word in lower case,
     * a clause's punctuation or the start of the text, so that it is the whole run, not the tail of an
     * office's or body's name ("Bộ Công an Trung Quốc, …").
     */
    static NameSpan nameEndingAt(String text, int end) {
        List<int[]> run = new ArrayList<>();
        int at = end;
        while (run.size() < 5) {
            int wordEnd = at;
            int wordStart = wordEnd;
            while (wordStart > 0 && !Patterns.isSpace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != ','
                    && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '.') {
                wordStart--;
            }
            if (wordStart == wordEnd || !Character.isUpperCase(text.codePointAt(wordStart))) {
                break;
            }
            run.add(0, new int[] { wordStart, wordEnd });
            if (wordStart == 0 || !Patterns.isSpace(text.charAt(wordStart - 1))) {
                break;
            }
            at = wordStart - 1;
        }
        if (run.size() < 2 || run.size() > 4 || !Character.isLetter(text.charAt(end - 1))) {
            return null;
        }
        NameSpan name = nameInRun(text, run);
        return name != null && name.start() == run.get(0)[0] ? name : null;
    }

    /** Between two words of one name or title: white space, or a hyphen on its own or between spaces. */
    private static boolean joinsWords(String text, int from, int to) {
        if ((to - from == 1 && text.charAt(from) == '-') || (to - from == 3 && text.startsWith(" - ", from))) {
            return true;
        }
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static NameSpan nameInRun(String text, List<int[]> run) {
        for (int i = Math.max(0, run.size() - 4); i < run.size(); i++) {
            int length = run.size() - i;
            // after "huyện", "Đồn Biên phòng" …, the run opens with the place's name, of two words at least
            if (length < 2 || length > 4 || (i < 2 && namesAPlace(text, run.get(0)[0]))
                    || (i == 0 && namesAPrefecture(text, run))) {
                continue;
            }
            int[] firstWord = run.get(i);
            String first = text.substring(firstWord[0], firstWord[1]).toLowerCase(Locale.ROOT);
            String pair = (first + " " + text.substring(run.get(i + 1)[0], run.get(i + 1)[1])).toLowerCase(Locale.ROOT);
            if (!SURNAMES.contains(VietnameseText.matchKey(first)) && !SURNAMES.contains(first)) {
                continue;
            }
            String second = text.substring(run.get(i + 1)[0], run.get(i + 1)[1]).toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(pair) || TITLE_PARTS.contains(VietnameseText.matchKey(second))
                    || run.subList(i + 1, run.size()).stream().anyMatch(w -> NEVER_IN_A_NAME.contains(
                            VietnameseText.matchKey(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT))))
                    || run.subList(i, run.size()).stream().anyMatch(w -> isInitial(text, w, firstWord)
                            || (w[1] - w[0] > 1 && isAllCaps(text.substring(w[0], w[1]))))) {
                continue;
            }
            return new NameSpan(run.get(i)[0], run.get(run.size() - 1)[1]);
        }
        return null;
    }

    /** The word before {@code at} makes what follows a place: "huyện Văn Lãng", "cửa khẩu Cao Lộc", "TP Hồ Chí Minh". */
    /** "Cục Công an Châu Hồng Hà": after a police body, "Châu" opens a Chinese prefecture's name, not a person's. */
    private static boolean namesAPrefecture(String text, List<int[]> run) {
        if (run.size() < 3 || !text.startsWith("Châu", run.get(0)[0])) {
            return false;
        }
        int[] last = wordBefore(text, run.get(0)[0]);
        int[] previous = wordBefore(text, last[0]);
        return VietnameseText.matchKey(text.substring(previous[0], last[1])).equals("công an");
    }

    private static boolean namesAPlace(String text, int at) {
        int[] last = wordBefore(text, at);
        String word = VietnameseText.matchKey(text.substring(last[0], last[1]));
        if (PLACE_WORDS.contains(word)) {
            return true;
        }
        int[] previous = wordBefore(text, last[0]);
        return PLACE_PAIRS.contains(VietnameseText.matchKey(text.substring(previous[0], previous[1])) + " " + word);
    }

    /** Where the word that ends before {@code at} (white space between) starts and ends. */
    private static int[] wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Patterns.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Patterns.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return new int[] { start, end };
    }

    /** "ông Valdecy Urquiza, Tổng Thư ký …": two or three capitalised words without Vietnamese letters. */
    /**
     * "Tổng Thư ký António Guterres,", "Tổng Thư ký Interpol Jürgen Stock cho biết": two or three capitalised
     * words in Latin letters (no Vietnamese letter among them) right after a title, past an organisation or
     * country named in the same letters, and ending the run of capitals.
     */
    static NameSpan foreignNameAfterTitle(String text, int from) {
        List<int[]> words = new ArrayList<>();
        int at = from;
        while (words.size() < 4 && at < text.length() && text.charAt(at) == ' ') {
            int start = at + 1;
            int end = Words.end(text, start, text.length());
            if (end <= start + 1 || !Character.isUpperCase(text.charAt(start)) || !isLatinWord(text, start, end)) {
                break;
            }
            if (!words.isEmpty() || !BODIES_BEFORE_A_FOREIGN_NAME.contains(text.substring(start, end))) {
                words.add(new int[] { start, end });
            }
            at = end;
        }
        boolean runEnds = at >= text.length() || !Character.isLetterOrDigit(text.charAt(at))
                && (at + 1 >= text.length() || !Character.isUpperCase(text.charAt(at + 1)) || text.charAt(at) != ' ');
        if (words.size() < 2 || words.size() > 3 || !runEnds
                || SURNAMES.contains(VietnameseText.matchKey(text.substring(words.get(0)[0], words.get(0)[1])))
                || words.stream().noneMatch(w -> unlikeAVietnameseSyllable(text.substring(w[0], w[1])))
                || words.stream().anyMatch(w -> isAllCaps(text.substring(w[0], w[1])))) {
            return null;
        }
        return new NameSpan(words.get(0)[0], words.get(words.size() - 1)[1]);
    }

    /**
     * A word no Vietnamese syllable is: a letter Vietnamese does not write (f, j, w, z, ü, ñ …), or an ending
     * other than a vowel or c, ch, m, n, ng, nh, p, t ("Guterres", "Stock", "Sar").
     */
    private static boolean unlikeAVietnameseSyllable(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.chars().anyMatch(c -> "fjwzäëïöüñçåæøß".indexOf(c) >= 0)) {
            return true;
        }
        char last = lower.charAt(lower.length() - 1);
        if ("aeiouyáàãéèíìóòõúùýâêô".indexOf(last) >= 0) {
            return false;
        }
        return !(lower.endsWith("ch") || lower.endsWith("ng") || lower.endsWith("nh") || "cmnpt".indexOf(last) >= 0)
                || lower.length() > 7;
    }

    /** Letters of Western names: ASCII and Latin-1 (é, ó, ü, ñ), none of the letters Vietnamese alone uses. */
    private static boolean isLatinWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || c > 'ÿ' || "âêôÂÊÔ".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    static NameSpan foreignNameAfter(String text, int from) {
        int at = from;
        int words = 0;
        int end = -1;
        while (words < 3 && at < text.length() && text.charAt(at) == ' ') {
            int start = at + 1;
            int wordEnd = Words.end(text, start, text.length());
            if (wordEnd <= start + 1 || !Character.isUpperCase(text.charAt(start))
                    || !text.substring(start, wordEnd).chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                break;
            }
            words++;
            end = wordEnd;
            at = wordEnd;
        }
        return words >= 2 && text.startsWith(", ", end) ? new NameSpan(from + 1, end) : null;
    }

    /** A one-letter word is an initial ("Đường T"), except a Hmong or Dao middle name "A" ("Vàng A Sử"). */
    private static boolean isInitial(String text, int[] word, int[] first) {
        return word[1] - word[0] == 1 && (word == first || text.charAt(word[0]) != 'A');
    }

    private static boolean isAllCaps(String word) {
        return word.codePoints().allMatch(Character::isUpperCase);
    }

    /** {@code word} stands at {@code at} as a whole word, not inside a longer one. */
    private static boolean isWordAt(String text, int at, String word) {
        int end = at + word.length();
        return (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /**
     * The title the article gives a person at one mention: the rank or office written just before the
     * name ("Thứ trưởng Bộ Công an Trung Quốc Mạnh Khánh Phong") and the appositive after it ("Tô Lâm, Ủy
     * viên Bộ Chính trị, Bộ trưởng Bộ Công an"), as written.
     */
    static String roleAround(String text, int start, int end) {
        String keyed = VietnameseText.toneKey(text);
        if (keyed.length() != text.length()) {
            keyed = text;
        }
        List<String> parts = new ArrayList<>();
        String before = keyed.substring(0, start);
        int clauseStart = Math.max(Math.max(before.lastIndexOf(", "), before.lastIndexOf(". ")),
                Math.max(before.lastIndexOf("; "), before.lastIndexOf('(')));
        String segment = before.substring(clauseStart < 0 ? 0 : clauseStart + 1);
        int titleAt = -1;
        for (Map.Entry<String, Integer> title : TITLE_WORDS.lastOccurrences(segment).entrySet()) {
            int at = title.getValue();
            if ((titleAt < 0 || at < titleAt) && onlyOfficeWords(segment.substring(at + title.getKey().length()))) {
                titleAt = at;
            }
        }
        int segmentStart = clauseStart < 0 ? 0 : clauseStart + 1;
        if (titleAt >= 0) {
            int titleStart = segmentStart + titleAt;
            Matcher former = FORMER_BEFORE.matcher(keyed.substring(0, titleStart));
            if (former.find()) {
                titleStart = former.start();
            }
            parts.add(text.substring(titleStart, start).trim());
        }
        int position = end;
        while (keyed.startsWith(", ", position)) {
            int from = position + 2;
            if (!startsWithTitle(keyed, from)) {
                break;
            }
            int cut = clauseEnd(keyed, from);
            if (introducesAnotherPerson(keyed.substring(from, cut).trim())) {
                break;
            }
            parts.add(text.substring(from, cut).trim());
            position = cut;
        }
        String role = withoutTrailingCommas(String.join(", ", parts));
        return role.isEmpty() ? null : role;
    }

    /**
     * Where the clause starting at {@code from} ends (the text's length if it runs to the end): at a stop,
     * colon, semicolon, bracket or quote, at a comma before a space, or at a space before one of
     * {@link #CLAUSE_WORDS}.
     */
    static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '.', ';', ':', '(', ')', '[', ']', '“', '”', '"' -> {
                    return i;
                }
                case ',' -> {
                    if (i + 1 < text.length() && Patterns.isSpace(text.charAt(i + 1))) {
                        return i;
                    }
                }
                case ' ' -> {
                    if (clauseWordAt(text, i + 1)) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return text.length();
    }

    private static boolean clauseWordAt(String text, int at) {
        List<String> words = at < text.length() ? CLAUSE_WORDS.get(text.charAt(at)) : null;
        if (words == null) {
            return false;
        }
        for (String word : words) {
            int end = at + word.length();
            if (end < text.length() && text.startsWith(word, at)) {
                char after = text.charAt(end);
                if (Patterns.isSpace(after) || after == '.' || after == ',' || after == ';') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWithTitle(String text, int at) {
        return TITLE_WORDS.startingAt(text, at) != null;
    }

    private static String withoutTrailingCommas(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ',' || Patterns.isSpace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** "…, Bộ trưởng Trần Đại Quang …" after a name starts another person's mention, not an appositive. */
    private static boolean introducesAnotherPerson(String appositive) {
        String title = TITLE_WORDS.startingAt(appositive, 0);
        return title != null && nameAfter(appositive, title.length()) != null;
    }

    /** True when the words between a title and a name only name the office or body ("Bộ Công an Trung Quốc"). */
    private static boolean onlyOfficeWords(String gap) {
        for (int start = Words.nextStart(gap, 0, gap.length()); start >= 0; ) {
            int end = Words.end(gap, start, gap.length());
            if (!Character.isUpperCase(gap.codePointAt(start))
                    && !ORG_WORDS.contains(gap.substring(start, end).toLowerCase(Locale.ROOT))) {
                return false;
            }
            start = Words.nextStart(gap, end, gap.length());
        }
        return gap.chars().noneMatch(c -> c == ',' || c == '.' || c == ';');
    }

    private static List<String> sortedLongestFirst(List<String> titles) {
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return List.copyOf(sorted);
    }

    /** Gathers one person's mentions across an article. */
    private static final class Builder {
        final String slug;
        final OfficialEntry entry;
        final String nameVi;
        final Set<String> nameKeys = new HashSet<>();
        final Set<Integer> paragraphs = new TreeSet<>();
        final List<String> roles = new ArrayList<>();

        private Builder(String slug, OfficialEntry entry, String nameVi) {
            this.slug = slug;
            this.entry = entry;
            this.nameVi = nameVi;
        }

        static Builder curated(OfficialEntry entry) {
            Builder b = new Builder(entry.slug(), entry, entry.nameVi());
            KnowledgeBase.names(entry).forEach(n -> b.nameKeys.add(VietnameseText.matchKey(n)));
            return b;
        }

        static Builder uncurated(String name) {
            Builder b = new Builder(VietnameseText.slug(name, 120), null, name);
            b.nameKeys.add(VietnameseText.matchKey(name));
            return b;
        }

        void seen(TextBlock block, String role) {
            if (block.kind() == TextBlock.Kind.PARAGRAPH) {
                paragraphs.add(block.position());
            }
            if (role != null) {
                roles.add(role);
            }
        }

        OfficialMention build() {
            String roleAsWritten = roles.stream().max((a, b) -> Integer.compare(a.length(), b.length()))
                    .orElse(null);
            if (entry != null) {
                return new OfficialMention(slug, entry.nameVi(), entry.nameEn(), entry.nameZh(), entry.country(),
                        true, roleAsWritten, List.copyOf(roles), List.copyOf(paragraphs), entry);
            }
            return new OfficialMention(slug, nameVi, titleCase(VietnameseText.fold(nameVi)), null,
                    countryOf(nameVi, roleAsWritten), false, roleAsWritten, List.copyOf(roles), List.copyOf(paragraphs), null);
        }

        private static String countryOf(String name, String role) {
            String first = VietnameseText.matchKey(name.split(" ")[0]);
            if (CHINESE_ONLY_SURNAMES.contains(first)) {
                return "CN";
            }
            if (role == null) {
                return "VN";
            }
            String key = VietnameseText.matchKey(role);
            if (key.contains("trung quốc") || CHINESE_PLACES_AND_OFFICES.stream()
                    .anyMatch(place -> Patterns.foundOnOneLine(wholeWords(place), key))) {
                return "CN";
            }
            if (key.contains("campuchia")) {
                return "KH";
            }
            if (LAOS.matcher(key).find()) {
                return "LA";
            }
            if (key.contains("hàn quốc")) {
                return "KR";
            }
            if (key.contains("hoa kỳ") || key.contains("mỹ")) {
                return "US";
            }
            return "VN";
        }

        private static String titleCase(String folded) {
            StringBuilder out = new StringBuilder();
            for (String word : folded.split(" ")) {
                if (!word.isEmpty()) {
                    out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                            .append(word.substring(1));
                }
            }
            return out.toString();
        }
    }
}
