package org.songsong.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The importer and the reader share the core and nothing else; the importer speaks HTTP only to translation engines. */
class ArchitectureTest {

    private static final JavaClasses IMPORTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.songsong.importer");

    @Test
    void theImporterNeverUsesTheReader() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.songsong.web..").check(IMPORTER);
    }

    @Test
    void onlyTheTranslationEnginesSpeakHttp() {
        noClasses().that().resideOutsideOfPackage("org.songsong.importer.translation..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkus.rest.client..")
                .check(IMPORTER);
    }
}
