package org.songsong.core.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.songsong.core.text.VietnameseText;

class MachineTranslatorTest {

    private static final Glossary GLOSSARY = new Glossary(List.of(
            new Glossary.Term("Tô Lâm", "To Lam", Glossary.Kind.NAME),
            new Glossary.Term("Triệu Khắc Chí", "Zhao Kezhi", Glossary.Kind.NAME),
            new Glossary.Term("Bộ Công an", "Ministry of Public Security", Glossary.Kind.AGENCY)));

    /** Word for word from a phrase book, as a weak engine would: names come out literally ("Bowl Forest"). */
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("Bộ trưởng", "Minister");
        PHRASES.put("Tô Lâm", "Bowl Forest");
        PHRASES.put("Triệu Khắc Chí", "Million Carved Will");
        PHRASES.put("Bộ Công an", "Department of Police");
        PHRASES.put("tiếp", "received");
        PHRASES.put("hội đàm với", "held talks with");
        PHRASES.put("Hai bên ký kết bản ghi nhớ", "The two sides signed a memorandum");
        PHRASES.put("Ảnh", "Photo");
        PHRASES.put("tại", "at");
    }

    /** An engine that translates from the phrase book and records what it was sent. */
    static final class PhraseBookEngine implements TranslationEngine {
        final List<List<String>> requests = new ArrayList<>();
        final List<List<Glossary.Term>> instructions = new ArrayList<>();
        final GlossaryUse use;
        final int textsPerRequest;
        /** Terms an engine told them does not follow. */
        Set<String> ignoredTerms = Set.of();
        UnaryOperator<List<String>> spoil = UnaryOperator.identity();

        PhraseBookEngine(GlossaryUse use, int textsPerRequest) {
            this.use = use;
            this.textsPerRequest = textsPerRequest;
        }

        @Override
        public String name() {
            return "phrase-book";
        }

        @Override
        public String model() {
            return "v1";
        }

        @Override
        public GlossaryUse glossaryUse() {
            return use;
        }

        @Override
        public int textsPerRequest() {
            return textsPerRequest;
        }

        @Override
        public int charactersPerRequest() {
            return 10_000;
        }

        @Override
        public List<String> translate(List<String> texts, List<Glossary.Term> terms) {
            requests.add(texts);
            instructions.add(terms);
            List<String> answers = new ArrayList<>();
            for (String text : texts) {
                String english = text;
                for (Glossary.Term term : terms) {
                    if (!ignoredTerms.contains(term.vietnamese())) {
                        english = english.replace(term.vietnamese(), term.english());
                    }
                }
                for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
                    english = english.replace(phrase.getKey(), phrase.getValue());
                }
                answers.add(english);
            }
            return spoil.apply(answers);
        }

        int textsSent() {
            return requests.stream().mapToInt(List::size).sum();
        }
    }

    static final class MapMemory implements TranslationMemory {
        final Map<String, String> kept = new HashMap<>();

        @Override
        public Map<String, String> recall(String engine, String model, Collection<String> sourceHashes) {
            Map<String, String> found = new HashMap<>();
            for (String hash : sourceHashes) {
                String english = kept.get(engine + "/" + model + "/" + hash);
                if (english != null) {
                    found.put(hash, english);
                }
            }
            return found;
        }

        @Override
        public void remember(String engine, String model, Map<String, String> englishBySourceHash) {
            englishBySourceHash.forEach((hash, english) -> kept.put(engine + "/" + model + "/" + hash, english));
        }
    }

    private static final ArticleTexts ARTICLE = new ArticleTexts(
            "Bộ trưởng Tô Lâm tiếp Bộ trưởng Triệu Khắc Chí",
            "Bộ trưởng Tô Lâm hội đàm với Bộ trưởng Triệu Khắc Chí tại Bộ Công an.",
            List.of("Bộ trưởng Tô Lâm hội đàm với Bộ trưởng Triệu Khắc Chí tại Bộ Công an.",
                    "Hai bên ký kết bản ghi nhớ."),
            List.of("Ảnh: Bộ trưởng Tô Lâm tiếp Bộ trưởng Triệu Khắc Chí"));

    @Test
    void namesComeOutInTheirEnglishFormFromAnEngineWithoutAGlossary() throws TranslationException {
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        MachineEnglish english = new MachineTranslator(engine, GLOSSARY, new MapMemory()).translate(ARTICLE);

        assertThat(english.english().title()).isEqualTo("Minister To Lam received Minister Zhao Kezhi");
        assertThat(english.english().paragraphs()).containsExactly(
                "Minister To Lam held talks with Minister Zhao Kezhi at Ministry of Public Security.",
                "The two sides signed a memorandum.");
        assertThat(english.english().summary()).isEqualTo(english.english().paragraphs().get(0));
        assertThat(english.english().captions()).containsExactly("Photo: Minister To Lam received Minister Zhao Kezhi");
        assertThat(engine.requests.get(0)).allSatisfy(text -> assertThat(text).doesNotContain("Tô Lâm", "Bộ Công an"));
        assertThat(english.engine()).isEqualTo("phrase-book");
        assertThat(english.model()).isEqualTo("v1");
    }

    @Test
    void sendsEachDistinctTextOnceWithinTheEnginesLimits() throws TranslationException {
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 2);
        MachineEnglish english = new MachineTranslator(engine, GLOSSARY, new MapMemory()).translate(ARTICLE);

        // the summary repeats the first paragraph: four distinct texts, two to a request
        assertThat(engine.requests).hasSize(2).allSatisfy(request -> assertThat(request).hasSize(2));
        assertThat(english.sent()).isEqualTo(4);
    }

    @Test
    void asksTheEngineOnlyForTextsTheMemoryDoesNotHold() throws TranslationException {
        MapMemory memory = new MapMemory();
        PhraseBookEngine first = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        new MachineTranslator(first, GLOSSARY, memory).translate(ARTICLE);

        PhraseBookEngine again = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        MachineEnglish unchanged = new MachineTranslator(again, GLOSSARY, memory).translate(ARTICLE);
        assertThat(again.requests).isEmpty();
        assertThat(unchanged.recalled()).isEqualTo(4);

        ArticleTexts edited = new ArticleTexts(ARTICLE.title(), ARTICLE.summary(),
                List.of(ARTICLE.paragraphs().get(0), "Hai bên ký kết bản ghi nhớ tại Bộ Công an."), ARTICLE.captions());
        MachineEnglish english = new MachineTranslator(again, GLOSSARY, memory).translate(edited);
        assertThat(again.requests).containsExactly(List.of("Hai bên ký kết bản ghi nhớ tại [X0X]."));
        assertThat(english.english().paragraphs().get(1))
                .isEqualTo("The two sides signed a memorandum at Ministry of Public Security.");
        assertThat(new MachineTranslator(again, GLOSSARY, memory).plan(edited)).isEqualTo(new MachineTranslator.Plan(0, 0, 4));
    }

    @Test
    void anEngineThatTakesInstructionsIsToldTheTermsAndTermsItLeftInVietnameseAreRepaired()
            throws TranslationException {
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.INSTRUCTIONS, 16);
        engine.ignoredTerms = Set.of("Tô Lâm");
        engine.spoil = answers -> answers.stream().map(a -> a.replace("Bowl Forest", "Tô Lâm")).toList();
        MachineEnglish english = new MachineTranslator(engine, GLOSSARY, new MapMemory()).translate(ARTICLE);

        assertThat(engine.instructions.get(0)).extracting(Glossary.Term::english)
                .containsExactly("To Lam", "Zhao Kezhi", "Ministry of Public Security");
        assertThat(engine.requests.get(0).get(0)).contains("Tô Lâm");
        assertThat(english.english().title()).isEqualTo("Minister To Lam received Minister Zhao Kezhi");
    }

    @Test
    void anEngineThatRendersANameItWasToldLiterallyIsAskedAgainWithTheNameInEnglish() throws TranslationException {
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.INSTRUCTIONS, 16);
        engine.ignoredTerms = Set.of("Triệu Khắc Chí");
        MachineEnglish english = new MachineTranslator(engine, GLOSSARY, new MapMemory()).translate(
                new ArticleTexts("Bộ trưởng Tô Lâm tiếp Bộ trưởng Triệu Khắc Chí", null, List.of(), List.of()));

        assertThat(engine.requests).hasSize(2);
        assertThat(engine.requests.get(1)).containsExactly("Bộ trưởng To Lam tiếp Bộ trưởng Zhao Kezhi");
        assertThat(english.english().title()).isEqualTo("Minister To Lam received Minister Zhao Kezhi");
    }

    @Test
    void aTextWhoseTokensTheEngineLostIsAskedAgainWithItsTermsInEnglish() throws TranslationException {
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        engine.spoil = answers -> answers.stream().map(a -> a.replace("[X1X]", "")).toList();
        MachineEnglish english = new MachineTranslator(engine, GLOSSARY, new MapMemory()).translate(
                new ArticleTexts("Bộ trưởng Tô Lâm tiếp Bộ trưởng Triệu Khắc Chí", null, List.of(), List.of()));

        assertThat(engine.requests).hasSize(2);
        assertThat(engine.requests.get(1)).containsExactly("Bộ trưởng To Lam tiếp Bộ trưởng Zhao Kezhi");
        assertThat(english.english().title()).isEqualTo("Minister To Lam received Minister Zhao Kezhi");
        assertThat(english.english().summary()).isNull();
    }

    @Test
    void refusesAnAnswerWithTheWrongNumberOfTranslations() {
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        engine.spoil = answers -> answers.subList(0, 1);
        MapMemory memory = new MapMemory();
        assertThatThrownBy(() -> new MachineTranslator(engine, GLOSSARY, memory).translate(ARTICLE))
                .isInstanceOf(TranslationException.class)
                .hasMessage("the engine answered 1 translations for 4 texts");
        assertThat(memory.kept).isEmpty();
    }

    @Test
    void refusesAnAnswerStillInVietnamese() {
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        engine.spoil = answers -> answers.stream().map(a -> "Hai bên thống nhất tăng cường hợp tác phòng, chống tội phạm").toList();
        assertThatThrownBy(() -> new MachineTranslator(engine, GLOSSARY, new MapMemory()).translate(ARTICLE))
                .isInstanceOf(TranslationException.class)
                .hasMessageContaining("an answer in Vietnamese");
    }

    @Test
    void refusesTheTextHandedBackWithoutItsDiacriticsAndAnAnswerInAnotherScript() {
        PhraseBookEngine echo = new PhraseBookEngine(TranslationEngine.GlossaryUse.INSTRUCTIONS, 16);
        echo.spoil = answers -> ARTICLE.all().stream().filter(t -> t != null).distinct()
                .map(VietnameseText::foldKeepingCase).toList();
        assertThatThrownBy(() -> new MachineTranslator(echo, GLOSSARY, new MapMemory()).translate(ARTICLE))
                .hasMessageContaining("repeats the Vietnamese");
        PhraseBookEngine chinese = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        chinese.spoil = answers -> answers.stream().map(a -> "越南公安部部长苏林会见中国公安部部长赵克志。").toList();
        assertThatThrownBy(() -> new MachineTranslator(chinese, GLOSSARY, new MapMemory()).translate(ARTICLE))
                .hasMessageContaining("not English");
    }

    @Test
    void chineseTheArticleItselfQuotesMayStayInTheAnswer() throws TranslationException {
        // a banner photographed at a ceremony, captioned in Chinese in a Vietnamese article
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        MachineEnglish english = new MachineTranslator(engine, GLOSSARY, new MapMemory()).translate(new ArticleTexts(
                ARTICLE.title(), null, List.of("Hai bên ký kết bản ghi nhớ."),
                List.of("中越执法安全合作")));
        assertThat(english.english().captions()).containsExactly("中越执法安全合作");
    }

    @Test
    void vietnameseNamesTheGlossaryDoesNotKnowAreWrittenAsEnglishWritesThem() throws TranslationException {
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        engine.spoil = answers -> answers.stream()
                .map(a -> "Senior Lieutenant Colonel Nguyễn Văn Hải (left) welcomed the delegation.").toList();
        MachineEnglish english = new MachineTranslator(engine, GLOSSARY, new MapMemory()).translate(
                new ArticleTexts("Thượng tá Nguyễn Văn Hải (trái) đón đoàn.", null, List.of(), List.of()));
        assertThat(english.english().title()).isEqualTo("Senior Lieutenant Colonel Nguyen Van Hai (left) welcomed the delegation.");
    }

    @Test
    void refusesAnEmptyAnswer() {
        PhraseBookEngine engine = new PhraseBookEngine(TranslationEngine.GlossaryUse.PLACEHOLDERS, 16);
        engine.spoil = answers -> answers.stream().map(a -> " ").toList();
        assertThatThrownBy(() -> new MachineTranslator(engine, GLOSSARY, new MapMemory()).translate(ARTICLE))
                .hasMessageStartingWith("the engine answered an empty translation for \"Bộ trưởng Tô Lâm tiếp");
    }
}
