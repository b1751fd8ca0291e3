package org.songsong.core.translation;

/**
 * An article's English from an engine: its texts and where they came from. {@code sent} counts the texts
 * the engine was asked for, {@code recalled} those the translation memory already held.
 */
public record MachineEnglish(ArticleTexts english, String engine, String model, int sent, int recalled) {
}
