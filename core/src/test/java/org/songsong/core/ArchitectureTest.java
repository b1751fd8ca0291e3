package org.songsong.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** What the shared core may know, checked on its compiled main code. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.songsong.core");

    @Test
    void theCoreHasNoHttpAndNoCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..", "io.quarkus.vertx..",
                "picocli..", "io.quarkus.picocli..", "org.songsong.web..", "org.songsong.importer..").check(CORE);
    }

    @Test
    void textProcessingIsPlainJava() {
        noClasses().that().resideInAnyPackage("org.songsong.core.parse..", "org.songsong.core.extract..",
                "org.songsong.core.text..", "org.songsong.core.knowledge..", "org.songsong.core.english..",
                "org.songsong.core.translation..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "io.quarkus..", "jakarta.enterprise..", "jakarta.inject..", "java.sql..", "org.songsong.core.domain..",
                        "org.songsong.core.writeside..")
                .because("parsing, normalisation, matching and the glossary are unit-tested without a database or a container")
                .check(CORE);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("org.songsong.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
