package vn.ttdt.portal.site;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;

/** A resolver that only looks values up or calls methods: types and assignments are left to the rest of the chain. */
public abstract class LookupOnlyELResolver extends ELResolver {

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
        // left to the rest of the chain
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
