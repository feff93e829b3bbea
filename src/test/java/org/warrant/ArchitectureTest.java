package org.warrant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The rules of docs/decisions/0016-feature-modules.md. Each feature is a direct subpackage of {@code org.warrant}
 * (a Spring Modulith application module): features form no cycle, and use each other only through their root
 * packages, never another's {@code ui} or other subpackages. Views never touch storage: they ask services.
 * The second half proves the checks can fail, on fixtures under {@code org.warrant.testing.architecture}.
 */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(WarrantApplication.class);
    private static final ImportOption EVERYTHING = location -> true; // the fixtures are test classes

    @Test
    void features_form_no_cycle_and_use_each_other_only_through_their_root_packages() {
        MODULES.verify();
    }

    @Test
    void views_never_touch_a_repository_a_store_or_the_database() {
        viewsAskServices().check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.warrant"));
    }

    @Test
    void the_module_documentation_in_docs_is_current() throws Exception {
        Path written = Path.of("target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        // The Documenter lists modules and dependencies in no fixed order: the lines are compared as sets.
        assertThat(lines(Path.of("docs/modules/components.puml")))
                .as("docs/modules/ is written by this test; copy target/spring-modulith-docs/*.puml there")
                .isEqualTo(lines(written.resolve("components.puml")));
    }

    private static Set<String> lines(Path file) throws IOException {
        return new TreeSet<>(Files.readAllLines(file));
    }

    @Test
    void a_cycle_between_two_features_fails_the_check() {
        Violations found = ApplicationModules.of("org.warrant.testing.architecture.cycle", EVERYTHING).detectViolations();
        assertThat(found.getMessages()).anyMatch(m -> m.contains("Cycle detected"));
    }

    @Test
    void a_feature_opening_another_features_view_fails_the_check() {
        Violations found = ApplicationModules.of("org.warrant.testing.architecture.reach", EVERYTHING).detectViolations();
        assertThat(found.getMessages()).anyMatch(m -> m.contains("non-exposed type") && m.contains("HiddenView"));
    }

    @Test
    void a_view_reading_its_store_fails_the_check() {
        JavaClasses fixture = new ClassFileImporter().withImportOption(EVERYTHING)
                .importPackages("org.warrant.testing.architecture.view");
        assertThatThrownBy(() -> viewsAskServices().check(fixture)).hasMessageContaining("NoteView").hasMessageContaining("NoteStore");
    }

    /** Views (Vaadin components, and anything in a {@code ui} package) reach data only through services. */
    static ArchRule viewsAskServices() {
        return noClasses().that().areAssignableTo(Component.class).or().resideInAPackage("..ui..")
                .should().dependOnClassesThat(storage())
                .because("views ask services, which check who may read or change what (docs/decisions/0016)");
    }

    private static DescribedPredicate<JavaClass> storage() {
        return DescribedPredicate.describe("are repositories, stores or JDBC", c -> c.isAssignableTo(Repository.class)
                || c.getSimpleName().endsWith("Store") || c.getSimpleName().endsWith("Repository")
                || c.getPackageName().startsWith("org.springframework.jdbc") || c.getPackageName().startsWith("javax.sql"));
    }
}
