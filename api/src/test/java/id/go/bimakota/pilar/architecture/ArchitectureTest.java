package id.go.bimakota.pilar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/**
 * The shape of the house (issue 18): feature packages never form a cycle, the cross-cutting pieces
 * under {@code common/} know no feature, and resources only map HTTP: what changes an entity lives in
 * the domain, not in a resource.
 */
@AnalyzeClasses(packages = "id.go.bimakota.pilar", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages that hold a part of the domain (top-level packages but the shared pieces). */
    static final String[] FEATURES = {"..pilar.account..", "..pilar.area..", "..pilar.audit..", "..pilar.backup..",
        "..pilar.demo..", "..pilar.notice..", "..pilar.person..", "..pilar.pillar..", "..pilar.ppkscase.."};

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("id.go.bimakota.pilar.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonPackagesHaveNoCycles = slices().matching("id.go.bimakota.pilar.common.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses().that().resideInAPackage("..pilar.common..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule securityKnowsNoFeature = noClasses().that().resideInAPackage("..pilar.security..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule resourcesDoNotWriteEntityFields = noClasses().that().haveSimpleNameEndingWith("Resource")
            .should().setFieldWhere(new DescribedPredicate<JavaFieldAccess>("the field of an @Entity") {
                @Override
                public boolean test(JavaFieldAccess access) {
                    return access.getTargetOwner().isAnnotatedWith(Entity.class);
                }
            });
}
