package app.haat.core.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code GET /api/docs}, made to be checked against: every answer a client can get is in
 * it. Springdoc derives the paths, parameters, request bodies and success answers from the controllers; this adds
 * the problem details of every error, the files of the exports, and says which fields an answer always carries
 * (Jackson writes every field of our records, nulls too) and which of them may be null.
 */
@Configuration
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_TYPE = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Bean
    OpenAPI haatOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Haat API").version("1").description("""
                        The portal's JSON API. Every call signs in with HTTP Basic (the portal's accounts) and is \
                        scoped as in the UI: an officer sees their municipalities, centre staff the centres, a group \
                        itself. Errors are RFC 9457 problem details (application/problem+json); send \
                        Accept-Language: bn for Bengali where an answer carries names or messages."""))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /**
     * A field of a reference type may be null in an answer (Jackson writes it as null), so its schema allows null;
     * primitives, collections and nested records never are.
     */
    @Bean
    PropertyCustomizer nullableReferences() {
        return (property, type) -> {
            if (property != null && property.get$ref() == null && mayBeNull(type)) {
                allowNull(property);
            }
            return property;
        };
    }

    private static boolean mayBeNull(AnnotatedType type) {
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        return raw == String.class
                || raw == Boolean.class
                || Number.class.isAssignableFrom(raw)
                || Temporal.class.isAssignableFrom(raw)
                || raw.isEnum();
    }

    private static void allowNull(Schema<?> property) {
        Set<String> types = new LinkedHashSet<>(property.getTypes() == null ? Set.of() : property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            return;
        }
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            @SuppressWarnings("unchecked")
            Schema<Object> values = (Schema<Object>) property;
            values.addEnumItemObject(null);
        }
    }

    @Bean
    GlobalOpenApiCustomizer problemsFilesAndRequiredFields() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas() == null
                    ? new LinkedHashMap<>()
                    : openApi.getComponents().getSchemas();
            markAnswerFieldsRequired(openApi, schemas);
            openApi.getComponents().setSchemas(schemas);
            schemas.put(PROBLEM, problemSchema());
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        documentFiles(path, operation);
                        documentProblems(path, method, operation);
                    }));
        };
    }

    /** RFC 9457 as Spring writes it; {@code errors} lists each broken rule of an invalid input. */
    private static Schema<?> problemSchema() {
        Schema<Object> problem = new Schema<>();
        problem.addType("object");
        problem.description("A problem detail (RFC 9457); detail says what to do, in the language asked for.");
        problem.addProperty("type", stringSchema());
        problem.addProperty("title", stringSchema());
        Schema<Object> status = new Schema<>();
        status.addType("integer");
        problem.addProperty("status", status);
        problem.addProperty("detail", stringSchema());
        problem.addProperty("instance", stringSchema());
        Schema<Object> errors = new Schema<>();
        errors.addType("array");
        errors.setItems(stringSchema());
        problem.addProperty("errors", errors);
        problem.setRequired(List.of("title", "status"));
        return problem;
    }

    private static Schema<Object> stringSchema() {
        Schema<Object> string = new Schema<>();
        string.addType("string");
        return string;
    }

    /** The errors every call can meet, each as a problem detail; {@code default} covers the rest (405, 415, 500...). */
    private static void documentProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        boolean byId = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        Map<String, String> errors = new LinkedHashMap<>();
        if (hasInput) {
            errors.put("400", "Invalid input: the detail and errors name each broken rule");
        }
        errors.put("401", "Not signed in, or a wrong user name or password");
        errors.put("403", "The account may not do this (role or scope)");
        if (byId) {
            errors.put("404", "No such record");
        }
        if (method != PathItem.HttpMethod.GET) {
            errors.put("409", "Conflicts with the data as it is now (a duplicate, a changed version, a wrong step)");
        } else if (path.endsWith("/export") || path.endsWith(".pdf")) {
            errors.put("409", "No file now: too many downloads at once, or nothing to print (e.g. no UPI ID yet)");
        }
        errors.put("default", "Any other error, as a problem detail");
        errors.forEach((code, description) -> {
            if (!responses.containsKey(code)) {
                responses.addApiResponse(
                        code,
                        new ApiResponse()
                                .description(description)
                                .content(new Content()
                                        .addMediaType(
                                                PROBLEM_TYPE, new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
            }
        });
        operation.setResponses(responses);
    }

    /** Exports answer a CSV or XLSX file, the dashboard a PDF: streamed by the controller, so springdoc sees none. */
    private static void documentFiles(String path, Operation operation) {
        ApiResponse ok = operation.getResponses() == null
                ? null
                : operation.getResponses().get("200");
        if (ok == null) {
            return;
        }
        Content files = new Content();
        if (path.endsWith("/export")) {
            files.addMediaType("text/csv", new MediaType().schema(binary()));
            files.addMediaType(XLSX, new MediaType().schema(binary()));
        } else if (path.endsWith(".pdf")) {
            files.addMediaType("application/pdf", new MediaType().schema(binary()));
        } else {
            return;
        }
        ok.description("The file, as an attachment").content(files);
    }

    private static Schema<Object> binary() {
        Schema<Object> binary = stringSchema();
        binary.setContentMediaType("application/octet-stream");
        return binary;
    }

    /**
     * Answers carry every field of their records, nulls included: the schemas met only in answers list all their
     * properties as required, so a client (and the tests) can count on them. Schemas also met in request bodies stay
     * as they are, since a request may leave fields out.
     */
    private static void markAnswerFieldsRequired(OpenAPI openApi, Map<String, Schema> schemas) {
        List<Schema<?>> answers = new ArrayList<>();
        List<Schema<?>> requests = new ArrayList<>();
        openApi.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getResponses() != null) {
                        operation.getResponses().values().forEach(r -> collect(r.getContent(), answers));
                    }
                    if (operation.getRequestBody() != null) {
                        collect(operation.getRequestBody().getContent(), requests);
                    }
                }));
        Set<String> inAnswers = referenced(answers, schemas);
        inAnswers.removeAll(referenced(requests, schemas));
        for (String name : inAnswers) {
            Schema<?> schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static void collect(Content content, Collection<Schema<?>> into) {
        if (content != null) {
            content.values().stream()
                    .map(MediaType::getSchema)
                    .filter(Objects::nonNull)
                    .forEach(into::add);
        }
    }

    /** The names of the component schemas these schemas reach, through references, properties and items. */
    private static Set<String> referenced(List<Schema<?>> roots, Map<String, Schema> schemas) {
        Set<String> names = new LinkedHashSet<>();
        Deque<Schema<?>> open = new ArrayDeque<>(roots);
        while (!open.isEmpty()) {
            Schema<?> schema = open.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (names.add(name) && schemas.get(name) != null) {
                    open.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(open::push);
            }
            if (schema.getItems() != null) {
                open.push(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                open.push(values);
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(Objects::nonNull)
                    .forEach(parts -> parts.forEach(open::push));
        }
        return names;
    }
}
