package org.casework;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of {@code docs/architecture.md}, kept by tests: features depend one way, in the order of
 * {@link #FEATURES} (a feature may use those before it, never those after it), with the kernel first; entities and
 * controls never reach up into boundaries; every kind of edge lives in its own package; a Camunda delegate is an
 * adapter of its own feature.
 */
@AnalyzeClasses(packages = "org.casework", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Lowest first. Written down in docs/architecture.md, "Features depend one way". */
    static final List<String> FEATURES = List.of("kernel", "audit", "platform", "security", "register", "policy",
            "workflow", "cases", "evidence", "letters", "portal", "intake", "statistics", "retention", "workspace", "demo");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("org.casework.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresDependOneWay = classes().that().resideInAPackage("org.casework.*..")
            .should(dependOnlyOnEarlierFeatures());

    @ArchTest
    static final ArchRule kernelDependsOnNoFeature = noClasses().that().resideInAPackage("org.casework.kernel..")
            .should().dependOnClassesThat(resideInAPackage("org.casework..")
                    .and(not(resideInAPackage("org.casework.kernel.."))));

    @ArchTest
    static final ArchRule entitiesDependOnNoBoundary = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule entitiesDependOnNoControl = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAPackage("..control..");

    @ArchTest
    static final ArchRule controlNeverOnBoundary = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule resourcesInRest = classes().that().areAnnotatedWith(Path.class)
            .should().resideInAPackage("..boundary.rest..");

    @ArchTest
    static final ArchRule pageBeansInWeb = classes().that().areAnnotatedWith(ViewScoped.class)
            .or().areAnnotatedWith(RequestScoped.class).or().areAnnotatedWith(SessionScoped.class)
            .and().areAnnotatedWith(Named.class)
            .should().resideInAPackage("..boundary.web..");

    @ArchTest
    static final ArchRule servletsAndFiltersInWeb = classes().that().areAnnotatedWith(WebServlet.class)
            .or().areAnnotatedWith(WebFilter.class)
            .and().resideOutsideOfPackage("org.casework.platform..")
            .should().resideInAPackage("..boundary.web..");

    @ArchTest
    static final ArchRule delegatesAreStepsOfTheirFeature = classes().that().implement(JavaDelegate.class)
            .should().resideInAPackage("..boundary.steps..").andShould(callOnlyTheirOwnFeature());

    @ArchTest
    static final ArchRule stepsAreDelegates = classes().that().resideInAPackage("..boundary.steps..")
            .and().areTopLevelClasses().should().implement(JavaDelegate.class);

    /**
     * The engine stays behind {@code workflow} (a later move to Operaton stays small): elsewhere only the delegates
     * (steps) use Camunda's API, and the use cases that complete a step hold the engine's {@code Task} it found.
     */
    @ArchTest
    static final ArchRule camundaStaysBehindWorkflow = noClasses().that().resideOutsideOfPackage("org.casework.workflow..")
            .and().resideOutsideOfPackage("..boundary.steps..")
            .should().dependOnClassesThat(resideInAPackage("org.camunda..")
                    .and(not(JavaClass.Predicates.equivalentTo(Task.class)))
                    .and(not(JavaClass.Predicates.equivalentTo(Incident.class)))
                    .and(not(JavaClass.Predicates.equivalentTo(OptimisticLockingException.class))));

    static Optional<String> featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.casework.")) {
            return Optional.empty();
        }
        String rest = name.substring("org.casework.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** Every feature named in FEATURES, and a dependency only on a feature listed before its own. */
    static ArchCondition<JavaClass> dependOnlyOnEarlierFeatures() {
        return new ArchCondition<>("depend only on features earlier in " + FEATURES) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String own = featureOf(type).orElseThrow();
                if (!FEATURES.contains(own)) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is in feature '" + own
                            + "', which docs/architecture.md and ArchitectureTest.FEATURES do not place"));
                    return;
                }
                for (Dependency d : type.getDirectDependenciesFromSelf()) {
                    featureOf(d.getTargetClass()).filter(target -> !target.equals(own)).ifPresent(target -> {
                        if (FEATURES.indexOf(target) < 0 || FEATURES.indexOf(target) > FEATURES.indexOf(own)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription() + ": '" + own
                                    + "' may not depend on '" + target + "', which comes after it"));
                        }
                    });
                }
            }
        };
    }

    /**
     * A delegate reads the case's reference and calls one boundary method of its own feature: besides that feature
     * it may use only the kernel and the workflow's variable names.
     */
    static ArchCondition<JavaClass> callOnlyTheirOwnFeature() {
        return new ArchCondition<>("call only their own feature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String own = featureOf(type).orElseThrow();
                for (Dependency d : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    featureOf(target).filter(f -> !f.equals(own) && !f.equals("kernel")
                                    && !target.getName().equals("org.casework.workflow.control.WorkflowVariables"))
                            .ifPresent(f -> events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                    + ": a delegate calls its own feature only")));
                }
            }
        };
    }
}
