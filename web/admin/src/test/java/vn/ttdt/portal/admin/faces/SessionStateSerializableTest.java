package vn.ttdt.portal.admin.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The back-office is {@code <distributable/>}: every view- and session-scoped bean is marshalled with the session and
 * copied to the other node, so whatever such a bean keeps (its fields, the values those hold, the elements of its
 * lists and maps) must be serializable. Injected beans are left out (Weld checks them at deployment and passes
 * proxies); transient fields are left out on purpose (an uploaded file, gone on the other node); a library's class
 * (a PrimeFaces data model) is taken at its word when it says it is serializable.
 */
class SessionStateSerializableTest {

    @Test
    void everyFieldOfEveryViewOrSessionScopedBeanIsSerializable() throws Exception {
        List<Class<?>> beans = sessionScopedBeans();
        assertTrue(beans.size() > 30, "beans found: " + beans);
        Set<String> problems = new TreeSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            check(bean, bean.getSimpleName(), problems, new HashSet<>(), true);
        }

        assertEquals(Set.of(), problems);
    }

    private static void check(Class<?> type, String path, Set<String> problems, Set<Class<?>> seen, boolean bean) {
        if (!seen.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("vn.ttdt."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || bean && (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class))) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, Set<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class) {
                if (raw == Optional.class) {
                    problems.add(path + " is an Optional (not Serializable)");
                }
                for (Type argument : parameterized.getActualTypeArguments()) {
                    checkType(argument, path + "<>", problems, seen);
                }
                return;
            }
            checkType(raw, path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (bound != Object.class) {
                    checkType(bound, path, problems, seen);
                }
            }
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, problems, seen);
        }
    }

    private static void checkClass(Class<?> c, String path, Set<String> problems, Set<Class<?>> seen) {
        if (c.isPrimitive() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + " is a " + c.getName() + " (not Serializable)");
            return;
        }
        if (c.getName().startsWith("vn.ttdt.") && !c.isEnum()) {
            check(c, path, problems, seen, false);
        }
    }

    private static List<Class<?>> sessionScopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Feedback.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
