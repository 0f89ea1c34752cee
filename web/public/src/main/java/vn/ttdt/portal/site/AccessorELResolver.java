package vn.ttdt.portal.site;

import jakarta.el.ELContext;
import jakarta.el.ELException;
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
public class AccessorELResolver extends LookupOnlyELResolver {

    /** Per class: the method found for a name ("title") or a name with its arity ("date/1"). */
    private final ClassValue<Map<String, Optional<Method>>> methods = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Class<?> type = base.getClass();
        int arity = arguments.length;
        Optional<Method> found = methods.get(type).computeIfAbsent(arity == 0 ? name : name + "/" + arity,
                key -> lookUp(type, name, arity));
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

    private static Optional<Method> lookUp(Class<?> type, String name, int arity) {
        Method[] candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .filter(m -> !m.isBridge() && !Modifier.isStatic(m.getModifiers()))
                .toArray(Method[]::new);
        if (candidates.length != 1) {
            return Optional.empty();
        }
        Method method = candidates[0];
        return Modifier.isPublic(method.getDeclaringClass().getModifiers()) ? Optional.of(method) : Optional.empty();
    }
}
