package vn.ttdt.portal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

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

    /** The portal EAR plus a small test WAR (context /it) holding in-container test classes. */
    public static EnterpriseArchive portalWith(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "test.war")
                .addClasses(testClasses)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                          <context-root>/it</context-root>
                        </jboss-web>"""), "jboss-web.xml");
        return portal().addAsModule(tests);
    }
}
