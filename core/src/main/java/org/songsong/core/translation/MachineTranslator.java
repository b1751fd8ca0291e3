package org.songsong.core.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.songsong.core.text.VietnameseText;

/**
 * Translates an article through an engine: each distinct text once, texts the memory holds not at all,
 * the rest in as few requests as the engine takes; glossary terms protected the way the engine allows;
 * every answer checked before it is kept. An article is translated whole or not at all.
 */
public final class MachineTranslator {

    private final TranslationEngine engine;
    private final Glossary glossary;
    private final TranslationMemory memory;

    public MachineTranslator(TranslationEngine engine, Glossary glossary, TranslationMemory memory) {
        this.engine = engine;
        this.glossary = glossary;
        this.memory = memory;
    }

    /**
     * A translator that only recalls: the English an engine gave these texts before, from the memory, and a
     * failure for a text it never translated. It keeps an article's machine English when the article is
     * extracted again, with no engine running.
     */
    public static MachineTranslator recalling(String engine, String model, Glossary glossary, TranslationMemory memory) {
        return new MachineTranslator(new RecallingEngine(engine, model), glossary, memory);
    }

    private record RecallingEngine(String name, String model) implements TranslationEngine {
        @Override
        public GlossaryUse glossaryUse() {
            return GlossaryUse.INSTRUCTIONS;
        }

        @Override
        public int textsPerRequest() {
            return Integer.MAX_VALUE;
        }

        @Override
        public int charactersPerRequest() {
            return Integer.MAX_VALUE;
        }

        @Override
        public List<String> translate(List<String> texts, List<Glossary.Term> terms) throws TranslationException {
            throw new TranslationException(texts.size() + " of its texts changed since " + name
                    + " translated it", false);
        }
    }

    /**
     * What translating the article would ask of the engine: its texts, and their characters, that the memory
     * lacks; and the texts the memory holds.
     */
    public record Plan(int texts, int characters, int recalled) {
    }

    public Plan plan(ArticleTexts vietnamese) {
        Map<String, String> byHash = distinctByHash(vietnamese);
        Map<String, String> known = memory.recall(engine.name(), engine.model(), byHash.keySet());
        int texts = 0;
        int characters = 0;
        for (Map.Entry<String, String> text : byHash.entrySet()) {
            if (!known.containsKey(text.getKey())) {
                texts++;
                characters += text.getValue().length();
            }
        }
        return new Plan(texts, characters, byHash.size() - texts);
    }

    public MachineEnglish translate(ArticleTexts vietnamese) throws TranslationException {
        Map<String, String> byHash = distinctByHash(vietnamese);
        Map<String, String> english = new LinkedHashMap<>(memory.recall(engine.name(), engine.model(), byHash.keySet()));
        int recalled = english.size();
        List<String> missing = byHash.keySet().stream().filter(hash -> !english.containsKey(hash)).toList();
        int sent = 0;
        for (List<String> request : requests(missing, byHash)) {
            Map<String, String> answered = ask(request, byHash);
            memory.remember(engine.name(), engine.model(), answered);
            english.putAll(answered);
            sent += request.size();
        }
        List<String> all = new ArrayList<>();
        for (String text : vietnamese.all()) {
            all.add(isBlank(text) ? text : english.get(sha256(text)));
        }
        return new MachineEnglish(vietnamese.like(all), engine.name(), engine.model(), sent, recalled);
    }

    /** The hashes of one request's texts, within the engine's limits, in the article's order. */
    private List<List<String>> requests(List<String> hashes, Map<String, String> byHash) {
        List<List<String>> requests = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int characters = 0;
        for (String hash : hashes) {
            int length = byHash.get(hash).length();
            if (!current.isEmpty() && (current.size() >= engine.textsPerRequest()
                    || characters + length > engine.charactersPerRequest())) {
                requests.add(current);
                current = new ArrayList<>();
                characters = 0;
            }
            current.add(hash);
            characters += length;
        }
        if (!current.isEmpty()) {
            requests.add(current);
        }
        return requests;
    }

    /** One request's English by source hash, every answer checked. */
    private Map<String, String> ask(List<String> hashes, Map<String, String> byHash) throws TranslationException {
        List<String> sources = hashes.stream().map(byHash::get).toList();
        boolean masking = engine.glossaryUse() == TranslationEngine.GlossaryUse.PLACEHOLDERS;
        List<Placeholders.Masked> masked = masking
                ? sources.stream().map(text -> Placeholders.mask(text, glossary.find(text))).toList() : List.of();
        List<String> answers = engine.translate(masking ? masked.stream().map(Placeholders.Masked::text).toList() : sources,
                masking ? List.of() : glossary.termsOf(sources));
        if (answers == null || answers.size() != sources.size()) {
            throw new TranslationException("the engine answered " + (answers == null ? 0 : answers.size())
                    + " translations for " + sources.size() + " texts", false);
        }
        Map<String, String> english = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            String answer = answers.get(i);
            if (masking && answer != null) {
                Optional<String> restored = masked.get(i).restore(answer);
                answer = restored.isPresent() ? restored.get() : withTermsInEnglish(sources.get(i));
            } else if (answer != null && !namesKept(sources.get(i), answer)) {
                // told the names, the engine rendered one otherwise ("Million Carved Will" for Zhao Kezhi)
                answer = withTermsInEnglish(sources.get(i));
            }
            answer = glossary.enforce(answer == null ? null : answer.strip());
            String problem = EnglishCheck.problem(sources.get(i), answer);
            if (problem != null) {
                throw new TranslationException("the engine answered " + problem + " for \""
                        + abbreviate(sources.get(i)) + "\"", false);
            }
            // a Vietnamese name the glossary does not know is written as English writes it: "Nguyen Van Hai"
            english.put(hashes.get(i), VietnameseText.foldKeepingCase(answer));
        }
        return english;
    }

    /** True when every person the text names is in the answer under the glossary's English name (or still in Vietnamese, which is repaired). */
    private boolean namesKept(String source, String answer) {
        String folded = VietnameseText.fold(answer);
        for (Glossary.Found found : glossary.find(source)) {
            if (found.term().kind() == Glossary.Kind.NAME && !folded.contains(VietnameseText.fold(found.term().english()))
                    && !folded.contains(VietnameseText.fold(found.term().vietnamese()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The translation of a text whose names the engine lost (tokens dropped, or instructions not followed),
     * asked again with its terms already in English: the names come out right, if less surely.
     */
    private String withTermsInEnglish(String source) throws TranslationException {
        List<String> again = engine.translate(List.of(glossary.substitute(source)), List.of());
        if (again == null || again.size() != 1) {
            throw new TranslationException("the engine answered " + (again == null ? 0 : again.size())
                    + " translations for 1 text", false);
        }
        return again.get(0);
    }

    private static Map<String, String> distinctByHash(ArticleTexts vietnamese) {
        Map<String, String> byHash = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String text : vietnamese.all()) {
            if (!isBlank(text) && seen.add(text)) {
                byHash.put(sha256(text), text);
            }
        }
        return byHash;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
