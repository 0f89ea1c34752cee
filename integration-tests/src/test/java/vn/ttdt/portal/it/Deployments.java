package vn.ttdt.portal.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR under test is the real build output, deployed as IT would deploy it. */
public final class Deployments {

    private Deployments() {
    }

    /** The portal EAR as built. */
    public static EnterpriseArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "portal.ear")
                .importFrom(new File(System.getProperty("it.ear", "../ear/target/portal.ear")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The one deployment of a test run: the portal EAR with every in-container test class of this package in a small
     * test WAR. An in-container test is an {@code *IT} annotated {@code @ExtendWith(InContainer.class)} itself; the
     * {@link PortalIT} classes run outside.
     */
    public static EnterpriseArchive portalWithInContainerTests() {
        return portalWith(inContainerTests());
    }

    /**
     * The portal EAR plus a small test WAR (context /it) holding in-container test classes and the helpers they share:
     * {@link InContainer}, {@link Await}, {@link Mailboxes}, {@link StaffFixture}.
     */
    public static EnterpriseArchive portalWith(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "test.war")
                .addClasses(testClasses)
                .addClasses(InContainer.class, Await.class, Mailboxes.class, Mailboxes.Mail.class, StaffFixture.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                          <context-root>/it</context-root>
                        </jboss-web>"""), "jboss-web.xml");
        return portal().addAsModule(tests);
    }

    private static Class<?>[] inContainerTests() {
        Path here;
        try {
            here = Path.of(Deployments.class.getResource("Deployments.class").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(here)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith("IT.class"))
                    .map(name -> load(Deployments.class.getPackageName() + "." + name.replace(".class", "")))
                    .filter(Deployments::runsInContainer)
                    .toArray(Class<?>[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runsInContainer(Class<?> test) {
        ExtendWith extensions = test.getDeclaredAnnotation(ExtendWith.class);
        return extensions != null && List.of(extensions.value()).contains(InContainer.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
