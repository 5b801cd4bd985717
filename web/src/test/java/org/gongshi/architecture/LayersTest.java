package org.gongshi.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of the whole application, checked on the compiled classes of every module (the web
 * module's tests see the ejb and tenants classes): the web layer never reaches the database, the
 * business layer never knows the web, the tenancy kernel knows neither, and capabilities form no
 * cycles.
 */
class LayersTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importEverything() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gongshi");
    }

    @Test
    void the_web_layer_never_touches_an_entity_manager() {
        noClasses().that().resideInAPackage("org.gongshi.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..")
                .check(classes);
    }

    @Test
    void the_business_layer_does_not_depend_on_the_web_layer() {
        noClasses().that().resideOutsideOfPackage("org.gongshi.web..")
                .should().dependOnClassesThat().resideInAPackage("org.gongshi.web..")
                .check(classes);
    }

    @Test
    void the_tenancy_kernel_depends_on_no_capability() {
        noClasses().that().resideInAPackage("org.gongshi.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gongshi.notice..", "org.gongshi.access..",
                        "org.gongshi.audit..", "org.gongshi.shared..", "org.gongshi.web..")
                .check(classes);
    }

    @Test
    void only_the_access_capability_opens_entity_managers_and_nobody_runs_native_sql() {
        noClasses().that().resideOutsideOfPackage("org.gongshi.access..")
                .should().callMethod(jakarta.persistence.EntityManagerFactory.class, "createEntityManager")
                .orShould().callMethod(jakarta.persistence.EntityManagerFactory.class, "createEntityManager", java.util.Map.class)
                .check(classes);
        noClasses().should().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class, Class.class)
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class, String.class)
                .check(classes);
    }

    @Test
    void capabilities_form_no_cycles() {
        slices().matching("org.gongshi.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.gongshi.web.(*)..").should().beFreeOfCycles().check(classes);
    }
}
