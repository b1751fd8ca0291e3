package org.songsong.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reader's layering, checked on its compiled main code. */
class ArchitectureTest {

    private static final JavaClasses READER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.songsong.web");

    @Test
    void theReaderNeverUsesTheWriteSide() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.songsong.core.writeside..",
                "org.songsong.importer..").check(READER);
    }

    @Test
    void onlyTheCatalogTouchesEntities() {
        noClasses().that().resideOutsideOfPackage("org.songsong.web.catalog..")
                .should().dependOnClassesThat().resideInAPackage("org.songsong.core.domain..")
                .because("pages, the API and templates read records the catalog copies out of its transaction")
                .check(READER);
    }

    @Test
    void theCatalogKnowsNothingOfHttpOrPages() {
        noClasses().that().resideInAPackage("org.songsong.web.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.songsong.web.page..", "org.songsong.web.api..",
                        "org.songsong.web.http..", "org.songsong.web.error..", "jakarta.ws.rs..", "io.vertx..")
                .check(READER);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("org.songsong.web.(*)..").should().beFreeOfCycles().check(READER);
    }
}
