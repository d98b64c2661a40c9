package ru.socorder.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description ({@code openapi.json}) and the JAX-RS resources name the same endpoints: every resource
 * class of {@code ru.socorder.api} is found by reflection, each resource method's full path (application path, class
 * path, method path) and HTTP method must be described, and every described operation must exist.
 */
class OpenApiDescriptionTest {
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");
    private static final Pattern CYRILLIC = Pattern.compile("[А-Яа-яЁё]");

    private final JsonObject doc = ApiDescription.document();
    private final String root = "/" + ApiApplication.class.getAnnotation(ApplicationPath.class).value().replaceAll("^/+|/+$", "");

    @Test
    void everyResourceMethodIsDescribedAndEveryDescribedOperationExists() throws Exception {
        Set<String> implemented = implemented();
        Set<String> described = new TreeSet<>();
        ApiDescription.operations(doc).forEach(o -> described.add(o.methodUpper() + " " + root + o.path()));

        Set<String> missing = new TreeSet<>(implemented);
        missing.removeAll(described);
        Set<String> stale = new TreeSet<>(described);
        stale.removeAll(implemented);
        assertTrue(missing.isEmpty() && stale.isEmpty(), "openapi.json and the JAX-RS resources differ.\n"
                + "Not described (add them to web/src/main/resources/ru/socorder/api/openapi.json): " + missing + "\n"
                + "Described but not implemented: " + stale);
        assertTrue(implemented.size() > 50, "the scan found too few endpoints: " + implemented.size());
    }

    @Test
    void theDescriptionIsOpenApi31ServedUnderTheApplicationPath() {
        assertEquals("3.1.0", doc.getString("openapi"));
        assertEquals(root, doc.getJsonArray("servers").getJsonObject(0).getString("url"));
        JsonObject basic = doc.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("basicAuth");
        assertEquals("http", basic.getString("type"));
        assertEquals("basic", basic.getString("scheme"));
        JsonObject problem = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertTrue(problem.getJsonObject("properties").containsKey("errors"), "the problem schema names the fields");
        JsonObject page = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("Page");
        assertEquals(List.of("items", "total", "page", "size"), page.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void everyOperationHasARussianSummaryItsPathParametersAndProblemBodiesForErrors() {
        JsonObject responses = doc.getJsonObject("components").getJsonObject("responses");
        for (ApiDescription.Operation o : ApiDescription.operations(doc)) {
            String name = o.methodUpper() + " " + o.path();
            assertTrue(CYRILLIC.matcher(o.summary()).find(), name + ": summary in Russian");
            Set<String> templated = new TreeSet<>();
            Matcher m = TEMPLATE.matcher(o.path());
            while (m.find()) {
                templated.add(m.group(1));
            }
            Set<String> declared = new TreeSet<>();
            o.parameters().stream().filter(p -> p.in().equals("path")).forEach(p -> {
                declared.add(p.name());
                assertTrue(p.required(), name + ": path parameter " + p.name() + " must be required");
            });
            assertEquals(templated, declared, name + ": path parameters");
            for (String code : o.responses()) {
                if (code.startsWith("4")) {
                    assertTrue(responses.containsKey(problemResponse(code)), name + ": " + code + " is a problem response");
                }
            }
            if (o.requiresLogin()) {
                assertTrue(o.responses().contains("401"), name + ": a secured operation answers 401");
            }
        }
    }

    @Test
    void onlyHealthTheDescriptionAndTheCertificateCheckArePublic() {
        List<String> publicOps = ApiDescription.operations(doc).stream().filter(o -> !o.requiresLogin()).map(ApiDescription.Operation::path)
                .sorted().toList();
        assertEquals(List.of("/health", "/openapi.json", "/public/certificate-check"), publicOps);
    }

    @Test
    void theResourceScanSeesPathsThroughSuperclassesAndClassLevelPaths() throws Exception {
        Set<String> implemented = implemented();
        assertTrue(implemented.contains("GET " + root + "/executors/export"), "inherited resource method of DirectoryFiles");
        assertTrue(implemented.contains("GET " + root + "/executors/{id}"), "the directory's own resource method");
        assertTrue(implemented.contains("POST " + root + "/services/import"), "inherited resource method of DirectoryFiles");
        assertTrue(implemented.contains("GET " + root + "/territories/{id}/history"), "class @Path(\"\") with method paths");
        assertFalse(implemented.stream().anyMatch(e -> e.contains("//")), "no doubled slashes");
    }

    private static String problemResponse(String code) {
        return switch (code) {
            case "400" -> "BadRequest";
            case "401" -> "Unauthorized";
            case "403" -> "Forbidden";
            case "404" -> "NotFound";
            case "409" -> "Conflict";
            case "429" -> "TooManyRequests";
            default -> "unknown " + code;
        };
    }

    /** "GET /api/v1/executors/{id}" for every resource method of every concrete {@code @Path} class of the API package. */
    private Set<String> implemented() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> endpoints = new TreeSet<>();
        for (Class<?> c : apiClasses()) {
            Path classPath = c.getAnnotation(Path.class);
            if (classPath == null || c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                continue;
            }
            for (Method m : c.getMethods()) {
                if (m.isBridge() || m.isSynthetic()) {
                    continue;
                }
                String http = httpMethod(m);
                Path methodPath = m.getAnnotation(Path.class);
                if (http == null) {
                    assertTrue(methodPath == null, c.getName() + "." + m.getName() + " is a sub-resource locator, which the scan does not follow");
                    continue;
                }
                endpoints.add(http + " " + join(root, classPath.value(), methodPath == null ? "" : methodPath.value()));
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    static String join(String... parts) {
        String joined = String.join("/", parts).replaceAll("/+", "/");
        joined = TEMPLATE.matcher(joined).replaceAll("{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        String pkg = ApiApplication.class.getPackageName();
        java.nio.file.Path dir = Paths.get(ApiApplication.class.getResource("ApiApplication.class").toURI()).getParent();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = pkg + "." + dir.relativize(f).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, OpenApiDescriptionTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
