package org.casework;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casework.kernel.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's contract ({@code META-INF/openapi.yaml}) names every endpoint the code has and no other, each with a
 * unique operation id, its answers (errors as problem documents) and how a caller authenticates. The integration
 * tests then hold every exchange to it ({@code it/ApiContract}).
 */
class ApiContractTest {

    static OpenAPI contract;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ApiContractTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            assertThat(in).as("META-INF/openapi.yaml").isNotNull();
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), null, null);
            assertThat(parsed.getMessages()).as("the document parses cleanly").isEmpty();
            contract = parsed.getOpenAPI();
        }
    }

    @Test
    void namesEveryEndpointOfTheCodeAndNoOther() {
        Set<String> inCode = new TreeSet<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.casework")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String root = "/" + resource.getAnnotationOfType(Path.class).value().replaceAll("^/|/$", "");
            for (JavaMethod method : resource.getMethods()) {
                String verb = method.isAnnotatedWith(GET.class) ? "GET" : method.isAnnotatedWith(POST.class) ? "POST"
                        : method.isAnnotatedWith(PUT.class) ? "PUT" : method.isAnnotatedWith(DELETE.class) ? "DELETE"
                        : null;
                if (verb != null) {
                    String sub = method.isAnnotatedWith(Path.class)
                            ? "/" + method.getAnnotationOfType(Path.class).value().replaceAll("^/|/$", "") : "";
                    inCode.add(verb + " " + (root + sub).replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}"));
                }
            }
        }
        assertThat(inCode).as("resource methods found").hasSizeGreaterThan(60);
        assertThat(operations().keySet()).containsExactlyInAnyOrderElementsOf(inCode);
    }

    /**
     * JAX-RS picks one root resource by its path alone and never falls back to another: a root at
     * {@code v1/cases/{reference}} would take every {@code v1/cases/X/...} request from {@code v1/cases} and answer
     * them 404. So no root path may be another root's path followed by nothing but a template.
     */
    @Test
    void noRootResourceShadowsAnother() {
        List<String> roots = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.casework")) {
            if (resource.isAnnotatedWith(Path.class)) {
                roots.add(resource.getAnnotationOfType(Path.class).value().replaceAll("^/|/$", ""));
            }
        }
        for (String root : roots) {
            for (String other : roots) {
                assertThat(other.matches(Pattern.quote(root) + "(/\\{[^}]+})+"))
                        .as(other + " would take every request under " + root).isFalse();
            }
        }
    }

    @Test
    void everyOperationHasAUniqueIdItsAnswersAndAWayIn() {
        assertThat(contract.getComponents().getSecuritySchemes()).containsKeys("staffBasic", "trackingCode");
        assertThat(contract.getComponents().getSchemas()).containsKey("Problem");
        List<String> ids = new ArrayList<>();
        operations().forEach((name, operation) -> {
            ids.add(operation.getOperationId());
            assertThat(operation.getOperationId()).as(name).matches("[a-z][A-Za-z0-9]+");
            assertThat(operation.getResponses().keySet()).as(name + ": a success")
                    .anyMatch(status -> status.startsWith("2"));
            assertThat(operation.getResponses().keySet()).as(name + ": the errors every call can meet")
                    .contains("400", "404", "500", "503");
            boolean staff = operation.getSecurity() == null // the document's own: staff Basic
                    || operation.getSecurity().stream().anyMatch(r -> r.containsKey("staffBasic"));
            if (staff) {
                assertThat(operation.getResponses().keySet()).as(name + ": signed in").contains("401", "403");
            }
        });
        assertThat(ids).as("operation ids").doesNotHaveDuplicates();
    }

    /**
     * Every list is answered as an object holding its rows in {@code items} (the kernel's {@code Listing}), never as
     * a bare JSON array: a script reads every list the same way, and an answer can gain a total or a next page
     * without breaking it. Checked in the contract and in the code, so neither can return to bare arrays.
     */
    @Test
    void noAnswerIsABareArray() {
        operations().forEach((name, operation) -> operation.getResponses().forEach((status, answer) -> {
            if (answer.getContent() != null) {
                answer.getContent().forEach((type, media) -> assertThat(media.getSchema() == null ? null
                        : media.getSchema().getType()).as(name + " " + status + " " + type).isNotEqualTo("array"));
            }
        }));
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.casework")) {
            if (resource.isAnnotatedWith(Path.class)) {
                for (JavaMethod method : resource.getMethods()) {
                    assertThat(method.getRawReturnType().isAssignableTo(Collection.class)
                            || method.getRawReturnType().isArray()).as(method.getFullName()).isFalse();
                }
            }
        }
    }

    /**
     * Answers give an enumeration by the key requests use ({@code FACEBOOK}, {@code WARNING}), and its words only
     * beside it in a field named {@code ...Label}: a label where a key belongs cannot be sent back as a filter.
     * (Words with no key, such as the status a complainant is shown, may stand alone.)
     */
    @Test
    void labelsOnlyBesideTheirKeys() {
        Map<String, Schema> schemas = contract.getComponents().getSchemas();
        schemas.forEach((schemaName, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            ((Map<String, Schema>) schema.getProperties()).forEach((field, property) -> {
                String ref = property.get$ref() != null ? property.get$ref()
                        : property.getAllOf() != null && !property.getAllOf().isEmpty()
                        ? ((Schema) property.getAllOf().get(0)).get$ref() : null;
                String key = ref == null || !ref.endsWith("Label") ? null
                        : ref.substring(ref.lastIndexOf('/') + 1, ref.length() - "Label".length());
                if (key != null && schemas.containsKey(key) && schemas.get(key).getEnum() != null) {
                    assertThat(field).as(schemaName + "." + field + " holds words (" + ref + ")")
                            .endsWith("Label");
                }
            });
        });
    }

    /** Every outcome there is, by its key and by its words, as the code has them: none added to one and not the other. */
    @Test
    void theOutcomesAreTheCodesOutcomes() {
        Map<String, Schema> schemas = contract.getComponents().getSchemas();
        assertThat(schemas.get("Outcome").getEnum()).containsExactlyElementsOf(
                Arrays.stream(Outcome.values()).map(Outcome::name).toList());
        assertThat(schemas.get("OutcomeLabel").getEnum()).containsExactlyElementsOf(
                Arrays.stream(Outcome.values()).map(Outcome::label).toList());
    }

    private static Map<String, Operation> operations() {
        return contract.getPaths().entrySet().stream().flatMap(path -> path.getValue().readOperationsMap().entrySet()
                        .stream().map(op -> Map.entry(op.getKey().name() + " " + path.getKey(), op.getValue())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
