package vn.ttdt.portal.site.api;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpenApiResourceTest {

    @Test
    void theDocumentIsOnTheClasspathAndDescribesEveryPath() throws Exception {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertNotNull(in);
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(yaml.startsWith("openapi: 3.0."), yaml);
            assertTrue(yaml.contains("title: Cổng/Trang TTĐT – API công khai"));
            for (String path : new String[] {"/categories:", "/items:", "/items/{slug}:", "/legal-documents:", "/legal-documents/{slug}:", "/procedures:", "/procedures/{code}:", "/questions:", "/questions/{code}:", "/ratings:", "/visits:", "/visits/counter:", "/notices:", "/openapi.yaml:"}) {
                assertTrue(yaml.contains("\n  " + path + "\n"), path);
            }
            assertTrue(!yaml.contains("\t"), "YAML must not contain tabs");
        }
    }
}
