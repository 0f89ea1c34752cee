package vn.ttdt.portal.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The back-office API's OpenAPI document against the JAX-RS resources themselves: every resource method's
 * path and HTTP method is in the document, nothing in the document is missing from the code, and each
 * operation's {@code x-roles} are the roles its {@code @RolesAllowed} lets in.
 */
class OpenApiDocumentTest {

    private static final String API_PACKAGE = "vn.ttdt.portal.admin.api";
    private static final Pattern PATH_LINE = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern OPERATION_LINE = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");
    private static final Pattern ROLES_LINE = Pattern.compile("^      x-roles:\\s*\\[(.*)]\\s*$");

    @Test
    void theDocumentIsOpenApi3WithoutTabs() throws IOException {
        String yaml = document();
        assertTrue(yaml.startsWith("openapi: 3.0."), yaml.lines().findFirst().orElse(""));
        assertTrue(yaml.contains("\n  - url: /admin/api/v1\n"), "servers");
        assertFalse(yaml.contains("\t"), "YAML must not contain tabs");
    }

    @Test
    void everyResourceMethodIsInTheDocument() throws Exception {
        Set<String> documented = documentedOperations().keySet();
        List<String> missing = resourceOperations().keySet().stream().filter(op -> !documented.contains(op)).toList();
        assertEquals(List.of(), missing, "resource methods missing from openapi.yaml");
    }

    @Test
    void everyDocumentedOperationIsAResourceMethod() throws Exception {
        Set<String> implemented = resourceOperations().keySet();
        List<String> stale = documentedOperations().keySet().stream().filter(op -> !implemented.contains(op)).toList();
        assertEquals(List.of(), stale, "operations in openapi.yaml that no resource method serves");
    }

    @Test
    void everyOperationStatesTheRolesItsResourceAllows() throws Exception {
        Map<String, Set<String>> documented = documentedOperations();
        List<String> wrong = new ArrayList<>();
        resourceOperations().forEach((operation, roles) -> {
            Set<String> stated = documented.get(operation);
            if (stated != null && !stated.equals(roles)) {
                wrong.add(operation + ": x-roles " + stated + ", @RolesAllowed " + roles);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theParserSeesOperationsAndRoles() throws Exception {
        Map<String, Set<String>> documented = documentedOperations();
        assertEquals(Set.of("it-admin"), documented.get("POST /units"));
        assertNotNull(documented.get("GET /openapi.yaml"));
    }

    private static String document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertNotNull(in, "openapi.yaml beside OpenApiResource");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "METHOD /path" → roles ({@code x-roles}; empty when the operation states none), read line by line. */
    private static Map<String, Set<String>> documentedOperations() throws IOException {
        Map<String, Set<String>> operations = new TreeMap<>();
        boolean inPaths = false;
        String path = null;
        String operation = null;
        for (String line : document().lines().toList()) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                inPaths = line.startsWith("paths:");
                path = null;
                operation = null;
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher m;
            if ((m = PATH_LINE.matcher(line)).matches()) {
                path = m.group(1);
                operation = null;
            } else if (path != null && (m = OPERATION_LINE.matcher(line)).matches()) {
                operation = m.group(1).toUpperCase() + " " + path;
                operations.put(operation, new TreeSet<>());
            } else if (operation != null && (m = ROLES_LINE.matcher(line)).matches()) {
                for (String role : m.group(1).split(",")) {
                    if (!role.isBlank()) {
                        operations.get(operation).add(role.strip().replace("\"", ""));
                    }
                }
            }
        }
        return operations;
    }

    /** "METHOD /path" → the roles of {@code @RolesAllowed} (the method's, else its class's), for every resource method. */
    private static Map<String, Set<String>> resourceOperations() throws Exception {
        Map<String, Set<String>> operations = new TreeMap<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = normalise(base + "/" + (sub == null ? "" : sub.value()));
                RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class) : resource.getAnnotation(RolesAllowed.class);
                operations.put(httpMethod + " " + path,
                        roles == null ? Collections.emptySortedSet() : new TreeSet<>(List.of(roles.value())));
            }
        }
        assertTrue(operations.size() > 10, "resource methods found: " + operations.keySet());
        return operations;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Leading slash, no double or trailing slash, template regexes dropped ({@code {id: \d+}} → {@code {id}}). */
    static String normalise(String path) {
        String plain = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        String rooted = plain.startsWith("/") ? plain : "/" + plain;
        return rooted.length() > 1 && rooted.endsWith("/") ? rooted.substring(0, rooted.length() - 1) : rooted;
    }

    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        ClassLoader loader = OpenApiDocumentTest.class.getClassLoader();
        List<Class<?>> resources = new ArrayList<>();
        var roots = loader.getResources(API_PACKAGE.replace('.', '/'));
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if (!"file".equals(root.getProtocol())) {
                continue;
            }
            java.nio.file.Path dir = Paths.get(root.toURI());
            List<String> names;
            try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                names = files.map(f -> dir.relativize(f).toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$"))
                        .map(n -> API_PACKAGE + "." + n.substring(0, n.length() - 6).replace(java.io.File.separatorChar, '.'))
                        .toList();
            }
            for (String name : names) {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }
}
