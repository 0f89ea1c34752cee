package vn.ttdt.portal.site;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Resolves the first name of an expression ({@code pages} in {@code #{pages.query}}) once per request when the
 * answer cannot change within it, and leaves every other lookup to the application's own resolvers ({@code chain}).
 * <p>
 * Mojarra asks CDI first for every name: Weld resolves the bean by name and hands out its reference again for each of
 * the page's expressions, and a resource bundle such as {@code txt} is reached only after Weld and the implicit
 * objects have said no. Here a name is classified once ({@link Kind}):
 * <ul>
 * <li>a normal-scoped CDI bean ({@code @RequestScoped}, {@code @ApplicationScoped} …): its client proxy, resolved by
 * the chain the first time in a request and kept in that request, is the same object Weld would hand out each time;</li>
 * <li>a resource bundle of faces-config ({@code txt}, {@code en}), no bean having the name: read from the application
 * as the standard bundle resolver reads it (in the view's locale);</li>
 * <li>anything else (a dependent bean, a {@code ui:repeat} variable, an implicit object): untouched.</li>
 * </ul>
 */
public class NamesPerRequestELResolver extends LookupOnlyELResolver {

    /** What a name stands for, decided once per name. */
    public enum Kind { SCOPED_BEAN, BUNDLE, OTHER }

    /** The request's own answers for {@link Kind#SCOPED_BEAN} names, and the bundles for {@link Kind#BUNDLE} names. */
    public interface RequestNames {

        /** The names resolved in the request of {@code context} (a map that lives as long as the request); null outside one. */
        Map<String, Object> kept(ELContext context);

        /** The resource bundle called {@code name} in the locale of the request's view. */
        Object bundle(ELContext context, String name);
    }

    private final ELResolver chain;
    private final Function<String, Kind> classifier;
    private final RequestNames request;
    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    /** {@code classifier} answers null when it cannot tell yet (the name is asked again next time). */
    public NamesPerRequestELResolver(ELResolver chain, Function<String, Kind> classifier, RequestNames request) {
        this.chain = chain;
        this.classifier = classifier;
        this.request = request;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Kind kind = kinds.computeIfAbsent(name, classifier);
        if (kind == Kind.BUNDLE) {
            Object bundle = request.bundle(context, name);
            if (bundle != null) {
                context.setPropertyResolved(null, name);
            }
            return bundle;
        }
        Map<String, Object> kept = kind == Kind.SCOPED_BEAN ? request.kept(context) : null;
        if (kept == null) {
            return null;
        }
        Object value = kept.get(name);
        if (value != null) {
            context.setPropertyResolved(null, name);
            return value;
        }
        value = chain.getValue(context, null, name);
        if (context.isPropertyResolved() && value != null) {
            kept.put(name, value);
        }
        return value;
    }

    /** A fresh map for one request's names. */
    public static Map<String, Object> newKept() {
        return new HashMap<>(8);
    }
}
