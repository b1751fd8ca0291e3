package org.songsong.importer.translation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.songsong.core.translation.MachineEnglish;
import org.songsong.core.translation.MachineTranslator;
import org.songsong.core.translation.TranslationException;
import org.songsong.core.writeside.MachineEnglishStore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Machine English outlives an article's extraction: an article written again (its file edited, or the
 * parser or knowledge base improved) gets a generated digest, and then, with no engine running, the
 * English the engine gave its texts before, from the translation memory. Only an article whose texts
 * changed keeps the digest until {@code translate} runs.
 */
@ApplicationScoped
public class KeptMachineEnglish {

    /** What keeping did: articles given their machine English back, and those whose text changed. */
    public record Kept(int kept, int changed) {

        public String describe() {
            return "Kept the machine English of " + kept + " article(s) written again, from the translation memory"
                    + (changed == 0 ? "." : "; " + changed + " whose text changed have a generated digest until "
                            + "translate runs.");
        }
    }

    @Inject
    MachineEnglishStore store;

    @Inject
    TranslationEngines engines;

    /** Before an import: which of its files' articles have machine English, and from where. */
    public Map<String, MachineEnglishStore.MachineSource> before(Collection<String> sourceFiles) {
        return store.machineSources(sourceFiles);
    }

    /** After it: those of them now with a generated digest get their machine English back where the memory has it all. */
    public Kept restore(Map<String, MachineEnglishStore.MachineSource> before) {
        int kept = 0;
        int changed = 0;
        if (before.isEmpty()) {
            return new Kept(0, 0);
        }
        List<Long> rewritten = store.untranslated(before.keySet(), Integer.MAX_VALUE);
        for (long id : rewritten) {
            Optional<MachineEnglishStore.Untranslated> article = store.read(id);
            if (article.isEmpty()) {
                continue;
            }
            MachineEnglishStore.MachineSource source = before.get(article.get().sourceFile());
            try {
                MachineEnglish english = MachineTranslator.recalling(source.engine(), source.model(), engines.glossary(),
                        store).translate(article.get().vietnamese());
                if (store.store(article.get(), english, Instant.now())) {
                    kept++;
                }
            } catch (TranslationException e) {
                changed++;
            }
        }
        return new Kept(kept, changed);
    }
}
