package vn.ttdt.portal.site;

import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Set;
import vn.ttdt.portal.site.NamesPerRequestELResolver.Kind;

/**
 * Puts {@link NamesPerRequestELResolver} in front of the public site's expression resolvers: the application's
 * resolvers are built by Faces with CDI's first, so the only place before them is the application's own
 * {@link Application#getELResolver()}, which every expression context of a request is made from.
 */
public class NamesPerRequestApplicationFactory extends ApplicationFactory {

    private volatile NamesFirst application;

    public NamesPerRequestApplicationFactory(ApplicationFactory wrapped) {
        super(wrapped);
    }

    @Override
    public Application getApplication() {
        Application current = getWrapped().getApplication();
        NamesFirst wrapping = application;
        if (wrapping == null || wrapping.getWrapped() != current) {
            wrapping = new NamesFirst(current);
            application = wrapping;
        }
        return wrapping;
    }

    @Override
    public void setApplication(Application application) {
        getWrapped().setApplication(application);
    }

    /** The application with {@link NamesPerRequestELResolver} before its resolvers. */
    static final class NamesFirst extends ApplicationWrapper implements NamesPerRequestELResolver.RequestNames {

        private static final String KEPT = NamesPerRequestELResolver.class.getName();

        private volatile ELResolver resolver;

        NamesFirst(Application wrapped) {
            super(wrapped);
        }

        @Override
        public ELResolver getELResolver() {
            ELResolver built = resolver;
            if (built == null) {
                ELResolver chain = getWrapped().getELResolver();
                CompositeELResolver composite = new CompositeELResolver();
                composite.add(new NamesPerRequestELResolver(chain, this::kind, this));
                composite.add(chain);
                built = composite;
                resolver = built;
            }
            return built;
        }

        private Kind kind(String name) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                return null;
            }
            BeanManager beans = CDI.current().getBeanManager();
            Set<Bean<?>> named = beans.getBeans(name);
            if (!named.isEmpty()) {
                try {
                    Bean<?> bean = beans.resolve(named);
                    return bean != null && beans.isNormalScope(bean.getScope()) ? Kind.SCOPED_BEAN : Kind.OTHER;
                } catch (AmbiguousResolutionException e) {
                    return Kind.OTHER;
                }
            }
            return getWrapped().getResourceBundle(faces, name) != null ? Kind.BUNDLE : Kind.OTHER;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> kept(ELContext context) {
            FacesContext faces = faces(context);
            return faces == null ? null
                    : (Map<String, Object>) faces.getAttributes().computeIfAbsent(KEPT, key -> NamesPerRequestELResolver.newKept());
        }

        @Override
        public Object bundle(ELContext context, String name) {
            FacesContext faces = faces(context);
            return faces == null ? null : getWrapped().getResourceBundle(faces, name);
        }

        private static FacesContext faces(ELContext context) {
            Object faces = context.getContext(FacesContext.class);
            return faces instanceof FacesContext f ? f : FacesContext.getCurrentInstance();
        }
    }
}
