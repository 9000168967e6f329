package app.haat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

/** The code shape described in docs/ARCHITECTURE.md, enforced. */
@AnalyzeClasses(
        packages = "app.haat",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotGenerated.class})
class ArchitectureTest {

    /** Our code only: not the bean definitions and proxies Spring AOT writes into target/classes at package time. */
    static final class NotGenerated implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("__") && !location.contains("$$SpringCGLIB$$");
        }
    }

    private static final Set<String> COLUMN_ENUMS =
            ColumnEnums.byColumn().values().stream().map(Class::getName).collect(Collectors.toSet());
    private static final DescribedPredicate<JavaClass> COLUMN_ENUM = DescribedPredicate.describe(
            "an enum jOOQ maps a column to",
            c -> COLUMN_ENUMS.contains(c.getBaseComponentType().getName()));

    /** Only services and data-access classes talk to the database. */
    @ArchTest
    static final ArchRule onlyServicesAndRepositoriesUseJooq = noClasses()
            .that()
            .resideOutsideOfPackage("app.haat.db..")
            .and()
            .haveSimpleNameNotEndingWith("Repository")
            .and()
            .haveSimpleNameNotEndingWith("Service")
            .and()
            .resideOutsideOfPackage("app.haat.core.config..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.jooq.DSLContext")
            .because("views stay thin: they call a service, and only services and repositories touch jOOQ");

    /** Views (Vaadin components) never reach below the service layer. */
    @ArchTest
    static final ArchRule viewsDoNotUseRepositoriesOrJooq = noClasses()
            .that()
            .areAssignableTo(com.vaadin.flow.component.Component.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "app.haat.db..")
            .orShould()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository");

    /** Repositories are private to their feature: other features go through its service. */
    @ArchTest
    static final ArchRule repositoriesArePackagePrivate =
            classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic();

    /** The allocation engine is plain Java: no Spring, Vaadin or jOOQ. */
    @ArchTest
    static final ArchRule allocationEngineIsPlainJava = noClasses()
            .that()
            .resideInAPackage("app.haat.allocation.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.vaadin..", "org.jooq..")
            .allowEmptyShould(true);

    private static final String APP = "app.haat.";

    /**
     * A feature is any top-level package under app.haat but the core and the generated jOOQ classes (db), so a new
     * feature is covered by the rules below without editing them.
     */
    static final DescribedPredicate<JavaClass> IN_A_FEATURE = DescribedPredicate.describe(
            "a feature (a package under app.haat but core and db)",
            type -> topLevel(type) != null
                    && !topLevel(type).equals("core")
                    && !topLevel(type).equals("db"));

    /** The package right under app.haat a class is in, or null for a class outside (or right in) app.haat. */
    private static String topLevel(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith(APP) ? name.substring(APP.length()).split("\\.", 2)[0] : null;
    }

    /** The small core (security, i18n, API plumbing) knows no feature. */
    @ArchTest
    static final ArchRule coreKnowsNoFeature =
            noClasses().that().resideInAPackage("app.haat.core..").should().dependOnClassesThat(IN_A_FEATURE);

    /** The rule above sees at least the seventeen features of docs/ARCHITECTURE.md: it cannot pass by seeing none. */
    @ArchTest
    static void everyFeatureOfTheMapIsAFeature(JavaClasses classes) {
        Set<String> features = classes.stream()
                .filter(IN_A_FEATURE::test)
                .map(ArchitectureTest::topLevel)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(features)
                .doesNotContain("core", "db")
                .contains(
                        "region",
                        "user",
                        "audit",
                        "operations",
                        "group",
                        "venue",
                        "exhibition",
                        "allocation",
                        "search",
                        "centre",
                        "desk",
                        "catalogue",
                        "listing",
                        "sales",
                        "dashboard",
                        "mail",
                        "sms",
                        "otp",
                        "shell",
                        "demo");
    }

    /** Demo data is loaded by the demo feature; nothing in production code calls into it. */
    @ArchTest
    static final ArchRule nothingDependsOnDemo = noClasses()
            .that()
            .resideOutsideOfPackage("app.haat.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("app.haat.demo..");

    /**
     * Demo-only operations (such as moving data back in time for the demo's history) live in the demo feature, not in
     * a production service: no method named for the demo anywhere else.
     */
    @ArchTest
    static final ArchRule demoOnlyCodeIsInDemo = noMethods()
            .that()
            .haveNameMatching(".*[Dd]emo.*")
            .should()
            .beDeclaredInClassesThat()
            .resideOutsideOfPackage("app.haat.demo..")
            .allowEmptyShould(true);

    /**
     * Features depend on each other in one direction only. A column's enum (GroupStatus, ApplicationStatus…) is part
     * of the schema every feature already reads through the generated tables (search reads the groups' status), so
     * naming it is no dependency on its feature; it can close no cycle, being a leaf (next rule).
     */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("app.haat.(*)..")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), COLUMN_ENUM);

    /** The enums jOOQ maps columns to depend on nothing of the portal. */
    @ArchTest
    static final ArchRule columnEnumsAreLeaves = noClasses()
            .that(COLUMN_ENUM)
            .should()
            .dependOnClassesThat(
                    JavaClass.Predicates.resideInAPackage("app.haat..").and(DescribedPredicate.not(COLUMN_ENUM)));

    /**
     * The production jar's bean definitions are computed at build time (Spring AOT, see HaatApplication), which
     * freezes conditions on properties and profiles: decide at start-up instead (as SmtpSetup and DemoData do).
     */
    @ArchTest
    static final ArchRule noBuildTimeConditions = noClasses()
            .should()
            .beAnnotatedWith(ConditionalOnProperty.class)
            .orShould()
            .beAnnotatedWith(ConditionalOnExpression.class)
            .orShould()
            .beAnnotatedWith(Profile.class);

    @ArchTest
    static final ArchRule noBuildTimeConditionsOnBeanMethods = noMethods()
            .should()
            .beAnnotatedWith(ConditionalOnProperty.class)
            .orShould()
            .beAnnotatedWith(ConditionalOnExpression.class)
            .orShould()
            .beAnnotatedWith(Profile.class)
            .allowEmptyShould(true);
}
