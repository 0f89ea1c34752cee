package vn.ttdt.portal.site;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls {@code #{item.title()}} and {@code #{pages.date(d)}} through a method looked up once per
 * class, name and number of arguments. The standard bean resolver copies the class's whole method
 * table for every call, which made a quarter of an item page's rendering time. Only names with a
 * single public method of that arity, declared by a public class, are taken; anything else is left
 * to the next resolver.
 */
public class AccessorELResolver extends ELResolver {

    private record Signature(Class<?> type, String name, int arity) {
    }

    private final Map<Signature, Optional<Method>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Optional<Method> found = methods.computeIfAbsent(new Signature(base.getClass(), name, arguments.length),
                AccessorELResolver::lookUp);
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] coerced = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            coerced[i] = context.convertToType(arguments[i], types[i]);
        }
        try {
            Object result = target.invoke(base, coerced);
            context.setPropertyResolved(base, method);
            return result;
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    private static Optional<Method> lookUp(Signature signature) {
        Method[] candidates = Arrays.stream(signature.type().getMethods())
                .filter(m -> m.getName().equals(signature.name()) && m.getParameterCount() == signature.arity())
                .filter(m -> !m.isBridge() && !Modifier.isStatic(m.getModifiers()))
                .toArray(Method[]::new);
        if (candidates.length != 1) {
            return Optional.empty();
        }
        Method method = candidates[0];
        return Modifier.isPublic(method.getDeclaringClass().getModifiers()) ? Optional.of(method) : Optional.empty();
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are left to the standard resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
