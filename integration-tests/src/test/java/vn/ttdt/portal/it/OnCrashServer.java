package vn.ttdt.portal.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs on the crash tests' own WildFly ({@link CrashServer}): when a run includes one, that server
 * boots in the background once the run's portal is deployed, and it is stopped once the last such class is done.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OnCrashServer {
}
