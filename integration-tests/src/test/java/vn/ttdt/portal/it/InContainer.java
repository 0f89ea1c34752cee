package vn.ttdt.portal.it;

import java.lang.reflect.Method;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs a test class inside the run's WildFly ({@code @ExtendWith(InContainer.class)}): Arquillian's own extension, each
 * of its calls taken in {@link #TURN}, one thread at a time. Arquillian's event manager is not made for two threads,
 * and the only other caller, {@link DeployedPortal}, takes the same turn; so an in-container class can run beside the
 * HTTP and browser classes (its test methods go to the server one at a time anyway). Inside the server the turn is
 * never contended.
 */
public final class InContainer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        BeforeTestExecutionCallback, InvocationInterceptor, ParameterResolver {

    /** Held by whoever calls into Arquillian. */
    static final Object TURN = new Object();

    private final ArquillianExtension arquillian = new ArquillianExtension();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (TURN) {
            arquillian.beforeAll(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        synchronized (TURN) {
            arquillian.afterAll(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        synchronized (TURN) {
            arquillian.beforeEach(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        synchronized (TURN) {
            arquillian.afterEach(context);
        }
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) throws Exception {
        synchronized (TURN) {
            arquillian.beforeTestExecution(context);
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        inTurn(() -> arquillian.interceptTestMethod(invocation, method, context));
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        inTurn(() -> arquillian.interceptTestTemplateMethod(invocation, method, context));
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        inTurn(() -> arquillian.interceptBeforeEachMethod(invocation, method, context));
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        inTurn(() -> arquillian.interceptAfterEachMethod(invocation, method, context));
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        inTurn(() -> arquillian.interceptBeforeAllMethod(invocation, method, context));
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
            ExtensionContext context) throws Throwable {
        inTurn(() -> arquillian.interceptAfterAllMethod(invocation, method, context));
    }

    private interface Call {
        void run() throws Throwable;
    }

    private static void inTurn(Call call) throws Throwable {
        synchronized (TURN) {
            call.run();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        synchronized (TURN) {
            return arquillian.supportsParameter(parameter, context);
        }
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        synchronized (TURN) {
            return arquillian.resolveParameter(parameter, context);
        }
    }
}
