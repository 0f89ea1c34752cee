package vn.ttdt.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class PersistenceUnitTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path PERSISTENCE_XML = Path.of("src", "main", "resources", "META-INF", "persistence.xml");
    private static final List<Class<? extends Annotation>> MANAGED =
            List.of(Entity.class, Embeddable.class, Converter.class, MappedSuperclass.class);

    private static Set<String> listedClasses() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList nodes = factory.newDocumentBuilder().parse(PERSISTENCE_XML.toFile())
                .getElementsByTagNameNS("*", "class");
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent().strip())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> annotatedClasses() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
                    .filter(PersistenceUnitTest::isManaged)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean isManaged(String className) {
        try {
            Class<?> type = Class.forName(className, false, PersistenceUnitTest.class.getClassLoader());
            return MANAGED.stream().anyMatch(type::isAnnotationPresent);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + className, e);
        }
    }

    @Test
    void theTestRunsInTheModuleDirectory() {
        assertTrue(Files.isDirectory(CLASSES), CLASSES.toAbsolutePath() + " missing");
        assertTrue(Files.isRegularFile(PERSISTENCE_XML), PERSISTENCE_XML.toAbsolutePath() + " missing");
    }

    @Test
    void everyEntityEmbeddableAndConverterIsListedInPersistenceXml() throws Exception {
        Set<String> annotated = annotatedClasses();
        assertTrue(annotated.contains("vn.ttdt.portal.organisation.domain.Account"), "scan found " + annotated);

        Set<String> unlisted = new TreeSet<>(annotated);
        unlisted.removeAll(listedClasses());
        assertEquals(Set.of(), unlisted);
    }

    @Test
    void everyListedClassExistsAndIsAManagedType() throws Exception {
        Set<String> listed = listedClasses();
        assertTrue(listed.size() > 0);

        Set<String> unknown = new TreeSet<>(listed);
        unknown.removeAll(annotatedClasses());
        assertEquals(Set.of(), unknown);
    }
}
